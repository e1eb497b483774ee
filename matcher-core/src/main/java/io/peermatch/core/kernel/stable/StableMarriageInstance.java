package io.peermatch.core.kernel.stable;

import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;

/**
 * A two-sided stable matching instance on raw ranked lists (stable marriage, hospitals/residents,
 * many-to-many), validated and stored in compressed sparse row (CSR) form.
 *
 * <p><b>Agents.</b> Left agents are {@code 0 .. leftCount-1}, right agents {@code 0 ..
 * rightCount-1} (each side numbered from 0). {@code leftPrefs[l]} lists right agents, best first;
 * {@code rightPrefs[r]} lists left agents, best first. An empty list is valid: that agent stays
 * unmatched.
 *
 * <p><b>Acceptability.</b> A pair is acceptable only if BOTH agents list each other. An entry whose
 * counterpart does not list it back is dropped when the instance is built; {@link #leftList(int)}
 * and {@link #rightList(int)} show the lists after that cleaning.
 *
 * <p><b>Ties.</b> Optional {@code leftRanks[l][k]} gives the rank of the k-th entry of {@code
 * leftPrefs[l]}; equal ranks are ties, and ranks must be non-decreasing along the list (the list is
 * still best first). Without ranks every list is strict. After cleaning, the rank of an entry is
 * its competition rank: the number of entries of the cleaned list strictly better than it (0-based;
 * metrics report it 1-based).
 *
 * <p><b>Capacities.</b> Optional, default 1 on each side; each must be at least 1. Capacities on
 * one side give hospitals/residents; on both sides, many-to-many with pairwise stability.
 *
 * <p>Validation fails with {@link IllegalArgumentException} naming the agent, the position and the
 * value: an id out of range, an id ranked twice in one list, a capacity below 1, ranks that are not
 * non-decreasing or whose count differs from the list. Building is O(total list length) time and
 * memory, plus O(leftCount + rightCount).
 *
 * <p>Immutable and thread-safe.
 */
public final class StableMarriageInstance {

  final int leftCount;
  final int rightCount;
  final int[] leftStart;
  final int[] leftList;

  /** Competition rank per position, or null when every list is strict (rank = offset in list). */
  final int[] leftRank;

  final int[] rightStart;
  final int[] rightList;
  final int[] rightRank;
  final int[] leftCap;
  final int[] rightCap;

  private StableMarriageInstance(
      int leftCount,
      int rightCount,
      int[] leftStart,
      int[] leftList,
      int[] leftRank,
      int[] rightStart,
      int[] rightList,
      int[] rightRank,
      int[] leftCap,
      int[] rightCap) {
    this.leftCount = leftCount;
    this.rightCount = rightCount;
    this.leftStart = leftStart;
    this.leftList = leftList;
    this.leftRank = leftRank;
    this.rightStart = rightStart;
    this.rightList = rightList;
    this.rightRank = rightRank;
    this.leftCap = leftCap;
    this.rightCap = rightCap;
  }

  /** The phase named when a {@linkplain Builder#build(SolveControl) controlled build} stops. */
  static final String PHASE = "preferences";

  /**
   * List entries between two control checks in a controlled build: a few hundred microseconds of
   * scattered reads and writes.
   */
  private static final int CHECK_ENTRIES = 1 << 16;

  /** A one-to-one instance with strict lists. */
  public static StableMarriageInstance of(int[][] leftPrefs, int[][] rightPrefs) {
    return builder(leftPrefs, rightPrefs).build();
  }

  /**
   * A builder from tie groups: {@code leftGroups[l]} lists left agent l's groups of equally ranked
   * right agents, best first (the notation {@code ["x", ["y", "z"], "w"]} is {@code {{x}, {y, z},
   * {w}}}), and likewise {@code rightGroups}; capacities can still be set on the builder.
   *
   * @throws IllegalArgumentException if a list or a group is null, or a group is empty
   */
  public static Builder builderFromTieGroups(int[][][] leftGroups, int[][][] rightGroups) {
    int[][][] left = TieGroups.flatten(leftGroups, "left agent");
    int[][][] right = TieGroups.flatten(rightGroups, "right agent");
    return builder(left[0], right[0]).leftRanks(left[1]).rightRanks(right[1]);
  }

  /** A builder for capacities and ties; the arrays are copied when {@code build()} is called. */
  public static Builder builder(int[][] leftPrefs, int[][] rightPrefs) {
    return new Builder(leftPrefs, rightPrefs);
  }

