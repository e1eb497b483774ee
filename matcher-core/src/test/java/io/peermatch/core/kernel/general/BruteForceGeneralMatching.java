package io.peermatch.core.kernel.general;

import io.peermatch.core.graph.CandidateGraph;

/** The optimum of a small (b-)matching problem by exhausting every edge subset: m <= ~22. */
final class BruteForceGeneralMatching {

  private BruteForceGeneralMatching() {}

  /** The maximum total weight of a b-matching (each vertex at most its capacity). */
  static double maxWeight(CandidateGraph g) {
    int[] load = new int[g.vertexCount()];
    return search(g, 0, load);
  }

  private static double search(CandidateGraph g, int e, int[] load) {
    if (e == g.edgeCount()) {
      return 0.0;
    }
    double best = search(g, e + 1, load);
    int u = g.u(e);
    int v = g.v(e);
    if (g.weight(e) > 0 && load[u] < g.capacity(u) && load[v] < g.capacity(v)) {
      load[u]++;
      load[v]++;
      best = Math.max(best, g.weight(e) + search(g, e + 1, load));
      load[u]--;
      load[v]--;
    }
    return best;
  }
}
