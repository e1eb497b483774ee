package io.peermatch.core.kernel.stable;

import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The lattice of stable matchings of a two-sided instance with strict lists, represented by its
 * rotations and the rotation poset: the stable matchings are exactly the matchings obtained from
 * the left-optimal one by eliminating a closed (predecessor-closed) set of rotations.
 *
 * <p><b>Inputs</b>: strict lists (ties are rejected); one-to-one, or capacities on one side only
 * (hospitals/residents), which are handled by cloning each agent of capacity c into c copies that
 * the other side ranks consecutively (Gusfield and Irving 1989); copies map back to their agent in
 * every result. Incomplete lists and unequal sides are allowed (unmatched agents are the same in
 * every stable matching and take no part in rotations).
 *
 * <p><b>Running time</b> O(L) after the two Gale-Shapley runs, for total (cloned) list length L:
 * rotations are found by walking from the left-optimal to the right-optimal matching with monotone
 * pointers, and the poset is built from the type-1 and type-2 labels of Gusfield and Irving (1989,
 * rotation poset construction), giving O(L) edges whose transitive closure is the rotation poset.
 * The rotations are numbered in a topological order of the poset.
 *
 * <p><b>Costs</b> are 1-based ranks in the original (uncloned) lists: the left cost of a matching
 * is the sum of the left agents' ranks of their partners, the right cost likewise; egalitarian cost
 * is their sum (as in {@link StabilityChecker}).
 *
 * <p>D. Gusfield and R. W. Irving, The Stable Marriage Problem: Structure and Algorithms, MIT Press
 * (1989), chapters 2-3. R. W. Irving and P. Leather, The complexity of counting stable marriages,
 * SIAM Journal on Computing 15 (1986) 655-667.
 */
public final class StableMatchingLattice {

  private final int origLeft;
  private final int origRight;
  private final int[] leftOrig;
  private final int[] rightOrig;
  private final int[] mStart;
  private final int[] mList;
  private final long[] pairLeftCost;
  private final long[] pairRightCost;
  private final int[] m0Pos;
  private final int[] rotStart;
  private final int[] rotMan;
  private final int[] rotFrom;
  private final int[] rotTo;
  private final long[] deltaLeft;
  private final long[] deltaRight;
  final int[] predStart;
  final int[] pred;
  final int[] succStart;
  final int[] succ;
  private final long baseLeft;
  private final long baseRight;

  private StableMatchingLattice(Builder b) {
    origLeft = b.origLeft;
    origRight = b.origRight;
    leftOrig = b.leftOrig;
    rightOrig = b.rightOrig;
    mStart = b.in.leftStart;
    mList = b.in.leftList;
    pairLeftCost = b.pairLeftCost;
    pairRightCost = b.pairRightCost;
    m0Pos = b.m0Pos;
    rotStart = b.rotStart;
    rotMan = b.rotMan;
    rotFrom = b.rotFrom;
    rotTo = b.rotTo;
    deltaLeft = b.deltaLeft;
    deltaRight = b.deltaRight;
    predStart = b.predStart;
    pred = b.pred;
    succStart = b.succStart;
    succ = b.succ;
    baseLeft = b.baseLeft;
    baseRight = b.baseRight;
  }

  /**
   * Builds the lattice.
   *
   * @throws IllegalArgumentException if the instance has ties or capacities above 1 on both sides
   */
  public static StableMatchingLattice of(StableMarriageInstance in) {
    return of(in, SolveControl.none());
  }

