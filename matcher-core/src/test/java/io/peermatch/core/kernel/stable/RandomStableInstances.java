package io.peermatch.core.kernel.stable;

import java.util.SplittableRandom;

/** Seeded random raw instances for tests: ranked lists, optional ties, holes and capacities. */
final class RandomStableInstances {

  private RandomStableInstances() {}

  /** Raw two-sided input, kept so oracles can work from the raw arrays. */
  record Raw(
      int[][] left,
      int[][] right,
      int[][] leftRanks,
      int[][] rightRanks,
      int[] leftCap,
      int[] rightCap) {

    StableMarriageInstance build() {
      return StableMarriageInstance.builder(left, right)
          .leftRanks(leftRanks)
          .rightRanks(rightRanks)
          .leftCapacities(leftCap)
          .rightCapacities(rightCap)
          .build();
    }
  }

  /**
   * A random instance.
   *
   * @param holeProb probability that an entry is left out of a list
   * @param tieProb probability that an entry ties with the previous one (0: strict, ranks null)
   * @param maxCapLeft maximum left capacity (1: capacities null)
   */
  static Raw marriage(
      SplittableRandom rnd,
      int nl,
      int nr,
      double holeProb,
      double tieProb,
      int maxCapLeft,
      int maxCapRight) {
    int[][] left = lists(rnd, nl, nr, holeProb);
    int[][] right = lists(rnd, nr, nl, holeProb);
    int[][] lr = tieProb > 0 ? ranks(rnd, left, tieProb) : null;
    int[][] rr = tieProb > 0 ? ranks(rnd, right, tieProb) : null;
    return new Raw(left, right, lr, rr, caps(rnd, nl, maxCapLeft), caps(rnd, nr, maxCapRight));
  }

  static int[][] lists(SplittableRandom rnd, int n, int m, double holeProb) {
    int[][] out = new int[n][];
    for (int x = 0; x < n; x++) {
      out[x] = permutationWithHoles(rnd, m, holeProb, -1);
    }
    return out;
  }

  static int[] permutationWithHoles(SplittableRandom rnd, int m, double holeProb, int skip) {
    int[] perm = new int[m];
    for (int i = 0; i < m; i++) {
      perm[i] = i;
    }
    for (int i = m - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    int c = 0;
    for (int i = 0; i < m; i++) {
      if (perm[i] != skip && rnd.nextDouble() >= holeProb) {
        perm[c++] = perm[i];
      }
    }
    return java.util.Arrays.copyOf(perm, c);
  }

  static int[][] ranks(SplittableRandom rnd, int[][] lists, double tieProb) {
    int[][] out = new int[lists.length][];
    for (int x = 0; x < lists.length; x++) {
      int[] r = new int[lists[x].length];
      int rank = rnd.nextInt(3);
      for (int k = 0; k < r.length; k++) {
        if (k > 0 && rnd.nextDouble() >= tieProb) {
          rank += 1 + rnd.nextInt(2);
        }
        r[k] = rank;
      }
      out[x] = r;
    }
    return out;
  }

  static int[] caps(SplittableRandom rnd, int n, int maxCap) {
    if (maxCap <= 1) {
      return null;
    }
    int[] c = new int[n];
    for (int x = 0; x < n; x++) {
      c[x] = 1 + rnd.nextInt(maxCap);
    }
    return c;
  }

  /** Random roommates lists over n agents (no self entries). */
  static int[][] roommates(SplittableRandom rnd, int n, double holeProb) {
    int[][] out = new int[n][];
    for (int a = 0; a < n; a++) {
      out[a] = permutationWithHoles(rnd, n, holeProb, a);
    }
    return out;
  }
}
