package io.peermatch.core.kernel;

import io.peermatch.core.graph.CandidateGraph;

/** A weighted matching algorithm on a raw {@link CandidateGraph}, for researchers' instances. */
@FunctionalInterface
public interface GraphKernel {

  /** Matches {@code graph}, respecting its capacities; returns the chosen edges. */
  KernelResult solve(CandidateGraph graph);
}