  /**
   * As {@link #of(StableMarriageInstance)}, honouring {@code control}.
   *
   * @throws IllegalArgumentException if the instance has ties or capacities above 1 on both sides
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static StableMatchingLattice of(StableMarriageInstance in, SolveControl control) {
    if (in.hasTies()) {
      throw new IllegalArgumentException(
          "the lattice of stable matchings needs strict preferences but the instance has ties");
    }
    int capL = StableMarriageInstance.maxOf(in.leftCap);
    int capR = StableMarriageInstance.maxOf(in.rightCap);
    if (capL > 1 && capR > 1) {
      throw new IllegalArgumentException(
          "the lattice of stable matchings needs capacities on one side only but the largest are "
              + capL
              + " (left) and "
              + capR
              + " (right)");
    }
    StableMatchingLattice lattice = new StableMatchingLattice(new Builder(in, control));
    control.progress(PHASE, 1.0);
    return lattice;
  }

  /** The progress phase of building the lattice. */
  static final String PHASE = "lattice";

  /**
   * Work units (an agent, a list entry, a rotation entry, a poset edge: each a few memory accesses)
   * between two checks of the control while the lattice is built or queried: tens of microseconds
   * to a few milliseconds at a million people, so a stop is seen well within the 200 ms contract.
   */
  static final int CHECK_UNITS = 1 << 12;

  /** The number of rotations. */
  public int rotationCount() {
    return rotStart.length - 1;
  }

  /**
   * Rotation {@code i} as pairs {@code {l0, r0, l1, r1, ...}} (original ids): eliminating it moves
   * each l_k from r_k to r_{k+1} (indices mod its length).
   */
  public int[] rotation(int i) {
    int[] out = new int[2 * (rotStart[i + 1] - rotStart[i])];
    for (int k = rotStart[i]; k < rotStart[i + 1]; k++) {
      out[2 * (k - rotStart[i])] = leftOrig[rotMan[k]];
      out[2 * (k - rotStart[i]) + 1] = rightOrig[mList[rotFrom[k]]];
    }
    return out;
  }

  /** The direct predecessors of rotation {@code i} from the label construction (sorted). */
  public int[] predecessors(int i) {
    return Arrays.copyOfRange(pred, predStart[i], predStart[i + 1]);
  }

  /** How eliminating rotation {@code i} changes the left cost (>= 0: the left side loses). */
  public long leftCostDelta(int i) {
    return deltaLeft[i];
  }

  /**
   * How eliminating rotation {@code i} changes the right cost ({@code <= 0}: the right side gains).
   */
  public long rightCostDelta(int i) {
    return deltaRight[i];
  }

  /** Left cost of the left-optimal matching. */
  public long leftOptimalLeftCost() {
    return baseLeft;
  }

  /** Right cost of the left-optimal matching. */
  public long leftOptimalRightCost() {
    return baseRight;
  }

  /** The left-optimal stable matching (no rotation eliminated). */
  public StableMarriageMatching leftOptimal() {
    return matchingOf(new boolean[rotationCount()]);
  }

  /** The right-optimal stable matching (every rotation eliminated). */
  public StableMarriageMatching rightOptimal() {
    boolean[] all = new boolean[rotationCount()];
    Arrays.fill(all, true);
    return matchingOf(all);
  }

  /**
   * The stable matching of a closed set of rotations.
   *
   * @throws IllegalArgumentException if the set is not closed under predecessors
   */
  public StableMarriageMatching matchingOf(boolean[] rotations) {
    return matchingOf(rotations, SolveControl.none());
  }

