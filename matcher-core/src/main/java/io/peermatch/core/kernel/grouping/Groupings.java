package io.peermatch.core.kernel.grouping;

import java.util.Arrays;

/**
 * The entry points of the grouping kernels: the strongest method for an instance, a schedule of
 * rounds, and the next round given a history. Each call picks one of the algorithm classes of this
 * package (documented there) and returns its result unchanged.
 */
public final class Groupings {

  /** Up to this many items {@link #solve} proves the optimum by branch and bound. */
  public static final int EXACT_LIMIT = 12;

  /** Up to this many items a sparse instance is solved as a dense one (stronger, O(n²) memory). */
  public static final int DENSE_LIMIT = 3000;

  /** The node budget of the cyclic construction per shape tried by {@link #schedule}. */
  static final long DESIGN_NODES = 200_000;

  /** The share of the time limit {@link #schedule} gives the cyclic construction (else 20 s). */
  static final double DESIGN_SHARE = 0.4;

  private static java.time.Duration designTime(GroupingOptions options) {
    if (options.timeLimit() == null) {
      return java.time.Duration.ofSeconds(20);
    }
    return java.time.Duration.ofNanos((long) (options.timeLimit().toNanos() * DESIGN_SHARE));
  }

  private Groupings() {}

  /**
   * The best grouping the strongest applicable method finds within the options' budget: {@link
   * BranchAndBoundGrouping} up to {@value #EXACT_LIMIT} items, {@link IteratedMaximaSearchGrouping}
   * for dense instances and sparse ones up to {@value #DENSE_LIMIT} items, {@link
   * SparseLocalSearchGrouping} above. When the exact method proves that no grouping keeps every
   * rule, the result (status {@link GroupingStatus#INFEASIBLE}) is the grouping with the fewest
   * broken rules that iterated maxima search found.
   */
  public static GroupingResult solve(GroupingInstance instance, GroupingOptions options) {
    int n = instance.itemCount();
    if (n <= EXACT_LIMIT) {
      GroupingResult exact = BranchAndBoundGrouping.solve(instance, options);
      if (exact.status() != GroupingStatus.INFEASIBLE) {
        return exact;
      }
      // No grouping keeps every rule: the one with the fewest broken rules, then the best value.
      GroupingResult fewest =
          IteratedMaximaSearchGrouping.solve(
              instance.isDense() ? instance : toDense(instance), options);
      return GroupingResult.infeasible(instance, fewest.groupOf(), fewest.iterations());
    }
    if (instance.isDense()) {
      return IteratedMaximaSearchGrouping.solve(instance, options);
    }
    if (n <= DENSE_LIMIT) {
      return IteratedMaximaSearchGrouping.solve(toDense(instance), options);
    }
    return SparseLocalSearchGrouping.solve(instance, options);
  }

  /** The same instance with a dense matrix (same sizes and rules). */
  static GroupingInstance toDense(GroupingInstance sparse) {
    int n = sparse.itemCount();
    double[] w = new double[n * n];
    int[] start = sparse.adjacencyStart();
    int[] adj = sparse.adjacent();
    double[] val = sparse.adjacentValues();
    for (int u = 0; u < n; u++) {
      for (int p = start[u]; p < start[u + 1]; p++) {
        w[u * n + adj[p]] = val[p];
      }
    }
    GroupingInstance.Builder b =
        GroupingInstance.dense(n, w)
            .groups(sparse.groupCount(), sparse.minSize(), sparse.maxSize())
            .leaders(sparse.leaderCount());
    for (int i = 0; i < sparse.forbiddenCount(); i++) {
      int[] p = sparse.forbiddenPair(i);
      b.forbid(p[0], p[1]);
    }
    for (int i = 0; i < sparse.pinnedCount(); i++) {
      int[] p = sparse.pinnedPair(i);
      b.pin(p[0], p[1]);
    }
    return b.build();
  }

