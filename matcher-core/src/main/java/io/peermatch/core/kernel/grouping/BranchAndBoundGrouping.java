package io.peermatch.core.kernel.grouping;

/**
 * The exact optimum of a small grouping instance, by branch and bound over canonical partitions.
 *
 * <p>Items are placed in index order; item {@code i} joins one of the groups opened so far or opens
 * the next one (groups are interchangeable, so a partition is enumerated once, not {@code K!}
 * times). Pinned items follow the first member of their pinned component; no item joins a group
 * holding one of its forbidden partners; a branch is cut as soon as the items left cannot bring
 * every group to the minimum size or do not fit. The bound at a node is the objective so far plus,
 * for every unplaced item, its best value towards the members of a group it may still join, plus
 * half the sum of its {@code s - 1} largest positive values towards other unplaced items ({@code s}
 * the largest size); branches whose bound does not beat the incumbent are cut. Groups are tried
 * best first, so a good incumbent comes early.
 *
 * <p>Running time: exponential (the number of partitions of {@code n} items into {@code K} groups
 * in the worst case, a Stirling number of the second kind); in practice instant up to about 14
 * items and seconds around 18. O(n K) memory. Guarantee: the returned grouping is optimal (status
 * {@link GroupingStatus#OPTIMAL}, bound = objective), or no grouping keeps the rules ({@link
 * GroupingStatus#INFEASIBLE}); if the time limit in the options stops it first, the best grouping
 * so far with {@link GroupingUpperBound}'s bound ({@link GroupingStatus#DEADLINE_REACHED}).
 * Deterministic; the seed is not used. {@link GroupingResult#iterations()} counts search nodes.
 *
 * <p>Use it as the reference in tests and for tiny instances; {@link IteratedMaximaSearchGrouping}
 * for anything larger.
 *
 * <p>Reference: the partition enumeration with the "restricted growth" canonical labelling is D. E.
 * Knuth, <i>The Art of Computer Programming</i> 4A, §7.2.1.5 (set partitions); branch and bound for
 * the MDGP with bounds of this kind: M. Gallego, M. Laguna, R. Martí, A. Duarte, "Tabu search with
 * strategic oscillation for the maximally diverse grouping problem", Journal of the Operational
 * Research Society 64(5) (2013) 724–734 (the problem and its formulations).
 */
public final class BranchAndBoundGrouping {

  /** The largest instance accepted (the search is exponential). */
  public static final int MAX_ITEMS = 30;

  private final int n;
  private final int k;
  private final int minSize;
  private final int maxSize;
  private final double[] w;
  private final boolean[] forbidden;
  private final int[] component;
  private final int[] componentSize;
  private final double[] rest;
  private final int[] group;
  private final int[] size;
  private final int[][] members;
  private final double[] valueTo;
  private final int[] best;
  private final Budget budget;
  private double bestValue = Double.NEGATIVE_INFINITY;
  private long nodes;
  private int opened;

