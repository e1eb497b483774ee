package io.peermatch.core.kernel.bipartite;

import io.peermatch.core.graph.CandidateGraph;

/** The maximum weight of a b-matching by exhaustive search: the oracle for small instances. */
final class BruteForceBipartiteMatching {

  private final CandidateGraph g;
  private final int[] load;
  private double best;

  private BruteForceBipartiteMatching(CandidateGraph g) {
    this.g = g;
    this.load = new int[g.vertexCount()];
  }

  static double maximumWeight(CandidateGraph g) {
    BruteForceBipartiteMatching search = new BruteForceBipartiteMatching(g);
    search.best = 0.0;
    search.branch(0, 0.0);
    return search.best;
  }

  /** Every subset of edges that respects the capacities, edge by edge: include or skip. */
  private void branch(int e, double weight) {
    if (e == g.edgeCount()) {
      best = Math.max(best, weight);
      return;
    }
    int u = g.u(e);
    int v = g.v(e);
    if (load[u] < g.capacity(u) && load[v] < g.capacity(v)) {
      load[u]++;
      load[v]++;
      branch(e + 1, weight + g.weight(e));
      load[u]--;
      load[v]--;
    }
    branch(e + 1, weight);
  }
}
