package io.peermatch.core.internal.strategy;

import io.peermatch.api.Diagnostic;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.preferences.ScorePreferences;
import io.peermatch.core.kernel.MarriageResult;
import io.peermatch.core.kernel.SolveControl;
import io.peermatch.core.kernel.stable.GaleShapleyStableMatching;
import io.peermatch.core.kernel.stable.StableMarriageInstance;
import io.peermatch.core.kernel.stable.StableMarriageMatching;
import java.util.List;

/**
 * The {@code gale-shapley} strategy: a stable matching of a two-sided problem under preferences
 * derived from scores ({@link ScorePreferences}), by {@link GaleShapleyStableMatching} deferred
 * acceptance, honouring capacities (pairwise stable with capacities), hard constraints and pinned
 * pairs.
 *
 * <p><b>Who proposes.</b> By default the mentees (right side) propose, so the result is the
 * mentee-optimal stable matching: every mentee gets the best mentor it can have in any stable
 * matching. Mentoring exists for the mentees, and deferred acceptance is strategy-proof for the
 * proposing side only (Roth 1982), so it is the side whose honest preferences matter most. {@link
 * #GaleShapleyStrategy(CandidateOptions, boolean)} lets the mentors propose instead (what {@code
 * MatchOptions.withProposer(Side.LEFT)} chooses through the facade).
 *
 * <p>Two-sided problems only: a pool is rejected (use {@code stable-roommates}). Running time that
 * of {@link ScorePreferences} plus O(L log c) for L acceptable pairs. Values: those of the stable
 * frame (see {@code blocking_pairs_own_views}, always 0) and {@code left_proposes} (1 or 0);
 * iterations = proposals.
 *
 * <p>D. Gale and L. S. Shapley, College admissions and the stability of marriage, American
 * Mathematical Monthly 69 (1962) 9-15. A. E. Roth, The economics of matching: stability and
 * incentives, Mathematics of Operations Research 7 (1982) 617-628.
 */
public final class GaleShapleyStrategy extends TwoSidedStableStrategy {

  /** The registry name. */
  public static final String NAME = "gale-shapley";

  private final boolean leftProposes;

  /** Mentees (right side) propose. */
  public GaleShapleyStrategy(CandidateOptions options) {
    this(options, false);
  }

  /** The given side proposes: the left side (mentors) if {@code leftProposes}, else the right. */
  public GaleShapleyStrategy(CandidateOptions options, boolean leftProposes) {
    super(NAME, options);
    this.leftProposes = leftProposes;
  }

  @Override
  MarriageResult run(StableMarriageInstance instance, SolveControl control) {
    // The derived lists are strict, so the seed of the kernel's tie-breaking is never used.
    return solve(instance, leftProposes, control);
  }

  /**
   * The raw kernel: deferred acceptance on {@code instance} ({@link GaleShapleyStableMatching},
   * tie-breaking seed 0), the given side proposing; value {@code left_proposes} (1 or 0);
   * iterations = proposals.
   */
  public static MarriageResult solve(StableMarriageInstance instance, boolean leftProposes) {
    return solve(instance, leftProposes, SolveControl.none());
  }

  /** As {@link #solve(StableMarriageInstance, boolean)}, honouring {@code control}. */
  public static MarriageResult solve(
      StableMarriageInstance instance, boolean leftProposes, SolveControl control) {
    StableMarriageMatching m = GaleShapleyStableMatching.solve(instance, leftProposes, 0L, control);
    return new MarriageResult(
        m, m.proposals(), List.of(new Diagnostic.DeferredAcceptance(leftProposes)));
  }
}
