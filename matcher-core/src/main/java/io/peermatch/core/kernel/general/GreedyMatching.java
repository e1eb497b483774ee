package io.peermatch.core.kernel.general;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.util.PrimitiveSort;
import io.peermatch.core.kernel.SolveControl;

/**
 * Greedy maximum-weight b-matching: the heaviest feasible pair first.
 *
 * <p>Scans the edges of a bipartite or general {@link CandidateGraph} by weight, highest first
 * (equal weights in edge order, that is by {@code (u, v)}), and takes every edge whose two ends
 * still have capacity. Edges of weight zero or below are never taken: they cannot add to the
 * objective.
 *
 * <p>Running time {@code O(m)} for the radix sort plus {@code O(m)} for the scan. Guarantee: a
 * 1/2-approximation of the maximum weight (Avis 1983), for b-matchings as well; it is the baseline
 * every other strategy is measured against.
 *
 * <p>D. Avis, "A survey of heuristics for the weighted matching problem", Networks 13(4), 1983.
 */
public final class GreedyMatching {

  /** The progress phase. */
  static final String PHASE = "greedy";

  private GreedyMatching() {}

  /**
   * The greedy b-matching of {@code graph} with the graph's capacities.
   *
   * @return the chosen edge ids, in the order taken
   */
  public static int[] solve(CandidateGraph graph) {
    return solve(graph, graph.capacities());
  }

  /**
   * The greedy b-matching with the given residual capacities (a vertex with 0 takes no edge).
   *
   * @param capacity per vertex; consumed (decremented) by the chosen edges
   * @return the chosen edge ids, in the order taken
   */
  public static int[] solve(CandidateGraph graph, int[] capacity) {
    return solve(graph, capacity, SolveControl.none());
  }

  /**
   * As {@link #solve(CandidateGraph, int[])}, honouring {@code control}.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static int[] solve(CandidateGraph graph, int[] capacity, SolveControl control) {
    int m = graph.edgeCount();
    double[] weight = graph.weights();
    int[] order = PrimitiveSort.indicesByDescendingValue(weight, control, PHASE);
    control.progress(PHASE, 0.5);
    int[] chosen = new int[Math.min(m, totalCapacity(capacity) / 2 + 1)];
    int size = 0;
    for (int i = 0; i < m; i++) {
      if ((i & 0xFFFF) == 0xFFFF) {
        control.check(PHASE);
        control.progress(PHASE, 0.5 + 0.5 * i / m);
      }
      int e = order[i];
      if (weight[e] <= 0) {
        break;
      }
      int u = graph.u(e);
      int v = graph.v(e);
      if (capacity[u] > 0 && capacity[v] > 0) {
        capacity[u]--;
        capacity[v]--;
        if (size == chosen.length) {
          chosen = java.util.Arrays.copyOf(chosen, size * 2 + 1);
        }
        chosen[size++] = e;
      }
    }
    return java.util.Arrays.copyOf(chosen, size);
  }

  private static int totalCapacity(int[] capacity) {
    long sum = 0;
    for (int c : capacity) {
      sum += c;
    }
    return (int) Math.min(Integer.MAX_VALUE - 1, sum);
  }
}
