package io.peermatch.core.kernel.stable;

import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;

/**
 * The minimum-regret stable marriage problem: a stable matching minimising the largest 1-based rank
 * any matched agent gives its partner.
 *
 * <p><b>Method</b>: for a bound k, the matchings of regret at most k are the closed rotation sets
 * that contain, for every right agent, the first rotation of its chain that brings its partner's
 * rank to at most k (when its left-optimal partner is worse), and that avoid, for every left agent,
 * the first rotation that pushes its partner's rank beyond k. They exist iff the down-closure of
 * the required rotations meets no rotation above a forbidden one; a binary search over k finds the
 * least feasible bound, and the down-closure itself is the answer (Gusfield 1987). <b>Running
 * time</b> O(L + (R + E) log n). <b>Inputs</b>: those of {@link StableMatchingLattice}.
 * <b>Guarantee</b>: exact; among optimal matchings, the one with the fewest rotations eliminated.
 *
 * <p>D. Gusfield, Three fast algorithms for four problems in stable marriage, SIAM Journal on
 * Computing 16 (1987) 111-128.
 */
public final class MinimumRegretStableMatching {

  private MinimumRegretStableMatching() {}

  /** The minimum-regret stable matching of an instance. */
  public static StableMarriageMatching solve(StableMarriageInstance in) {
    StableMatchingLattice lattice = StableMatchingLattice.of(in);
    return lattice.matchingOf(optimalRotations(lattice));
  }

  /** The closed rotation set of the minimum-regret stable matching of a lattice. */
  public static boolean[] optimalRotations(StableMatchingLattice lattice) {
    return optimalRotations(lattice, SolveControl.none());
  }

  /**
   * As {@link #optimalRotations(StableMatchingLattice)}, honouring {@code control}.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static boolean[] optimalRotations(StableMatchingLattice lattice, SolveControl control) {
    control.check(PHASE);
    int lo = 0;
    int hi = lattice.maxPairCost();
    boolean[] best = feasible(lattice, hi, control);
    while (lo + 1 < hi) {
      control.check(PHASE);
      int mid = (lo + hi) >>> 1;
      boolean[] s = feasible(lattice, mid, control);
      if (s != null) {
        hi = mid;
        best = s;
      } else {
        lo = mid;
      }
    }
    return best;
  }

  /** The phase named when a search stops. */
  static final String PHASE = "minimum-regret";

  /** The smallest closed set of regret at most k, or null. */
  static boolean[] feasible(StableMatchingLattice lat, int k) {
    return feasible(lat, k, SolveControl.none());
  }

  /** As {@link #feasible(StableMatchingLattice, int)}, checking {@code control} as it goes. */
  static boolean[] feasible(StableMatchingLattice lat, int k, SolveControl control) {
    int r = lat.rotationCount();
    boolean[] required = new boolean[r];
    boolean[] forbidden = new boolean[r];
    if (!lat.regretConstraints(k, required, forbidden, control, PHASE)) {
      return null;
    }
    // Down-closure of the required rotations.
    boolean[] down = closure(required, lat.predStart, lat.pred, control);
    boolean[] up = closure(forbidden, lat.succStart, lat.succ, control);
    control.check(PHASE);
    for (int i = 0; i < r; i++) {
      if (down[i] && up[i]) {
        return null;
      }
    }
    return down;
  }

  private static boolean[] closure(boolean[] seed, int[] start, int[] adj, SolveControl control) {
    control.check(PHASE);
    boolean[] in = Arrays.copyOf(seed, seed.length);
    int[] stack = new int[seed.length];
    int top = 0;
    for (int i = 0; i < seed.length; i++) {
      if (in[i]) {
        stack[top++] = i;
      }
    }
    int budget = StableMatchingLattice.CHECK_UNITS;
    while (top > 0) {
      int v = stack[--top];
      if ((budget -= start[v + 1] - start[v] + 1) < 0) {
        budget = StableMatchingLattice.CHECK_UNITS;
        control.check(PHASE);
      }
      for (int k = start[v]; k < start[v + 1]; k++) {
        if (!in[adj[k]]) {
          in[adj[k]] = true;
          stack[top++] = adj[k];
        }
      }
    }
    return in;
  }
}
