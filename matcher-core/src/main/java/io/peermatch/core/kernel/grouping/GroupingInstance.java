package io.peermatch.core.kernel.grouping;

import io.peermatch.core.graph.CandidateGraph;
import java.util.Arrays;

/**
 * A grouping instance: {@code n} items, a symmetric value for every pair of items, a number of
 * groups with a size range, and optional hard rules (forbidden pairs never share a group; pinned
 * pairs always do). The objective of a grouping is the sum, over the groups, of the values of the
 * pairs inside each group (each unordered pair once): the maximally diverse grouping problem when
 * the values are distances, the maximum-relevance grouping when they are affinities.
 *
 * <p>Values come in one of two forms, chosen when the instance is built:
 *
 * <ul>
 *   <li>{@linkplain #dense(int, double[]) dense}: an {@code n × n} row-major matrix, exactly
 *       symmetric, zero diagonal; for up to a few thousand items ({@code 8 n²} bytes);
 *   <li>{@linkplain #sparse(int, int[], int[], double[]) sparse}: the pairs that have a value
 *       (every other pair is worth 0), stored as a symmetric CSR adjacency with each list sorted by
 *       neighbour; for a million items with tens of values each.
 * </ul>
 *
 * <p>Every grouping has exactly {@link #groupCount()} groups (numbered {@code 0..groupCount-1}),
 * each of size in {@code [minSize, maxSize]}. Pinned pairs are closed transitively: the items
 * joined by pins form a <em>pinned component</em> that must lie in one group. The first {@link
 * #leaderCount()} items may be <em>leaders</em>: no two of them share a group, as if every pair of
 * them were forbidden, without listing the pairs (two-sided cohorts of a hundred thousand people
 * have tens of thousands of mentors, hundreds of millions of such pairs).
 *
 * <p>Validation happens once, in {@link Builder#build()}: every bad value fails with an {@link
 * IllegalArgumentException} whose message names the rule and the value. Instances are immutable and
 * thread-safe; the arrays passed in are copied.
 */
public final class GroupingInstance {

  private final int n;
  private final double[] dense;
  private final int[] start;
  private final int[] adjacent;
  private final double[] adjacentValue;
  private final int groupCount;
  private final int minSize;
  private final int maxSize;
  private final long[] forbidden;
  private final long[] pinned;
  private final int[] component;
  private final int[] componentSize;
  private final double maxAbsValue;
  private final int leaders;

  private GroupingInstance(Builder b, int groupCount, int minSize, int maxSize) {
    this.n = b.n;
    this.dense = b.dense;
    this.start = b.start;
    this.adjacent = b.adjacent;
    this.adjacentValue = b.adjacentValue;
    this.groupCount = groupCount;
    this.minSize = minSize;
    this.maxSize = maxSize;
    this.forbidden = sortedUnique(b.forbidden, b.forbiddenCount);
    this.pinned = sortedUnique(b.pinned, b.pinnedCount);
    this.leaders = b.leaders;
    this.component = new int[n];
    this.componentSize = new int[n];
    double m = 0;
    if (dense != null) {
      for (double v : dense) {
        m = Math.max(m, Math.abs(v));
      }
    } else {
      for (double v : adjacentValue) {
        m = Math.max(m, Math.abs(v));
      }
    }
    this.maxAbsValue = m;
  }

  private GroupingInstance(GroupingInstance base, long[] forbidden, int leaders) {
    this.n = base.n;
    this.dense = base.dense;
    this.start = base.start;
    this.adjacent = base.adjacent;
    this.adjacentValue = base.adjacentValue;
    this.groupCount = base.groupCount;
    this.minSize = base.minSize;
    this.maxSize = base.maxSize;
    this.forbidden = forbidden;
    this.pinned = base.pinned;
    this.component = base.component;
    this.componentSize = base.componentSize;
    this.maxAbsValue = base.maxAbsValue;
    this.leaders = leaders;
  }

