package io.peermatch.core.internal.strategy;

import io.peermatch.api.Diagnostic;
import io.peermatch.api.MatchingProblem;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.candidates.Prepared;
import io.peermatch.core.internal.preferences.ScorePreferences;
import io.peermatch.core.kernel.KernelResult;
import io.peermatch.core.kernel.SolveControl;
import io.peermatch.core.kernel.stable.IrvingStableRoommates;
import io.peermatch.core.kernel.stable.StabilityChecker;
import io.peermatch.core.kernel.stable.StableRoommatesMatching;
import java.util.List;

/**
 * The {@code stable-roommates} strategy: a stable matching of a one-pool problem under preferences
 * derived from scores ({@link ScorePreferences#roommates}), by {@link IrvingStableRoommates};
 * honours hard constraints and pinned pairs.
 *
 * <p>One-to-one: everyone is matched at most once by this strategy (stable roommates is a
 * one-to-one problem), on top of any pinned pairs, so capacities above 1 are used only partly. When
 * no stable matching exists the status is {@link
 * io.peermatch.api.MatchingStatus#NO_STABLE_MATCHING} and the matching is Irving's documented best
 * effort (never an exception). Values: {@code blocking_pairs_own_views} (0 with status OK), {@code
 * egalitarian_cost_own_views}, {@code rank_mean_own_views}, {@code rank_max_own_views} under the
 * derived preferences of the residual graph, and {@code set_aside} (people the best effort set
 * aside); iterations = runs of Irving's algorithm. Running time that of {@link ScorePreferences}
 * plus O(L) per rerun of Irving's algorithm.
 *
 * <p>R. W. Irving, An efficient algorithm for the "stable roommates" problem, Journal of Algorithms
 * 6 (1985) 577-595.
 */
public final class StableRoommatesStrategy extends GraphStrategy {

  /** The registry name. */
  public static final String NAME = "stable-roommates";

  /** With the given candidate options. */
  public StableRoommatesStrategy(CandidateOptions options) {
    super(NAME, options);
  }

  @Override
  public boolean supports(MatchingProblem.Kind kind) {
    return kind == MatchingProblem.Kind.POOL;
  }

  @Override
  protected String unsupportedMessage(MatchingProblem.Kind kind) {
    return super.unsupportedMessage(kind) + "; use gale-shapley for mentors and mentees";
  }

  @Override
  protected KernelResult solve(CandidateGraph graph, Prepared prepared, SolveControl control) {
    ScorePreferences.Roommates prefs =
        ScorePreferences.roommates(graph, prepared, control.within(NAME, 0, 0.3));
    StableRoommatesMatching result =
        IrvingStableRoommates.solve(prefs.instance(), control.within(NAME, 0.3, 0.9));
    control.check(NAME);
    int[] mate = result.mates();
    StabilityChecker.RoommatesReport report =
        StabilityChecker.checkRoommates(prefs.instance(), mate);
    return new KernelResult(
        prefs.edges(mate),
        result.status(),
        result.setAside().length + 1L,
        List.of(
            new Diagnostic.OwnViewStability(
                report.blockingPairs(), report.cost(), report.rankMean(), report.rankMax(), -1, -1),
            new Diagnostic.RoommatesBestEffort(result.setAside().length)));
  }
}
