package io.peermatch.core.internal.strategy;

import io.peermatch.api.Diagnostic;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.MatchingStatus;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.candidates.Prepared;
import io.peermatch.core.internal.preferences.ScorePreferences;
import io.peermatch.core.kernel.KernelResult;
import io.peermatch.core.kernel.MarriageResult;
import io.peermatch.core.kernel.SolveControl;
import io.peermatch.core.kernel.stable.StabilityChecker;
import io.peermatch.core.kernel.stable.StableMarriageInstance;
import java.util.ArrayList;
import java.util.List;

/**
 * The common frame of the two-sided stable strategies: derive each side's preferences from scores
 * ({@link ScorePreferences#marriage}) on the residual candidate graph, run one stable marriage
 * kernel, and report the stability figures of the result under those derived preferences.
 *
 * <p>Values reported (all "own views": under the derived preferences of the residual graph, that is
 * without the pinned pairs, whose people keep only their remaining capacity): {@code
 * blocking_pairs_own_views}, {@code egalitarian_cost_own_views} (sum of 1-based ranks on both
 * sides), {@code rank_mean_own_views}, {@code rank_max_own_views}, {@code left_cost_own_views},
 * {@code right_cost_own_views} (a {@link Diagnostic.OwnViewStability}), plus what each kernel adds.
 * A stopped run has no stable matching: an interrupt or the deadline throws.
 */
abstract class TwoSidedStableStrategy extends GraphStrategy {

  TwoSidedStableStrategy(String name, CandidateOptions options) {
    super(name, options);
  }

  @Override
  public final boolean supports(MatchingProblem.Kind kind) {
    return kind == MatchingProblem.Kind.TWO_SIDED;
  }

  @Override
  protected String unsupportedMessage(MatchingProblem.Kind kind) {
    return super.unsupportedMessage(kind) + "; use stable-roommates for one pool";
  }

  /** Runs the kernel on the derived instance (strict lists), honouring {@code control}. */
  abstract MarriageResult run(StableMarriageInstance instance, SolveControl control);

  @Override
  protected final KernelResult solve(
      CandidateGraph graph, Prepared prepared, SolveControl control) {
    ScorePreferences.Marriage prefs =
        ScorePreferences.marriage(graph, prepared, control.within(name(), 0, 0.3));
    MarriageResult outcome = run(prefs.instance(), control.within(name(), 0.3, 0.9));
    control.check(name());
    StabilityChecker.MarriageReport report =
        StabilityChecker.checkMarriage(prefs.instance(), outcome.matching());
    List<Diagnostic> figures = new ArrayList<>();
    figures.add(
        new Diagnostic.OwnViewStability(
            report.blockingPairs(),
            report.egalitarianCost(),
            report.rankMean(),
            report.rankMax(),
            report.leftCost(),
            report.rightCost()));
    figures.addAll(outcome.diagnostics());
    return new KernelResult(
        prefs.edges(outcome.matching()), MatchingStatus.OK, outcome.iterations(), figures);
  }

  /**
   * Fails with a clear error naming this strategy when capacities exceed 1 on both sides (the
   * lattice methods need one-to-one or one-sided capacities), before the lattice kernel would fail
   * with its own, rawer message.
   */
  final void requireOneSidedCapacities(StableMarriageInstance in) {
    int capLeft = in.maxLeftCapacity();
    int capRight = in.maxRightCapacity();
    if (capLeft > 1 && capRight > 1) {
      throw new IllegalArgumentException(
          "strategy '"
              + name()
              + "' needs capacities above 1 on one side only but the largest remaining are "
              + capLeft
              + " (left) and "
              + capRight
              + " (right); use gale-shapley for many-to-many problems");
    }
  }
}
