package io.peermatch.core.kernel.stable;

import java.util.Arrays;
import java.util.Optional;

/**
 * A strongly stable matching of stable marriage with ties and incomplete lists (SMTI): no pair,
 * acceptable to both and not matched together, in which one agent strictly prefers the other to its
 * partner (or is single) and the other finds it at least as good. Irving's algorithm STRONG, with
 * Manlove's treatment of incomplete lists.
 *
 * <p><b>Method.</b> Rounds of proposals: a free man proposes to every woman of the first tie left
 * on his list and becomes engaged to each; a woman receiving a proposal deletes every man she ranks
 * strictly below the proposer (breaking engagements there). When no free man has a list left, the
 * engagement graph is examined: a maximum matching of it, and the <em>critical set</em> Z of men
 * reachable from its unmatched men by alternating paths (the men of maximum deficiency |Z| -
 * |N(Z)|, the same for every maximum matching). Every woman of N(Z) deletes the last tie of her
 * list, and proposals resume. When Z is empty a maximum matching of the engagement graph covers
 * every engaged man; it is strongly stable if it also covers every woman who was ever engaged, and
 * otherwise no strongly stable matching exists (deleted pairs belong to none).
 *
 * <p><b>Running time</b> O(L) for the proposals plus, per round, a maximum matching of the
 * engagement graph (augmenting paths, O(n E) for E engagements); at most n rounds, so O(n^2 L) in
 * the worst case and far less in practice (Irving's bound for complete lists is O(n^4); Kavitha,
 * Mehlhorn, Michail and Paluch reduce the whole to O(n L) by keeping the matching across rounds,
 * which this implementation does only in part: each round starts from the previous round's matching
 * restricted to the remaining engagements). <b>Inputs</b>: a one-to-one {@link
 * StableMarriageInstance} (ties and incomplete lists allowed). Deterministic; the tests check
 * existence and strong stability against brute force on small instances.
 *
 * <p>R. W. Irving, Stable marriage and indifference, <i>Discrete Applied Mathematics</i> 48 (1994)
 * 261–272; D. F. Manlove, Stable marriage with ties and unacceptable partners, Technical Report
 * TR-1999-29, University of Glasgow (1999); T. Kavitha, K. Mehlhorn, D. Michail and K. E. Paluch,
 * Strongly stable matchings in time O(nm) and extension to the hospitals-residents problem, <i>ACM
 * Transactions on Algorithms</i> 3 (2007) 15.
 */
public final class StronglyStableMatching {

  private StronglyStableMatching() {}

  /**
   * A strongly stable matching, or empty if none exists.
   *
   * @throws IllegalArgumentException if some capacity exceeds 1
   */
  public static Optional<StableMarriageMatching> solve(StableMarriageInstance in) {
    SuperStableMatching.requireOneToOne(in, "strongly stable matching");
    return new Run(in).run();
  }

  private static final class Run {
    final StableMarriageInstance in;
    final int nl;
    final int nr;
    final int[] twinL;
    final int[] twinR;
    final int[] groupEndL;
    final int[] groupStartR;
    final int[] groupEndR;
    final boolean[] deletedL;
    final int[] hiR; // women's lists are only ever cut at the tail
    final boolean[] engagedR; // per woman position
    final int[] engagementsL;
    final boolean[] everEngaged;
    final int[] head;
    final int[] stack;
    int top;
    // The matching of the engagement graph, kept across rounds where its edges survive.
    final int[] mateL;
    final int[] mateR;

    Run(StableMarriageInstance in) {
      this.in = in;
      nl = in.leftCount;
      nr = in.rightCount;
      twinL = PreferenceTables.twinOffsets(in.leftStart, in.leftList, in.rightStart, in.rightList);
      twinR = PreferenceTables.twinOffsets(in.rightStart, in.rightList, in.leftStart, in.leftList);
      groupEndL = SuperStableMatching.groupEnds(in.leftStart, in.leftRank);
      groupEndR = SuperStableMatching.groupEnds(in.rightStart, in.rightRank);
      groupStartR = SuperStableMatching.groupStarts(in.rightStart, in.rightRank);
      deletedL = new boolean[in.leftList.length];
      hiR = Arrays.copyOfRange(in.rightStart, 1, nr + 1);
      engagedR = new boolean[in.rightList.length];
      engagementsL = new int[nl];
      everEngaged = new boolean[nr];
      head = Arrays.copyOf(in.leftStart, nl);
      stack = new int[nl + in.rightList.length + 1];
      mateL = new int[nl];
      mateR = new int[nr];
      Arrays.fill(mateL, -1);
      Arrays.fill(mateR, -1);
    }