  /**
   * As {@link #matchingOf(boolean[])}, checking {@code control} every few thousand steps (a million
   * people's matching is a few passes over a million agents).
   *
   * @throws IllegalArgumentException if the set is not closed under predecessors
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public StableMarriageMatching matchingOf(boolean[] rotations, SolveControl control) {
    control.check(PHASE);
    int r = rotationCount();
    if (rotations.length != r) {
      throw new IllegalArgumentException(
          "rotation set must have " + r + " entries but had " + rotations.length);
    }
    int budget = CHECK_UNITS;
    for (int i = 0; i < r; i++) {
      if ((budget -= predStart[i + 1] - predStart[i] + 1) < 0) {
        budget = CHECK_UNITS;
        control.check(PHASE);
      }
      if (rotations[i]) {
        for (int k = predStart[i]; k < predStart[i + 1]; k++) {
          if (!rotations[pred[k]]) {
            throw new IllegalArgumentException(
                "rotation set must be closed under predecessors but contains "
                    + i
                    + " without its predecessor "
                    + pred[k]);
          }
        }
      }
    }
    int[] pos = m0Pos.clone();
    for (int i = 0; i < r; i++) {
      if ((budget -= rotStart[i + 1] - rotStart[i] + 1) < 0) {
        budget = CHECK_UNITS;
        control.check(PHASE);
      }
      if (rotations[i]) {
        for (int k = rotStart[i]; k < rotStart[i + 1]; k++) {
          pos[rotMan[k]] = rotTo[k];
        }
      }
    }
    control.check(PHASE);
    int c = 0;
    for (int p : pos) {
      if (p >= 0) {
        c++;
      }
    }
    int[] l = new int[c];
    int[] rr = new int[c];
    c = 0;
    for (int m = 0; m < pos.length; m++) {
      if ((m & (CHECK_UNITS - 1)) == 0) {
        control.check(PHASE);
      }
      if (pos[m] >= 0) {
        l[c] = leftOrig[m];
        rr[c++] = rightOrig[mList[pos[m]]];
      }
    }
    control.check(PHASE);
    return StableMarriageMatching.ofPairs(origLeft, origRight, l, rr);
  }

  /** The largest 1-based rank in any acceptable pair, on either side (at least 0). */
  int maxPairCost() {
    long max = 0;
    for (int p = 0; p < pairLeftCost.length; p++) {
      max = Math.max(max, Math.max(pairLeftCost[p], pairRightCost[p]));
    }
    return (int) max;
  }

  /**
   * Marks, for regret bound k, the rotations that a matching of regret at most k must contain
   * (first rotation bringing a right agent's partner within k) and must avoid (first rotation
   * pushing a left agent's partner beyond k). Returns false if no bound-k matching can exist.
   */
  boolean regretConstraints(int k, boolean[] required, boolean[] forbidden) {
    return regretConstraints(k, required, forbidden, SolveControl.none(), PHASE);
  }

  /** As {@link #regretConstraints(int, boolean[], boolean[])}, checking {@code control}. */
  boolean regretConstraints(
      int k, boolean[] required, boolean[] forbidden, SolveControl control, String phase) {
    control.check(phase);
    int nm = m0Pos.length;
    boolean[] needs = new boolean[rightOrig.length];
    int open = 0;
    for (int m = 0; m < nm; m++) {
      if ((m & (CHECK_UNITS - 1)) == 0) {
        control.check(phase);
      }
      int p = m0Pos[m];
      if (p < 0) {
        continue;
      }
      if (pairLeftCost[p] > k) {
        return false;
      }
      if (pairRightCost[p] > k) {
        needs[mList[p]] = true;
        open++;
      }
    }
    boolean[] manDone = new boolean[nm];
    int budget = CHECK_UNITS;
    for (int i = 0; i + 1 < rotStart.length; i++) {
      if ((budget -= rotStart[i + 1] - rotStart[i] + 1) < 0) {
        budget = CHECK_UNITS;
        control.check(phase);
      }
      for (int e = rotStart[i]; e < rotStart[i + 1]; e++) {
        int m = rotMan[e];
        if (!manDone[m] && pairLeftCost[rotTo[e]] > k) {
          forbidden[i] = true;
          manDone[m] = true;
        }
        int w = mList[rotTo[e]];
        if (needs[w] && pairRightCost[rotTo[e]] <= k) {
          required[i] = true;
          needs[w] = false;
          open--;
        }
      }
    }
    return open == 0;
  }

  /** Left cost of the matching of a closed set (not re-validated). */
  public long leftCost(boolean[] rotations) {
    long c = baseLeft;
    for (int i = 0; i < rotations.length; i++) {
      if (rotations[i]) {
        c += deltaLeft[i];
      }
    }
    return c;
  }

