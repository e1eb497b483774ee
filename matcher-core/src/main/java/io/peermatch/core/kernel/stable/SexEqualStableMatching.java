package io.peermatch.core.kernel.stable;

import io.peermatch.core.kernel.SolveControl;
import java.util.Iterator;

/**
 * The sex-equal (balanced) stable marriage problem: a stable matching minimising |left cost - right
 * cost|, the two sides' sums of 1-based partner ranks. The problem is NP-hard (Kato 1993), so two
 * methods are offered and the result says which one ran.
 *
 * <p><b>Exact</b> when the lattice has at most {@code exactLimit} stable matchings: every closed
 * rotation set is enumerated ({@link StableMatchingLattice#closedSets}), O(R + E) per matching.
 * Ties in |difference| are broken by the smaller egalitarian cost, then by enumeration order.
 *
 * <p><b>Heuristic</b> otherwise: steepest-descent local search over closed sets, starting from the
 * egalitarian, the left-optimal and the right-optimal matchings. A move adds a rotation whose
 * predecessors are all in the set or removes one whose successors are all out of it (so every
 * visited set is closed); the best improving move is taken until none improves. No optimality
 * guarantee; each pass costs O(R + E).
 *
 * <p>A. Kato, Complexity of the sex-equal stable marriage problem, Japan Journal of Industrial and
 * Applied Mathematics 10 (1993) 1-19. D. Gusfield and R. W. Irving, The Stable Marriage Problem,
 * MIT Press (1989) (the lattice and its closed sets).
 */
public final class SexEqualStableMatching {

  /** Default bound on the number of stable matchings enumerated exactly. */
  public static final long DEFAULT_EXACT_LIMIT = 100_000;

  private SexEqualStableMatching() {}

  /** The chosen closed rotation set and whether it is proven optimal. */
  public record Result(boolean[] rotations, boolean exact, long leftCost, long rightCost) {

    /** |left cost - right cost|. */
    public long sexEqualityCost() {
      return Math.abs(leftCost - rightCost);
    }
  }

  /** A balanced stable matching of an instance (exact up to {@link #DEFAULT_EXACT_LIMIT}). */
  public static StableMarriageMatching solve(StableMarriageInstance in) {
    StableMatchingLattice lattice = StableMatchingLattice.of(in);
    return lattice.matchingOf(solve(lattice, DEFAULT_EXACT_LIMIT).rotations());
  }

  /**
   * Exact over the lattice if it has at most {@code exactLimit} stable matchings, else local
   * search.
   */
  public static Result solve(StableMatchingLattice lattice, long exactLimit) {
    return solve(lattice, exactLimit, SolveControl.none());
  }

  /** The progress phase. */
  static final String PHASE = "sex-equal";

  /**
   * As {@link #solve(StableMatchingLattice, long)}, honouring {@code control} (an interrupt or the
   * deadline throws). Progress: stable matchings enumerated over the exact limit.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static Result solve(StableMatchingLattice lattice, long exactLimit, SolveControl control) {
    if (exactLimit < 0) {
      throw new IllegalArgumentException("exact limit must not be negative but was " + exactLimit);
    }
    Iterator<boolean[]> it =
        lattice.closedSets(exactLimit == Long.MAX_VALUE ? exactLimit : exactLimit + 1);
    boolean[] best = null;
    long bestDiff = Long.MAX_VALUE;
    long bestSum = Long.MAX_VALUE;
    long seen = 0;
    while (it.hasNext() && seen <= exactLimit) {
      if ((seen & 0xFF) == 0) {
        control.check(PHASE);
        control.progress(PHASE, 0.9 * seen / Math.max(1, exactLimit));
      }
      boolean[] s = it.next();
      seen++;
      long l = lattice.leftCost(s);
      long r = lattice.rightCost(s);
      long d = Math.abs(l - r);
      if (d < bestDiff || (d == bestDiff && l + r < bestSum)) {
        best = s;
        bestDiff = d;
        bestSum = l + r;
      }
    }
    if (seen <= exactLimit) {
      return new Result(best, true, lattice.leftCost(best), lattice.rightCost(best));
    }
    boolean[] egal = EgalitarianStableMatching.optimalRotations(lattice, control);
    boolean[] all = new boolean[lattice.rotationCount()];
    java.util.Arrays.fill(all, true);
    boolean[][] starts = {egal, new boolean[lattice.rotationCount()], all};
    best = null;
    bestDiff = Long.MAX_VALUE;
    for (boolean[] start : starts) {
      boolean[] s = descend(lattice, start.clone(), control);
      long d = Math.abs(lattice.leftCost(s) - lattice.rightCost(s));
      if (d < bestDiff) {
        best = s;
        bestDiff = d;
      }
    }
    return new Result(best, false, lattice.leftCost(best), lattice.rightCost(best));
  }

  private static boolean[] descend(StableMatchingLattice lat, boolean[] s, SolveControl control) {
    int r = lat.rotationCount();
    long diff = lat.leftCost(s) - lat.rightCost(s);
    while (true) {
      control.check(PHASE);
      int bestMove = -1;
      long bestDiff = Math.abs(diff);
      for (int i = 0; i < r; i++) {
        long delta = lat.leftCostDelta(i) - lat.rightCostDelta(i);
        long nd;
        if (!s[i] && allIn(s, lat.predStart, lat.pred, i)) {
          nd = diff + delta;
        } else if (s[i] && noneIn(s, lat.succStart, lat.succ, i)) {
          nd = diff - delta;
        } else {
          continue;
        }
        if (Math.abs(nd) < bestDiff) {
          bestDiff = Math.abs(nd);
          bestMove = i;
        }
      }
      if (bestMove < 0) {
        return s;
      }
      long delta = lat.leftCostDelta(bestMove) - lat.rightCostDelta(bestMove);
      diff += s[bestMove] ? -delta : delta;
      s[bestMove] = !s[bestMove];
    }
  }

  private static boolean allIn(boolean[] s, int[] start, int[] adj, int i) {
    for (int k = start[i]; k < start[i + 1]; k++) {
      if (!s[adj[k]]) {
        return false;
      }
    }
    return true;
  }

  private static boolean noneIn(boolean[] s, int[] start, int[] adj, int i) {
    for (int k = start[i]; k < start[i + 1]; k++) {
      if (s[adj[k]]) {
        return false;
      }
    }
    return true;
  }
}
