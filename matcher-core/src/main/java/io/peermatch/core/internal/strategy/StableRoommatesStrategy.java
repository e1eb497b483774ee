package io.peermatch.core.internal.strategy;

import io.peermatch.api.MatchingProblem;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.candidates.Prepared;
import io.peermatch.core.internal.preferences.ScorePreferences;
import io.peermatch.core.kernel.KernelResult;
import io.peermatch.core.kernel.stable.IrvingStableRoommates;
import io.peermatch.core.kernel.stable.StabilityChecker;
import io.peermatch.core.kernel.stable.StableRoommatesMatching;
import java.util.LinkedHashMap;
import java.util.Map;

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
  protected KernelResult solve(CandidateGraph graph, Prepared prepared) {
    ScorePreferences.Roommates prefs = ScorePreferences.roommates(graph, prepared);
    StableRoommatesMatching result = IrvingStableRoommates.solve(prefs.instance());
    int[] mate = result.mates();
    StabilityChecker.RoommatesReport report =
        StabilityChecker.checkRoommates(prefs.instance(), mate);
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("blocking_pairs_own_views", (double) report.blockingPairs());
    values.put("egalitarian_cost_own_views", (double) report.cost());
    values.put("rank_mean_own_views", report.rankMean());
    values.put("rank_max_own_views", (double) report.rankMax());
    values.put("set_aside", (double) result.setAside().length);
    return new KernelResult(
        prefs.edges(mate), result.status(), result.setAside().length + 1L, values);
  }
}
