package io.peermatch.core.kernel.stable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Brute force for tests: every feasible matching of a small instance (all subsets of acceptable
 * pairs within the capacities), and oracles written straight from the definitions on the raw lists.
 */
public final class BruteForceStable {

  private BruteForceStable() {}

  /** Every feasible matching of a two-sided instance (pairs over its cleaned lists). */
  public static List<StableMarriageMatching> allMatchings(StableMarriageInstance in) {
    int nl = in.leftCount();
    int nr = in.rightCount();
    List<int[]> pairs = new ArrayList<>();
    for (int l = 0; l < nl; l++) {
      for (int r : in.leftList(l)) {
        pairs.add(new int[] {l, r});
      }
    }
    List<StableMarriageMatching> out = new ArrayList<>();
    int[] degL = new int[nl];
    int[] degR = new int[nr];
    int[] chosenL = new int[pairs.size()];
    int[] chosenR = new int[pairs.size()];
    dfs(in, pairs, 0, 0, degL, degR, chosenL, chosenR, out);
    return out;
  }

  private static void dfs(
      StableMarriageInstance in,
      List<int[]> pairs,
      int i,
      int k,
      int[] degL,
      int[] degR,
      int[] cl,
      int[] cr,
      List<StableMarriageMatching> out) {
    if (i == pairs.size()) {
      out.add(
          StableMarriageMatching.ofPairs(
              in.leftCount(), in.rightCount(), Arrays.copyOf(cl, k), Arrays.copyOf(cr, k)));
      return;
    }
    dfs(in, pairs, i + 1, k, degL, degR, cl, cr, out);
    int l = pairs.get(i)[0];
    int r = pairs.get(i)[1];
    if (degL[l] < in.leftCapacity(l) && degR[r] < in.rightCapacity(r)) {
      degL[l]++;
      degR[r]++;
      cl[k] = l;
      cr[k] = r;
      dfs(in, pairs, i + 1, k + 1, degL, degR, cl, cr, out);
      degL[l]--;
      degR[r]--;
    }
  }

  /**
   * Stable matchings of a complete one-to-one n x n instance, enumerating only the n! perfect
   * matchings: with complete lists every stable matching is perfect (an unmatched pair would
   * block).
   */
  public static List<StableMarriageMatching> stablePerfect(StableMarriageInstance in) {
    int n = in.leftCount();
    List<StableMarriageMatching> out = new ArrayList<>();
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    permute(in, perm, 0, out);
    return out;
  }

  private static void permute(
      StableMarriageInstance in, int[] perm, int k, List<StableMarriageMatching> out) {
    if (k == perm.length) {
      StableMarriageMatching m = StableMarriageMatching.ofLeftMates(perm.length, perm.clone());
      if (StabilityChecker.checkMarriage(in, m).isStable()) {
        out.add(m);
      }
      return;
    }
    for (int i = k; i < perm.length; i++) {
      int t = perm[k];
      perm[k] = perm[i];
      perm[i] = t;
      permute(in, perm, k + 1, out);
      perm[i] = perm[k];
      perm[k] = t;
    }
  }