  /**
   * This instance with more forbidden pairs ({@code keys[0..count)} as packed by {@link #pairKey});
   * the values are shared, not copied. A new forbidden pair inside a pinned component fails.
   */
  GroupingInstance withForbidden(long[] keys, int count) {
    if (count == 0) {
      return this;
    }
    long[] all = Arrays.copyOf(forbidden, forbidden.length + count);
    System.arraycopy(keys, 0, all, forbidden.length, count);
    GroupingInstance result = new GroupingInstance(this, sortedUnique(all, all.length), leaders);
    for (int i = 0; i < count; i++) {
      int u = (int) (keys[i] >>> 32);
      int v = (int) keys[i];
      if (component[u] == component[v]) {
        throw new IllegalArgumentException(
            "items " + u + " and " + v + " are forbidden from one group but pinned into one");
      }
    }
    return result;
  }

  /**
   * This instance with its leaders' pairs listed as forbidden pairs and no leaders: the same
   * groupings keep the rules. For the kernels that only know forbidden pairs (the dense search,
   * branch and bound), on instances small enough to list them ({@code L(L−1)/2} pairs for {@code L}
   * leaders). Returns this instance when it has no leaders.
   */
  GroupingInstance withLeadersForbidden() {
    if (leaders < 2) {
      return leaders == 0 ? this : new GroupingInstance(this, forbidden, 0);
    }
    long pairs = (long) leaders * (leaders - 1) / 2;
    if (forbidden.length + pairs > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          leaders + " leaders are too many to list their pairs (" + pairs + ")");
    }
    long[] all = Arrays.copyOf(forbidden, (int) (forbidden.length + pairs));
    int c = forbidden.length;
    for (int a = 0; a < leaders; a++) {
      for (int b = a + 1; b < leaders; b++) {
        all[c++] = pairKey(a, b);
      }
    }
    return new GroupingInstance(this, sortedUnique(all, all.length), 0);
  }

  /**
   * Starts a dense instance. {@code values[u * n + v]} is the value of the pair {u, v}; the matrix
   * must be exactly symmetric with a zero diagonal and finite entries. The array is copied.
   */
  public static Builder dense(int n, double[] values) {
    if (n < 1) {
      throw new IllegalArgumentException("item count must be at least 1 but was " + n);
    }
    if (values == null) {
      throw new IllegalArgumentException("values must not be null");
    }
    if ((long) n * n != values.length) {
      throw new IllegalArgumentException(
          "dense values must have n * n = "
              + (long) n * n
              + " entries for n = "
              + n
              + " but had "
              + values.length);
    }
    double[] copy = values.clone();
    for (int u = 0; u < n; u++) {
      int row = u * n;
      if (copy[row + u] != 0.0) {
        throw new IllegalArgumentException(
            "dense values must have a zero diagonal but values["
                + u
                + "]["
                + u
                + "] was "
                + copy[row + u]);
      }
      for (int v = u + 1; v < n; v++) {
        double x = copy[row + v];
        if (!(Math.abs(x) <= CandidateGraph.MAX_WEIGHT)) {
          throw new IllegalArgumentException(
              "values must be finite and at most 1e100 in magnitude (so that sums stay finite) but"
                  + " values["
                  + u
                  + "]["
                  + v
                  + "] was "
                  + x);
        }
        if (x != copy[v * n + u]) {
          throw new IllegalArgumentException(
              "dense values must be symmetric but values["
                  + u
                  + "]["
                  + v
                  + "] was "
                  + x
                  + " and values["
                  + v
                  + "]["
                  + u
                  + "] was "
                  + copy[v * n + u]);
        }
      }
    }
    Builder b = new Builder(n);
    b.dense = copy;
    return b;
  }

  /**
   * Starts a sparse instance from the pairs that have a value: pair {@code i} joins {@code us[i]}
   * and {@code vs[i]} with value {@code values[i]}. Each unordered pair may appear once; a pair not
   * listed is worth 0. Builds the symmetric CSR adjacency in O(n + m log d) for m pairs and largest
   * degree d.
   */
  public static Builder sparse(int n, int[] us, int[] vs, double[] values) {
    if (n < 1) {
      throw new IllegalArgumentException("item count must be at least 1 but was " + n);
    }
    if (us == null || vs == null || values == null) {
      throw new IllegalArgumentException("pair arrays must not be null");
    }
    if (us.length != vs.length || us.length != values.length) {
      throw new IllegalArgumentException(
          "pair arrays must have equal lengths but had "
              + us.length
              + ", "
              + vs.length
              + " and "
              + values.length);
    }
    int m = us.length;
    int[] start = new int[n + 1];
    for (int i = 0; i < m; i++) {
      int u = us[i];
      int v = vs[i];
      checkItem(u, n, "pair " + i);
      checkItem(v, n, "pair " + i);
      if (u == v) {
        throw new IllegalArgumentException("pair " + i + " joins item " + u + " to itself");
      }
      if (!(Math.abs(values[i]) <= CandidateGraph.MAX_WEIGHT)) {
        throw new IllegalArgumentException(
            "values must be finite and at most 1e100 in magnitude (so that sums stay finite) but"
                + " pair ("
                + u
                + ", "
                + v
                + ") had "
                + values[i]);
      }
      start[u + 1]++;
      start[v + 1]++;
    }
    for (int u = 0; u < n; u++) {
      start[u + 1] += start[u];
    }
    // Unsorted lists first, then a transposition: appending x to the lists of its neighbours for
    // x = 0, 1, ... leaves every list sorted, in O(n + m) (the adjacency is its own transpose).
    int[] fill = Arrays.copyOf(start, n);
    int[] unsorted = new int[2 * m];
    double[] unsortedValue = new double[2 * m];
    for (int i = 0; i < m; i++) {
      int u = us[i];
      int v = vs[i];
      unsorted[fill[u]] = v;
      unsortedValue[fill[u]++] = values[i];
      unsorted[fill[v]] = u;
      unsortedValue[fill[v]++] = values[i];
    }
    System.arraycopy(start, 0, fill, 0, n);
    int[] adjacent = new int[2 * m];
    double[] adjacentValue = new double[2 * m];
    for (int x = 0; x < n; x++) {
      for (int k = start[x]; k < start[x + 1]; k++) {
        int y = unsorted[k];
        adjacent[fill[y]] = x;
        adjacentValue[fill[y]++] = unsortedValue[k];
      }
    }
    for (int u = 0; u < n; u++) {
      for (int k = start[u] + 1; k < start[u + 1]; k++) {
        if (adjacent[k] == adjacent[k - 1]) {
          int v = adjacent[k];
          throw new IllegalArgumentException(
              "pair (" + Math.min(u, v) + ", " + Math.max(u, v) + ") appears more than once");
        }
      }
    }
    Builder b = new Builder(n);
    b.start = start;
    b.adjacent = adjacent;
    b.adjacentValue = adjacentValue;
    return b;
  }

  private static void checkItem(int item, int n, String where) {
    if (item < 0 || item >= n) {
      throw new IllegalArgumentException(
          "items must be in 0.." + (n - 1) + " but " + where + " had item " + item);
    }
  }

  /** Insertion sort for short lists, a merge sort above; keeps keys and values together. */
  static void sortByNeighbour(int[] keys, double[] vals, int from, int to) {
    int len = to - from;
    if (len < 2) {
      return;
    }
    if (len <= 32) {
      for (int i = from + 1; i < to; i++) {
        int k = keys[i];
        double x = vals[i];
        int j = i - 1;
        while (j >= from && keys[j] > k) {
          keys[j + 1] = keys[j];
          vals[j + 1] = vals[j];
          j--;
        }
        keys[j + 1] = k;
        vals[j + 1] = x;
      }
      return;
    }
    long[] packed = new long[len];
    for (int i = 0; i < len; i++) {
      packed[i] = ((long) keys[from + i] << 32) | i;
    }
    Arrays.sort(packed);
    double[] v = Arrays.copyOfRange(vals, from, to);
    for (int i = 0; i < len; i++) {
      keys[from + i] = (int) (packed[i] >>> 32);
      vals[from + i] = v[(int) packed[i]];
    }
  }

  private static long[] sortedUnique(long[] keys, int count) {
    long[] a = Arrays.copyOf(keys, count);
    Arrays.sort(a);
    int k = 0;
    for (int i = 0; i < a.length; i++) {
      if (k == 0 || a[i] != a[k - 1]) {
        a[k++] = a[i];
      }
    }
    return Arrays.copyOf(a, k);
  }

  static long pairKey(int u, int v) {
    int a = Math.min(u, v);
    int b = Math.max(u, v);
    return ((long) a << 32) | b;
  }

  /** The number of items. */
  public int itemCount() {
    return n;
  }

  /** The number of groups of every grouping. */
  public int groupCount() {
    return groupCount;
  }

  /** The smallest allowed group size. */
  public int minSize() {
    return minSize;
  }

  /** The largest allowed group size. */
  public int maxSize() {
    return maxSize;
  }

  /** Whether the values are a dense matrix (otherwise a sparse CSR adjacency). */
  public boolean isDense() {
    return dense != null;
  }

  /** The value of the pair {u, v}: O(1) dense, O(log d) sparse; 0 for u = v. */
  public double value(int u, int v) {
    if (u == v) {
      return 0.0;
    }
    if (dense != null) {
      return dense[u * n + v];
    }
    int k = Arrays.binarySearch(adjacent, start[u], start[u + 1], v);
    return k >= 0 ? adjacentValue[k] : 0.0;
  }

  /**
   * The items with a stored value towards {@code item}, ascending (sparse: its adjacency list;
   * dense: every other item). A copy.
   */
  public int[] partners(int item) {
    if (dense != null) {
      int[] p = new int[n - 1];
      for (int v = 0, i = 0; v < n; v++) {
        if (v != item) {
          p[i++] = v;
        }
      }
      return p;
    }
    return Arrays.copyOfRange(adjacent, start[item], start[item + 1]);
  }

  /** The values towards {@link #partners(int)}, in the same order. A copy. */
  public double[] partnerValues(int item) {
    if (dense != null) {
      double[] p = new double[n - 1];
      for (int v = 0, i = 0; v < n; v++) {
        if (v != item) {
          p[i++] = dense[item * n + v];
        }
      }
      return p;
    }
    return Arrays.copyOfRange(adjacentValue, start[item], start[item + 1]);
  }

  /** The largest absolute value of any pair. */
  public double maxAbsValue() {
    return maxAbsValue;
  }

  /** Whether the pair {u, v} is forbidden from sharing a group (listed, or two leaders). */
  public boolean isForbidden(int u, int v) {
    if (u != v && u < leaders && v < leaders) {
      return true;
    }
    return forbidden.length > 0 && Arrays.binarySearch(forbidden, pairKey(u, v)) >= 0;
  }

  /**
   * The number of leaders: items {@code 0..leaderCount()-1}, no two of which share a group (0 when
   * the instance has none).
   */
  public int leaderCount() {
    return leaders;
  }

  /** Whether the pair {u, v} is pinned (directly, not through other pins) into one group. */
  public boolean isPinned(int u, int v) {
    return pinned.length > 0 && Arrays.binarySearch(pinned, pairKey(u, v)) >= 0;
  }

  /** The number of distinct forbidden pairs. */
  public int forbiddenCount() {
    return forbidden.length;
  }

  /** The number of distinct pinned pairs. */
  public int pinnedCount() {
    return pinned.length;
  }

  /** Forbidden pair {@code i} as {@code {u, v}} with {@code u < v}, in ascending order. */
  public int[] forbiddenPair(int i) {
    long key = forbidden[i];
    return new int[] {(int) (key >>> 32), (int) key};
  }

  /** Pinned pair {@code i} as {@code {u, v}} with {@code u < v}, in ascending order. */
  public int[] pinnedPair(int i) {
    long key = pinned[i];
    return new int[] {(int) (key >>> 32), (int) key};
  }

  /** Whether the instance has any forbidden or pinned pair (leaders aside). */
  public boolean hasRules() {
    return forbidden.length > 0 || pinned.length > 0;
  }

  /**
   * The pinned component of an item: its smallest member (items with no pin are their own
   * component).
   */
  public int pinnedComponent(int item) {
    return component[item];
  }

  /** The number of items in the pinned component of {@code item}. */
  public int pinnedComponentSize(int item) {
    return componentSize[component[item]];
  }

  // Package-private views for the kernels (shared, never modified).

  double[] denseValues() {
    return dense;
  }

  int[] adjacencyStart() {
    return start;
  }

  int[] adjacent() {
    return adjacent;
  }

  double[] adjacentValues() {
    return adjacentValue;
  }

  long[] forbiddenKeys() {
    return forbidden;
  }

  long[] pinnedKeys() {
    return pinned;
  }

  /** The number of pairs with a stored value (dense: n(n-1)/2). */
  public long storedPairCount() {
    return dense != null ? (long) n * (n - 1) / 2 : adjacent.length / 2;
  }

  /**
   * The objective of a grouping: the sum of the values of the pairs that share a group. O(n²) dense
   * (O(Σ size²) with the group lists), O(m) sparse.
   */
  public double objective(int[] groupOf) {
    if (groupOf.length != n) {
      throw new IllegalArgumentException(
          "grouping must have one group per item (" + n + ") but had " + groupOf.length);
    }
    double total = 0;
    if (dense != null) {
      int[][] groups = GroupingResult.membersOf(groupOf, groupCount);
      for (int[] g : groups) {
        for (int i = 0; i < g.length; i++) {
          int row = g[i] * n;
          for (int j = i + 1; j < g.length; j++) {
            total += dense[row + g[j]];
          }
        }
      }
    } else {
      for (int u = 0; u < n; u++) {
        int gu = groupOf[u];
        for (int k = start[u]; k < start[u + 1]; k++) {
          int v = adjacent[k];
          if (v > u && groupOf[v] == gu) {
            total += adjacentValue[k];
          }
        }
      }
    }
    return total;
  }

  /**
   * Builds a {@link GroupingInstance}: sizes (one of {@link #groupsOf(int)}, {@link #groupsOf(int,
   * int)}, {@link #groups(int, int, int)}; default groups of 4) and rules.
   */
  public static final class Builder {
    private final int n;
    private double[] dense;
    private int[] start;
    private int[] adjacent;
    private double[] adjacentValue;
    private int groupCount = -1;
    private int minSize = -1;
    private int maxSize = -1;
    private int size = 4;
    private long[] forbidden = new long[8];
    private int forbiddenCount;
    private long[] pinned = new long[8];
    private int pinnedCount;
    private int leaders;

    private Builder(int n) {
      this.n = n;
    }

    /**
     * Groups of {@code size}: {@code max(1, n / size)} groups, sizes as equal as the count allows
     * (so every group has at least {@code size} items when {@code n >= size}, and a few have one
     * more when {@code size} does not divide {@code n}).
     */
    public Builder groupsOf(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("group size must be at least 1 but was " + size);
      }
      this.size = size;
      this.groupCount = -1;
      this.minSize = -1;
      this.maxSize = -1;
      return this;
    }

    /**
     * Groups of {@code minSize} to {@code maxSize} items: the fewest groups that can hold everyone,
     * {@code ceil(n / maxSize)}; each group's size may vary within the range.
     */
    public Builder groupsOf(int minSize, int maxSize) {
      checkRange(minSize, maxSize);
      this.groupCount = Math.max(1, (n + maxSize - 1) / maxSize);
      this.minSize = minSize;
      this.maxSize = maxSize;
      return this;
    }

    /** Exactly {@code groupCount} groups of {@code minSize} to {@code maxSize} items. */
    public Builder groups(int groupCount, int minSize, int maxSize) {
      if (groupCount < 1) {
        throw new IllegalArgumentException("group count must be at least 1 but was " + groupCount);
      }
      checkRange(minSize, maxSize);
      this.groupCount = groupCount;
      this.minSize = minSize;
      this.maxSize = maxSize;
      return this;
    }

    private static void checkRange(int minSize, int maxSize) {
      if (minSize < 1) {
        throw new IllegalArgumentException(
            "minimum group size must be at least 1 but was " + minSize);
      }
      if (maxSize < minSize) {
        throw new IllegalArgumentException(
            "maximum group size must be at least the minimum " + minSize + " but was " + maxSize);
      }
    }

    /** Items {@code u} and {@code v} must never share a group. */
    public Builder forbid(int u, int v) {
      checkPair(u, v, "forbidden");
      if (forbiddenCount == forbidden.length) {
        forbidden = Arrays.copyOf(forbidden, 2 * forbidden.length);
      }
      forbidden[forbiddenCount++] = pairKey(u, v);
      return this;
    }

    /** Forbids every pair {@code (us[i], vs[i])}. */
    public Builder forbidAll(int[] us, int[] vs) {
      if (us.length != vs.length) {
        throw new IllegalArgumentException(
            "forbidden pair arrays must have equal lengths but had "
                + us.length
                + " and "
                + vs.length);
      }
      for (int i = 0; i < us.length; i++) {
        forbid(us[i], vs[i]);
      }
      return this;
    }

    /**
     * Items {@code 0..count-1} lead groups: no two of them share one (for example one mentor per
     * cohort, with exactly {@code count} groups). Checked in {@link #build()}: at most the number
     * of groups, and no pins joining two leaders.
     */
    public Builder leaders(int count) {
      if (count < 0 || count > n) {
        throw new IllegalArgumentException(
            "leaders must be between 0 and the " + n + " items but were " + count);
      }
      this.leaders = count;
      return this;
    }

    /** Items {@code u} and {@code v} must share a group. */
    public Builder pin(int u, int v) {
      checkPair(u, v, "pinned");
      if (pinnedCount == pinned.length) {
        pinned = Arrays.copyOf(pinned, 2 * pinned.length);
      }
      pinned[pinnedCount++] = pairKey(u, v);
      return this;
    }

    private void checkPair(int u, int v, String rule) {
      checkItem(u, n, rule + " pair (" + u + ", " + v + ")");
      checkItem(v, n, rule + " pair (" + u + ", " + v + ")");
      if (u == v) {
        throw new IllegalArgumentException(rule + " pair joins item " + u + " to itself");
      }
    }

    /** Validates the sizes and rules and builds the instance. */
    public GroupingInstance build() {
      int k = groupCount;
      int lo = minSize;
      int hi = maxSize;
      if (k < 0) {
        k = Math.max(1, n / size);
        lo = n / k;
        hi = (n + k - 1) / k;
      }
      if ((long) k * lo > n) {
        throw new IllegalArgumentException(
            n
                + " items cannot fill "
                + k
                + " groups of at least "
                + lo
                + " (need "
                + (long) k * lo
                + ")");
      }
      if ((long) k * hi < n) {
        throw new IllegalArgumentException(
            n + " items do not fit in " + k + " groups of at most " + hi);
      }
      if (leaders > k) {
        throw new IllegalArgumentException(
            leaders + " leaders cannot each lead one of " + k + " groups (no two share a group)");
      }
      GroupingInstance instance = new GroupingInstance(this, k, lo, hi);
      instance.closePins();
      return instance;
    }
  }

  /**
   * Unites pinned pairs into components and checks them against the sizes and the forbidden pairs.
   */
  private void closePins() {
    int[] parent = component;
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (long key : pinned) {
      int a = find(parent, (int) (key >>> 32));
      int b = find(parent, (int) key);
      if (a != b) {
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
    for (int i = 0; i < n; i++) {
      parent[i] = find(parent, i);
      componentSize[parent[i]]++;
    }
    for (int i = 0; i < n; i++) {
      if (componentSize[i] > maxSize) {
        throw new IllegalArgumentException(
            "pins join "
                + componentSize[i]
                + " items (with item "
                + i
                + ") into one group but groups hold at most "
                + maxSize);
      }
    }
    for (long key : forbidden) {
      int u = (int) (key >>> 32);
      int v = (int) key;
      if (component[u] == component[v]) {
        throw new IllegalArgumentException(
            "items " + u + " and " + v + " are forbidden from one group but pinned into one");
      }
    }
    // A component's smallest member is its representative: a leader's component that holds
    // another leader has a representative below it, itself a leader.
    for (int x = 1; x < leaders; x++) {
      if (component[x] != x) {
        throw new IllegalArgumentException(
            "leaders "
                + component[x]
                + " and "
                + x
                + " never share a group but are pinned into one");
      }
    }
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }
}