  /** Right cost of the matching of a closed set (not re-validated). */
  public long rightCost(boolean[] rotations) {
    long c = baseRight;
    for (int i = 0; i < rotations.length; i++) {
      if (rotations[i]) {
        c += deltaRight[i];
      }
    }
    return c;
  }

  /**
   * Lazily enumerates the closed sets of rotations (each is one stable matching), at most {@code
   * limit} of them, starting with the empty set (left-optimal). Each step costs O(R + E) for R
   * rotations and E poset edges. The returned arrays are fresh copies.
   */
  public Iterator<boolean[]> closedSets(long limit) {
    return new ClosedSetIterator(limit);
  }

  /** Lazily enumerates the stable matchings, at most {@code limit}, via {@link #closedSets}. */
  public Iterator<StableMarriageMatching> enumerate(long limit) {
    Iterator<boolean[]> sets = closedSets(limit);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return sets.hasNext();
      }

      @Override
      public StableMarriageMatching next() {
        return matchingOf(sets.next());
      }
    };
  }

  /**
   * Walks closed sets in lexicographic order over rotations numbered topologically (exclusion
   * before inclusion): the next set flips the last rotation that is excluded and includable, and
   * excludes everything after it. Every such prefix extends to a closed set, so there are no dead
   * ends.
   */
  private final class ClosedSetIterator implements Iterator<boolean[]> {
    private final boolean[] in = new boolean[rotationCount()];
    private long remaining;
    private boolean started;
    private boolean hasNext = true;

    ClosedSetIterator(long limit) {
      remaining = limit;
    }

    @Override
    public boolean hasNext() {
      if (remaining <= 0) {
        return false;
      }
      if (!started) {
        return true;
      }
      return hasNext;
    }

    @Override
    public boolean[] next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      remaining--;
      if (!started) {
        started = true;
      } else {
        int i = in.length - 1;
        while (i >= 0 && (in[i] || !includable(i))) {
          i--;
        }
        // i is the flip point; the caller saw hasNext, so i >= 0.
        in[i] = true;
        Arrays.fill(in, i + 1, in.length, false);
      }
      boolean[] out = in.clone();
      hasNext = advanceExists();
      return out;
    }

    private boolean advanceExists() {
      for (int i = in.length - 1; i >= 0; i--) {
        if (!in[i] && includable(i)) {
          return true;
        }
      }
      return false;
    }

    private boolean includable(int i) {
      for (int k = predStart[i]; k < predStart[i + 1]; k++) {
        if (!in[pred[k]]) {
          return false;
        }
      }
      return true;
    }
  }

  /** Does the building; its fields are handed to the lattice. */
  private static final class Builder {
    int origLeft;
    int origRight;
    int[] leftOrig;
    int[] rightOrig;
    StableMarriageInstance in;
    long[] pairLeftCost;
    long[] pairRightCost;
    int[] m0Pos;
    int[] rotStart;
    int[] rotMan;
    int[] rotFrom;
    int[] rotTo;
    long[] deltaLeft;
    long[] deltaRight;
    int[] predStart;
    int[] pred;
    int[] succStart;
    int[] succ;
    long baseLeft;
    long baseRight;

    final SolveControl control;

    /** Work units left before the next check of {@link #control}. */
    private int budget = CHECK_UNITS;

    /** Counts {@code units} of work and checks the control when the budget is spent. */
    private void spend(int units) {
      if ((budget -= units) < 0) {
        budget = CHECK_UNITS;
        control.check(PHASE);
      }
    }

    /** {@link Arrays#fill(int[], int)} in slices, checking between them. */
    private void fill(int[] a, int v) {
      for (int from = 0; from < a.length; from += FILL_SLICE) {
        control.check(PHASE);
        Arrays.fill(a, from, Math.min(a.length, from + FILL_SLICE), v);
      }
    }

    /** Entries per slice of a controlled fill: sequential writes, well under a millisecond. */
    private static final int FILL_SLICE = 1 << 18;

    Builder(StableMarriageInstance orig, SolveControl control) {
      this.control = control;
      control.check(PHASE);
      origLeft = orig.leftCount;
      origRight = orig.rightCount;
      clone(orig);
      int nm = in.leftCount;
      int nw = in.rightCount;
      int[] twinL =
          PreferenceTables.twinOffsets(
              in.leftStart, in.leftList, in.rightStart, in.rightList, control, PHASE);
      int[] twinR =
          PreferenceTables.twinOffsets(
              in.rightStart, in.rightList, in.leftStart, in.leftList, control, PHASE);
      SolveControl quiet = control.withProgress(null);
      int[][] m0 =
          GaleShapleyStableMatching.run(
              in.leftStart,
              in.leftList,
              in.leftCap,
              in.rightStart,
              in.rightList,
              in.rightCap,
              quiet);
      control.progress(PHASE, 0.2);
      int[][] mz =
          GaleShapleyStableMatching.run(
              in.rightStart,
              in.rightList,
              in.rightCap,
              in.leftStart,
              in.leftList,
              in.leftCap,
              quiet);
      control.progress(PHASE, 0.4);
      m0Pos = new int[nm];
      int[] mzPos = new int[nm];
      fill(m0Pos, -1);
      fill(mzPos, -1);
      int[] wMate = new int[nw];
      int[] wMateOff = new int[nw];
      fill(wMate, -1);
      fill(wMateOff, Integer.MAX_VALUE);
      // m0: proposers (men) CSR in m0[0], m0[1]; mz: proposers are women, m0-style arrays.
      for (int m = 0; m < nm; m++) {
        // positionOf scans at most the man's list, twice.
        spend(2 * (in.leftStart[m + 1] - in.leftStart[m]) + 1);
        if (m0[0][m + 1] > m0[0][m]) {
          m0Pos[m] = positionOf(in.leftStart, in.leftList, m, m0[1][m0[0][m]]);
        }
        if (mz[2][m + 1] > mz[2][m]) {
          mzPos[m] = positionOf(in.leftStart, in.leftList, m, mz[3][mz[2][m]]);
        }
      }
      for (int m = 0; m < nm; m++) {
        spend(1);
        if (m0Pos[m] >= 0) {
          int w = in.leftList[m0Pos[m]];
          wMate[w] = m;
          wMateOff[w] = twinL[m0Pos[m]];
          baseLeft += pairLeftCost[m0Pos[m]];
          baseRight += pairRightCost[m0Pos[m]];
        }
      }
      findRotations(nm, twinL, twinR, mzPos, wMate, wMateOff);
    }

    private static int positionOf(int[] start, int[] list, int x, int y) {
      for (int p = start[x]; p < start[x + 1]; p++) {
        if (list[p] == y) {
          return p;
        }
      }
      throw new IllegalStateException("internal error: partner not on list");
    }

    /** Clones the side with capacities into unit copies and records 1-based original costs. */
    private void clone(StableMarriageInstance o) {
      boolean cloneLeft = StableMarriageInstance.maxOf(o.leftCap) > 1;
      boolean cloneRight = StableMarriageInstance.maxOf(o.rightCap) > 1;
      control.check(PHASE);
      int[] lFirst = copyStarts(o.leftCap, o.leftStart, cloneLeft);
      int[] rFirst = copyStarts(o.rightCap, o.rightStart, cloneRight);
      leftOrig = owners(lFirst);
      rightOrig = owners(rFirst);
      int nm = leftOrig.length;
      int nw = rightOrig.length;
      int[][] ml = new int[nm][];
      long[][] mc = new long[nm][];
      for (int m = 0; m < nm; m++) {
        int l = leftOrig[m];
        int len = 0;
        for (int p = o.leftStart[l]; p < o.leftStart[l + 1]; p++) {
          len += rFirst[o.leftList[p] + 1] - rFirst[o.leftList[p]];
        }
        spend(2 * (o.leftStart[l + 1] - o.leftStart[l]) + len + 1);
        ml[m] = new int[len];
        mc[m] = new long[len];
        int k = 0;
        for (int p = o.leftStart[l]; p < o.leftStart[l + 1]; p++) {
          int r = o.leftList[p];
          for (int c = rFirst[r]; c < rFirst[r + 1]; c++) {
            ml[m][k] = c;
            mc[m][k++] = p - o.leftStart[l] + 1;
          }
        }
      }
      int[][] wl = new int[nw][];
      for (int w = 0; w < nw; w++) {
        int r = rightOrig[w];
        int len = 0;
        for (int q = o.rightStart[r]; q < o.rightStart[r + 1]; q++) {
          len += lFirst[o.rightList[q] + 1] - lFirst[o.rightList[q]];
        }
        spend(2 * (o.rightStart[r + 1] - o.rightStart[r]) + len + 1);
        wl[w] = new int[len];
        int k = 0;
        for (int q = o.rightStart[r]; q < o.rightStart[r + 1]; q++) {
          int l = o.rightList[q];
          for (int c = lFirst[l]; c < lFirst[l + 1]; c++) {
            wl[w][k++] = c;
          }
        }
      }
      in = StableMarriageInstance.builder(ml, wl).build(control);
      // Right cost of each man position: the woman's original rank of the man's original agent.
      int[] twinL =
          PreferenceTables.twinOffsets(
              in.leftStart, in.leftList, in.rightStart, in.rightList, control, PHASE);
      pairLeftCost = new long[in.leftList.length];
      pairRightCost = new long[in.leftList.length];
      // Original rank of a left agent in a right agent's list, via the cloned offset: copies of one
      // left agent are consecutive, so the original rank is the count of distinct owners before.
      int[] origRankInW = new int[in.rightList.length];
      for (int w = 0; w < nw; w++) {
        spend(in.rightStart[w + 1] - in.rightStart[w] + 1);
        int rank = 0;
        for (int q = in.rightStart[w]; q < in.rightStart[w + 1]; q++) {
          if (q > in.rightStart[w] && leftOrig[in.rightList[q]] != leftOrig[in.rightList[q - 1]]) {
            rank++;
          }
          origRankInW[q] = rank + 1;
        }
      }
      for (int m = 0; m < nm; m++) {
        spend(in.leftStart[m + 1] - in.leftStart[m] + 1);
        for (int p = in.leftStart[m]; p < in.leftStart[m + 1]; p++) {
          pairLeftCost[p] = mc[m][p - in.leftStart[m]];
          pairRightCost[p] = origRankInW[in.rightStart[in.leftList[p]] + twinL[p]];
        }
      }
    }

    /**
     * The first copy of each agent: as many copies as its capacity, but no more than the length of
     * its list (it can never hold more partners), so a capacity of {@code Integer.MAX_VALUE} costs
     * no more than one equal to the list.
     */
    private static int[] copyStarts(int[] cap, int[] listStart, boolean clone) {
      int[] first = new int[cap.length + 1];
      for (int x = 0; x < cap.length; x++) {
        int usable = Math.max(1, Math.min(cap[x], listStart[x + 1] - listStart[x]));
        first[x + 1] = first[x] + (clone ? usable : 1);
      }
      return first;
    }

    private static int[] owners(int[] first) {
      int n = first.length - 1;
      int[] owner = new int[first[n]];
      for (int x = 0; x < n; x++) {
        for (int c = first[x]; c < first[x + 1]; c++) {
          owner[c] = x;
        }
      }
      return owner;
    }

    private void findRotations(
        int nm, int[] twinL, int[] twinR, int[] mzPos, int[] wMate, int[] wMateOff) {
      control.check(PHASE);
      int[] ptr = m0Pos.clone();
      int[] sPtr = new int[nm];
      for (int m = 0; m < nm; m++) {
        sPtr[m] = ptr[m] + 1;
      }
      int[] label1 = new int[in.leftList.length];
      int[] label2 = new int[in.leftList.length];
      fill(label1, -1);
      fill(label2, -1);
      IntList rs = new IntList();
      rs.add(0);
      IntList rMan = new IntList();
      IntList rFrom = new IntList();
      IntList rTo = new IntList();
      int[] path = new int[nm + 1];
      int[] at = new int[nm];
      Arrays.fill(at, -1);
      int[] toPos = new int[nm + 1];
      int len = 0;
      int scan = 0;
      while (true) {
        spend(1);
        if (len == 0) {
          int scanFrom = scan;
          while (scan < nm && ptr[scan] == mzPos[scan]) {
            scan++;
          }
          spend(scan - scanFrom);
          if (scan == nm) {
            break;
          }
          path[0] = scan;
          at[scan] = 0;
          len = 1;
        }
        int x = path[len - 1];
        int p = next(x, ptr, sPtr, mzPos, twinL, wMateOff);
        if (p < 0) {
          at[x] = -1;
          len--;
          continue;
        }
        int y = wMate[in.leftList[p]];
        if (at[y] < 0) {
          path[len] = y;
          at[y] = len++;
          continue;
        }
        int from = at[y];
        int cut = -1;
        for (int i = from; i < len; i++) {
          int pi = next(path[i], ptr, sPtr, mzPos, twinL, wMateOff);
          int nextMan = i + 1 < len ? path[i + 1] : y;
          if (pi < 0 || wMate[in.leftList[pi]] != nextMan) {
            cut = i;
            break;
          }
          toPos[i] = pi;
        }
        if (cut >= 0) {
          spend(len - from);
          for (int i = cut + 1; i < len; i++) {
            at[path[i]] = -1;
          }
          len = cut + 1;
          continue;
        }
        spend(4 * (len - from));
        int rho = rs.size() - 1;
        // Type-2 labels need each woman's old partner offset, so read them before updating.
        for (int i = from; i < len; i++) {
          int w = in.leftList[toPos[i]];
          int newOff = twinL[toPos[i]];
          int oldOff = wMateOff[w];
          int ws = in.rightStart[w];
          spend(oldOff - newOff);
          for (int off = newOff + 1; off < oldOff; off++) {
            int q = ws + off;
            label2[in.leftStart[in.rightList[q]] + twinR[q]] = rho;
          }
        }
        for (int i = from; i < len; i++) {
          int m = path[i];
          rMan.add(m);
          rFrom.add(ptr[m]);
          rTo.add(toPos[i]);
          label1[ptr[m]] = rho;
        }
        for (int i = from; i < len; i++) {
          int m = path[i];
          ptr[m] = toPos[i];
          int w = in.leftList[toPos[i]];
          wMate[w] = m;
          wMateOff[w] = twinL[toPos[i]];
          at[m] = -1;
        }
        rs.add(rMan.size());
        len = from;
      }
      rotStart = rs.toArray();
      rotMan = rMan.toArray();
      rotFrom = rFrom.toArray();
      rotTo = rTo.toArray();
      int r = rotStart.length - 1;
      deltaLeft = new long[r];
      deltaRight = new long[r];
      for (int i = 0; i < r; i++) {
        spend(rotStart[i + 1] - rotStart[i] + 1);
        for (int k = rotStart[i]; k < rotStart[i + 1]; k++) {
          deltaLeft[i] += pairLeftCost[rotTo[k]] - pairLeftCost[rotFrom[k]];
          deltaRight[i] += pairRightCost[rotTo[k]] - pairRightCost[rotFrom[k]];
        }
      }
      buildPoset(nm, mzPos, label1, label2, r);
    }

    private int next(int m, int[] ptr, int[] sPtr, int[] mzPos, int[] twinL, int[] wMateOff) {
      if (ptr[m] == mzPos[m]) {
        return -1;
      }
      int p = Math.max(sPtr[m], ptr[m] + 1);
      int end = in.leftStart[m + 1];
      int from = p;
      while (p < end && twinL[p] >= wMateOff[in.leftList[p]]) {
        p++;
      }
      spend(p - from);
      sPtr[m] = p;
      return p < end ? p : -1;
    }

    private void buildPoset(int nm, int[] mzPos, int[] label1, int[] label2, int r) {
      control.progress(PHASE, 0.8);
      LongList edges = new LongList();
      for (int m = 0; m < nm; m++) {
        if (m0Pos[m] < 0) {
          spend(1);
          continue;
        }
        spend(mzPos[m] - m0Pos[m] + 2);
        int last = -1;
        for (int p = m0Pos[m]; p <= mzPos[m]; p++) {
          if (label2[p] >= 0 && last >= 0 && p < mzPos[m]) {
            edges.add(((long) label2[p] << 32) | last);
          }
          if (label1[p] >= 0) {
            if (last >= 0) {
              edges.add(((long) last << 32) | label1[p]);
            }
            last = label1[p];
          }
        }
      }
      // Edges (a, b), a before b, sorted by b then a and deduplicated: two stable counting passes
      // (by a, then by b), checked as they go, instead of one unchecked sort of every edge.
      long[] e = edges.toArray();
      int ne = e.length;
      int[] aFill = new int[r + 1];
      for (int i = 0; i < ne; i++) {
        spend(1);
        aFill[(int) (e[i] >>> 32) + 1]++;
      }
      for (int i = 0; i < r; i++) {
        aFill[i + 1] += aFill[i];
      }
      long[] byA = new long[ne];
      for (int i = 0; i < ne; i++) {
        spend(1);
        byA[aFill[(int) (e[i] >>> 32)]++] = e[i];
      }
      e = null;
      int[] bStart = new int[r + 1];
      for (int i = 0; i < ne; i++) {
        spend(1);
        bStart[(int) byA[i] + 1]++;
      }
      for (int i = 0; i < r; i++) {
        bStart[i + 1] += bStart[i];
      }
      int[] bFill = Arrays.copyOf(bStart, r);
      int[] raw = new int[ne];
      for (int i = 0; i < ne; i++) {
        spend(1);
        raw[bFill[(int) byA[i]]++] = (int) (byA[i] >>> 32);
      }
      byA = null;
      // Within each b the a's are ascending (stable passes): keep the first of each run.
      predStart = new int[r + 1];
      int u = 0;
      for (int b = 0; b < r; b++) {
        spend(bStart[b + 1] - bStart[b] + 1);
        predStart[b] = u;
        for (int k = bStart[b]; k < bStart[b + 1]; k++) {
          if (u == predStart[b] || raw[u - 1] != raw[k]) {
            raw[u++] = raw[k];
          }
        }
      }
      predStart[r] = u;
      pred = Arrays.copyOf(raw, u);
      raw = null;
      succStart = new int[r + 1];
      for (int k = 0; k < u; k++) {
        spend(1);
        succStart[pred[k] + 1]++;
      }
      for (int i = 0; i < r; i++) {
        succStart[i + 1] += succStart[i];
      }
      // b ascending, so each successor list comes out ascending.
      succ = new int[u];
      int[] sf = Arrays.copyOf(succStart, r);
      for (int b = 0; b < r; b++) {
        spend(predStart[b + 1] - predStart[b] + 1);
        for (int k = predStart[b]; k < predStart[b + 1]; k++) {
          succ[sf[pred[k]]++] = b;
        }
      }
    }
  }

  /** A growable int array. */
  static final class IntList {
    private int[] a = new int[16];
    private int n;

    void add(int v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, 2 * n);
      }
      a[n++] = v;
    }

    int size() {
      return n;
    }

    int[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }

  /** A growable long array. */
  static final class LongList {
    private long[] a = new long[16];
    private int n;

    void add(long v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, 2 * n);
      }
      a[n++] = v;
    }

    long[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }
}