  public static List<StableMarriageMatching> stable(StableMarriageInstance in) {
    List<StableMarriageMatching> out = new ArrayList<>();
    for (StableMarriageMatching m : allMatchings(in)) {
      if (StabilityChecker.checkMarriage(in, m).isStable()) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Number of pairs blocking weak stability, straight from the raw input: a pair is acceptable iff
   * both raw lists contain each other; rank = the raw rank value (ties: equal values) or position.
   */
  static long rawBlockingPairs(RandomStableInstances.Raw raw, StableMarriageMatching m) {
    int nl = raw.left().length;
    int nr = raw.right().length;
    long count = 0;
    for (int l = 0; l < nl; l++) {
      for (int r = 0; r < nr; r++) {
        int a = rawRank(raw.left()[l], raw.leftRanks() == null ? null : raw.leftRanks()[l], r);
        int b = rawRank(raw.right()[r], raw.rightRanks() == null ? null : raw.rightRanks()[r], l);
        if (a < 0 || b < 0 || m.contains(l, r)) {
          continue;
        }
        boolean lWants =
            wants(
                raw.left()[l],
                raw.leftRanks() == null ? null : raw.leftRanks()[l],
                m.leftPartners(l),
                capOf(raw.leftCap(), l),
                a);
        boolean rWants =
            wants(
                raw.right()[r],
                raw.rightRanks() == null ? null : raw.rightRanks()[r],
                m.rightPartners(r),
                capOf(raw.rightCap(), r),
                b);
        if (lWants && rWants) {
          count++;
        }
      }
    }
    return count;
  }

  private static int capOf(int[] cap, int x) {
    return cap == null ? 1 : cap[x];
  }

  private static boolean wants(int[] list, int[] ranks, int[] partners, int cap, int rank) {
    if (partners.length < cap) {
      return true;
    }
    for (int p : partners) {
      if (rawRank(list, ranks, p) > rank) {
        return true;
      }
    }
    return false;
  }

  public static int rawRank(int[] list, int[] ranks, int y) {
    for (int k = 0; k < list.length; k++) {
      if (list[k] == y) {
        return ranks == null ? k : ranks[k];
      }
    }
    return -1;
  }

  /** Every matching (mate array) of a roommates instance over its acceptable pairs. */
  public static List<int[]> allRoommatesMatchings(StableRoommatesInstance in) {
    int n = in.size();
    int[] mate = new int[n];
    Arrays.fill(mate, -1);
    List<int[]> out = new ArrayList<>();
    boolean[][] acc = new boolean[n][n];
    for (int a = 0; a < n; a++) {
      for (int b : in.list(a)) {
        acc[a][b] = true;
      }
    }
    roommatesDfs(acc, mate, 0, out);
    return out;
  }

  private static void roommatesDfs(boolean[][] acc, int[] mate, int a, List<int[]> out) {
    int n = mate.length;
    while (a < n && mate[a] != -1) {
      a++;
    }
    if (a == n) {
      out.add(mate.clone());
      return;
    }
    mate[a] = -2; // a stays single
    roommatesDfs(acc, mate, a + 1, out);
    for (int b = a + 1; b < n; b++) {
      if (mate[b] == -1 && acc[a][b]) {
        mate[a] = b;
        mate[b] = a;
        roommatesDfs(acc, mate, a + 1, out);
        mate[b] = -1;
      }
    }
    mate[a] = -1;
  }

  /** Converts the DFS marker -2 (single) to -1. */
  public static int[] clean(int[] mate) {
    int[] m = mate.clone();
    for (int i = 0; i < m.length; i++) {
      if (m[i] < 0) {
        m[i] = -1;
      }
    }
    return m;
  }

  /**
   * The largest number of pairs "stable among themselves" (Tan 1991): a matching with no blocking
   * pair whose two agents are both matched.
   */
  public static int maxInternallyStable(StableRoommatesInstance in) {
    int best = 0;
    for (int[] raw : allRoommatesMatchings(in)) {
      int[] m = clean(raw);
      int size = 0;
      for (int a = 0; a < m.length; a++) {
        if (m[a] > a) {
          size++;
        }
      }
      if (size > best && internallyStable(in, m)) {
        best = size;
      }
    }
    return best;
  }

  public static boolean internallyStable(StableRoommatesInstance in, int[] m) {
    int n = m.length;
    for (int a = 0; a < n; a++) {
      if (m[a] < 0) {
        continue;
      }
      int[] la = in.list(a);
      for (int b : la) {
        if (b == m[a]) {
          break;
        }
        if (m[b] < 0 || b < 0) {
          continue;
        }
        int[] lb = in.list(b);
        for (int x : lb) {
          if (x == m[b]) {
            break;
          }
          if (x == a) {
            return false;
          }
        }
      }
    }
    return true;
  }

  public static List<int[]> stableRoommates(StableRoommatesInstance in) {
    List<int[]> out = new ArrayList<>();
    for (int[] m : allRoommatesMatchings(in)) {
      int[] c = clean(m);
      if (StabilityChecker.checkRoommates(in, c).isStable()) {
        out.add(c);
      }
    }
    return out;
  }
}