  /** Builder of {@link StableMarriageInstance}. */
  public static final class Builder {
    private final int[][] leftPrefs;
    private final int[][] rightPrefs;
    private int[] leftCapacity;
    private int[] rightCapacity;
    private int[][] leftRanks;
    private int[][] rightRanks;

    private Builder(int[][] leftPrefs, int[][] rightPrefs) {
      if (leftPrefs == null || rightPrefs == null) {
        throw new IllegalArgumentException("preference lists must not be null");
      }
      this.leftPrefs = leftPrefs;
      this.rightPrefs = rightPrefs;
    }

    /** Capacity per left agent (default 1). */
    public Builder leftCapacities(int[] capacity) {
      this.leftCapacity = capacity;
      return this;
    }

    /** Capacity per right agent (default 1). */
    public Builder rightCapacities(int[] capacity) {
      this.rightCapacity = capacity;
      return this;
    }

    /** Rank per list position of each left list; equal ranks are ties. */
    public Builder leftRanks(int[][] ranks) {
      this.leftRanks = ranks;
      return this;
    }

    /** Rank per list position of each right list; equal ranks are ties. */
    public Builder rightRanks(int[][] ranks) {
      this.rightRanks = ranks;
      return this;
    }

    /** Validates and builds the instance. */
    public StableMarriageInstance build() {
      return build(SolveControl.none());
    }

    /**
     * Validates and builds the instance, checking {@code control} every few thousand agents (a
     * million agents' lists take a while).
     *
     * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
     */
    public StableMarriageInstance build(SolveControl control) {
      int nl = leftPrefs.length;
      int nr = rightPrefs.length;
      long leftTotal = validateLists(leftPrefs, nr, "left", "right", control);
      long rightTotal = validateLists(rightPrefs, nl, "right", "left", control);
      if (leftTotal > Integer.MAX_VALUE - 8 || rightTotal > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(
            "total list length must be below 2^31 but was " + Math.max(leftTotal, rightTotal));
      }
      validateRanks(leftRanks, leftPrefs, "left", control);
      validateRanks(rightRanks, rightPrefs, "right", control);
      int[] lc = capacities(leftCapacity, nl, "left");
      int[] rc = capacities(rightCapacity, nr, "right");

      boolean complete = leftTotal == (long) nl * nr && rightTotal == (long) nl * nr;
      int[][] keepLeft = null;
      int[][] keepRight = null;
      if (!complete) {
        boolean[][] masks = mutualMasks(leftPrefs, rightPrefs, nl, nr, control);
        keepLeft = new int[nl][];
        keepRight = new int[nr][];
        masks(masks, keepLeft, keepRight, nl, control);
      }
      int[] ls = new int[nl + 1];
      int[] ll = new int[(int) (complete ? leftTotal : countKept(keepLeft, control))];
      control.check(PHASE);
      int[] lr = fill(leftPrefs, leftRanks, keepLeft, ls, ll, control);
      int[] rs = new int[nr + 1];
      int[] rl = new int[(int) (complete ? rightTotal : countKept(keepRight, control))];
      control.check(PHASE);
      int[] rr = fill(rightPrefs, rightRanks, keepRight, rs, rl, control);
      return new StableMarriageInstance(nl, nr, ls, ll, lr, rs, rl, rr, lc, rc);
    }

    private static void masks(
        boolean[][] masks, int[][] keepLeft, int[][] keepRight, int nl, SolveControl control) {
      int budget = CHECK_ENTRIES;
      for (int i = 0; i < masks.length; i++) {
        boolean[] m = masks[i];
        if ((budget -= m.length + 1) < 0) {
          budget = CHECK_ENTRIES;
          control.check(PHASE);
        }
        int c = 0;
        for (boolean b : m) {
          if (b) {
            c++;
          }
        }
        int[] idx = new int[c];
        c = 0;
        for (int k = 0; k < m.length; k++) {
          if (m[k]) {
            idx[c++] = k;
          }
        }
        if (i < nl) {
          keepLeft[i] = idx;
        } else {
          keepRight[i - nl] = idx;
        }
      }
    }
  }

  private static long countKept(int[][] keep, SolveControl control) {
    long c = 0;
    for (int x = 0; x < keep.length; x++) {
      if ((x & 0xFFF) == 0) {
        control.check(PHASE);
      }
      c += keep[x].length;
    }
    return c;
  }

  /**
   * Which entries are mutual: masks[l][k] for left lists (index l), masks[nl + r][k] for right
   * lists. O(total) time through a transpose of each side instead of an n x n matrix, so sparse
   * instances with many agents stay small.
   */
  private static boolean[][] mutualMasks(
      int[][] left, int[][] right, int nl, int nr, SolveControl control) {
    boolean[][] masks = new boolean[nl + nr][];
    markMutual(left, right, nr, masks, 0, control);
    markMutual(right, left, nl, masks, nl, control);
    return masks;
  }