  private BranchAndBoundGrouping(GroupingInstance instance, Budget budget) {
    this.n = instance.itemCount();
    this.k = instance.groupCount();
    this.minSize = instance.minSize();
    this.maxSize = instance.maxSize();
    this.budget = budget;
    w = new double[n * n];
    forbidden = new boolean[n * n];
    component = new int[n];
    componentSize = new int[n];
    for (int u = 0; u < n; u++) {
      component[u] = instance.pinnedComponent(u);
      componentSize[u] = instance.pinnedComponentSize(u);
      for (int v = 0; v < n; v++) {
        w[u * n + v] = instance.value(u, v);
        forbidden[u * n + v] = u != v && instance.isForbidden(u, v);
      }
    }
    rest = new double[n + 1];
    double[] top = new double[Math.max(1, maxSize - 1)];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int j = i; j < n; j++) {
        java.util.Arrays.fill(top, 0.0);
        for (int t = i; t < n; t++) {
          double x = w[j * n + t];
          if (t != j && x > top[top.length - 1] && !forbidden[j * n + t]) {
            int p = top.length - 1;
            while (p > 0 && top[p - 1] < x) {
              top[p] = top[p - 1];
              p--;
            }
            top[p] = x;
          }
        }
        if (maxSize > 1) {
          for (double x : top) {
            sum += x;
          }
        }
      }
      rest[i] = 0.5 * sum;
    }
    group = new int[n];
    size = new int[k];
    members = new int[k][maxSize];
    valueTo = new double[n * k];
    best = new int[n];
  }

  /** The optimum of {@code instance} (at most {@value #MAX_ITEMS} items). */
  public static GroupingResult solve(GroupingInstance instance, GroupingOptions options) {
    if (instance.itemCount() > MAX_ITEMS) {
      throw new IllegalArgumentException(
          "branch and bound accepts at most "
              + MAX_ITEMS
              + " items but the instance has "
              + instance.itemCount());
    }
    Budget budget = Budget.of(options);
    BranchAndBoundGrouping search = new BranchAndBoundGrouping(instance, budget);
    search.place(0, 0.0);
    if (search.bestValue == Double.NEGATIVE_INFINITY) {
      if (budget.status(null) == null) {
        return GroupingResult.infeasible(instance, search.nodes);
      }
      // Stopped before any grouping was found: fall back to a constructive one.
      GroupingResult start = GreedyGroupingConstruction.solve(instance, options);
      return GroupingResult.of(
          instance,
          start.groupOf(),
          GroupingUpperBound.of(instance),
          budget.status(GroupingStatus.DEADLINE_REACHED),
          search.nodes);
    }
    GroupingStatus stopped = budget.status(null);
    if (stopped != null) {
      return GroupingResult.of(
          instance, search.best, GroupingUpperBound.of(instance), stopped, search.nodes);
    }
    return GroupingResult.of(
        instance, search.best, search.bestValue, GroupingStatus.OPTIMAL, search.nodes);
  }

  private void place(int i, double value) {
    nodes++;
    if ((nodes & 4095) == 0 && budget.spent()) {
      return;
    }
    if (i == n) {
      if (value > bestValue) {
        bestValue = value;
        System.arraycopy(group, 0, best, 0, n);
      }
      return;
    }
    if (value + optimisticRest(i) <= bestValue) {
      return;
    }
    int leader = component[i];
    if (leader != i) {
      int g = group[leader];
      if (canJoin(i, g, 1)) {
        enter(i, g, value);
      }
      return;
    }
    int need = componentSize[i];
    // Existing groups, best value first (selection over at most K candidates).
    int candidates = opened;
    boolean[] tried = new boolean[candidates];
    for (int c = 0; c < candidates; c++) {
      int pick = -1;
      double pickValue = Double.NEGATIVE_INFINITY;
      for (int g = 0; g < candidates; g++) {
        if (!tried[g] && valueTo[i * k + g] > pickValue) {
          pickValue = valueTo[i * k + g];
          pick = g;
        }
      }
      tried[pick] = true;
      if (canJoin(i, pick, need)) {
        enter(i, pick, value);
        if (budget.status(null) != null) {
          return;
        }
      }
    }
    if (opened < k) {
      int g = opened++;
      if (sizesStillFeasible(i, g)) {
        enter(i, g, value);
      }
      opened--;
    }
  }

  private boolean canJoin(int i, int g, int need) {
    if (size[g] + need > maxSize) {
      return false;
    }
    for (int t = 0; t < size[g]; t++) {
      if (forbidden[i * n + members[g][t]]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the items after {@code i} can still fill every group once {@code i} joins {@code g}.
   */
  private boolean sizesStillFeasible(int i, int g) {
    int left = n - i - 1;
    long deficit = (long) (k - opened) * minSize;
    long room = (long) (k - opened) * maxSize;
    for (int h = 0; h < opened; h++) {
      int s = size[h] + (h == g ? 1 : 0);
      deficit += Math.max(0, minSize - s);
      room += maxSize - s;
    }
    return deficit <= left && room >= left;
  }

  private void enter(int i, int g, double value) {
    if (!sizesStillFeasible(i, g)) {
      return;
    }
    double gain = valueTo[i * k + g];
    group[i] = g;
    members[g][size[g]++] = i;
    for (int j = i + 1; j < n; j++) {
      valueTo[j * k + g] += w[i * n + j];
    }
    place(i + 1, value + gain);
    for (int j = i + 1; j < n; j++) {
      valueTo[j * k + g] -= w[i * n + j];
    }
    size[g]--;
  }

  /** An upper bound on what the items from {@code i} on can still add. */
  private double optimisticRest(int i) {
    double sum = rest[i];
    for (int j = i; j < n; j++) {
      double m = opened < k ? 0.0 : Double.NEGATIVE_INFINITY;
      for (int g = 0; g < opened; g++) {
        if (size[g] < maxSize && valueTo[j * k + g] > m) {
          m = valueTo[j * k + g];
        }
      }
      if (m == Double.NEGATIVE_INFINITY) {
        m = 0.0; // every group full: the sizes check cuts this branch anyway
      }
      sum += m;
    }
    return sum;
  }
}
