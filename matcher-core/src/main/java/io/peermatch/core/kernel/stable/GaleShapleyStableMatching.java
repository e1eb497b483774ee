package io.peermatch.core.kernel.stable;

import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Gale-Shapley deferred acceptance for the stable marriage problem and its generalisations: either
 * side proposing, capacities on either or both sides (hospitals/residents, many-to-many),
 * incomplete lists, unequal side sizes and ties.
 *
 * <p><b>Running time</b> O(L + n) for total list length L (O(L log c) with receiver capacities c
 * above 1, through one binary heap per receiver). Receivers compare proposers in O(1): when the
 * instance is dense (n_p * n_r at most about 3L and at most 2^28) through a flat {@code char[]}
 * (lists shorter than 65535) or {@code int[]} rank matrix, else through a "twin offset" array of
 * length L (the offset of the proposer in the receiver's list, built by transposition in O(L)). A
 * complete 10,000 x 10,000 instance thus needs 200 MB of rank table beside the 800 MB of lists.
 *
 * <p><b>Guarantee.</b> With strict lists the result is the proposer-optimal stable matching
 * (pairwise stable and proposer-optimal with capacities; Roth 1984, Roth and Sotomayor 1990). The
 * order in which free proposers are processed does not change it. <b>Ties</b> are broken before the
 * run by a seeded permutation of each tie group ({@code seed}; one {@link SplittableRandom} walks
 * the left lists by id, then the right lists, shuffling each tie group by Fisher-Yates); the result
 * is stable for the strict instance and therefore weakly stable for the original one (Irving 1994),
 * but not necessarily of maximum size (that problem is NP-hard; Manlove et al. 2002). Without ties
 * the seed is ignored.
 *
 * <p>D. Gale and L. S. Shapley, College admissions and the stability of marriage, American
 * Mathematical Monthly 69 (1962) 9-15. A. E. Roth, Stability and polarization of interests in job
 * matching, Econometrica 52 (1984) 47-57. R. W. Irving, Stable marriage and indifference, Discrete
 * Applied Mathematics 48 (1994) 261-272.
 */
public final class GaleShapleyStableMatching {

  private GaleShapleyStableMatching() {}

  /** The left-optimal stable matching (left side proposes; seed 0 for ties). */
  public static StableMarriageMatching leftOptimal(StableMarriageInstance in) {
    return solve(in, true, 0L);
  }

  /** The right-optimal stable matching (right side proposes; seed 0 for ties). */
  public static StableMarriageMatching rightOptimal(StableMarriageInstance in) {
    return solve(in, false, 0L);
  }

  /**
   * Deferred acceptance.
   *
   * @param leftProposes whether the left side proposes (else the right side)
   * @param seed the seed of the tie-breaking permutation; ignored without ties
   */
  public static StableMarriageMatching solve(
      StableMarriageInstance in, boolean leftProposes, long seed) {
    return solve(in, leftProposes, seed, DENSE_CELL_LIMIT, SolveControl.none());
  }

  /**
   * As {@link #solve(StableMarriageInstance, boolean, long)}, honouring {@code control} (a stopped
   * run has no stable matching, so an interrupt or the deadline throws). Progress: proposers done.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static StableMarriageMatching solve(
      StableMarriageInstance in, boolean leftProposes, long seed, SolveControl control) {
    return solve(in, leftProposes, seed, DENSE_CELL_LIMIT, control);
  }

  /** The progress phase. */
  static final String PHASE = "gale-shapley";

  /** Agents plus partners assembled into the result between two control checks. */
  private static final int ASSEMBLY_CHECK = 1 << 12;

  /** The largest proposer x receiver table built; above it the twin-offset path runs. */
  static final int DENSE_CELL_LIMIT = 1 << 28;

  /**
   * As {@link #solve(StableMarriageInstance, boolean, long)}, with a dense-table limit for tests.
   */
  static StableMarriageMatching solve(
      StableMarriageInstance in, boolean leftProposes, long seed, int denseCellLimit) {
    return solve(in, leftProposes, seed, denseCellLimit, SolveControl.none());
  }

  private static StableMarriageMatching solve(
      StableMarriageInstance in,
      boolean leftProposes,
      long seed,
      int denseCellLimit,
      SolveControl control) {
    int[] leftL = in.leftList;
    int[] rightL = in.rightList;
    if (in.hasTies()) {
      SplittableRandom rnd = new SplittableRandom(seed);
      leftL =
          PreferenceTables.breakTies(in.leftStart, in.leftList, in.leftRank, rnd, control, PHASE);
      rightL =
          PreferenceTables.breakTies(
              in.rightStart, in.rightList, in.rightRank, rnd, control, PHASE);
    }
    int[][] r =
        leftProposes
            ? run(
                in.leftStart,
                leftL,
                in.leftCap,
                in.rightStart,
                rightL,
                in.rightCap,
                denseCellLimit,
                control)
            : run(
                in.rightStart,
                rightL,
                in.rightCap,
                in.leftStart,
                leftL,
                in.leftCap,
                denseCellLimit,
                control);
    int[] pStart = r[0];
    int[] pPartners = r[1];
    int[] rStart = r[2];
    int[] rPartners = r[3];
    long proposals = ((long) r[4][0] << 32) | (r[4][1] & 0xffffffffL);
    return leftProposes
        ? new StableMarriageMatching(pStart, pPartners, rStart, rPartners, proposals)
        : new StableMarriageMatching(rStart, rPartners, pStart, pPartners, proposals);
  }

  /** Returns {pStart, pPartners, rStart, rPartners, {proposalsHi, proposalsLo}}. */
  static int[][] run(int[] pStart, int[] pList, int[] pCap, int[] rStart, int[] rList, int[] rCap) {
    return run(pStart, pList, pCap, rStart, rList, rCap, DENSE_CELL_LIMIT, SolveControl.none());
  }

  /** As the six-argument run, honouring {@code control}. */
  static int[][] run(
      int[] pStart,
      int[] pList,
      int[] pCap,
      int[] rStart,
      int[] rList,
      int[] rCap,
      SolveControl control) {
    return run(pStart, pList, pCap, rStart, rList, rCap, DENSE_CELL_LIMIT, control);
  }

  static int[][] run(
      int[] pStart,
      int[] pList,
      int[] pCap,
      int[] rStart,
      int[] rList,
      int[] rCap,
      int denseCellLimit,
      SolveControl control) {
    control.check(PHASE);
    int np = pStart.length - 1;
    int nr = rStart.length - 1;
    long cells = (long) np * nr;
    int[] twin = null;
    char[] cmat = null;
    int[] imat = null;
    if (cells <= 3L * rList.length + 4096 && cells <= denseCellLimit) {
      int maxLen = 0;
      for (int y = 0; y < nr; y++) {
        maxLen = Math.max(maxLen, rStart[y + 1] - rStart[y]);
      }
      if (maxLen < 65535) {
        cmat = new char[(int) cells];
        for (int y = 0; y < nr; y++) {
          if ((y & 0xFF) == 0) {
            control.check(PHASE);
          }
          int base = y * np;
          int s = rStart[y];
          for (int q = s, e = rStart[y + 1]; q < e; q++) {
            cmat[base + rList[q]] = (char) (q - s);
          }
        }
      } else {
        imat = new int[(int) cells];
        for (int y = 0; y < nr; y++) {
          if ((y & 0xFF) == 0) {
            control.check(PHASE);
          }
          int base = y * np;
          int s = rStart[y];
          for (int q = s, e = rStart[y + 1]; q < e; q++) {
            imat[base + rList[q]] = q - s;
          }
        }
      }
    } else {
      twin = PreferenceTables.twinOffsets(pStart, pList, rStart, rList, control, PHASE);
    }

    boolean unit = StableMarriageInstance.maxOf(rCap) <= 1;
    // Receiver state: with unit capacities the offset (in its list) of the held proposer; with
    // capacities a max-heap of held offsets, so the worst held proposer is on top.
    int[] hold = null;
    int[] heapStart = null;
    int[] heapSize = null;
    int[] heap = null;
    if (unit) {
      hold = new int[nr];
      Arrays.fill(hold, Integer.MAX_VALUE);
    } else {
      heapStart = new int[nr + 1];
      for (int y = 0; y < nr; y++) {
        heapStart[y + 1] = heapStart[y] + Math.min(rCap[y], rStart[y + 1] - rStart[y]);
      }
      heapSize = new int[nr];
      heap = new int[heapStart[nr]];
    }
    int[] next = Arrays.copyOf(pStart, np);
    int[] held = new int[np];
    int[] stack = new int[np];
    boolean[] queued = new boolean[np];
    int top = 0;
    for (int x = np - 1; x >= 0; x--) {
      stack[top++] = x;
      queued[x] = true;
    }
    long proposals = 0;
    int finished = 0;
    while (top > 0) {
      if ((++finished & 0xFFF) == 0) {
        control.check(PHASE);
        control.progress(PHASE, (double) Math.max(0, np - top) / np);
      }
      int x = stack[--top];
      queued[x] = false;
      int cap = pCap[x];
      int end = pStart[x + 1];
      while (held[x] < cap && next[x] < end) {
        int p = next[x]++;
        int y = pList[p];
        // Each proposal is a few cache misses on a large instance: check every 4,096.
        if ((++proposals & 0xFFF) == 0) {
          control.check(PHASE);
        }
        int rk = twin != null ? twin[p] : cmat != null ? cmat[y * np + x] : imat[y * np + x];
        int loser;
        if (unit) {
          int cur = hold[y];
          if (rk >= cur) {
            continue;
          }
          hold[y] = rk;
          held[x]++;
          if (cur == Integer.MAX_VALUE) {
            continue;
          }
          loser = rList[rStart[y] + cur];
        } else {
          int hs = heapStart[y];
          int size = heapSize[y];
          if (size < heapStart[y + 1] - hs) {
            siftUp(heap, hs, size, rk);
            heapSize[y] = size + 1;
            held[x]++;
            continue;
          }
          int worst = heap[hs];
          if (rk >= worst) {
            continue;
          }
          siftDown(heap, hs, size, rk);
          held[x]++;
          loser = rList[rStart[y] + worst];
        }
        held[loser]--;
        if (!queued[loser]) {
          queued[loser] = true;
          stack[top++] = loser;
        }
      }
    }

    // Assemble both CSRs, partners sorted by id (receivers scanned in id order fill proposers
    // sorted; receivers' own partners are sorted explicitly).
    // Scattered writes over every agent: checked every few thousand partners.
    control.check(PHASE);
    int[] rS = new int[nr + 1];
    for (int y = 0; y < nr; y++) {
      int d = unit ? (hold[y] == Integer.MAX_VALUE ? 0 : 1) : heapSize[y];
      rS[y + 1] = rS[y] + d;
    }
    int[] rP = new int[rS[nr]];
    int[] pS = new int[np + 1];
    int budget = ASSEMBLY_CHECK;
    for (int y = 0; y < nr; y++) {
      if ((budget -= rS[y + 1] - rS[y] + 1) < 0) {
        budget = ASSEMBLY_CHECK;
        control.check(PHASE);
      }
      int k = rS[y];
      if (unit) {
        if (hold[y] != Integer.MAX_VALUE) {
          rP[k] = rList[rStart[y] + hold[y]];
        }
      } else {
        for (int i = 0; i < heapSize[y]; i++) {
          rP[k + i] = rList[rStart[y] + heap[heapStart[y] + i]];
        }
        Arrays.sort(rP, k, rS[y + 1]);
      }
      for (int i = k; i < rS[y + 1]; i++) {
        pS[rP[i] + 1]++;
      }
    }
    for (int x = 0; x < np; x++) {
      pS[x + 1] += pS[x];
    }
    int[] pP = new int[rP.length];
    int[] fill = Arrays.copyOf(pS, np);
    for (int y = 0; y < nr; y++) {
      if ((budget -= rS[y + 1] - rS[y] + 1) < 0) {
        budget = ASSEMBLY_CHECK;
        control.check(PHASE);
      }
      for (int i = rS[y]; i < rS[y + 1]; i++) {
        pP[fill[rP[i]]++] = y;
      }
    }
    return new int[][] {pS, pP, rS, rP, {(int) (proposals >>> 32), (int) proposals}};
  }

  private static void siftUp(int[] heap, int base, int size, int v) {
    int i = size;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (heap[base + parent] >= v) {
        break;
      }
      heap[base + i] = heap[base + parent];
      i = parent;
    }
    heap[base + i] = v;
  }

  /** Replaces the top of a full max-heap with {@code v} and restores the order. */
  private static void siftDown(int[] heap, int base, int size, int v) {
    int i = 0;
    while (true) {
      int c = 2 * i + 1;
      if (c >= size) {
        break;
      }
      if (c + 1 < size && heap[base + c + 1] > heap[base + c]) {
        c++;
      }
      if (heap[base + c] <= v) {
        break;
      }
      heap[base + i] = heap[base + c];
      i = c;
    }
    heap[base + i] = v;
  }
}
