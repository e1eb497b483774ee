package io.peermatch.core.kernel.grouping;

import java.util.Arrays;

/**
 * The state of a local search over a dense instance: the group of every item, the member lists, and
 * for every group {@code g} and item {@code v} the sum {@code sum[g][v]} of the values from {@code
 * v} to the members of {@code g}, so that the gain of moving or swapping items is O(1):
 *
 * <pre>
 *   move u: a → b       sum[b][u] - sum[a][u]
 *   swap u ∈ a, v ∈ b   sum[b][u] - sum[a][u] + sum[a][v] - sum[b][v] - 2 w(u, v)
 * </pre>
 *
 * Applying a move or a swap updates two rows of {@code sum} in O(n). The sums are stored group
 * major ({@code sum[g * n + v]}) so that updates and the scan over all partners {@code v} of one
 * item are sequential. The descent ({@link #descend}) keeps a queue of groups whose membership
 * changed since they were last examined, and examining a group tries every swap of one of its
 * members, every move of one of its members out and every move of another item in: a step whose
 * gain (or feasibility) can have changed involves such a group, so when the queue is empty the
 * grouping is a local maximum for both neighbourhoods.
 *
 * <p>Values may carry the penalties of {@link Penalties}; the state knows nothing of them. Not
 * thread-safe.
 */
final class DenseGroupingState {

  final int n;
  final int k;
  final int minSize;
  final int maxSize;
  final double[] w;
  final int[] group;
  final int[] size;
  final int[] members;
  final int[] slot;
  final double[] sum;
  final double[] inner;
  final double epsilon;
  double value;

  private final double[] rowU;
  private final int[] queue;
  private final boolean[] queued;
  private int queueHead;
  private int queueSize;

  /** The swaps and moves applied since {@link #startLog()}, for {@link #undoLog()}. */
  private int[] logA = new int[64];

  private int[] logB = new int[64];
  private int logSize = -1;

  DenseGroupingState(double[] w, int n, int k, int minSize, int maxSize, double scale) {
    this.n = n;
    this.k = k;
    this.minSize = minSize;
    this.maxSize = maxSize;
    this.w = w;
    group = new int[n];
    size = new int[k];
    members = new int[k * maxSize];
    slot = new int[n];
    sum = new double[k * n];
    inner = new double[n];
    rowU = new double[k];
    queue = new int[k];
    queued = new boolean[k];
    epsilon = 1e-9 * (scale + 1.0);
  }

  /** Loads a grouping and recomputes everything, O(n²). */
  void load(int[] groupOf) {
    Arrays.fill(size, 0);
    Arrays.fill(sum, 0.0);
    for (int v = 0; v < n; v++) {
      int g = groupOf[v];
      group[v] = g;
      slot[v] = size[g];
      members[g * maxSize + size[g]++] = v;
    }
    for (int x = 0; x < n; x++) {
      int off = group[x] * n;
      int row = x * n;
      for (int v = 0; v < n; v++) {
        sum[off + v] += w[row + v];
      }
    }
    double total = 0;
    for (int v = 0; v < n; v++) {
      inner[v] = sum[group[v] * n + v];
      total += inner[v];
    }
    value = 0.5 * total;
  }

  double swapGain(int u, int v) {
    int a = group[u];
    int b = group[v];
    return sum[b * n + u] - inner[u] + sum[a * n + v] - inner[v] - 2 * w[u * n + v];
  }

  double moveGain(int u, int b) {
    return sum[b * n + u] - inner[u];
  }

  boolean canMove(int u, int b) {
    int a = group[u];
    return a != b && size[a] > minSize && size[b] < maxSize;
  }

  /** Swaps items u and v (in different groups). */
  void swap(int u, int v) {
    int a = group[u];
    int b = group[v];
    value += swapGain(u, v);
    int offA = a * n;
    int offB = b * n;
    int rowU = u * n;
    int rowV = v * n;
    double[] s = sum;
    double[] ww = w;
    for (int y = 0; y < n; y++) {
      double d = ww[rowV + y] - ww[rowU + y];
      s[offA + y] += d;
      s[offB + y] -= d;
    }
    int su = slot[u];
    int sv = slot[v];
    members[a * maxSize + su] = v;
    slot[v] = su;
    members[b * maxSize + sv] = u;
    slot[u] = sv;
    group[u] = b;
    group[v] = a;
    refreshInner(a);
    refreshInner(b);
    if (logSize >= 0) {
      record(u, v);
    }
  }

