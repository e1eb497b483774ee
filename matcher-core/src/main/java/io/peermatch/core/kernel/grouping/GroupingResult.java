package io.peermatch.core.kernel.grouping;

import java.util.Locale;

/**
 * A grouping and what is known about it: the group of every item, the objective (sum of the values
 * of the pairs inside groups), a proven upper bound on the objective of every grouping that keeps
 * the rules, the status, the work done, and how many rules it breaks (zero whenever the kernel
 * could keep them all). Immutable.
 */
public final class GroupingResult {

  private final int[] groupOf;
  private final int groupCount;
  private final double objective;
  private final double upperBound;
  private final GroupingStatus status;
  private final long iterations;
  private final int forbiddenTogether;
  private final int pinsBroken;

  private GroupingResult(
      int[] groupOf,
      int groupCount,
      double objective,
      double upperBound,
      GroupingStatus status,
      long iterations,
      int forbiddenTogether,
      int pinsBroken) {
    this.groupOf = groupOf;
    this.groupCount = groupCount;
    this.objective = objective;
    this.upperBound = upperBound;
    this.status = status;
    this.iterations = iterations;
    this.forbiddenTogether = forbiddenTogether;
    this.pinsBroken = pinsBroken;
  }

  /**
   * The result for {@code groupOf} on {@code instance}: recomputes the objective and counts the
   * broken rules. A status of {@link GroupingStatus#COMPLETED} becomes {@link
   * GroupingStatus#OPTIMAL} when the objective meets the bound.
   */
  static GroupingResult of(
      GroupingInstance instance,
      int[] groupOf,
      double upperBound,
      GroupingStatus status,
      long iterations) {
    double objective = instance.objective(groupOf);
    int forbidden = 0;
    long[] keys = instance.forbiddenKeys();
    for (long key : keys) {
      if (groupOf[(int) (key >>> 32)] == groupOf[(int) key]) {
        forbidden++;
      }
    }
    if (instance.leaderCount() > 1) {
      // Leaders sharing a group: each pair of them counts as a forbidden pair kept together.
      int[] leadersIn = new int[instance.groupCount()];
      for (int x = 0; x < instance.leaderCount(); x++) {
        forbidden += leadersIn[groupOf[x]]++;
      }
    }
    int broken = 0;
    for (long key : instance.pinnedKeys()) {
      if (groupOf[(int) (key >>> 32)] != groupOf[(int) key]) {
        broken++;
      }
    }
    double bound = Math.max(upperBound, objective);
    if (forbidden > 0 || broken > 0) {
      // The bound holds for groupings that keep the rules; one that breaks them may exceed it.
      bound = upperBound;
    }
    GroupingStatus s = status;
    if (s == GroupingStatus.COMPLETED
        && forbidden == 0
        && broken == 0
        && objective >= upperBound - 1e-9 * Math.max(1.0, Math.abs(upperBound))) {
      s = GroupingStatus.OPTIMAL;
    }
    return new GroupingResult(
        groupOf.clone(), instance.groupCount(), objective, bound, s, iterations, forbidden, broken);
  }

  /** The result when no grouping keeps the rules (proven): no grouping. */
  static GroupingResult infeasible(GroupingInstance instance, long iterations) {
    return new GroupingResult(
        null,
        instance.groupCount(),
        Double.NaN,
        Double.NEGATIVE_INFINITY,
        GroupingStatus.INFEASIBLE,
        iterations,
        0,
        0);
  }

  /** The result when no grouping keeps the rules (proven), with the grouping that breaks fewest. */
  static GroupingResult infeasible(GroupingInstance instance, int[] groupOf, long iterations) {
    GroupingResult r = of(instance, groupOf, Double.NEGATIVE_INFINITY, GroupingStatus.COMPLETED, 0);
    return new GroupingResult(
        r.groupOf,
        r.groupCount,
        r.objective,
        Double.NEGATIVE_INFINITY,
        GroupingStatus.INFEASIBLE,
        iterations,
        r.forbiddenTogether,
        r.pinsBroken);
  }

  /** The members of every group, ascending, from a group-of-item array. */
  static int[][] membersOf(int[] groupOf, int groupCount) {
    int[] count = new int[groupCount];
    for (int g : groupOf) {
      count[g]++;
    }
    int[][] groups = new int[groupCount][];
    for (int g = 0; g < groupCount; g++) {
      groups[g] = new int[count[g]];
      count[g] = 0;
    }
    for (int i = 0; i < groupOf.length; i++) {
      int g = groupOf[i];
      groups[g][count[g]++] = i;
    }
    return groups;
  }

  /**
   * The group of every item (a copy), or null when the status is {@link GroupingStatus#INFEASIBLE}.
   */
  public int[] groupOf() {
    return groupOf == null ? null : groupOf.clone();
  }

  /** The group of one item. */
  public int groupOf(int item) {
    return groupOf[item];
  }

  /** The members of every group, each ascending; groups numbered as in {@link #groupOf()}. */
  public int[][] groups() {
    return groupOf == null ? new int[0][] : membersOf(groupOf, groupCount);
  }

  /** The sum of the values of the pairs that share a group (NaN when infeasible). */
  public double objective() {
    return objective;
  }

  /**
   * A proven upper bound on the objective of every grouping that keeps the rules (at least {@link
   * #objective()} when this grouping keeps them).
   */
  public double upperBound() {
    return upperBound;
  }

  /**
   * The relative gap {@code (upperBound - objective) / |upperBound|}: 0 when proven optimal, at
   * most this far from the optimum otherwise.
   */
  public double gap() {
    if (groupOf == null || upperBound == Double.NEGATIVE_INFINITY) {
      return Double.NaN;
    }
    double diff = upperBound - objective;
    if (diff <= 0) {
      return 0.0;
    }
    return diff / Math.max(Math.abs(upperBound), Double.MIN_NORMAL);
  }

  /** How the kernel ended. */
  public GroupingStatus status() {
    return status;
  }

  /** The kernel's work (its meaning is documented by each kernel). */
  public long iterations() {
    return iterations;
  }

  /** The number of forbidden pairs that share a group. */
  public int forbiddenTogether() {
    return forbiddenTogether;
  }

  /** The number of pinned pairs that do not share a group. */
  public int pinsBroken() {
    return pinsBroken;
  }

  /** Whether every forbidden pair is apart and every pinned pair together. */
  public boolean rulesHeld() {
    return groupOf != null && forbiddenTogether == 0 && pinsBroken == 0;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "GroupingResult[status=%s, objective=%.6f, upperBound=%.6f, gap=%.4f, iterations=%d,"
            + " forbiddenTogether=%d, pinsBroken=%d]",
        status,
        objective,
        upperBound,
        gap(),
        iterations,
        forbiddenTogether,
        pinsBroken);
  }
}
