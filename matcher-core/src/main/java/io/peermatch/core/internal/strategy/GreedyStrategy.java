package io.peermatch.core.internal.strategy;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.candidates.Prepared;
import io.peermatch.core.kernel.KernelResult;
import io.peermatch.core.kernel.SolveControl;
import io.peermatch.core.kernel.general.GreedyMatching;

/**
 * The {@code greedy} strategy: {@link GreedyMatching} on the candidate graph, for two-sided and
 * one-pool problems, respecting capacities, hard constraints and pinned pairs. The baseline every
 * other strategy is measured against. An interrupt or the deadline throws.
 */
public final class GreedyStrategy extends GraphStrategy {

  /** The registry name. */
  public static final String NAME = "greedy";

  /** With the given candidate options. */
  public GreedyStrategy(CandidateOptions options) {
    super(NAME, options);
  }

  @Override
  protected KernelResult solve(CandidateGraph graph, Prepared prepared, SolveControl control) {
    return solve(graph, control);
  }

  /** The greedy kernel on {@code graph}: iterations = edges considered. */
  public static KernelResult solve(CandidateGraph graph) {
    return solve(graph, SolveControl.none());
  }

  /** The greedy kernel on {@code graph}, honouring {@code control}. */
  public static KernelResult solve(CandidateGraph graph, SolveControl control) {
    return KernelResult.of(
        GreedyMatching.solve(graph, graph.capacities(), control), graph.edgeCount());
  }
}
