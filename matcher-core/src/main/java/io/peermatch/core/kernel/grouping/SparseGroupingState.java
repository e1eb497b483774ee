package io.peermatch.core.kernel.grouping;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The state of a local search over a sparse instance: the group of every item, the member lists
 * and, for every item, its value towards its own group ({@code inner}). Nothing is stored per
 * (item, group): the gains of one item are gathered from its adjacency and its group-mates'
 * adjacencies when the item is examined ({@link #improveItem}), in O(s d) for groups of at most
 * {@code s} and degree {@code d}.
 *
 * <p>For item {@code u} in group {@code a}, with {@code G[g]} its value towards group {@code g} and
 * {@code T[v]} the value of {@code v} towards {@code a} without {@code u}:
 *
 * <pre>
 *   move u: a → b       G[b] - inner[u]
 *   swap u ∈ a, v ∈ b   G[b] - w(u, v) - inner[u] + T[v] - inner[v]
 * </pre>
 *
 * With non-negative values a swap can only gain when {@code G[b] > 0} or {@code T[v] > 0}, so the
 * candidates are the members of the groups {@code u} has values towards and the items with values
 * towards {@code u}'s group-mates. When {@code inner[u] < 0} (a broken rule, see {@link Penalties})
 * a few random partners are tried as well.
 *
 * <p>Layout: item {@code x} sits at <em>position</em> {@code pos[x] = g · 2^shift + slot} of its
 * group {@code g}; the members of a group, their own-group values and the scratch values of an
 * examination are stored by position, so one group's data is one or two cache lines (at a million
 * items, the search is bound by memory latency, not arithmetic). Not thread-safe.
 *
 * <p>Leaders ({@link GroupingInstance#leaderCount()}) never move: the start places each in a group
 * of its own, and neither a move nor a swap takes one, so no two ever share a group without a
 * single listed pair (the alternative, {@code L²/2} forbidden pairs, is hundreds of millions for
 * the mentors of a hundred thousand people in cohorts).
 */
final class SparseGroupingState {

  /** Random partners tried for an item whose own group is worth less than nothing to it. */
  private static final int REPAIR_TRIES = 16;

  final int n;
  final int k;
  final int minSize;
  final int maxSize;
  final int shift;
  final int[] start;
  final int[] adj;
  final double[] val;

  /** Position of every item. */
  final int[] pos;

  /** Members by position (-1 where free). */
  final int[] member;

  /** Own-group value of the member at every position. */
  final double[] innerAt;

  final int[] size;
  final double epsilon;
  double value;

  /** Items {@code 0..leaders-1} stay in their groups. */
  final int leaders;

  private final double[] towardGroup;
  private final int[] groupList;
  private final boolean[] groupSeen;
  private final double[] fromUAt;
  private final double[] towardMatesAt;
  private final boolean[] seenAt;
  private final int[] positionList;
  private final int[] fromUList;

  private final int[] queue;
  private final boolean[] queued;
  private int queueHead;
  private int queueSize;
  private int[] logA = new int[64];
  private int[] logB = new int[64];
  private int logSize = -1;

  SparseGroupingState(
      int[] start,
      int[] adj,
      double[] val,
      int n,
      int k,
      int minSize,
      int maxSize,
      double scale,
      int leaders) {
    this.n = n;
    this.leaders = leaders;
    this.k = k;
    this.minSize = minSize;
    this.maxSize = maxSize;
    this.shift = 32 - Integer.numberOfLeadingZeros(Math.max(1, maxSize - 1));
    this.start = start;
    this.adj = adj;
    this.val = val;
    int slots = k << shift;
    pos = new int[n];
    member = new int[slots];
    innerAt = new double[slots];
    size = new int[k];
    epsilon = 1e-9 * (scale + 1.0);
    towardGroup = new double[k];
    groupList = new int[k];
    groupSeen = new boolean[k];
    fromUAt = new double[slots];
    towardMatesAt = new double[slots];
    seenAt = new boolean[slots];
    positionList = new int[n];
    int maxDegree = 0;
    for (int x = 0; x < n; x++) {
      maxDegree = Math.max(maxDegree, start[x + 1] - start[x]);
    }
    fromUList = new int[maxDegree];
    queue = new int[n];
    queued = new boolean[n];
  }

  /** The working CSR: the instance's own arrays, or merged with the rule penalties. */
  static SparseGroupingState of(GroupingInstance instance) {
    int n = instance.itemCount();
    int[] start = instance.adjacencyStart();
    int[] adj = instance.adjacent();
    double[] val = instance.adjacentValues();
    if (instance.hasRules()) {
      double p = Penalties.penalty(instance);
      int[] us = new int[instance.forbiddenCount() + instance.pinnedCount()];
      int[] vs = new int[us.length];
      double[] ws = new double[us.length];
      int c = 0;
      for (long key : instance.forbiddenKeys()) {
        us[c] = (int) (key >>> 32);
        vs[c] = (int) key;
        ws[c++] = -p;
      }
      for (long key : instance.pinnedKeys()) {
        us[c] = (int) (key >>> 32);
        vs[c] = (int) key;
        ws[c++] = p;
      }
      int[][] merged = new int[2][];
      double[][] mergedVal = new double[1][];
      merge(n, start, adj, val, us, vs, ws, merged, mergedVal);
      start = merged[0];
      adj = merged[1];
      val = mergedVal[0];
    }
    return new SparseGroupingState(
        start,
        adj,
        val,
        n,
        instance.groupCount(),
        instance.minSize(),
        instance.maxSize(),
        instance.maxAbsValue() * instance.maxSize(),
        instance.leaderCount());
  }

  /** Adds the extra pairs to a CSR adjacency (values of a pair listed twice are summed). */
  private static void merge(
      int n,
      int[] start,
      int[] adj,
      double[] val,
      int[] us,
      int[] vs,
      double[] ws,
      int[][] outIdx,
      double[][] outVal) {
    int[] extra = new int[n + 1];
    for (int i = 0; i < us.length; i++) {
      extra[us[i] + 1]++;
      extra[vs[i] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      extra[i + 1] += extra[i];
    }
    int[] xs = new int[extra[n]];
    double[] xw = new double[extra[n]];
    int[] fill = Arrays.copyOf(extra, n);
    for (int i = 0; i < us.length; i++) {
      xs[fill[us[i]]] = vs[i];
      xw[fill[us[i]]++] = ws[i];
      xs[fill[vs[i]]] = us[i];
      xw[fill[vs[i]]++] = ws[i];
    }
    int[] s2 = new int[n + 1];
    int[] a2 = new int[adj.length + xs.length];
    double[] v2 = new double[a2.length];
    int c = 0;
    for (int u = 0; u < n; u++) {
      s2[u] = c;
      GroupingInstance.sortByNeighbour(xs, xw, extra[u], extra[u + 1]);
      int i = start[u];
      int j = extra[u];
      while (i < start[u + 1] || j < extra[u + 1]) {
        int next;
        double w;
        if (j >= extra[u + 1] || (i < start[u + 1] && adj[i] < xs[j])) {
          next = adj[i];
          w = val[i++];
        } else if (i >= start[u + 1] || xs[j] < adj[i]) {
          next = xs[j];
          w = xw[j++];
        } else {
          next = adj[i];
          w = val[i++] + xw[j++];
        }
        if (c > s2[u] && a2[c - 1] == next) {
          v2[c - 1] += w;
        } else {
          a2[c] = next;
          v2[c++] = w;
        }
      }
    }
    s2[n] = c;
    outIdx[0] = s2;
    outIdx[1] = Arrays.copyOf(a2, c);
    outVal[0] = Arrays.copyOf(v2, c);
  }

  /** Loads a grouping, O(n + m). */
  void load(int[] groupOf) {
    Arrays.fill(size, 0);
    Arrays.fill(member, -1);
    for (int v = 0; v < n; v++) {
      int g = groupOf[v];
      int p = (g << shift) + size[g]++;
      pos[v] = p;
      member[p] = v;
    }
    double total = 0;
    for (int v = 0; v < n; v++) {
      double s = 0;
      int g = pos[v] >>> shift;
      for (int p = start[v]; p < start[v + 1]; p++) {
        if (pos[adj[p]] >>> shift == g) {
          s += val[p];
        }
      }
      innerAt[pos[v]] = s;
      total += s;
    }
    value = 0.5 * total;
  }

  int group(int x) {
    return pos[x] >>> shift;
  }

  double inner(int x) {
    return innerAt[pos[x]];
  }

  /** The member in slot t of group g. */
  int memberOf(int g, int t) {
    return member[(g << shift) + t];
  }

  /** The group of every item. */
  int[] groupOf() {
    int[] g = new int[n];
    for (int x = 0; x < n; x++) {
      g[x] = pos[x] >>> shift;
    }
    return g;
  }

  /** Moves item x to group b, updating the own-group values of x and of its neighbours. */
  void move(int x, int b) {
    int px = pos[x];
    int a = px >>> shift;
    double in = 0;
    for (int p = start[x]; p < start[x + 1]; p++) {
      int py = pos[adj[p]];
      int gy = py >>> shift;
      if (gy == a) {
        innerAt[py] -= val[p];
      } else if (gy == b) {
        innerAt[py] += val[p];
        in += val[p];
      }
    }
    value += in - innerAt[px];
    int lastPos = (a << shift) + size[a] - 1;
    int last = member[lastPos];
    member[px] = last;
    innerAt[px] = innerAt[lastPos];
    pos[last] = px;
    member[lastPos] = -1;
    size[a]--;
    int np = (b << shift) + size[b]++;
    member[np] = x;
    innerAt[np] = in;
    pos[x] = np;
    if (logSize >= 0) {
      record(x, -1 - a);
    }
  }

  /** Swaps items u and v of different groups. */
  void swap(int u, int v) {
    int pu = pos[u];
    int pv = pos[v];
    int a = pu >>> shift;
    int b = pv >>> shift;
    double inU = 0;
    for (int p = start[u]; p < start[u + 1]; p++) {
      int y = adj[p];
      int py = pos[y];
      int gy = py >>> shift;
      if (gy == a) {
        innerAt[py] -= val[p];
      } else if (gy == b && y != v) {
        innerAt[py] += val[p];
        inU += val[p];
      }
    }
    double inV = 0;
    for (int p = start[v]; p < start[v + 1]; p++) {
      int y = adj[p];
      int py = pos[y];
      int gy = py >>> shift;
      if (gy == b) {
        if (y != u) {
          innerAt[py] -= val[p];
        }
      } else if (gy == a && y != u) {
        innerAt[py] += val[p];
        inV += val[p];
      }
    }
    value += inU + inV - innerAt[pu] - innerAt[pv];
    member[pu] = v;
    member[pv] = u;
    innerAt[pu] = inV;
    innerAt[pv] = inU;
    pos[u] = pv;
    pos[v] = pu;
    if (logSize >= 0) {
      record(u, v);
    }
  }

  private void record(int a, int b) {
    if (logSize == logA.length) {
      logA = Arrays.copyOf(logA, 2 * logSize);
      logB = Arrays.copyOf(logB, 2 * logSize);
    }
    logA[logSize] = a;
    logB[logSize++] = b;
  }

  /** Starts recording every swap and move, for {@link #undoLog()}. */
  void startLog() {
    logSize = 0;
  }

  /** Stops recording. */
  void stopLog() {
    logSize = -1;
  }

  /** Reverts every swap and move since {@link #startLog()}, newest first, and keeps recording. */
  void undoLog() {
    int count = logSize;
    logSize = -1;
    for (int i = count - 1; i >= 0; i--) {
      int a = logA[i];
      int b = logB[i];
      if (b >= 0) {
        swap(a, b);
      } else {
        move(a, -1 - b);
      }
    }
    logSize = 0;
  }

  void enqueue(int x) {
    if (!queued[x]) {
      queued[x] = true;
      int tail = queueHead + queueSize;
      queue[tail >= n ? tail - n : tail] = x;
      queueSize++;
    }
  }

  /** Queues the members of group g. */
  void enqueueGroup(int g) {
    int base = g << shift;
    for (int t = 0; t < size[g]; t++) {
      enqueue(member[base + t]);
    }
  }

  /** Queues every item, in a random order. */
  void enqueueAll(SplittableRandom rng) {
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
    for (int x : order) {
      enqueue(x);
    }
  }

  /**
   * Examines queued items until the queue is empty, {@code maxExaminations} items were examined, or
   * the budget is spent. An item that improves re-queues itself, its partner and both groups'
   * members ({@code wide}: and both items' neighbours, and after a move the neighbours of the
   * members of the group left, which makes the result a local maximum for moves and swaps when the
   * queue empties with non-negative values; without, the search is bounded and faster). Returns the
   * number of examinations.
   */
  long descend(long maxExaminations, Budget budget, SplittableRandom rng, boolean wide) {
    long examined = 0;
    while (queueSize > 0 && examined < maxExaminations) {
      if (budget != null && budget.spentEvery(10)) {
        break;
      }
      int u = queue[queueHead];
      queueHead = queueHead + 1 == n ? 0 : queueHead + 1;
      queueSize--;
      queued[u] = false;
      examined++;
      improveItem(u, rng, wide);
    }
    return examined;
  }

  /** Empties the queue without examining. */
  void drainQueue() {
    while (queueSize > 0) {
      queued[queue[queueHead]] = false;
      queueHead = queueHead + 1 == n ? 0 : queueHead + 1;
      queueSize--;
    }
  }

  /** Applies the best improving move or swap of item u, if any. */
  boolean improveItem(int u, SplittableRandom rng, boolean wide) {
    if (u < leaders) {
      return false;
    }
    final int lead = leaders;
    final int sh = shift;
    final int pu = pos[u];
    final int a = pu >>> sh;
    final int[] ps = pos;
    int groups = 0;
    int positions = 0;
    int neighbours = 0;
    for (int p = start[u]; p < start[u + 1]; p++) {
      int px = ps[adj[p]];
      int gx = px >>> sh;
      if (gx != a) {
        fromUAt[px] = val[p];
        fromUList[neighbours++] = px;
        if (!groupSeen[gx]) {
          groupSeen[gx] = true;
          groupList[groups++] = gx;
        }
        towardGroup[gx] += val[p];
      }
    }
    int base = a << sh;
    for (int t = 0; t < size[a]; t++) {
      int y = member[base + t];
      if (y == u) {
        continue;
      }
      for (int p = start[y]; p < start[y + 1]; p++) {
        int px = ps[adj[p]];
        if (px >>> sh != a) {
          if (!seenAt[px]) {
            seenAt[px] = true;
            positionList[positions++] = px;
          }
          towardMatesAt[px] += val[p];
        }
      }
    }
    double innerU = innerAt[pu];
    double best = epsilon;
    int bestP = -1;
    int bestG = -1;
    boolean canLeave = size[a] > minSize && minSize < maxSize;
    for (int i = 0; i < groups; i++) {
      int g = groupList[i];
      double tg = towardGroup[g] - innerU;
      if (canLeave && size[g] < maxSize && tg > best) {
        best = tg;
        bestG = g;
        bestP = -1;
      }
      int gb = g << sh;
      int end = gb + size[g];
      for (int p = gb; p < end; p++) {
        double gain = tg - fromUAt[p] + towardMatesAt[p] - innerAt[p];
        if (gain > best && (lead == 0 || member[p] >= lead)) {
          best = gain;
          bestP = p;
          bestG = -1;
        }
      }
    }
    for (int i = 0; i < positions; i++) {
      int p = positionList[i];
      double gain = towardGroup[p >>> sh] - innerU - fromUAt[p] + towardMatesAt[p] - innerAt[p];
      if (gain > best && (lead == 0 || member[p] >= lead)) {
        best = gain;
        bestP = p;
        bestG = -1;
      }
    }
    if (innerU < 0 && rng != null) {
      for (int r = 0; r < REPAIR_TRIES; r++) {
        int p = ps[rng.nextInt(n)];
        int g = p >>> sh;
        if (g == a) {
          continue;
        }
        double tg = towardGroup[g] - innerU;
        double gain = tg - fromUAt[p] + towardMatesAt[p] - innerAt[p];
        if (gain > best && (lead == 0 || member[p] >= lead)) {
          best = gain;
          bestP = p;
          bestG = -1;
        }
        if (canLeave && size[g] < maxSize && tg > best) {
          best = tg;
          bestG = g;
          bestP = -1;
        }
      }
    }
    for (int i = 0; i < neighbours; i++) {
      fromUAt[fromUList[i]] = 0;
    }
    for (int i = 0; i < groups; i++) {
      towardGroup[groupList[i]] = 0;
      groupSeen[groupList[i]] = false;
    }
    for (int i = 0; i < positions; i++) {
      towardMatesAt[positionList[i]] = 0;
      seenAt[positionList[i]] = false;
    }
    if (bestG >= 0) {
      move(u, bestG);
      requeueAfter(u, -1, a, bestG, wide);
      return true;
    }
    if (bestP >= 0) {
      int v = member[bestP];
      int b = bestP >>> sh;
      swap(u, v);
      requeueAfter(u, v, a, b, wide);
      return true;
    }
    return false;
  }

  private void requeueAfter(int u, int v, int a, int b, boolean wide) {
    enqueue(u);
    if (v >= 0) {
      enqueue(v);
    }
    enqueueGroup(a);
    enqueueGroup(b);
    if (wide) {
      for (int p = start[u]; p < start[u + 1]; p++) {
        enqueue(adj[p]);
      }
      if (v >= 0) {
        for (int p = start[v]; p < start[v + 1]; p++) {
          enqueue(adj[p]);
        }
      } else {
        // Group a has room now: items with values towards its members may move in.
        int base = a << shift;
        for (int t = 0; t < size[a]; t++) {
          int y = member[base + t];
          for (int p = start[y]; p < start[y + 1]; p++) {
            enqueue(adj[p]);
          }
        }
      }
    }
  }
}