  /**
   * A schedule of {@code rounds} rounds for {@code people} in groups of {@code groupSize} (sizes as
   * equal as the count allows when it does not divide) with the fewest repeats under {@code
   * cooldown}: a repeat-free {@link CyclicSocialGolferDesign} when one is found (groups of exactly
   * {@code groupSize}; the construction gets {@value #DESIGN_SHARE} of the time limit, or 20 s
   * without one), otherwise {@link SocialGolferTabuSearch}, started from a repeat-free design of
   * one round fewer when there is one. The time limit covers the whole call.
   */
  public static SocialGolferSchedule schedule(
      int people, int groupSize, int rounds, int cooldown, GroupingOptions options) {
    SocialGolferTabuSearch.check(people, groupSize, rounds, cooldown);
    Budget budget = Budget.of(options);
    int[][] prefix = null;
    if (cooldown > 0 && rounds > 1 && people % groupSize == 0 && groupSize > 1) {
      Budget designBudget = Budget.of(options.withTimeLimit(designTime(options)));
      int[][] design =
          CyclicSocialGolferDesign.find(people, groupSize, rounds, DESIGN_NODES, designBudget);
      if (design != null) {
        return new SocialGolferSchedule(
            design, people / groupSize, cooldown, GroupingStatus.COMPLETED, 0, "cyclic");
      }
      // A repeat-free design for one round fewer starts the search for all of them.
      if (rounds > 2 && !budget.spent()) {
        Budget shorter = Budget.of(options.withTimeLimit(designTime(options).dividedBy(4)));
        prefix =
            CyclicSocialGolferDesign.find(people, groupSize, rounds - 1, DESIGN_NODES, shorter);
      }
    }
    return SocialGolferTabuSearch.solve(
        people, groupSize, rounds, cooldown, options, prefix, budget);
  }

  /**
   * The next round for the items of {@code instance} given the rounds so far: every pair that
   * shared a group in the last {@code cooldown} rounds of {@code history} is forbidden (in addition
   * to the instance's own forbidden pairs), and the round maximises the instance's values among the
   * groupings with the fewest such repeats. {@code history[r][item]} is the group of the item in
   * round {@code r} (oldest first), or -1 when it sat out; every row has one entry per item. The
   * result's {@link GroupingResult#forbiddenTogether()} counts the repeats it could not avoid (and
   * broken rules of the instance).
   */
  public static GroupingResult nextRound(
      GroupingInstance instance, int[][] history, int cooldown, GroupingOptions options) {
    return solve(withHistory(instance, history, cooldown), options);
  }

  /** The instance with every pair met in the last {@code cooldown} rounds of history forbidden. */
  public static GroupingInstance withHistory(
      GroupingInstance instance, int[][] history, int cooldown) {
    if (cooldown < 0) {
      throw new IllegalArgumentException("cool-down must not be negative but was " + cooldown);
    }
    int n = instance.itemCount();
    int from = Math.max(0, history.length - cooldown);
    long[] keys = new long[16];
    int count = 0;
    for (int r = from; r < history.length; r++) {
      int[] round = history[r];
      if (round == null || round.length != n) {
        throw new IllegalArgumentException(
            "history round "
                + r
                + " must give a group for each of the "
                + n
                + " items but had "
                + (round == null ? "none" : round.length));
      }
      int groups = 0;
      for (int g : round) {
        if (g < -1) {
          throw new IllegalArgumentException(
              "history groups must be -1 (sat out) or at least 0 but round " + r + " had " + g);
        }
        groups = Math.max(groups, g + 1);
      }
      int[][] members = new int[groups][];
      int[] fill = new int[groups];
      for (int g : round) {
        if (g >= 0) {
          fill[g]++;
        }
      }
      for (int g = 0; g < groups; g++) {
        members[g] = new int[fill[g]];
        fill[g] = 0;
      }
      for (int x = 0; x < n; x++) {
        if (round[x] >= 0) {
          members[round[x]][fill[round[x]]++] = x;
        }
      }
      for (int[] g : members) {
        for (int i = 0; i < g.length; i++) {
          for (int j = i + 1; j < g.length; j++) {
            if (count == keys.length) {
              keys = Arrays.copyOf(keys, 2 * count);
            }
            keys[count++] = GroupingInstance.pairKey(g[i], g[j]);
          }
        }
      }
    }
    return instance.withForbidden(keys, count);
  }
}
