package io.peermatch.core.internal.strategy;

import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.preferences.ScorePreferences;
import io.peermatch.core.kernel.MarriageResult;
import io.peermatch.core.kernel.SolveControl;
import io.peermatch.core.kernel.stable.EgalitarianStableMatching;
import io.peermatch.core.kernel.stable.StableMarriageInstance;
import io.peermatch.core.kernel.stable.StableMatchingLattice;
import java.util.List;

/**
 * The {@code egalitarian-stable} strategy: the stable matching of a two-sided problem with the
 * least egalitarian cost (sum of both sides' 1-based partner ranks) under preferences derived from
 * scores ({@link ScorePreferences}), by {@link EgalitarianStableMatching}; honours hard constraints
 * and pinned pairs.
 *
 * <p>Two-sided problems with capacities above 1 on one side at most (after pinned pairs); else an
 * {@link IllegalArgumentException} names the largest capacities (use {@code gale-shapley}). Exact.
 * Iterations = rotations of the lattice. Values: those of the stable frame.
 *
 * <p>R. W. Irving, P. Leather and D. Gusfield, An efficient algorithm for the "optimal" stable
 * marriage, Journal of the ACM 34 (1987) 532-543.
 */
public final class EgalitarianStableStrategy extends TwoSidedStableStrategy {

  /** The registry name. */
  public static final String NAME = "egalitarian-stable";

  /** With the given candidate options. */
  public EgalitarianStableStrategy(CandidateOptions options) {
    super(NAME, options);
  }

  @Override
  MarriageResult run(StableMarriageInstance instance, SolveControl control) {
    requireOneSidedCapacities(instance);
    return solve(instance, false, control);
  }

  /**
   * The raw kernel: the optimal stable matching of {@code instance} by {@link
   * EgalitarianStableMatching} over its lattice; iterations = rotations. The proposing side does
   * not matter.
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
        StableMatchingLattice.of(instance, control.within("egalitarian-stable", 0, 0.8));
    boolean[] rotations = EgalitarianStableMatching.optimalRotations(lattice, control);
    return new MarriageResult(
        lattice.matchingOf(rotations, control), lattice.rotationCount(), List.of());
  }
}
