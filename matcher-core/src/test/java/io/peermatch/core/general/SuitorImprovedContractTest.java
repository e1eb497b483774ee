package io.peermatch.core.general;

import io.peermatch.core.graph.CandidateGraph;

/** The one-pool matching contract for {@code SuitorMatching.solveImproved}. */
class SuitorImprovedContractTest extends GeneralMatchingContractTest {
  @Override
  GeneralMatchingResult solve(CandidateGraph graph) {
    return SuitorMatching.solveImproved(graph);
  }
}
