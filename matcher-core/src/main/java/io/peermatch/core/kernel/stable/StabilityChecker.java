package io.peermatch.core.kernel.stable;

import java.util.Arrays;

/**
 * An independent checker of stable matchings: verifies a matching from scratch against its instance
 * (feasibility, blocking pairs) and computes its rank statistics. It shares no code with the
 * algorithms it checks.
 *
 * <p><b>Two-sided</b> ({@link #checkMarriage}): the matching must use only acceptable pairs, at
 * most once each, and respect every capacity (else {@link IllegalArgumentException}). An agent
 * <em>strictly wants</em> a partner of rank k if it has a free slot or k is strictly better than
 * its worst partner; it <em>weakly wants</em> it if it has a free slot or k is at least as good as
 * its worst partner. An acceptable unmatched pair blocks weak stability if both strictly want each
 * other (Irving 1994, weak stability; with capacities this is pairwise stability) and blocks
 * super-stability if both weakly want each other.
 *
 * <p><b>One pool</b> ({@link #checkRoommates}): a pair blocks if both are acceptable to each other,
 * not mates, and each is unmatched or strictly prefers the other to its mate.
 *
 * <p><b>Ranks</b> are 1-based competition ranks in the cleaned lists (1 + the number of strictly
 * better acceptable entries). The egalitarian cost is the sum over matched pairs of the ranks on
 * both sides; {@code rankMean} is that cost divided by twice the number of pairs (0 when empty);
 * {@code rankMax} (regret) is the largest rank any matched agent gives its partner.
 *
 * <p>Running time O(L log L) for total list length L (O(L) when the rank tables are dense); memory
 * about 2 bytes per (agent, agent) cell up to 2^27 cells, else 8 bytes per list entry, per side.
 */
public final class StabilityChecker {

  private StabilityChecker() {}

  /** The result of checking a two-sided matching. */
  public record MarriageReport(
      int size,
      long blockingPairs,
      long superBlockingPairs,
      int firstBlockingLeft,
      int firstBlockingRight,
      long leftCost,
      long rightCost,
      int rankMax) {

    /** No pair blocks weak (pairwise) stability. */
    public boolean isStable() {
      return blockingPairs == 0;
    }

    /** No pair blocks super-stability. */
    public boolean isSuperStable() {
      return superBlockingPairs == 0;
    }

    /** Sum of the 1-based ranks on both sides of every matched pair. */
    public long egalitarianCost() {
      return leftCost + rightCost;
    }

    /** Mean 1-based rank over both ends of every matched pair; 0 when there are no pairs. */
    public double rankMean() {
      return size == 0 ? 0.0 : (double) egalitarianCost() / (2.0 * size);
    }

    /** |left cost - right cost|, the sex-equality measure. */
    public long sexEqualityCost() {
      return Math.abs(leftCost - rightCost);
    }
  }

  /** The result of checking a one-pool matching. */
  public record RoommatesReport(
      int size,
      long blockingPairs,
      int firstBlockingA,
      int firstBlockingB,
      long cost,
      int rankMax) {

    /** No pair blocks. */
    public boolean isStable() {
      return blockingPairs == 0;
    }

    /** Mean 1-based rank over both ends of every pair; 0 when there are no pairs. */
    public double rankMean() {
      return size == 0 ? 0.0 : (double) cost / (2.0 * size);
    }
  }

  /**
   * Checks a two-sided matching.
   *
   * @throws IllegalArgumentException if the matching does not fit the instance, uses an
   *     unacceptable pair or exceeds a capacity
   */
  public static MarriageReport checkMarriage(StableMarriageInstance in, StableMarriageMatching m) {
    return checkMarriage(in, m, DENSE_LIMIT);
  }

  /**
   * The number of acceptable pairs that block {@code m} under {@code stability} (see {@link
   * Stability}); 0 means the matching is weakly, strongly or super-stable as asked.
   *
   * @throws IllegalArgumentException as {@link #checkMarriage(StableMarriageInstance,
   *     StableMarriageMatching)}
   */
  public static long blockingPairs(
      StableMarriageInstance in, StableMarriageMatching m, Stability stability) {
    Check check = check(in, m, DENSE_LIMIT);
    switch (stability) {
      case WEAK:
        return check.report().blockingPairs();
      case SUPER:
        return check.report().superBlockingPairs();
      default:
        return check.strongBlockingPairs();
    }
  }

  /** Largest dense rank table (cells); above it, sorted lists are searched. */
  static final long DENSE_LIMIT = 1 << 27;

  /**
   * As {@link #checkMarriage(StableMarriageInstance, StableMarriageMatching)}; tests vary the
   * limit.
   */
  static MarriageReport checkMarriage(
      StableMarriageInstance in, StableMarriageMatching m, long denseLimit) {
    return check(in, m, denseLimit).report();
  }

  /** A two-sided check with the count of pairs that block strong stability. */
  private record Check(MarriageReport report, long strongBlockingPairs) {}