  /** Moves item u to group b. */
  void move(int u, int b) {
    int a = group[u];
    value += moveGain(u, b);
    int offA = a * n;
    int offB = b * n;
    int row = u * n;
    double[] s = sum;
    double[] ww = w;
    for (int y = 0; y < n; y++) {
      double d = ww[row + y];
      s[offA + y] -= d;
      s[offB + y] += d;
    }
    int su = slot[u];
    int last = members[a * maxSize + size[a] - 1];
    members[a * maxSize + su] = last;
    slot[last] = su;
    size[a]--;
    slot[u] = size[b];
    members[b * maxSize + size[b]++] = u;
    group[u] = b;
    refreshInner(a);
    refreshInner(b);
    if (logSize >= 0) {
      record(u, -1 - a);
    }
  }

  private void refreshInner(int g) {
    int base = g * maxSize;
    int off = g * n;
    for (int t = 0; t < size[g]; t++) {
      int x = members[base + t];
      inner[x] = sum[off + x];
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

  /** Marks group g for re-examination by {@link #descend}. */
  void enqueue(int g) {
    if (!queued[g]) {
      queued[g] = true;
      int tail = queueHead + queueSize;
      queue[tail >= k ? tail - k : tail] = g;
      queueSize++;
    }
  }

  void enqueueAll() {
    for (int g = 0; g < k; g++) {
      enqueue(g);
    }
  }

  /**
   * Applies improving moves and swaps until no queued group has one (a local maximum), or the
   * budget is spent (then the queue is left as it is). For each item of a queued group the best
   * improving partner is taken. Returns the number of improving steps.
   */
  long descend(Budget budget) {
    long steps = 0;
    boolean moves = minSize < maxSize;
    while (queueSize > 0) {
      if (budget != null && budget.spentEvery(6)) {
        return steps;
      }
      int a = queue[queueHead];
      queueHead = queueHead + 1 == k ? 0 : queueHead + 1;
      queueSize--;
      queued[a] = false;
      if (improveGroup(a, moves)) {
        steps++;
      }
    }
    return steps;
  }

  /**
   * Applies the best improving step of the first member of group a that has one, or else the best
   * improving move of another item into a: every step whose gain depends on a's members.
   */
  private boolean improveGroup(int a, boolean moves) {
    if (improveMembers(a, moves)) {
      return true;
    }
    if (!moves || size[a] >= maxSize) {
      return false;
    }
    final int off = a * n;
    double best = epsilon;
    int bestX = -1;
    for (int x = 0; x < n; x++) {
      int gx = group[x];
      if (gx != a && size[gx] > minSize) {
        double gain = sum[off + x] - inner[x];
        if (gain > best) {
          best = gain;
          bestX = x;
        }
      }
    }
    if (bestX < 0) {
      return false;
    }
    int from = group[bestX];
    move(bestX, a);
    enqueue(a);
    enqueue(from);
    return true;
  }

  private boolean improveMembers(int a, boolean moves) {
    final int nn = n;
    final int[] grp = group;
    final double[] s = sum;
    final double[] in = inner;
    final double[] ww = w;
    final double[] row = rowU;
    final int offA = a * nn;
    for (int t = 0; t < size[a]; t++) {
      int u = members[a * maxSize + t];
      for (int g = 0; g < k; g++) {
        row[g] = s[g * nn + u];
      }
      double base = -in[u];
      double best = epsilon;
      int bestV = -1;
      int wu = u * nn;
      for (int v = 0; v < nn; v++) {
        int gv = grp[v];
        if (gv != a) {
          double gain = row[gv] + base + s[offA + v] - in[v] - 2 * ww[wu + v];
          if (gain > best) {
            best = gain;
            bestV = v;
          }
        }
      }
      int bestG = -1;
      if (moves && size[a] > minSize) {
        for (int g = 0; g < k; g++) {
          if (g != a && size[g] < maxSize) {
            double gain = row[g] + base;
            if (gain > best) {
              best = gain;
              bestG = g;
            }
          }
        }
      }
      if (bestG >= 0) {
        move(u, bestG);
        enqueue(a);
        enqueue(bestG);
        return true;
      }
      if (bestV >= 0) {
        int b = grp[bestV];
        swap(u, bestV);
        enqueue(a);
        enqueue(b);
        return true;
      }
    }
    return false;
  }
}
