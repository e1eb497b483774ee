package io.peermatch.jgrapht;

import io.peermatch.core.graph.CandidateGraph;
import java.util.Arrays;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Converts between a {@link CandidateGraph} and JGraphT: the one place where JGraphT types appear
 * in a public signature, so that researchers can run JGraphT's algorithms on our instances and
 * compare answers edge by edge.
 *
 * <p>Vertices keep their ints (boxed as {@link Integer}); each candidate edge becomes one {@link
 * DefaultWeightedEdge} with the same weight; capacities are dropped (JGraphT's matchings are
 * one-to-one). Conversion costs {@code O(n + m)} objects, which is why kernels never use it.
 */
public final class JGraphTAdapter {

  private JGraphTAdapter() {}

  /**
   * A simple weighted JGraphT graph with the vertices {@code 0 .. n-1} and the edges of {@code g}.
   */
  public static Graph<Integer, DefaultWeightedEdge> toGraph(CandidateGraph g) {
    SimpleWeightedGraph<Integer, DefaultWeightedEdge> graph =
        new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    for (int x = 0; x < g.vertexCount(); x++) {
      graph.addVertex(x);
    }
    for (int e = 0; e < g.edgeCount(); e++) {
      DefaultWeightedEdge edge = graph.addEdge(g.u(e), g.v(e));
      graph.setEdgeWeight(edge, g.weight(e));
    }
    return graph;
  }

  /** The left side {@code 0 .. leftCount-1} of a bipartite graph, as JGraphT's partitions want. */
  public static Set<Integer> leftSide(CandidateGraph g) {
    return range(0, g.leftCount());
  }

  /** The right side {@code leftCount .. n-1} of a bipartite graph. */
  public static Set<Integer> rightSide(CandidateGraph g) {
    return range(g.leftCount(), g.vertexCount());
  }

  /**
   * The ids in {@code g} of the edges of a JGraphT matching computed on {@link
   * #toGraph(CandidateGraph)}, ascending.
   *
   * @throws IllegalArgumentException if an edge of the matching is not an edge of {@code g}
   */
  public static int[] toEdgeIds(
      CandidateGraph g,
      Graph<Integer, DefaultWeightedEdge> graph,
      MatchingAlgorithm.Matching<Integer, DefaultWeightedEdge> matching) {
    int[] ids = new int[matching.getEdges().size()];
    int k = 0;
    for (DefaultWeightedEdge edge : matching.getEdges()) {
      int x = graph.getEdgeSource(edge);
      int y = graph.getEdgeTarget(edge);
      int id = g.edgeBetween(Math.min(x, y), Math.max(x, y));
      if (id < 0) {
        throw new IllegalArgumentException(
            "edge (" + x + ", " + y + ") is not in the candidate graph");
      }
      ids[k++] = id;
    }
    Arrays.sort(ids);
    return ids;
  }

  private static Set<Integer> range(int from, int to) {
    Set<Integer> set = new java.util.LinkedHashSet<>();
    for (int x = from; x < to; x++) {
      set.add(x);
    }
    return set;
  }
}
