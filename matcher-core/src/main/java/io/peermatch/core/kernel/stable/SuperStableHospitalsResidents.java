package io.peermatch.core.kernel.stable;

import java.util.Arrays;
import java.util.Optional;

/**
 * A super-stable matching of hospitals/residents with ties and incomplete lists (HRT): no pair of a
 * resident and a hospital, acceptable to each other and not matched together, in which the resident
 * is unassigned or finds the hospital at least as good as his own, and the hospital has room or
 * finds the resident at least as good as its worst assignee. Irving, Manlove and Scott's
 * resident-oriented algorithm; {@link SuperStableMatching} is the one-to-one case.
 *
 * <p><b>Method.</b> A free resident applies at once to every hospital of the first tie left on his
 * list and is provisionally assigned to each. A hospital that becomes over-subscribed deletes the
 * last tie of its list (breaking the assignments there); a hospital that is full deletes every
 * resident it ranks strictly below its worst assignee. Deletions are symmetric and residents who
 * lose all their assignments apply again. At the end a super-stable matching exists exactly when no
 * resident holds two assignments and no hospital that was ever full is under-subscribed, and then
 * the assignment is the resident-optimal super-stable matching (all super-stable matchings match
 * the same residents and fill each hospital equally).
 *
 * <p><b>Running time</b> O(L) for total list length L (every list entry is deleted at most once and
 * scanned a constant number of times). <b>Inputs</b>: a {@link StableMarriageInstance} with the
 * residents on the left (capacity 1) and the hospitals on the right (any capacity). Deterministic.
 * The tests check existence and resident-optimality against brute force on small instances.
 *
 * <p>R. W. Irving, D. F. Manlove and S. Scott, The hospitals/residents problem with ties, <i>Proc.
 * SWAT 2000</i>, LNCS 1851, 259–271; R. W. Irving, Stable marriage and indifference, <i>Discrete
 * Applied Mathematics</i> 48 (1994) 261–272.
 */
public final class SuperStableHospitalsResidents {

  private SuperStableHospitalsResidents() {}

  /**
   * The resident-optimal super-stable matching, or empty if none exists.
   *
   * @throws IllegalArgumentException if some resident (left agent) has a capacity above 1
   */
  public static Optional<StableMarriageMatching> solve(StableMarriageInstance in) {
    for (int l = 0; l < in.leftCount; l++) {
      if (in.leftCap[l] != 1) {
        throw new IllegalArgumentException(
            "super-stable hospitals/residents needs capacity 1 on the left (residents) but left"
                + " agent "
                + l
                + " has capacity "
                + in.leftCap[l]);
      }
    }
    return new Run(in).run();
  }

  private static final class Run {
    final StableMarriageInstance in;
    final int[] twinL; // offset of the resident in the hospital's list, per resident position
    final int[] twinR; // offset of the hospital in the resident's list, per hospital position
    final int[] groupEndL;
    final int[] groupStartR;
    final int[] groupEndR;
    final boolean[] deletedL;
    final int[] hiR; // hospital lists are only ever cut at the tail
    final boolean[] assignedR; // per hospital position: provisionally assigned
    final int[] assignmentsL;
    final int[] loadR;
    final boolean[] wasFull;
    final int[] head;
    final int[] stack;
    int top;

    Run(StableMarriageInstance in) {
      this.in = in;
      twinL = PreferenceTables.twinOffsets(in.leftStart, in.leftList, in.rightStart, in.rightList);
      twinR = PreferenceTables.twinOffsets(in.rightStart, in.rightList, in.leftStart, in.leftList);
      groupEndL = SuperStableMatching.groupEnds(in.leftStart, in.leftRank);
      groupEndR = SuperStableMatching.groupEnds(in.rightStart, in.rightRank);
      groupStartR = SuperStableMatching.groupStarts(in.rightStart, in.rightRank);
      deletedL = new boolean[in.leftList.length];
      hiR = Arrays.copyOfRange(in.rightStart, 1, in.rightCount + 1);
      assignedR = new boolean[in.rightList.length];
      assignmentsL = new int[in.leftCount];
      loadR = new int[in.rightCount];
      wasFull = new boolean[in.rightCount];
      head = Arrays.copyOf(in.leftStart, in.leftCount);
      stack = new int[in.leftCount + in.rightList.length + 1];
    }

    Optional<StableMarriageMatching> run() {
      for (int r = in.leftCount - 1; r >= 0; r--) {
        stack[top++] = r;
      }
      while (top > 0) {
        apply(stack[--top]);
      }
      int[] leftMate = new int[in.leftCount];
      Arrays.fill(leftMate, -1);
      for (int h = 0; h < in.rightCount; h++) {
        if (wasFull[h] && loadR[h] < in.rightCap[h]) {
          return Optional.empty();
        }
        for (int q = in.rightStart[h]; q < hiR[h]; q++) {
          if (assignedR[q]) {
            int r = in.rightList[q];
            if (leftMate[r] != -1) {
              return Optional.empty();
            }
            leftMate[r] = h;
          }
        }
      }
      return Optional.of(StableMarriageMatching.ofLeftMates(in.rightCount, leftMate));
    }

    /** A free resident applies to every hospital of the first tie left on his list. */
    private void apply(int r) {
      if (assignmentsL[r] > 0) {
        return;
      }
      int end = in.leftStart[r + 1];
      int p = head[r];
      while (p < end && deletedL[p]) {
        p++;
      }
      head[r] = p;
      if (p == end) {
        return;
      }
      int groupEnd = groupEndL[p];
      for (; p < groupEnd; p++) {
        if (deletedL[p]) {
          continue;
        }
        int h = in.leftList[p];
        int q = in.rightStart[h] + twinL[p];
        assignedR[q] = true;
        assignmentsL[r]++;
        loadR[h]++;
        if (loadR[h] > in.rightCap[h]) {
          truncate(h, groupStartR[hiR[h] - 1]);
        }
        if (loadR[h] == in.rightCap[h]) {
          wasFull[h] = true;
          int worst = hiR[h] - 1;
          while (!assignedR[worst]) {
            worst--;
          }
          truncate(h, groupEndR[worst]);
        }
      }
    }

    /** Deletes hospital h's entries from {@code newEnd} on, breaking any assignment there. */
    private void truncate(int h, int newEnd) {
      for (int q = newEnd; q < hiR[h]; q++) {
        int r = in.rightList[q];
        deletedL[in.leftStart[r] + twinR[q]] = true;
        if (assignedR[q]) {
          assignedR[q] = false;
          loadR[h]--;
          if (--assignmentsL[r] == 0) {
            stack[top++] = r;
          }
        }
      }
      if (newEnd < hiR[h]) {
        hiR[h] = newEnd;
      }
    }
  }
}
