package io.peermatch.core.internal.strategy;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import io.peermatch.core.kernel.SolveControl;

/**
 * The graph left for a kernel once pinned pairs are fixed: capacities reduced by the pinned pairs,
 * vertices with no capacity left dropped from every edge, and the pinned edges themselves removed.
 * Every kernel thus honours pinned pairs without knowing about them.
 *
 * @param graph the residual graph (same vertex numbering)
 * @param originalEdge for each residual edge id, the edge id in the full graph
 */
public record ResidualGraph(CandidateGraph graph, int[] originalEdge) {

  /** The residual of {@code full} once the edges {@code pinnedEdges} are fixed. */
  public static ResidualGraph of(CandidateGraph full, int[] pinnedEdges) {
    return of(full, pinnedEdges, SolveControl.none());
  }

  /** As {@link #of(CandidateGraph, int[])}, honouring {@code control} while it builds. */
  public static ResidualGraph of(CandidateGraph full, int[] pinnedEdges, SolveControl control) {
    if (pinnedEdges.length == 0) {
      int[] identity = new int[full.edgeCount()];
      for (int e = 0; e < identity.length; e++) {
        identity[e] = e;
      }
      return new ResidualGraph(full, identity);
    }
    int[] capacity = full.capacities();
    boolean[] pinned = new boolean[full.edgeCount()];
    for (int e : pinnedEdges) {
      pinned[e] = true;
      capacity[full.u(e)]--;
      capacity[full.v(e)]--;
    }
    int n = full.vertexCount();
    CandidateGraphBuilder builder =
        full.isBipartite()
            ? CandidateGraphBuilder.bipartite(full.leftCount(), full.rightCount())
            : CandidateGraphBuilder.general(n);
    for (int x = 0; x < n; x++) {
      builder.capacity(x, Math.max(1, capacity[x]));
    }
    int kept = 0;
    int[] original = new int[full.edgeCount()];
    for (int e = 0; e < full.edgeCount(); e++) {
      int u = full.u(e);
      int v = full.v(e);
      if (!pinned[e] && capacity[u] > 0 && capacity[v] > 0) {
        builder.addEdge(u, v, full.weight(e), full.relevance(e));
        original[kept++] = e;
      }
    }
    // Edges arrive in (u, v) order and without duplicates, so the builder keeps their order and
    // residual edge r is original[r].
    return new ResidualGraph(builder.build(control), java.util.Arrays.copyOf(original, kept));
  }
}
