package io.peermatch.core.kernel.stable;

import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Shared O(total list length) helpers on CSR preference lists; package-private. */
final class PreferenceTables {

  private PreferenceTables() {}

  /**
   * List entries between two control checks: a few hundred microseconds of scattered writes, so a
   * stop is seen well within the 200 ms contract while the check stays off the per-entry path.
   */
  private static final int CHECK_ENTRIES = 1 << 16;

  /**
   * For each position p of side A (owner x, target y = aList[p]): the offset of x inside y's list.
   * Needs mutual acceptability (every entry listed back), which the instances guarantee. O(total)
   * time and memory, with no n x n matrix.
   */
  static int[] twinOffsets(int[] aStart, int[] aList, int[] bStart, int[] bList) {
    return twinOffsets(aStart, aList, bStart, bList, SolveControl.none(), "preferences");
  }

  /** As {@link #twinOffsets(int[], int[], int[], int[])}, checking {@code control} as it goes. */
  static int[] twinOffsets(
      int[] aStart, int[] aList, int[] bStart, int[] bList, SolveControl control, String phase) {
    control.check(phase);
    int na = aStart.length - 1;
    int nb = bStart.length - 1;
    int[] tStart = new int[na + 1];
    // Counting is a scattered increment per entry as well: checked in slices of entries.
    for (int q0 = 0; q0 < bList.length; q0 += CHECK_ENTRIES) {
      control.check(phase);
      for (int q = q0, e = Math.min(bList.length, q0 + CHECK_ENTRIES); q < e; q++) {
        tStart[bList[q] + 1]++;
      }
    }
    for (int x = 0; x < na; x++) {
      tStart[x + 1] += tStart[x];
    }
    // One packed (y, offset) word per entry: the scattered writes below are the cost, so one
    // write per entry instead of two.
    long[] t = new long[bList.length];
    int[] fill = Arrays.copyOf(tStart, na);
    // Checks counted in list entries, not agents: one agent's list can be all of the other side.
    int budget = CHECK_ENTRIES;
    for (int y = 0; y < nb; y++) {
      int s = bStart[y];
      int e = bStart[y + 1];
      if ((budget -= e - s + 1) < 0) {
        budget = CHECK_ENTRIES;
        control.check(phase);
      }
      long hi = (long) y << 32;
      for (int q = s; q < e; q++) {
        t[fill[bList[q]]++] = hi | (q - s);
      }
    }
    int[] scratch = new int[nb];
    int[] twin = new int[aList.length];
    for (int x = 0; x < na; x++) {
      if ((budget -= aStart[x + 1] - aStart[x] + 1) < 0) {
        budget = CHECK_ENTRIES;
        control.check(phase);
      }
      for (int p = aStart[x]; p < aStart[x + 1]; p++) {
        scratch[aList[p]] = p;
      }
      for (int k = tStart[x]; k < tStart[x + 1]; k++) {
        long v = t[k];
        twin[scratch[(int) (v >>> 32)]] = (int) v;
      }
    }
    return twin;
  }

  /**
   * A copy of the lists where each tie group (equal competition rank) is shuffled by a seeded
   * permutation: one {@link SplittableRandom} seeded with {@code seed} walks the agents in id order
   * and, within each list, the tie groups in order (Fisher-Yates). The result is strict; any stable
   * matching of it is weakly stable for the original ties.
   */
  static int[] breakTies(int[] start, int[] list, int[] rank, SplittableRandom rnd) {
    return breakTies(start, list, rank, rnd, SolveControl.none(), "preferences");
  }

  /**
   * As {@link #breakTies(int[], int[], int[], SplittableRandom)}, checking {@code control} as it
   * goes (the checks draw nothing from {@code rnd}, so the permutation is the same).
   */
  static int[] breakTies(
      int[] start,
      int[] list,
      int[] rank,
      SplittableRandom rnd,
      SolveControl control,
      String phase) {
    control.check(phase);
    int[] out = list.clone();
    if (rank == null) {
      return out;
    }
    int n = start.length - 1;
    int budget = CHECK_ENTRIES;
    for (int x = 0; x < n; x++) {
      int p = start[x];
      int end = start[x + 1];
      if ((budget -= end - p + 1) < 0) {
        budget = CHECK_ENTRIES;
        control.check(phase);
      }
      while (p < end) {
        int q = p + 1;
        while (q < end && rank[q] == rank[p]) {
          q++;
        }
        for (int i = q - 1; i > p; i--) {
          int j = p + rnd.nextInt(i - p + 1);
          int t = out[i];
          out[i] = out[j];
          out[j] = t;
        }
        p = q;
      }
    }
    return out;
  }
}
