package io.peermatch.core.kernel.grouping;

import java.util.SplittableRandom;

/**
 * A fast constructive grouping: groups grown one at a time around a seed, each time adding the item
 * with the largest total value towards the group's current members.
 *
 * <p>Group sizes are fixed first, as equal as the count allows ({@code n mod K} groups of {@code
 * ⌈n/K⌉}, the rest of {@code ⌊n/K⌋}; always within the instance's range). Seeds are taken in a
 * random order drawn from the seed. A pinned component enters a group whole; no item enters a group
 * that holds one of its forbidden partners. On a sparse instance only items with a stored value
 * towards the group are candidates, so a group may stay incomplete when its neighbourhood is used
 * up; the items left at the end then fill the incomplete groups, each where it is worth most (or,
 * worth nothing anywhere, where it breaks no rule). A component that no group can hold whole is
 * split (its pins are then broken and reported). Leaders ({@link GroupingInstance#leaderCount()})
 * seed groups {@code 0..L-1}, one each, and are never candidates elsewhere, so no two share a
 * group.
 *
 * <p>Running time O(n²) dense, O(n + m s) sparse for groups of at most {@code s} (each item added
 * scans its values once; candidates are kept in a touched list). O(n + K) extra memory. No
 * guarantee on the objective: it is the start of {@link IteratedMaximaSearchGrouping} and {@link
 * SparseLocalSearchGrouping}. Deterministic for a seed. {@link GroupingResult#iterations()} is 0.
 *
 * <p>Reference: the greedy "fill each group with the element that adds most diversity" start is the
 * constructive phase of M. Gallego, M. Laguna, R. Martí, A. Duarte (2013), cited by {@link
 * BranchAndBoundGrouping}; the same rule with the best-first order is Weitz and Lakshminarayanan's
 * "lotto" construction (R. R. Weitz, S. Lakshminarayanan, "An empirical comparison of heuristic
 * methods for creating maximally diverse groups", Journal of the Operational Research Society 49(6)
 * (1998) 635–646).
 */
public final class GreedyGroupingConstruction {

  private GreedyGroupingConstruction() {}

  /** The greedy grouping with the instance's upper bound. */
  public static GroupingResult solve(GroupingInstance instance, GroupingOptions options) {
    int[] groupOf = construct(instance, new SplittableRandom(options.seed()));
    return GroupingResult.of(
        instance, groupOf, GroupingUpperBound.of(instance), GroupingStatus.COMPLETED, 0);
  }

  /** The group of every item. */
  static int[] construct(GroupingInstance instance, SplittableRandom rng) {
    return new Builder(instance).run(rng);
  }

  /** The sizes the construction aims at: as equal as the count allows. */
  static int[] targetSizes(GroupingInstance instance) {
    int n = instance.itemCount();
    int k = instance.groupCount();
    int[] t = new int[k];
    for (int g = 0; g < k; g++) {
      t[g] = n / k + (g < n % k ? 1 : 0);
    }
    return t;
  }

  private static final class Builder {
    final GroupingInstance instance;
    final int n;
    final int k;
    final boolean dense;
    final double[] w;
    final int[] start;
    final int[] adj;
    final double[] val;
    final ForbiddenLists forbidden;
    final int[] groupOf;
    final int[] target;
    final int[] size;
    final int[] memberStart;
    final int[] members;
    final double[] score;
    final int[] touched;
    final boolean[] isTouched;
    int touchedCount;
    final boolean[] blocked;
    final int[][] componentMembers;
    final int leaders;

    Builder(GroupingInstance instance) {
      this.instance = instance;
      n = instance.itemCount();
      k = instance.groupCount();
      dense = instance.isDense();
      w = instance.denseValues();
      start = instance.adjacencyStart();
      adj = instance.adjacent();
      val = instance.adjacentValues();
      forbidden = ForbiddenLists.of(instance);
      groupOf = new int[n];
      java.util.Arrays.fill(groupOf, -1);
      leaders = instance.leaderCount();
      componentMembers = components();
      target = targetSizes(instance);
      makeRoomForLeaders();
      size = new int[k];
      memberStart = new int[k + 1];
      for (int g = 0; g < k; g++) {
        memberStart[g + 1] = memberStart[g] + target[g];
      }
      members = new int[Math.max(n, memberStart[k])];
      score = new double[n];
      touched = new int[n];
      isTouched = new boolean[n];
      blocked = new boolean[n];
      // Every leader's component belongs to the leader's group from the start, so that no other
      // group takes it as a candidate.
      for (int g = 0; g < leaders; g++) {
        if (componentMembers != null && componentMembers[instance.pinnedComponent(g)] != null) {
          for (int x : componentMembers[instance.pinnedComponent(g)]) {
            groupOf[x] = g;
          }
        } else {
          groupOf[g] = g;
        }
      }
    }

