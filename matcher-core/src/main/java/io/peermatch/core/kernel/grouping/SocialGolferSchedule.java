package io.peermatch.core.kernel.grouping;

/**
 * A schedule of rounds of groups: for every round the group of every person, and the number of
 * repeats. A <em>repeat</em> is a meeting of two people that comes within the cool-down of their
 * previous meeting: for a pair that meets in rounds {@code r_1 < r_2 < ...}, each {@code r_{i+1}}
 * with {@code r_{i+1} - r_i <= cooldown} counts once (with a cool-down of at least the number of
 * rounds minus one, every meeting after the first). Immutable.
 */
public final class SocialGolferSchedule {

  private final int[][] groupOf;
  private final int groupCount;
  private final int cooldown;
  private final int repeats;
  private final GroupingStatus status;
  private final long iterations;
  private final String method;

  SocialGolferSchedule(
      int[][] groupOf,
      int groupCount,
      int cooldown,
      GroupingStatus status,
      long iterations,
      String method) {
    this.groupOf = new int[groupOf.length][];
    for (int r = 0; r < groupOf.length; r++) {
      this.groupOf[r] = groupOf[r].clone();
    }
    this.groupCount = groupCount;
    this.cooldown = cooldown;
    this.repeats = countRepeats(groupOf, cooldown);
    this.status =
        repeats == 0 && status == GroupingStatus.COMPLETED ? GroupingStatus.OPTIMAL : status;
    this.iterations = iterations;
    this.method = method;
  }

  /** Repeats of a schedule under a cool-down, O(W n s) with a pairwise last-meeting table. */
  static int countRepeats(int[][] groupOf, int cooldown) {
    if (groupOf.length == 0) {
      return 0;
    }
    int n = groupOf[0].length;
    int[] last = new int[n * n];
    java.util.Arrays.fill(last, Integer.MIN_VALUE / 2);
    int repeats = 0;
    for (int r = 0; r < groupOf.length; r++) {
      int[][] groups = GroupingResult.membersOf(groupOf[r], maxGroup(groupOf[r]) + 1);
      for (int[] g : groups) {
        for (int i = 0; i < g.length; i++) {
          for (int j = i + 1; j < g.length; j++) {
            int key = g[i] * n + g[j];
            if (r - last[key] <= cooldown) {
              repeats++;
            }
            last[key] = r;
          }
        }
      }
    }
    return repeats;
  }

  private static int maxGroup(int[] groupOf) {
    int m = -1;
    for (int g : groupOf) {
      m = Math.max(m, g);
    }
    return m;
  }

  /** The number of rounds. */
  public int rounds() {
    return groupOf.length;
  }

  /** The number of groups in every round. */
  public int groupCount() {
    return groupCount;
  }

  /** The group of every person in one round (a copy). */
  public int[] groupOf(int round) {
    return groupOf[round].clone();
  }

  /** The members of every group in one round, each ascending. */
  public int[][] groups(int round) {
    return GroupingResult.membersOf(groupOf[round], groupCount);
  }

  /** The cool-down the repeats are counted under. */
  public int cooldown() {
    return cooldown;
  }

  /** The number of repeats (0: nobody meets anyone again within the cool-down). */
  public int repeats() {
    return repeats;
  }

  /**
   * {@link GroupingStatus#OPTIMAL} when there is no repeat, else how the search ended ({@link
   * GroupingStatus#COMPLETED}, {@link GroupingStatus#DEADLINE_REACHED} or {@link
   * GroupingStatus#INTERRUPTED}).
   */
  public GroupingStatus status() {
    return status;
  }

  /** The search's iterations (0 for a construction). */
  public long iterations() {
    return iterations;
  }

  /** How the schedule was made: {@code "cyclic"} (a construction) or {@code "tabu"} (a search). */
  public String method() {
    return method;
  }

  @Override
  public String toString() {
    return "SocialGolferSchedule[rounds="
        + groupOf.length
        + ", groups="
        + groupCount
        + ", cooldown="
        + cooldown
        + ", repeats="
        + repeats
        + ", status="
        + status
        + ", method="
        + method
        + ", iterations="
        + iterations
        + "]";
  }
}
