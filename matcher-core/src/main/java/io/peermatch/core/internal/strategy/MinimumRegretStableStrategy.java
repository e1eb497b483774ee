package io.peermatch.core.internal.strategy;

import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.preferences.ScorePreferences;
import io.peermatch.core.kernel.MarriageResult;
import io.peermatch.core.kernel.SolveControl;
import io.peermatch.core.kernel.stable.MinimumRegretStableMatching;
import io.peermatch.core.kernel.stable.StableMarriageInstance;
import io.peermatch.core.kernel.stable.StableMatchingLattice;
import java.util.List;

/**
 * The {@code minimum-regret-stable} strategy: a stable matching of a two-sided problem minimising
 * the worst 1-based rank anyone gives their partner, under preferences derived from scores ({@link
 * ScorePreferences}), by {@link MinimumRegretStableMatching}; honours hard constraints and pinned
 * pairs.
 *
 * <p>Two-sided problems with capacities above 1 on one side at most (after pinned pairs); else an
 * {@link IllegalArgumentException} names the largest capacities (use {@code gale-shapley}). Exact.
 * Iterations = rotations of the lattice. Values: those of the stable frame.
 *
 * <p>D. Gusfield, Three fast algorithms for four problems in stable marriage, SIAM Journal on
 * Computing 16 (1987) 111-128.
 */
public final class MinimumRegretStableStrategy extends TwoSidedStableStrategy {

  /** The registry name. */
  public static final String NAME = "minimum-regret-stable";

  /** With the given candidate options. */
  public MinimumRegretStableStrategy(CandidateOptions options) {
    super(NAME, options);
  }

  @Override
  MarriageResult run(StableMarriageInstance instance, SolveControl control) {
    requireOneSidedCapacities(instance);
    return solve(instance, false, control);
  }

  /**
   * The raw kernel: the optimal stable matching of {@code instance} by {@link
   * MinimumRegretStableMatching} over its lattice; iterations = rotations. The proposing side does
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
        StableMatchingLattice.of(instance, control.within("minimum-regret-stable", 0, 0.8));
    boolean[] rotations = MinimumRegretStableMatching.optimalRotations(lattice, control);
    return new MarriageResult(
        lattice.matchingOf(rotations, control), lattice.rotationCount(), List.of());
  }
}