    /**
     * Raises the target of a leader's group to the size of the leader's pinned component (it enters
     * whole) and lowers other targets, while above the smallest size, by as much.
     */
    private void makeRoomForLeaders() {
      int excess = 0;
      for (int g = 0; g < leaders; g++) {
        int c = componentSize(g);
        if (c > target[g]) {
          excess += c - target[g];
          target[g] = c;
        }
      }
      for (int g = k - 1; g >= 0 && excess > 0; g--) {
        int floor = Math.max(instance.minSize(), g < leaders ? componentSize(g) : 0);
        while (excess > 0 && target[g] > floor) {
          target[g]--;
          excess--;
        }
      }
    }

    /** The members of each pinned component, indexed by its leader; null for singletons. */
    int[][] components() {
      if (instance.pinnedCount() == 0) {
        return null;
      }
      int[][] c = new int[n][];
      int[] fill = new int[n];
      for (int i = 0; i < n; i++) {
        int s = instance.pinnedComponentSize(i);
        if (s > 1) {
          int leader = instance.pinnedComponent(i);
          if (c[leader] == null) {
            c[leader] = new int[s];
          }
          c[leader][fill[leader]++] = i;
        }
      }
      return c;
    }

    int componentSize(int i) {
      return componentMembers == null ? 1 : instance.pinnedComponentSize(i);
    }

