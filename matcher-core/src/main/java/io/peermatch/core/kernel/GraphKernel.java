package io.peermatch.core.kernel;

import io.peermatch.core.graph.CandidateGraph;

/** A weighted matching algorithm on a raw {@link CandidateGraph}, for researchers' instances. */
@FunctionalInterface
public interface GraphKernel {

  /**
   * Matches {@code graph}, respecting its capacities; returns the chosen edges.
   *
   * @param control the deadline, interruption and progress of this solve
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt, or when the deadline
   *     passes in a kernel that has no feasible result so far (the others return theirs with status
   *     {@link io.peermatch.api.MatchingStatus#DEADLINE_REACHED})
   */
  KernelResult solve(CandidateGraph graph, SolveControl control);

  /** Matches {@code graph} without a deadline ({@link SolveControl#none()}). */
  default KernelResult solve(CandidateGraph graph) {
    return solve(graph, SolveControl.none());
  }
}
