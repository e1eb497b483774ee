package io.peermatch.core.kernel.general;

import io.peermatch.core.graph.CandidateGraph;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.util.SupplierUtil;

/**
 * JGraphT's Blossom V port as an independent reference. {@code KolmogorovWeightedMatching} with
 * {@code ObjectiveSense.MAXIMIZE} computes a maximum-weight matching that need not be perfect (its
 * javadoc: it reduces to a perfect matching on a doubled graph whose copies are joined by zero
 * edges), which is exactly our problem.
 */
final class JGraphTReference {

  private JGraphTReference() {}

  static Graph<Integer, DefaultWeightedEdge> toJGraphT(CandidateGraph g) {
    // Kolmogorov's reduction adds a copy of every vertex, so the graph needs a vertex supplier.
    Graph<Integer, DefaultWeightedEdge> j =
        new SimpleWeightedGraph<>(
            SupplierUtil.createIntegerSupplier(g.vertexCount()),
            SupplierUtil.DEFAULT_WEIGHTED_EDGE_SUPPLIER);
    for (int v = 0; v < g.vertexCount(); v++) {
      j.addVertex(v);
    }
    for (int e = 0; e < g.edgeCount(); e++) {
      DefaultWeightedEdge edge = j.addEdge(g.u(e), g.v(e));
      j.setEdgeWeight(edge, g.weight(e));
    }
    return j;
  }

  static double maxWeight(CandidateGraph g) {
    return new KolmogorovWeightedMatching<>(toJGraphT(g), ObjectiveSense.MAXIMIZE)
        .getMatching()
        .getWeight();
  }
}