    int[] run(SplittableRandom rng) {
      int[] order = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      for (int i = n - 1; i > 0; i--) {
        int j = rng.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      int next = 0;
      for (int g = 0; g < k; g++) {
        if (g < leaders) {
          growGroup(g, g);
          continue;
        }
        while (next < n && groupOf[order[next]] >= 0) {
          next++;
        }
        if (next == n) {
          break;
        }
        int seed = order[next];
        if (componentSize(seed) > target[g]) {
          // Seed a group only with a component that fits; a larger one waits for the fill phase.
          int alt = next;
          while (alt < n && (groupOf[order[alt]] >= 0 || componentSize(order[alt]) > target[g])) {
            alt++;
          }
          if (alt == n) {
            continue;
          }
          seed = order[alt];
        }
        growGroup(seed, g);
      }
      fillLeftovers(order);
      return groupOf;
    }

    /** Group g around {@code seed}: each time the unassigned item worth most to its members. */
    void growGroup(int seed, int g) {
      addComponent(seed, g);
      while (size[g] < target[g]) {
        int c = bestCandidate(g);
        if (c < 0) {
          break;
        }
        addComponent(c, g);
      }
      clearScores();
    }

    void addComponent(int item, int g) {
      if (componentMembers != null && componentMembers[instance.pinnedComponent(item)] != null) {
        for (int x : componentMembers[instance.pinnedComponent(item)]) {
          addItem(x, g);
        }
      } else {
        addItem(item, g);
      }
    }

    void addItem(int x, int g) {
      groupOf[x] = g;
      members[memberStart[g] + size[g]++] = x;
      if (!forbidden.isEmpty()) {
        for (int p = forbidden.start[x]; p < forbidden.start[x + 1]; p++) {
          int y = forbidden.partner[p];
          blocked[y] = true;
          touch(y);
        }
      }
      if (dense) {
        int row = x * n;
        for (int j = 0; j < n; j++) {
          score[j] += w[row + j];
        }
      } else {
        for (int p = start[x]; p < start[x + 1]; p++) {
          int y = adj[p];
          if (groupOf[y] < 0) {
            score[y] += val[p];
            touch(y);
          }
        }
      }
    }

    void touch(int y) {
      if (!isTouched[y]) {
        isTouched[y] = true;
        touched[touchedCount++] = y;
      }
    }

    void clearScores() {
      if (dense) {
        java.util.Arrays.fill(score, 0.0);
      }
      for (int i = 0; i < touchedCount; i++) {
        int y = touched[i];
        score[y] = 0.0;
        isTouched[y] = false;
        blocked[y] = false;
      }
      touchedCount = 0;
    }

    /** The unassigned item (leading a component that fits) worth most to group g, or -1. */
    int bestCandidate(int g) {
      int room = target[g] - size[g];
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      if (dense) {
        for (int j = 0; j < n; j++) {
          if (groupOf[j] < 0 && !blocked[j] && score[j] > bestScore && fits(j, room)) {
            bestScore = score[j];
            best = j;
          }
        }
      } else {
        for (int i = 0; i < touchedCount; i++) {
          int j = touched[i];
          if (groupOf[j] < 0
              && !blocked[j]
              && score[j] > 0
              && score[j] > bestScore
              && fits(j, room)) {
            bestScore = score[j];
            best = j;
          }
        }
      }
      return best;
    }

    boolean fits(int j, int room) {
      if (componentMembers == null) {
        return true;
      }
      int[] c = componentMembers[instance.pinnedComponent(j)];
      if (c == null) {
        return true;
      }
      if (c.length > room) {
        return false;
      }
      for (int x : c) {
        if (blocked[x]) {
          return false;
        }
      }
      return true;
    }

    /** Places every unassigned item into a group below its target size. */
    void fillLeftovers(int[] order) {
      int[] open = new int[k];
      int openCount = 0;
      for (int g = k - 1; g >= 0; g--) {
        if (size[g] < target[g]) {
          open[openCount++] = g;
        }
      }
      if (openCount == 0) {
        return;
      }
      double[] toGroup = new double[k];
      int[] conflicts = new int[k];
      boolean[] candidate = new boolean[k];
      int[] candidates = new int[k];
      for (int idx = 0; idx < n; idx++) {
        int item = order[idx];
        if (groupOf[item] >= 0) {
          continue;
        }
        while (openCount > 0 && size[open[openCount - 1]] >= target[open[openCount - 1]]) {
          openCount--;
        }
        int[] comp =
            componentMembers == null ? null : componentMembers[instance.pinnedComponent(item)];
        int[] unit = comp == null ? new int[] {item} : comp;
        int g = bestGroup(unit, open, openCount, toGroup, conflicts, candidate, candidates);
        if (g >= 0) {
          for (int x : unit) {
            addItem(x, g);
          }
        } else {
          for (int x : unit) {
            int[] single = {x};
            addItem(
                x, bestGroup(single, open, openCount, toGroup, conflicts, candidate, candidates));
          }
        }
        clearScores();
      }
    }

    /**
     * The group below its target with room for {@code unit} where the unit breaks fewest rules,
     * then is worth most: among the groups it has values towards (dense: all open groups), else the
     * first open group with no conflict, else the open group with fewest; -1 when no group has
     * room.
     */
    int bestGroup(
        int[] unit,
        int[] open,
        int openCount,
        double[] toGroup,
        int[] conflicts,
        boolean[] candidate,
        int[] candidates) {
      int count = 0;
      if (dense) {
        for (int i = 0; i < openCount; i++) {
          int g = open[i];
          if (!candidate[g] && size[g] + unit.length <= target[g]) {
            candidate[g] = true;
            candidates[count++] = g;
          }
        }
        for (int c = 0; c < count; c++) {
          int g = candidates[c];
          for (int x : unit) {
            for (int t = memberStart[g]; t < memberStart[g] + size[g]; t++) {
              toGroup[g] += w[x * n + members[t]];
            }
          }
        }
      } else {
        for (int x : unit) {
          for (int p = start[x]; p < start[x + 1]; p++) {
            int g = groupOf[adj[p]];
            if (g >= 0 && size[g] + unit.length <= target[g]) {
              if (!candidate[g]) {
                candidate[g] = true;
                candidates[count++] = g;
              }
              toGroup[g] += val[p];
            }
          }
        }
      }
      countConflicts(unit, conflicts, 1);
      int best = -1;
      for (int c = 0; c < count; c++) {
        int g = candidates[c];
        if (best < 0
            || conflicts[g] < conflicts[best]
            || (conflicts[g] == conflicts[best] && toGroup[g] > toGroup[best])) {
          best = g;
        }
      }
      boolean settled = best >= 0 && conflicts[best] == 0 && (dense || toGroup[best] > 0);
      if (!settled) {
        for (int i = openCount - 1; i >= 0; i--) {
          int g = open[i];
          if (size[g] + unit.length > target[g]) {
            continue;
          }
          if (best < 0 || conflicts[g] < conflicts[best]) {
            best = g;
            if (conflicts[g] == 0) {
              break;
            }
          }
        }
      }
      countConflicts(unit, conflicts, -1);
      for (int c = 0; c < count; c++) {
        candidate[candidates[c]] = false;
        toGroup[candidates[c]] = 0;
      }
      return best;
    }

    void countConflicts(int[] unit, int[] conflicts, int delta) {
      if (forbidden.isEmpty()) {
        return;
      }
      for (int x : unit) {
        for (int p = forbidden.start[x]; p < forbidden.start[x + 1]; p++) {
          int g = groupOf[forbidden.partner[p]];
          if (g >= 0) {
            conflicts[g] += delta;
          }
        }
      }
    }
  }
}
