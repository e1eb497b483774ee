package io.peermatch.core.weighted;

import io.peermatch.core.general.GeneralMatchingResult;
import io.peermatch.core.general.SuitorMatching;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateOptions;
import io.peermatch.core.strategy.GraphStrategy;
import io.peermatch.core.strategy.KernelResult;
import io.peermatch.core.strategy.PreparedProblem;

/**
 * The {@code suitor} strategy: {@link SuitorMatching#solveImproved} (the suitor algorithm, equal to
 * greedy, then short weight-augmenting paths and cycles) for very large pools. A 1/2-approximation
 * in theory and within a few per cent of the optimum in practice; capacities above 1 are treated as
 * 1.
 */
public final class SuitorStrategy extends GraphStrategy {

  /** The registry name. */
  public static final String NAME = "suitor";

  /** With the given candidate options. */
  public SuitorStrategy(CandidateOptions options) {
    super(NAME, options);
  }

  @Override
  public boolean supports(io.peermatch.api.MatchingProblem.Kind kind) {
    return kind == io.peermatch.api.MatchingProblem.Kind.POOL;
  }

  @Override
  protected String unsupportedMessage(io.peermatch.api.MatchingProblem.Kind kind) {
    return super.unsupportedMessage(kind) + "; use max-weight or auction for two-sided problems";
  }

  @Override
  protected KernelResult solve(CandidateGraph graph, PreparedProblem prepared) {
    return solve(graph);
  }

  /** The improved suitor matching of {@code graph}. */
  public static KernelResult solve(CandidateGraph graph) {
    GeneralMatchingResult r = SuitorMatching.solveImproved(graph);
    return KernelResult.of(r.edges(), r.size());
  }
}