  /** Marks entries of {@code a}'s lists whose target lists the owner back in {@code b}. */
  private static void markMutual(
      int[][] a, int[][] b, int nb, boolean[][] masks, int offset, SolveControl control) {
    int na = a.length;
    // Transpose b: for each owner x of side a, the b agents that list x.
    // Checks counted in list entries (each a scattered write), not agents: one list can be long.
    int budget = CHECK_ENTRIES;
    int[] start = new int[na + 1];
    for (int[] list : b) {
      if ((budget -= list.length + 1) < 0) {
        budget = CHECK_ENTRIES;
        control.check(PHASE);
      }
      for (int x : list) {
        start[x + 1]++;
      }
    }
    for (int x = 0; x < na; x++) {
      start[x + 1] += start[x];
    }
    int[] listedBy = new int[start[na]];
    int[] fill = Arrays.copyOf(start, na);
    for (int y = 0; y < nb; y++) {
      if ((budget -= b[y].length + 1) < 0) {
        budget = CHECK_ENTRIES;
        control.check(PHASE);
      }
      for (int x : b[y]) {
        listedBy[fill[x]++] = y;
      }
    }
    int[] stamp = new int[nb];
    for (int x = 0; x < na; x++) {
      if ((budget -= start[x + 1] - start[x] + a[x].length + 1) < 0) {
        budget = CHECK_ENTRIES;
        control.check(PHASE);
      }
      for (int k = start[x]; k < start[x + 1]; k++) {
        stamp[listedBy[k]] = x + 1;
      }
      int[] list = a[x];
      boolean[] m = new boolean[list.length];
      for (int k = 0; k < list.length; k++) {
        m[k] = stamp[list[k]] == x + 1;
      }
      masks[offset + x] = m;
    }
  }

  private static int[] fill(
      int[][] prefs, int[][] ranks, int[][] keep, int[] start, int[] list, SolveControl control) {
    int n = prefs.length;
    int[] rank = ranks == null ? null : new int[list.length];
    int pos = 0;
    int budget = CHECK_ENTRIES;
    for (int x = 0; x < n; x++) {
      start[x] = pos;
      int[] src = prefs[x];
      int[] idx = keep == null ? null : keep[x];
      int len = idx == null ? src.length : idx.length;
      if ((budget -= len + 1) < 0) {
        budget = CHECK_ENTRIES;
        control.check(PHASE);
      }
      int groupStart = pos;
      for (int k = 0; k < len; k++) {
        int from = idx == null ? k : idx[k];
        list[pos] = src[from];
        if (rank != null) {
          if (k > 0 && ranks[x][from] != ranks[x][idx == null ? k - 1 : idx[k - 1]]) {
            groupStart = pos;
          }
          rank[pos] = groupStart - start[x];
        }
        pos++;
      }
    }
    start[n] = pos;
    return rank == null || !hasTie(rank, start, control) ? null : rank;
  }

  private static boolean hasTie(int[] rank, int[] start, SolveControl control) {
    int budget = CHECK_ENTRIES;
    for (int x = 0; x + 1 < start.length; x++) {
      if ((budget -= start[x + 1] - start[x] + 1) < 0) {
        budget = CHECK_ENTRIES;
        control.check(PHASE);
      }
      for (int p = start[x]; p < start[x + 1]; p++) {
        if (rank[p] != p - start[x]) {
          return true;
        }
      }
    }
    return false;
  }

  private static long validateLists(
      int[][] prefs, int otherCount, String side, String other, SolveControl control) {
    control.check(PHASE);
    long total = 0;
    int[] stamp = new int[otherCount];
    int budget = CHECK_ENTRIES;
    for (int x = 0; x < prefs.length; x++) {
      int[] list = prefs[x];
      if (list == null) {
        throw new IllegalArgumentException(
            "preference list must not be null for " + side + " agent " + x);
      }
      if ((budget -= list.length + 1) < 0) {
        budget = CHECK_ENTRIES;
        control.check(PHASE);
      }
      for (int k = 0; k < list.length; k++) {
        int y = list[k];
        if (y < 0 || y >= otherCount) {
          throw new IllegalArgumentException(
              other
                  + " agent id must be in [0, "
                  + otherCount
                  + ") but was "
                  + y
                  + " at position "
                  + k
                  + " of "
                  + side
                  + " agent "
                  + x);
        }
        if (stamp[y] == x + 1) {
          int first = 0;
          while (list[first] != y) {
            first++;
          }
          throw new IllegalArgumentException(
              other
                  + " agent "
                  + y
                  + " must be ranked at most once but is ranked twice by "
                  + side
                  + " agent "
                  + x
                  + " (positions "
                  + first
                  + " and "
                  + k
                  + ")");
        }
        stamp[y] = x + 1;
      }
      total += list.length;
    }
    return total;
  }

