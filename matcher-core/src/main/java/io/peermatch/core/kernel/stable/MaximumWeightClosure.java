package io.peermatch.core.kernel.stable;

import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;

/**
 * Maximum-weight closure of a small DAG by a minimum s-t cut (Picard 1976), with Dinic's max-flow
 * on int arrays; package-private. Returns the smallest optimal closure (the vertices reachable from
 * the source in the final residual graph), which makes the answer deterministic.
 *
 * <p>J.-C. Picard, Maximal closure of a graph and applications to combinatorial problems,
 * Management Science 22 (1976) 1268-1272. E. A. Dinic, Algorithm for solution of a problem of
 * maximum flow in networks with power estimation, Soviet Math. Doklady 11 (1970) 1277-1280.
 */
final class MaximumWeightClosure {

  private MaximumWeightClosure() {}

  /** The phase named when a solve stops. */
  static final String PHASE = "egalitarian";

  /** Arcs built or scanned between two control checks. */
  private static final int CHECK_UNITS = 1 << 12;

  /**
   * @param weight weight of each vertex
   * @param predStart CSR offsets of each vertex's predecessors
   * @param pred predecessors: a closure containing v contains all of pred(v)
   * @return membership of the smallest maximum-weight closure
   */
  static boolean[] solve(long[] weight, int[] predStart, int[] pred) {
    return solve(weight, predStart, pred, SolveControl.none());
  }

  /**
   * As {@link #solve(long[], int[], int[])}, checking {@code control} once per augmentation and
   * every few thousand arcs built or scanned.
   */
  static boolean[] solve(long[] weight, int[] predStart, int[] pred, SolveControl control) {
    int n = weight.length;
    int s = n;
    int t = n + 1;
    int arcs = 2 * (n + pred.length);
    int[] head = new int[n + 2];
    Arrays.fill(head, -1);
    int[] to = new int[arcs];
    int[] nxt = new int[arcs];
    long[] cap = new long[arcs];
    int[] m = {0};
    long inf = 1;
    for (long w : weight) {
      inf += Math.abs(w);
    }
    control.check(PHASE);
    int budget = CHECK_UNITS;
    for (int v = 0; v < n; v++) {
      if ((budget -= predStart[v + 1] - predStart[v] + 1) < 0) {
        budget = CHECK_UNITS;
        control.check(PHASE);
      }
      if (weight[v] > 0) {
        addArc(s, v, weight[v], head, to, nxt, cap, m);
      } else if (weight[v] < 0) {
        addArc(v, t, -weight[v], head, to, nxt, cap, m);
      }
      for (int k = predStart[v]; k < predStart[v + 1]; k++) {
        addArc(v, pred[k], inf, head, to, nxt, cap, m);
      }
    }
    int[] level = new int[n + 2];
    int[] it = new int[n + 2];
    int[] queue = new int[n + 2];
    int[] arcBudget = {CHECK_UNITS};
    while (bfs(s, t, head, to, nxt, cap, level, queue, control)) {
      control.check(PHASE);
      System.arraycopy(head, 0, it, 0, n + 2);
      while (dfs(s, t, Long.MAX_VALUE, head, to, nxt, cap, level, it, control, arcBudget) > 0) {
        control.check(PHASE);
        // augment until blocked
      }
    }
    bfs(s, t, head, to, nxt, cap, level, queue, control);
    boolean[] in = new boolean[n];
    for (int v = 0; v < n; v++) {
      in[v] = level[v] >= 0;
    }
    return in;
  }

  private static void addArc(
      int u, int v, long c, int[] head, int[] to, int[] nxt, long[] cap, int[] m) {
    int e = m[0];
    to[e] = v;
    cap[e] = c;
    nxt[e] = head[u];
    head[u] = e;
    to[e + 1] = u;
    cap[e + 1] = 0;
    nxt[e + 1] = head[v];
    head[v] = e + 1;
    m[0] = e + 2;
  }

  private static boolean bfs(
      int s,
      int t,
      int[] head,
      int[] to,
      int[] nxt,
      long[] cap,
      int[] level,
      int[] queue,
      SolveControl control) {
    Arrays.fill(level, -1);
    level[s] = 0;
    int qh = 0;
    int qt = 0;
    queue[qt++] = s;
    int budget = CHECK_UNITS;
    while (qh < qt) {
      int u = queue[qh++];
      for (int e = head[u]; e >= 0; e = nxt[e]) {
        if (--budget < 0) {
          budget = CHECK_UNITS;
          control.check(PHASE);
        }
        if (cap[e] > 0 && level[to[e]] < 0) {
          level[to[e]] = level[u] + 1;
          queue[qt++] = to[e];
        }
      }
    }
    return level[t] >= 0;
  }

  /** Recursive augmenting DFS; depth is bounded by the number of levels (poset height + 2). */
  private static long dfs(
      int u,
      int t,
      long f,
      int[] head,
      int[] to,
      int[] nxt,
      long[] cap,
      int[] level,
      int[] it,
      SolveControl control,
      int[] budget) {
    if (u == t) {
      return f;
    }
    for (; it[u] >= 0; it[u] = nxt[it[u]]) {
      if (--budget[0] < 0) {
        budget[0] = CHECK_UNITS;
        control.check(PHASE);
      }
      int e = it[u];
      int v = to[e];
      if (cap[e] > 0 && level[v] == level[u] + 1) {
        long d = dfs(v, t, Math.min(f, cap[e]), head, to, nxt, cap, level, it, control, budget);
        if (d > 0) {
          cap[e] -= d;
          cap[e ^ 1] += d;
          return d;
        }
      }
    }
    return 0;
  }
}
