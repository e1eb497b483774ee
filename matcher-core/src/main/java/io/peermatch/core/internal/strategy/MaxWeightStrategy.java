package io.peermatch.core.internal.strategy;

import io.peermatch.api.Diagnostic;
import io.peermatch.api.MatchingStatus;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.candidates.Prepared;
import io.peermatch.core.kernel.KernelResult;
import io.peermatch.core.kernel.SolveControl;
import io.peermatch.core.kernel.bipartite.BipartiteMatchingResult;
import io.peermatch.core.kernel.bipartite.ExactBipartiteMatching;
import io.peermatch.core.kernel.general.BlossomMaximumWeightMatching;
import io.peermatch.core.kernel.general.ExactGeneralMatching;
import io.peermatch.core.kernel.general.GeneralMatchingResult;
import io.peermatch.core.kernel.general.VertexSplittingBMatching;
import java.util.List;

/**
 * The {@code max-weight} strategy: an exact maximum-weight matching of the candidate graph, with
 * capacities, for both shapes of problem.
 *
 * <ul>
 *   <li>two-sided: {@link ExactBipartiteMatching} (exact b-matching with a dual certificate; the
 *       dense Jonker–Volgenant kernel when the graph is dense enough, successive shortest paths
 *       with an auction start otherwise, by the measured rule in its javadoc);
 *   <li>one pool, capacity 1 for everyone: {@link ExactGeneralMatching} ({@link
 *       BlossomMaximumWeightMatching}, Edmonds' blossom algorithm with a dual certificate, or the
 *       bipartite kernel when the pool splits into two sides with every pair across);
 *   <li>one pool with capacities: {@link VertexSplittingBMatching}, a reduction to the blossom
 *       kernel.
 * </ul>
 *
 * <p>The dual objective is reported as a {@link Diagnostic.DualBound} ({@code dual_bound}): no
 * matching of the candidate graph that keeps the pinned pairs weighs more. Pinned pairs are fixed
 * before the kernel runs on the residual graph, so the bound is the residual's dual objective plus
 * the pinned pairs' weight: the same quantity as {@link io.peermatch.api.Matching#objective()}.
 * Pairs of weight zero or below are never taken.
 *
 * <p><b>Deadline.</b> On one pool the blossom kernel stops at the deadline with the matching so far
 * and its feasible dual (status {@link MatchingStatus#DEADLINE_REACHED}, the bound still proven);
 * on two sides an unfinished run has no matching to offer, and the deadline throws.
 */
public final class MaxWeightStrategy extends GraphStrategy {

  /** The registry name. */
  public static final String NAME = "max-weight";

  /** With the given candidate options. */
  public MaxWeightStrategy(CandidateOptions options) {
    super(NAME, options);
  }

  @Override
  protected KernelResult solve(CandidateGraph graph, Prepared prepared, SolveControl control) {
    // The kernel sees the residual graph; the pinned pairs count on both sides of the bound.
    return solve(graph, prepared.graph().totalWeight(prepared.pinnedEdges()), control);
  }

  /** The exact kernel for {@code graph}, whatever its shape. */
  public static KernelResult solve(CandidateGraph graph) {
    return solve(graph, SolveControl.none());
  }

  /** The exact kernel for {@code graph}, whatever its shape, honouring {@code control}. */
  public static KernelResult solve(CandidateGraph graph, SolveControl control) {
    return solve(graph, 0.0, control);
  }

  private static KernelResult solve(CandidateGraph graph, double pinned, SolveControl control) {
    if (graph.isBipartite()) {
      BipartiteMatchingResult r = ExactBipartiteMatching.solve(graph, control);
      return new KernelResult(
          r.edges(),
          MatchingStatus.OK,
          r.augmentations(),
          List.of(bound(pinned + r.dualObjective(graph.capacities()), pinned + r.weight())));
    }
    boolean unit = true;
    for (int x = 0; x < graph.vertexCount() && unit; x++) {
      unit = graph.capacity(x) == 1;
    }
    GeneralMatchingResult r =
        unit
            ? ExactGeneralMatching.solve(graph, control)
            : VertexSplittingBMatching.solve(graph, control);
    MatchingStatus status =
        r.deadlineReached() ? MatchingStatus.DEADLINE_REACHED : MatchingStatus.OK;
    return new KernelResult(
        r.edges(),
        status,
        r.size(),
        r.certificate() == null
            ? List.of()
            : List.of(bound(pinned + r.certificate().objective(), pinned + r.weight())));
  }

  /**
   * The dual bound, never reported below the objective it bounds: at the optimum the two sums round
   * differently and the dual can come out an ulp low, while the true optimum is at least the
   * objective, so raising it keeps it a bound.
   */
  private static Diagnostic.DualBound bound(double dual, double objective) {
    return new Diagnostic.DualBound(Math.max(dual, objective));
  }
}
