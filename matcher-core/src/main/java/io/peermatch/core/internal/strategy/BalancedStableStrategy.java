package io.peermatch.core.internal.strategy;

import io.peermatch.api.Diagnostic;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.preferences.ScorePreferences;
import io.peermatch.core.kernel.MarriageResult;
import io.peermatch.core.kernel.SolveControl;
import io.peermatch.core.kernel.stable.SexEqualStableMatching;
import io.peermatch.core.kernel.stable.StableMarriageInstance;
import io.peermatch.core.kernel.stable.StableMatchingLattice;
import java.util.List;

/**
 * The {@code balanced-stable} strategy: a sex-equal stable matching of a two-sided problem (one
 * minimising |mentors' rank sum - mentees' rank sum|) under preferences derived from scores ({@link
 * ScorePreferences}), by {@link SexEqualStableMatching}; honours hard constraints and pinned pairs.
 *
 * <p>The problem is NP-hard: exact when the lattice has at most {@link
 * SexEqualStableMatching#DEFAULT_EXACT_LIMIT} stable matchings, local search otherwise; the value
 * {@code balanced_exact} (1 or 0) says which ran, and {@code sex_equality_cost_own_views} gives the
 * difference reached. Two-sided problems with capacities above 1 on one side at most (after pinned
 * pairs); else an {@link IllegalArgumentException} (use {@code gale-shapley}). Iterations =
 * rotations of the lattice.
 *
 * <p>A. Kato, Complexity of the sex-equal stable marriage problem, Japan Journal of Industrial and
 * Applied Mathematics 10 (1993) 1-19.
 */
public final class BalancedStableStrategy extends TwoSidedStableStrategy {

  /** The registry name. */
  public static final String NAME = "balanced-stable";

  /** With the given candidate options. */
  public BalancedStableStrategy(CandidateOptions options) {
    super(NAME, options);
  }

  @Override
  MarriageResult run(StableMarriageInstance instance, SolveControl control) {
    requireOneSidedCapacities(instance);
    MarriageResult raw = solve(instance, false, control);
    Diagnostic.SexEquality kernel = raw.find(Diagnostic.SexEquality.class).orElseThrow();
    return new MarriageResult(
        raw.matching(),
        raw.iterations(),
        List.of(new Diagnostic.SexEquality(kernel.cost(), kernel.exact(), true)));
  }

  /**
   * The raw kernel: a sex-equal stable matching of {@code instance} by {@link
   * SexEqualStableMatching} over its lattice (exact up to {@link
   * SexEqualStableMatching#DEFAULT_EXACT_LIMIT} stable matchings); values {@code exact} (1 or 0)
   * and {@code sex_equality_cost}; iterations = rotations. The proposing side does not matter.
   *
   * @throws IllegalArgumentException if the instance has ties or capacities above 1 on both sides
   */
  public static MarriageResult solve(StableMarriageInstance instance, boolean leftProposes) {
    return solve(instance, leftProposes, SolveControl.none());
  }

  /** As {@link #solve(StableMarriageInstance, boolean)}, honouring {@code control}. */
  public static MarriageResult solve(
      StableMarriageInstance instance, boolean leftProposes, SolveControl control) {
    StableMatchingLattice lattice =
        StableMatchingLattice.of(instance, control.within(NAME, 0, 0.5));
    SexEqualStableMatching.Result result =
        SexEqualStableMatching.solve(
            lattice, SexEqualStableMatching.DEFAULT_EXACT_LIMIT, control.within(NAME, 0.5, 1));
    return new MarriageResult(
        lattice.matchingOf(result.rotations(), control),
        lattice.rotationCount(),
        List.of(new Diagnostic.SexEquality(result.sexEqualityCost(), result.exact(), false)));
  }
}
