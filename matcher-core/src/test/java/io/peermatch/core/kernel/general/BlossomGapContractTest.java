package io.peermatch.core.kernel.general;

import io.peermatch.core.graph.CandidateGraph;

/** The one-pool matching contract for {@code BlossomMaximumWeightMatching.solve}. */
class BlossomGapContractTest extends GeneralMatchingContractTest {
  @Override
  GeneralMatchingResult solve(CandidateGraph graph) {
    return BlossomMaximumWeightMatching.solve(graph, 0.3);
  }
}
