package io.peermatch.core.kernel.general;

import io.peermatch.core.graph.CandidateGraph;

/** The one-pool matching contract for {@code BlossomMaximumWeightMatching.solve}. */
class BlossomContractTest extends GeneralMatchingContractTest {
  @Override
  GeneralMatchingResult solve(CandidateGraph graph) {
    return BlossomMaximumWeightMatching.solve(graph);
  }
}