  private static void validateRanks(
      int[][] ranks, int[][] prefs, String side, SolveControl control) {
    if (ranks == null) {
      return;
    }
    int budget = CHECK_ENTRIES;
    if (ranks.length != prefs.length) {
      throw new IllegalArgumentException(
          side
              + " ranks must have one row per agent ("
              + prefs.length
              + ") but had "
              + ranks.length);
    }
    for (int x = 0; x < ranks.length; x++) {
      int[] r = ranks[x];
      if ((budget -= prefs[x].length + 1) < 0) {
        budget = CHECK_ENTRIES;
        control.check(PHASE);
      }
      if (r == null || r.length != prefs[x].length) {
        throw new IllegalArgumentException(
            side
                + " ranks must have one entry per list position for "
                + side
                + " agent "
                + x
                + " ("
                + prefs[x].length
                + ") but had "
                + (r == null ? "null" : String.valueOf(r.length)));
      }
      for (int k = 1; k < r.length; k++) {
        if (r[k] < r[k - 1]) {
          throw new IllegalArgumentException(
              "ranks must be non-decreasing along a list but "
                  + side
                  + " agent "
                  + x
                  + " has rank "
                  + r[k]
                  + " at position "
                  + k
                  + " after rank "
                  + r[k - 1]);
        }
      }
    }
  }

  private static int[] capacities(int[] cap, int n, String side) {
    int[] c = new int[n];
    if (cap == null) {
      Arrays.fill(c, 1);
      return c;
    }
    if (cap.length != n) {
      throw new IllegalArgumentException(
          side + " capacities must have one entry per agent (" + n + ") but had " + cap.length);
    }
    for (int x = 0; x < n; x++) {
      if (cap[x] < 1) {
        throw new IllegalArgumentException(
            "capacity must be at least 1 but was " + cap[x] + " for " + side + " agent " + x);
      }
      c[x] = cap[x];
    }
    return c;
  }

  /** The number of left agents. */
  public int leftCount() {
    return leftCount;
  }

  /** The number of right agents. */
  public int rightCount() {
    return rightCount;
  }

  /** The cleaned list of left agent {@code l} (mutually acceptable right agents, best first). */
  public int[] leftList(int l) {
    return Arrays.copyOfRange(leftList, leftStart[l], leftStart[l + 1]);
  }

  /** The cleaned list of right agent {@code r} (mutually acceptable left agents, best first). */
  public int[] rightList(int r) {
    return Arrays.copyOfRange(rightList, rightStart[r], rightStart[r + 1]);
  }

  /** The 0-based competition rank of the entry at offset {@code k} of left agent l's list. */
  public int leftRankAt(int l, int k) {
    return leftRank == null ? k : leftRank[leftStart[l] + k];
  }

  /** The 0-based competition rank of the entry at offset {@code k} of right agent r's list. */
  public int rightRankAt(int r, int k) {
    return rightRank == null ? k : rightRank[rightStart[r] + k];
  }

  /** Capacity of left agent {@code l}. */
  public int leftCapacity(int l) {
    return leftCap[l];
  }

  /** Capacity of right agent {@code r}. */
  public int rightCapacity(int r) {
    return rightCap[r];
  }

  /** Whether some cleaned list has two entries of equal rank. */
  public boolean hasTies() {
    return leftRank != null || rightRank != null;
  }

  /** The largest capacity on the left side (0 when the side is empty). */
  public int maxLeftCapacity() {
    return maxOf(leftCap);
  }

  /** The largest capacity on the right side (0 when the side is empty). */
  public int maxRightCapacity() {
    return maxOf(rightCap);
  }

  /** Whether every capacity is 1. */
  public boolean isOneToOne() {
    return maxOf(leftCap) <= 1 && maxOf(rightCap) <= 1;
  }

  /** The total length of the cleaned left lists (= number of acceptable pairs). */
  public int acceptablePairCount() {
    return leftList.length;
  }

  static int maxOf(int[] a) {
    int m = 0;
    for (int v : a) {
      m = Math.max(m, v);
    }
    return m;
  }
}
