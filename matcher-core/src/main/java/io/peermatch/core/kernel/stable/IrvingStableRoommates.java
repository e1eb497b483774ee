package io.peermatch.core.kernel.stable;

import io.peermatch.api.MatchingStatus;
import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;

/**
 * Irving's algorithm for the stable roommates problem with incomplete lists: one pool, strict
 * ranked lists, mutual acceptability; finds a stable matching or reports that none exists.
 *
 * <p><b>Running time</b> O(L + n) for total list length L, so O(n^2) for complete lists. Phase 1
 * (proposals) and phase 2 (rotation elimination) work on the original lists through monotone
 * pointers: the reduced table is implicit, an entry b of a's list being present iff b is within a's
 * bound and a within b's (every deletion of either phase is a tail cut of some list together with
 * its symmetric entries). The "offset of a in b's list" comes from a twin array built in O(L), so
 * no n x n matrix is allocated.
 *
 * <p><b>Guarantee.</b> With status {@link MatchingStatus#OK} the matching is stable (the agents
 * whose lists empty in phase 1 are unmatched in every stable matching). With {@link
 * MatchingStatus#NO_STABLE_MATCHING} none exists, and the returned matching is a <em>best
 * effort</em>, not Tan's maximum stable partition: the agent whose list emptied during phase 2 is
 * set aside (treated as acceptable to nobody) and the algorithm reruns on the rest, repeatedly,
 * until the rest has a stable matching; that matching is returned and {@link
 * StableRoommatesMatching#setAside()} names the set-aside agents. It has no blocking pair among the
 * agents kept; blocking pairs may involve set-aside agents (count them with {@link
 * StabilityChecker#checkRoommates}). Each rerun costs O(L); in the worst case O(n) reruns.
 *
 * <p>How good is it? Tan (1991) shows that the largest matching that is stable among its own agents
 * has (n - singles - odd cycles) / 2 pairs, where the odd cycles are those of any stable partition;
 * deleting one member of an odd cycle and pairing the rest of it along the cycle keeps a stable
 * partition with one odd cycle fewer (our argument: no remaining agent's predecessor gets worse).
 * When the emptied list belongs to a member of an exposed odd party, each set-aside step is such a
 * deletion and the final matching reaches Tan's maximum. We have not proved that the emptied agent
 * is always such a member; the tests check the size against a brute-force maximum on every
 * unsolvable random instance they draw (n up to 8; a one-off run to n = 11 agreed as well). This is
 * therefore a documented best effort, not Tan's algorithm.
 *
 * <p>J. J. M. Tan, A necessary and sufficient condition for the existence of a complete stable
 * matching, Journal of Algorithms 12 (1991) 154-178.
 *
 * <p>R. W. Irving, An efficient algorithm for the "stable roommates" problem, Journal of Algorithms
 * 6 (1985) 577-595. D. Gusfield and R. W. Irving, The Stable Marriage Problem: Structure and
 * Algorithms, MIT Press (1989) (incomplete lists).
 */
public final class IrvingStableRoommates {

  /** The progress phase. */
  static final String PHASE = "irving";

  private IrvingStableRoommates() {}

  /**
   * A stable matching, or NO_STABLE_MATCHING with a best-effort matching.
   *
   * @throws IllegalArgumentException if some list has a tie
   */
  public static StableRoommatesMatching solve(StableRoommatesInstance in) {
    return solve(in, SolveControl.none());
  }

  /**
   * As {@link #solve(StableRoommatesInstance)}, honouring {@code control} (an unfinished run has no
   * stable matching, so an interrupt or the deadline throws). Progress: one step per rerun.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static StableRoommatesMatching solve(StableRoommatesInstance in, SolveControl control) {
    control.check(PHASE);
    if (in.hasTies()) {
      throw new IllegalArgumentException(
          "stable roommates needs strict lists but the instance has ties");
    }
    int[] twin = PreferenceTables.twinOffsets(in.start, in.list, in.start, in.list, control, PHASE);
    boolean[] aside = new boolean[in.n];
    int[] removed = new int[0];
    while (true) {
      control.check(PHASE);
      control.progress(PHASE, 1.0 - 1.0 / (removed.length + 2));
      Run run = new Run(in, twin, aside, control);
      int failed = run.solve();
      if (failed < 0) {
        return new StableRoommatesMatching(
            removed.length == 0 ? MatchingStatus.OK : MatchingStatus.NO_STABLE_MATCHING,
            run.mates(),
            removed);
      }
      aside[failed] = true;
      removed = Arrays.copyOf(removed, removed.length + 1);
      removed[removed.length - 1] = failed;
    }
  }

  private static final class Run {
    final int n;
    final int[] start;
    final int[] list;
    final int[] twin;
    final int[] bound; // offset of the last entry a still accepts; -1: empty
    final int[] firstPtr;
    final int[] secondPtr;
    final int[] lastPtr;
    final SolveControl control;
    long steps;

    Run(StableRoommatesInstance in, int[] twin, boolean[] aside, SolveControl control) {
      this.control = control;
      n = in.n;
      start = in.start;
      list = in.list;
      this.twin = twin;
      bound = new int[n];
      for (int a = 0; a < n; a++) {
        bound[a] = aside[a] ? -1 : start[a + 1] - start[a] - 1;
      }
      firstPtr = Arrays.copyOf(start, n);
      secondPtr = Arrays.copyOf(start, n);
      lastPtr = new int[n];
      for (int a = 0; a < n; a++) {
        lastPtr[a] = start[a + 1] - 1;
      }
    }

    boolean present(int a, int p) {
      return p - start[a] <= bound[a] && twin[p] <= bound[list[p]];
    }

    /** Position of a's first present entry, or -1 if a's list is empty. */
    int first(int a) {
      int p = firstPtr[a];
      int end = start[a] + bound[a];
      while (p <= end && !present(a, p)) {
        p++;
      }
      firstPtr[a] = p;
      return p <= end ? p : -1;
    }