  private static Check check(StableMarriageInstance in, StableMarriageMatching m, long denseLimit) {
    int nl = in.leftCount();
    int nr = in.rightCount();
    if (m.leftCount() != nl || m.rightCount() != nr) {
      throw new IllegalArgumentException(
          "matching must have "
              + nl
              + " left and "
              + nr
              + " right agents but had "
              + m.leftCount()
              + " and "
              + m.rightCount());
    }
    Ranks left = new Ranks(nl, nr, in::leftList, in::leftRankAt, denseLimit);
    Ranks right = new Ranks(nr, nl, in::rightList, in::rightRankAt, denseLimit);
    int[] worstL = new int[nl];
    int[] worstR = new int[nr];
    long leftCost = 0;
    long rightCost = 0;
    int rankMax = 0;
    int pairs = 0;
    for (int l = 0; l < nl; l++) {
      int[] ps = m.leftPartners(l);
      if (ps.length > in.leftCapacity(l)) {
        throw new IllegalArgumentException(
            "matching exceeds capacity "
                + in.leftCapacity(l)
                + " of left agent "
                + l
                + " with "
                + ps.length
                + " partners");
      }
      int worst = -1;
      for (int i = 0; i < ps.length; i++) {
        int r = ps[i];
        if (i > 0 && ps[i - 1] == r) {
          throw new IllegalArgumentException(
              "matching pairs left agent " + l + " with right agent " + r + " twice");
        }
        int a = left.rank(l, r);
        int b = right.rank(r, l);
        if (a < 0 || b < 0) {
          throw new IllegalArgumentException(
              "matching pairs left agent "
                  + l
                  + " with right agent "
                  + r
                  + " but the pair is not acceptable");
        }
        if (!contains(m.rightPartners(r), l)) {
          throw new IllegalArgumentException(
              "matching lists right agent " + r + " for left agent " + l + " but not back");
        }
        worst = Math.max(worst, a);
        leftCost += a + 1;
        rightCost += b + 1;
        rankMax = Math.max(rankMax, Math.max(a, b) + 1);
        pairs++;
      }
      worstL[l] = ps.length < in.leftCapacity(l) ? Integer.MAX_VALUE : worst;
    }
    int rightPairs = 0;
    for (int r = 0; r < nr; r++) {
      int[] ps = m.rightPartners(r);
      if (ps.length > in.rightCapacity(r)) {
        throw new IllegalArgumentException(
            "matching exceeds capacity "
                + in.rightCapacity(r)
                + " of right agent "
                + r
                + " with "
                + ps.length
                + " partners");
      }
      int worst = -1;
      for (int l : ps) {
        int b = right.rank(r, l);
        if (b < 0) {
          throw new IllegalArgumentException(
              "matching pairs right agent "
                  + r
                  + " with left agent "
                  + l
                  + " but the pair is not acceptable");
        }
        worst = Math.max(worst, b);
        rightPairs++;
      }
      worstR[r] = ps.length < in.rightCapacity(r) ? Integer.MAX_VALUE : worst;
    }
    if (rightPairs != pairs) {
      throw new IllegalArgumentException(
          "matching has " + pairs + " pairs on the left but " + rightPairs + " on the right");
    }
    long blocking = 0;
    long superBlocking = 0;
    long strongBlocking = 0;
    int fl = -1;
    int fr = -1;
    for (int l = 0; l < nl; l++) {
      int[] list = in.leftList(l);
      for (int k = 0; k < list.length; k++) {
        int r = list[k];
        if (m.contains(l, r)) {
          continue;
        }
        int a = in.leftRankAt(l, k);
        int b = right.rank(r, l);
        if (a < worstL[l] && b < worstR[r]) {
          if (blocking++ == 0) {
            fl = l;
            fr = r;
          }
        }
        if (a <= worstL[l] && b <= worstR[r]) {
          superBlocking++;
          if (a < worstL[l] || b < worstR[r]) {
            strongBlocking++;
          }
        }
      }
    }
    return new Check(
        new MarriageReport(pairs, blocking, superBlocking, fl, fr, leftCost, rightCost, rankMax),
        strongBlocking);
  }

