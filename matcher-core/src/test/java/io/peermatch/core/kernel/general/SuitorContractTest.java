package io.peermatch.core.kernel.general;

import io.peermatch.core.graph.CandidateGraph;

/** The one-pool matching contract for {@code SuitorMatching.solve}. */
class SuitorContractTest extends GeneralMatchingContractTest {
  @Override
  GeneralMatchingResult solve(CandidateGraph graph) {
    return SuitorMatching.solve(graph);
  }
}
