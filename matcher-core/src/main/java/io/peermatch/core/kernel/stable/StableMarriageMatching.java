package io.peermatch.core.kernel.stable;

import java.util.Arrays;

/**
 * A matching of a two-sided instance as int arrays: for each agent of each side, its partners in a
 * CSR (sorted by id), plus the number of proposals the algorithm made (0 when not produced by a
 * proposal algorithm).
 *
 * <p>For one-to-one instances {@link #leftMates()} and {@link #rightMates()} give the plain mate
 * arrays (-1 = unmatched). Immutable.
 */
public final class StableMarriageMatching {

  private final int[] leftStart;
  private final int[] leftPartners;
  private final int[] rightStart;
  private final int[] rightPartners;
  private final long proposals;

  StableMarriageMatching(
      int[] leftStart, int[] leftPartners, int[] rightStart, int[] rightPartners, long proposals) {
    this.leftStart = leftStart;
    this.leftPartners = leftPartners;
    this.rightStart = rightStart;
    this.rightPartners = rightPartners;
    this.proposals = proposals;
  }

  /**
   * A matching from its pairs {@code (left[i], right[i])}; used by tests, checkers and adapters.
   * Pairs are not checked against any instance here (see {@link StabilityChecker}), only for range.
   */
  public static StableMarriageMatching ofPairs(
      int leftCount, int rightCount, int[] left, int[] right) {
    if (left.length != right.length) {
      throw new IllegalArgumentException(
          "pair arrays must have equal length but had " + left.length + " and " + right.length);
    }
    for (int i = 0; i < left.length; i++) {
      if (left[i] < 0 || left[i] >= leftCount || right[i] < 0 || right[i] >= rightCount) {
        throw new IllegalArgumentException(
            "pair " + i + " must join ids in range but was (" + left[i] + ", " + right[i] + ")");
      }
    }
    return new StableMarriageMatching(
        csr(leftCount, left, right),
        sorted(leftCount, left, right),
        csr(rightCount, right, left),
        sorted(rightCount, right, left),
        0);
  }

  /** A matching from one-to-one mate arrays of the left side (-1 = unmatched). */
  public static StableMarriageMatching ofLeftMates(int rightCount, int[] leftMate) {
    int c = 0;
    for (int m : leftMate) {
      if (m >= 0) {
        c++;
      }
    }
    int[] l = new int[c];
    int[] r = new int[c];
    c = 0;
    for (int i = 0; i < leftMate.length; i++) {
      if (leftMate[i] >= 0) {
        l[c] = i;
        r[c++] = leftMate[i];
      }
    }
    return ofPairs(leftMate.length, rightCount, l, r);
  }

  private static int[] csr(int n, int[] owner, int[] other) {
    int[] start = new int[n + 1];
    for (int x : owner) {
      start[x + 1]++;
    }
    for (int x = 0; x < n; x++) {
      start[x + 1] += start[x];
    }
    return start;
  }

  private static int[] sorted(int n, int[] owner, int[] other) {
    int[] start = csr(n, owner, other);
    int[] out = new int[owner.length];
    int[] fill = Arrays.copyOf(start, n);
    for (int i = 0; i < owner.length; i++) {
      out[fill[owner[i]]++] = other[i];
    }
    for (int x = 0; x < n; x++) {
      Arrays.sort(out, start[x], start[x + 1]);
    }
    return out;
  }

  /** The number of left agents. */
  public int leftCount() {
    return leftStart.length - 1;
  }

  /** The number of right agents. */
  public int rightCount() {
    return rightStart.length - 1;
  }

  /** The number of matched pairs. */
  public int size() {
    return leftPartners.length;
  }

  /** The partners of left agent {@code l}, sorted by id. */
  public int[] leftPartners(int l) {
    return Arrays.copyOfRange(leftPartners, leftStart[l], leftStart[l + 1]);
  }

  /** The partners of right agent {@code r}, sorted by id. */
  public int[] rightPartners(int r) {
    return Arrays.copyOfRange(rightPartners, rightStart[r], rightStart[r + 1]);
  }

  /** How many partners left agent {@code l} has. */
  public int leftDegree(int l) {
    return leftStart[l + 1] - leftStart[l];
  }

  /** How many partners right agent {@code r} has. */
  public int rightDegree(int r) {
    return rightStart[r + 1] - rightStart[r];
  }

  /** Whether {@code l} and {@code r} are matched together. */
  public boolean contains(int l, int r) {
    return Arrays.binarySearch(leftPartners, leftStart[l], leftStart[l + 1], r) >= 0;
  }

  /** The number of proposals made by the algorithm that produced this matching. */
  public long proposals() {
    return proposals;
  }

  /**
   * The mate of each left agent (-1 = unmatched).
   *
   * @throws IllegalStateException if some left agent has more than one partner
   */
  public int[] leftMates() {
    return mates(leftStart, leftPartners, "left");
  }

  /**
   * The mate of each right agent (-1 = unmatched).
   *
   * @throws IllegalStateException if some right agent has more than one partner
   */
  public int[] rightMates() {
    return mates(rightStart, rightPartners, "right");
  }

  private static int[] mates(int[] start, int[] partners, String side) {
    int n = start.length - 1;
    int[] m = new int[n];
    for (int x = 0; x < n; x++) {
      int d = start[x + 1] - start[x];
      if (d > 1) {
        throw new IllegalStateException(
            "mate arrays need at most one partner per agent but "
                + side
                + " agent "
                + x
                + " has "
                + d);
      }
      m[x] = d == 0 ? -1 : partners[start[x]];
    }
    return m;
  }

  /** The pairs as {left, right} arrays, sorted by left then right. */
  public int[][] pairs() {
    int[][] p = new int[leftPartners.length][];
    int k = 0;
    for (int l = 0; l + 1 < leftStart.length; l++) {
      for (int i = leftStart[l]; i < leftStart[l + 1]; i++) {
        p[k++] = new int[] {l, leftPartners[i]};
      }
    }
    return p;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StableMarriageMatching
        && Arrays.equals(leftStart, ((StableMarriageMatching) o).leftStart)
        && Arrays.equals(leftPartners, ((StableMarriageMatching) o).leftPartners)
        && rightCount() == ((StableMarriageMatching) o).rightCount();
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(leftStart) + Arrays.hashCode(leftPartners);
  }

  @Override
  public String toString() {
    return Arrays.deepToString(pairs());
  }
}