    Optional<StableMarriageMatching> run() {
      for (int m = nl - 1; m >= 0; m--) {
        stack[top++] = m;
      }
      while (true) {
        while (top > 0) {
          propose(stack[--top]);
        }
        boolean[] critical = criticalWomen();
        if (critical == null) {
          break;
        }
        for (int w = 0; w < nr; w++) {
          if (critical[w] && hiR[w] > in.rightStart[w]) {
            truncate(w, groupStartR[hiR[w] - 1]);
          }
        }
      }
      for (int w = 0; w < nr; w++) {
        if (everEngaged[w] && mateR[w] < 0) {
          return Optional.empty();
        }
      }
      return Optional.of(StableMarriageMatching.ofLeftMates(nr, mateL.clone()));
    }

    /** A free man proposes to every woman of the first tie left on his list. */
    private void propose(int m) {
      if (engagementsL[m] > 0) {
        return;
      }
      int end = in.leftStart[m + 1];
      int p = head[m];
      while (p < end && deletedL[p]) {
        p++;
      }
      head[m] = p;
      if (p == end) {
        return;
      }
      int groupEnd = groupEndL[p];
      for (; p < groupEnd; p++) {
        if (deletedL[p]) {
          continue;
        }
        int w = in.leftList[p];
        int q = in.rightStart[w] + twinL[p];
        engagedR[q] = true;
        engagementsL[m]++;
        everEngaged[w] = true;
        truncate(w, groupEndR[q]);
      }
    }

    /** Deletes woman w's entries from {@code newEnd} on, breaking any engagement there. */
    private void truncate(int w, int newEnd) {
      for (int q = newEnd; q < hiR[w]; q++) {
        int m = in.rightList[q];
        deletedL[in.leftStart[m] + twinR[q]] = true;
        if (engagedR[q]) {
          engagedR[q] = false;
          if (mateR[w] == m) {
            mateR[w] = -1;
            mateL[m] = -1;
          }
          if (--engagementsL[m] == 0) {
            stack[top++] = m;
          }
        }
      }
      if (newEnd < hiR[w]) {
        hiR[w] = newEnd;
      }
    }

    /**
     * Makes {@code mateL}/{@code mateR} a maximum matching of the engagement graph and returns the
     * women adjacent to the critical set (null when it is empty).
     */
    private boolean[] criticalWomen() {
      // Engagement edges of each man, read from his list (entries not deleted whose woman holds
      // the engagement).
      int[] visitedW = new int[nr];
      int[] parentW = new int[nr];
      int[] queue = new int[nl];
      int stamp = 0;
      for (int m = 0; m < nl; m++) {
        if (engagementsL[m] > 0 && mateL[m] < 0) {
          augment(m, ++stamp, visitedW, parentW, queue);
        }
      }
      // The critical set: men reachable from unmatched engaged men along alternating paths.
      boolean[] inZ = new boolean[nl];
      boolean[] neighbour = new boolean[nr];
      int size = 0;
      for (int m = 0; m < nl; m++) {
        if (engagementsL[m] > 0 && mateL[m] < 0) {
          inZ[m] = true;
          queue[size++] = m;
        }
      }
      if (size == 0) {
        return null;
      }
      for (int i = 0; i < size; i++) {
        int m = queue[i];
        for (int p = head[m], end = tieEnd(m); p < end; p++) {
          if (!engaged(m, p)) {
            continue;
          }
          int w = in.leftList[p];
          if (!neighbour[w]) {
            neighbour[w] = true;
            int next = mateR[w];
            if (next >= 0 && !inZ[next]) {
              inZ[next] = true;
              queue[size++] = next;
            }
          }
        }
      }
      return neighbour;
    }

    /** The end of man m's current tie: his engagements all lie in it. */
    private int tieEnd(int m) {
      return head[m] < in.leftStart[m + 1] ? groupEndL[head[m]] : head[m];
    }

    private boolean engaged(int m, int p) {
      if (deletedL[p]) {
        return false;
      }
      int w = in.leftList[p];
      return engagedR[in.rightStart[w] + twinL[p]];
    }

    /** One breadth-first search for an augmenting path from unmatched engaged man {@code root}. */
    private void augment(int root, int stamp, int[] visitedW, int[] parentW, int[] queue) {
      int size = 0;
      queue[size++] = root;
      for (int i = 0; i < size; i++) {
        int m = queue[i];
        for (int p = head[m], end = tieEnd(m); p < end; p++) {
          if (!engaged(m, p)) {
            continue;
          }
          int w = in.leftList[p];
          if (visitedW[w] == stamp) {
            continue;
          }
          visitedW[w] = stamp;
          parentW[w] = m;
          if (mateR[w] < 0) {
            // Flip the path back to the root.
            while (w >= 0) {
              int man = parentW[w];
              int previous = mateL[man];
              mateL[man] = w;
              mateR[w] = man;
              w = man == root ? -1 : previous;
            }
            return;
          }
          queue[size++] = mateR[w];
        }
      }
    }
  }
}