    /** Position of a's second present entry, or -1. Call after first(a). */
    int second(int a) {
      int f = first(a);
      if (f < 0) {
        return -1;
      }
      int p = Math.max(secondPtr[a], f + 1);
      int end = start[a] + bound[a];
      while (p <= end && !present(a, p)) {
        p++;
      }
      secondPtr[a] = p;
      return p <= end ? p : -1;
    }

    /** Position of a's last present entry, or -1. */
    int last(int a) {
      int p = Math.min(lastPtr[a], start[a] + bound[a]);
      int lo = firstPtr[a];
      while (p >= lo && !present(a, p)) {
        p--;
      }
      lastPtr[a] = p;
      return p >= lo ? p : -1;
    }

    /** Runs both phases; returns -1 on success, else the agent whose list emptied in phase 2. */
    int solve() {
      phase1();
      return phase2();
    }

    private void phase1() {
      int[] holder = new int[n];
      Arrays.fill(holder, -1);
      int[] stack = new int[n];
      int top = 0;
      for (int a = n - 1; a >= 0; a--) {
        stack[top++] = a;
      }
      while (top > 0) {
        if ((++steps & 0x3FF) == 0) {
          control.check(PHASE);
        }
        int a = stack[--top];
        int p = first(a);
        if (p < 0) {
          continue;
        }
        int b = list[p];
        int prev = holder[b];
        holder[b] = a;
        // b now rejects everyone it ranks below a (and is deleted from their lists).
        bound[b] = twin[p];
        if (prev >= 0) {
          stack[top++] = prev;
        }
      }
    }

    private int phase2() {
      int[] path = new int[n + 1];
      int[] inPath = new int[n];
      Arrays.fill(inPath, -1);
      int len = 0;
      int scan = 0;
      int[] secondPos = new int[n];
      long checkedAt = 0;
      while (true) {
        if (++steps - checkedAt >= 0x400) {
          checkedAt = steps;
          control.check(PHASE);
        }
        if (len == 0) {
          while (scan < n && second(scan) < 0) {
            scan++;
            // A scan over many agents with short lists: counted like the other steps.
            if ((++steps & 0x3FF) == 0) {
              control.check(PHASE);
            }
          }
          if (scan == n) {
            return -1;
          }
          path[len] = scan;
          inPath[scan] = len++;
        }
        int x = path[len - 1];
        int s = second(x);
        if (s < 0) {
          // Stale after an elimination: x's list shrank to one entry.
          inPath[x] = -1;
          len--;
          continue;
        }
        int lp = last(list[s]);
        int z = list[lp];
        int at = inPath[z];
        if (at < 0) {
          path[len] = z;
          inPath[z] = len++;
          continue;
        }
        // Cycle path[at..len-1]: verify every link (prefix links may be stale), else cut there.
        // The verification and the elimination cost the cycle's length: counted as steps, so a
        // run of long cycles still reaches a check.
        steps += len - at;
        int cut = -1;
        for (int i = at; i < len; i++) {
          int xi = path[i];
          int si = second(xi);
          int next = i + 1 < len ? path[i + 1] : z;
          if (si < 0 || list[last(list[si])] != next) {
            cut = i;
            break;
          }
          secondPos[i - at] = si;
        }
        if (cut >= 0) {
          for (int i = cut + 1; i < len; i++) {
            inPath[path[i]] = -1;
          }
          len = cut + 1;
          continue;
        }
        int r = len - at;
        // Eliminate: each y_{i+1} = second(x_i) now holds x_i, rejecting all worse than x_i.
        for (int i = 0; i < r; i++) {
          int sp = secondPos[i];
          int y = list[sp];
          int oldBound = bound[y];
          bound[y] = twin[sp];
          for (int off = bound[y] + 1; off <= oldBound; off++) {
            int q = start[y] + off;
            int c = list[q];
            // c loses y only if it still had y; if that empties c's list, no stable matching.
            if (twin[q] <= bound[c] && first(c) < 0) {
              return c;
            }
          }
        }
        for (int i = at; i < len; i++) {
          inPath[path[i]] = -1;
        }
        len = at;
      }
    }

    int[] mates() {
      int[] mate = new int[n];
      for (int a = 0; a < n; a++) {
        int p = bound[a] < 0 ? -1 : first(a);
        mate[a] = p < 0 ? -1 : list[p];
      }
      for (int a = 0; a < n; a++) {
        if (mate[a] >= 0 && mate[mate[a]] != a) {
          throw new IllegalStateException(
              "internal error: roommates table is not symmetric at agent " + a);
        }
      }
      return mate;
    }
  }
}
