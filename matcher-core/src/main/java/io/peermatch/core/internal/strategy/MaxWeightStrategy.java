package io.peermatch.core.internal.strategy;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.candidates.Prepared;
import io.peermatch.core.kernel.KernelResult;
import io.peermatch.core.kernel.bipartite.BipartiteMatchingResult;
import io.peermatch.core.kernel.bipartite.SuccessiveShortestPathBipartiteMatching;
import io.peermatch.core.kernel.general.BlossomMaximumWeightMatching;
import io.peermatch.core.kernel.general.GeneralMatchingResult;
import io.peermatch.core.kernel.general.VertexSplittingBMatching;

/**
 * The {@code max-weight} strategy: an exact maximum-weight matching of the candidate graph, with
 * capacities, for both shapes of problem.
 *
 * <ul>
 *   <li>two-sided: {@link SuccessiveShortestPathBipartiteMatching} (exact b-matching with a dual
 *       certificate);
 *   <li>one pool, capacity 1 for everyone: {@link BlossomMaximumWeightMatching} (Edmonds' blossom
 *       algorithm with a dual certificate);
 *   <li>one pool with capacities: {@link VertexSplittingBMatching}, a reduction to the blossom
 *       kernel.
 * </ul>
 *
 * <p>The dual objective is reported as {@code dual_bound} in the diagnostics: no matching of the
 * candidate graph weighs more. Pairs of weight zero or below are never taken.
 */
public final class MaxWeightStrategy extends GraphStrategy {

  /** The registry name. */
  public static final String NAME = "max-weight";

  /** With the given candidate options. */
  public MaxWeightStrategy(CandidateOptions options) {
    super(NAME, options);
  }

  @Override
  protected KernelResult solve(CandidateGraph graph, Prepared prepared) {
    return solve(graph);
  }

  /** The exact kernel for {@code graph}, whatever its shape. */
  public static KernelResult solve(CandidateGraph graph) {
    if (graph.isBipartite()) {
      BipartiteMatchingResult r = SuccessiveShortestPathBipartiteMatching.solve(graph);
      return new KernelResult(
          r.edges(),
          io.peermatch.api.MatchingStatus.OK,
          r.augmentations(),
          java.util.Map.of("dual_bound", r.dualObjective(graph.capacities())));
    }
    boolean unit = true;
    for (int x = 0; x < graph.vertexCount() && unit; x++) {
      unit = graph.capacity(x) == 1;
    }
    if (unit) {
      GeneralMatchingResult r = BlossomMaximumWeightMatching.solve(graph);
      return new KernelResult(
          r.edges(),
          io.peermatch.api.MatchingStatus.OK,
          r.size(),
          r.certificate() == null
              ? java.util.Map.of()
              : java.util.Map.of("dual_bound", r.certificate().objective()));
    }
    GeneralMatchingResult r = VertexSplittingBMatching.solve(graph);
    return KernelResult.of(r.edges(), r.size());
  }
}