  /**
   * Checks a one-pool matching given as mates ({@code mate[a]} = partner of a, or -1).
   *
   * @throws IllegalArgumentException if the mates are not symmetric or use an unacceptable pair
   */
  public static RoommatesReport checkRoommates(StableRoommatesInstance in, int[] mate) {
    int n = in.size();
    if (mate.length != n) {
      throw new IllegalArgumentException(
          "mate array must have " + n + " entries but had " + mate.length);
    }
    Ranks ranks = new Ranks(n, n, in::list, in::rankAt, DENSE_LIMIT);
    int[] mateRank = new int[n];
    long cost = 0;
    int rankMax = 0;
    int size = 0;
    for (int a = 0; a < n; a++) {
      int b = mate[a];
      if (b == -1) {
        mateRank[a] = Integer.MAX_VALUE;
        continue;
      }
      if (b < 0 || b >= n || b == a || mate[b] != a) {
        throw new IllegalArgumentException(
            "mates must be symmetric but agent " + a + " has mate " + b);
      }
      int r = ranks.rank(a, b);
      if (r < 0) {
        throw new IllegalArgumentException(
            "agents " + a + " and " + b + " are mates but the pair is not acceptable");
      }
      mateRank[a] = r;
      cost += r + 1;
      rankMax = Math.max(rankMax, r + 1);
      if (a < b) {
        size++;
      }
    }
    long blocking = 0;
    int fa = -1;
    int fb = -1;
    for (int a = 0; a < n; a++) {
      int[] list = in.list(a);
      for (int k = 0; k < list.length && in.rankAt(a, k) < mateRank[a]; k++) {
        int b = list[k];
        if (b > a && ranks.rank(b, a) < mateRank[b]) {
          if (blocking++ == 0) {
            fa = a;
            fb = b;
          }
        }
      }
    }
    return new RoommatesReport(size, blocking, fa, fb, cost, rankMax);
  }

  /**
   * The number of acceptable pairs, not mates, that block the one-pool matching {@code mate} under
   * {@code stability} (see {@link Stability}).
   *
   * @throws IllegalArgumentException as {@link #checkRoommates}
   */
  public static long blockingPairs(StableRoommatesInstance in, int[] mate, Stability stability) {
    checkRoommates(in, mate);
    int n = in.size();
    Ranks ranks = new Ranks(n, n, in::list, in::rankAt, DENSE_LIMIT);
    int[] mateRank = new int[n];
    for (int a = 0; a < n; a++) {
      mateRank[a] = mate[a] < 0 ? Integer.MAX_VALUE : ranks.rank(a, mate[a]);
    }
    long count = 0;
    for (int a = 0; a < n; a++) {
      int[] list = in.list(a);
      for (int k = 0; k < list.length; k++) {
        int b = list[k];
        if (b < a || mate[a] == b) {
          continue;
        }
        int ra = in.rankAt(a, k);
        int rb = ranks.rank(b, a);
        if (stability.blocks(
            ra < mateRank[a], ra <= mateRank[a], rb < mateRank[b], rb <= mateRank[b])) {
          count++;
        }
      }
    }
    return count;
  }

  private static boolean contains(int[] sorted, int x) {
    return Arrays.binarySearch(sorted, x) >= 0;
  }

  private interface ListSource {
    int[] list(int x);
  }

  private interface RankSource {
    int rankAt(int x, int k);
  }

  /**
   * The rank each agent x gives each agent y, for O(1) or O(log) lookups: a dense table of rank + 1
   * ({@code char}, 0 = not listed) when x-count * y-count is at most 2^27 and every rank fits, else
   * one CSR of (id, rank) words sorted per agent, searched by bisection. About 2 bytes per cell or
   * 8 bytes per list entry.
   */
  private static final class Ranks {
    private final int yCount;
    private final char[] dense;
    private final int[] start;
    private final long[] sorted;

    Ranks(int n, int yCount, ListSource lists, RankSource ranks, long denseLimit) {
      this.yCount = yCount;
      long cells = (long) n * yCount;
      int maxLen = 0;
      long total = 0;
      for (int x = 0; x < n; x++) {
        int len = lists.list(x).length;
        maxLen = Math.max(maxLen, len);
        total += len;
      }
      if (cells <= denseLimit && maxLen < 65535) {
        dense = new char[(int) cells];
        start = null;
        sorted = null;
        for (int x = 0; x < n; x++) {
          int[] list = lists.list(x);
          for (int k = 0; k < list.length; k++) {
            dense[x * yCount + list[k]] = (char) (ranks.rankAt(x, k) + 1);
          }
        }
        return;
      }
      dense = null;
      start = new int[n + 1];
      sorted = new long[(int) total];
      int pos = 0;
      for (int x = 0; x < n; x++) {
        start[x] = pos;
        int[] list = lists.list(x);
        for (int k = 0; k < list.length; k++) {
          sorted[pos + k] = ((long) list[k] << 32) | ranks.rankAt(x, k);
        }
        Arrays.sort(sorted, pos, pos + list.length);
        pos += list.length;
      }
      start[n] = pos;
    }

    /** The 0-based rank that x gives y, or -1 if y is not on x's list. */
    int rank(int x, int y) {
      if (dense != null) {
        return dense[x * yCount + y] - 1;
      }
      int lo = start[x];
      int hi = start[x + 1] - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int id = (int) (sorted[mid] >>> 32);
        if (id < y) {
          lo = mid + 1;
        } else if (id > y) {
          hi = mid - 1;
        } else {
          return (int) sorted[mid];
        }
      }
      return -1;
    }
  }
}
