package io.peermatch.core.kernel.stable;

import java.util.Arrays;
import java.util.Optional;

/**
 * Irving's algorithm SUPER for the super-stable matching problem of one-to-one stable marriage with
 * ties and incomplete lists: a matching such that no unmatched acceptable pair has both agents
 * weakly preferring each other to their partners (being unmatched is worst).
 *
 * <p><b>Running time</b> O(L + n) for total list length L. <b>Inputs</b>: a {@link
 * StableMarriageInstance} whose capacities are all 1 (ties and incomplete lists allowed); left
 * agents propose. <b>Guarantee</b>: returns the super-stable matching if one exists (all
 * super-stable matchings have the same agents matched; the left side proposing gives the
 * left-optimal one), else an empty {@link Optional}. Without ties a super-stable matching is just a
 * stable matching and always exists.
 *
 * <p>R. W. Irving, Stable marriage and indifference, Discrete Applied Mathematics 48 (1994)
 * 261-272. Incomplete lists: D. F. Manlove, Algorithmics of Matching Under Preferences, World
 * Scientific (2013). This implementation answers "none" when some woman who was proposed to ends
 * free or some man ends engaged to two women; the tests check it against brute force.
 */
public final class SuperStableMatching {

  private SuperStableMatching() {}

  /**
   * The left-optimal super-stable matching, or empty if none exists.
   *
   * @throws IllegalArgumentException if some capacity exceeds 1
   */
  public static Optional<StableMarriageMatching> solve(StableMarriageInstance in) {
    requireOneToOne(in, "super-stable matching");
    return new Run(in).run();
  }

  static void requireOneToOne(StableMarriageInstance in, String what) {
    for (int l = 0; l < in.leftCount; l++) {
      if (in.leftCap[l] != 1) {
        throw new IllegalArgumentException(
            what + " needs capacities of 1 but left agent " + l + " has capacity " + in.leftCap[l]);
      }
    }
    for (int r = 0; r < in.rightCount; r++) {
      if (in.rightCap[r] != 1) {
        throw new IllegalArgumentException(
            what
                + " needs capacities of 1 but right agent "
                + r
                + " has capacity "
                + in.rightCap[r]);
      }
    }
  }

  private static final class Run {
    final StableMarriageInstance in;
    final int[] twinL; // offset of l in r's list, per left position
    final int[] twinR; // offset of r in l's list, per right position
    final int[] groupEndL; // end of the tie group of each left position
    final int[] groupStartR;
    final int[] groupEndR;
    final boolean[] deletedL;
    final int[] hiW; // women's (right) lists are only ever cut at the tail
    final boolean[] engagedR;
    final int[] engM;
    final int[] engW;
    final boolean[] proposedTo;
    final int[] head;
    final int[] freeStack;
    int freeTop;
    final int[] multi;
    int multiTop;

    Run(StableMarriageInstance in) {
      this.in = in;
      twinL = PreferenceTables.twinOffsets(in.leftStart, in.leftList, in.rightStart, in.rightList);
      twinR = PreferenceTables.twinOffsets(in.rightStart, in.rightList, in.leftStart, in.leftList);
      groupEndL = groupEnds(in.leftStart, in.leftRank);
      groupEndR = groupEnds(in.rightStart, in.rightRank);
      groupStartR = groupStarts(in.rightStart, in.rightRank);
      deletedL = new boolean[in.leftList.length];
      hiW = Arrays.copyOfRange(in.rightStart, 1, in.rightCount + 1);
      engagedR = new boolean[in.rightList.length];
      engM = new int[in.leftCount];
      engW = new int[in.rightCount];
      proposedTo = new boolean[in.rightCount];
      head = Arrays.copyOf(in.leftStart, in.leftCount);
      freeStack = new int[in.leftCount + in.leftList.length];
      multi = new int[in.rightList.length + 1];
    }

    Optional<StableMarriageMatching> run() {
      for (int m = in.leftCount - 1; m >= 0; m--) {
        freeStack[freeTop++] = m;
      }
      while (freeTop > 0 || multiTop > 0) {
        while (freeTop > 0) {
          propose(freeStack[--freeTop]);
        }
        while (multiTop > 0) {
          int w = multi[--multiTop];
          if (engW[w] > 1) {
            // Break every engagement of w and delete her whole tail tie group.
            truncate(w, groupStartR[hiW[w] - 1]);
          }
        }
      }
      int[] leftMate = new int[in.leftCount];
      Arrays.fill(leftMate, -1);
      for (int w = 0; w < in.rightCount; w++) {
        if (proposedTo[w] && engW[w] == 0) {
          return Optional.empty();
        }
        for (int q = in.rightStart[w]; q < hiW[w]; q++) {
          if (engagedR[q]) {
            int m = in.rightList[q];
            if (leftMate[m] != -1) {
              return Optional.empty();
            }
            leftMate[m] = w;
          }
        }
      }
      return Optional.of(StableMarriageMatching.ofLeftMates(in.rightCount, leftMate));
    }

    private void propose(int m) {
      if (engM[m] > 0) {
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
        engM[m]++;
        proposedTo[w] = true;
        if (++engW[w] == 2) {
          multi[multiTop++] = w;
        }
        truncate(w, groupEndR[q]);
      }
    }

    /** Deletes w's entries from {@code newEnd} on, breaking any engagement there. */
    private void truncate(int w, int newEnd) {
      for (int q = newEnd; q < hiW[w]; q++) {
        int m = in.rightList[q];
        deletedL[in.leftStart[m] + twinR[q]] = true;
        if (engagedR[q]) {
          engagedR[q] = false;
          engW[w]--;
          if (--engM[m] == 0) {
            freeStack[freeTop++] = m;
          }
        }
      }
      if (newEnd < hiW[w]) {
        hiW[w] = newEnd;
      }
    }
  }

  static int[] groupEnds(int[] start, int[] rank) {
    int n = start.length - 1;
    int[] end = new int[start[n]];
    for (int x = 0; x < n; x++) {
      int e = start[x + 1];
      for (int p = e - 1; p >= start[x]; p--) {
        end[p] = e;
        if (rank == null || p == start[x] || rank[p - 1] != rank[p]) {
          e = p;
        }
      }
    }
    return end;
  }

  static int[] groupStarts(int[] start, int[] rank) {
    int n = start.length - 1;
    int[] begin = new int[start[n]];
    for (int x = 0; x < n; x++) {
      int b = start[x];
      for (int p = start[x]; p < start[x + 1]; p++) {
        if (rank == null || p == start[x] || rank[p - 1] != rank[p]) {
          b = p;
        }
        begin[p] = b;
      }
    }
    return begin;
  }
}
