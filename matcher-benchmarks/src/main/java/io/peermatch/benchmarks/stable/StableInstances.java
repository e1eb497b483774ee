package io.peermatch.benchmarks.stable;

import io.peermatch.core.kernel.stable.StableMarriageInstance;
import io.peermatch.core.kernel.stable.StableRoommatesInstance;
import java.util.SplittableRandom;

/** Seeded random raw instances for the stable matching benchmarks. */
final class StableInstances {

  private StableInstances() {}

  /** Complete uniformly random lists, n x n. */
  static StableMarriageInstance completeMarriage(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    return StableMarriageInstance.of(permutations(rnd, n, n, -1), permutations(rnd, n, n, -1));
  }

  /**
   * n x n with short lists: each left agent ranks k distinct random right agents; each right agent
   * ranks, in random order, exactly the left agents that ranked it (so every entry is mutual).
   */
  static StableMarriageInstance topK(int n, int k, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[][] left = new int[n][];
    int[] count = new int[n];
    int[] stamp = new int[n];
    for (int l = 0; l < n; l++) {
      int[] list = new int[k];
      for (int i = 0; i < k; i++) {
        int r;
        do {
          r = rnd.nextInt(n);
        } while (stamp[r] == l + 1);
        stamp[r] = l + 1;
        list[i] = r;
        count[r]++;
      }
      left[l] = list;
    }
    int[][] right = new int[n][];
    for (int r = 0; r < n; r++) {
      right[r] = new int[count[r]];
      count[r] = 0;
    }
    for (int l = 0; l < n; l++) {
      for (int r : left[l]) {
        right[r][count[r]++] = l;
      }
    }
    for (int[] list : right) {
      shuffle(rnd, list);
    }
    return StableMarriageInstance.of(left, right);
  }

  /** Complete uniformly random roommates lists over n agents. */
  static StableRoommatesInstance completeRoommates(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[][] prefs = new int[n][];
    for (int a = 0; a < n; a++) {
      int[] p = new int[n - 1];
      for (int i = 0, j = 0; i < n; i++) {
        if (i != a) {
          p[j++] = i;
        }
      }
      shuffle(rnd, p);
      prefs[a] = p;
    }
    return StableRoommatesInstance.of(prefs);
  }

  private static int[][] permutations(SplittableRandom rnd, int n, int m, int skip) {
    int[][] out = new int[n][];
    for (int x = 0; x < n; x++) {
      int[] p = new int[m];
      for (int i = 0; i < m; i++) {
        p[i] = i;
      }
      shuffle(rnd, p);
      out[x] = p;
    }
    return out;
  }

  private static void shuffle(SplittableRandom rnd, int[] a) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
