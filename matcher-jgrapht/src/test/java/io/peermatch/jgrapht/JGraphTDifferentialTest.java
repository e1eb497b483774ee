package io.peermatch.jgrapht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import io.peermatch.core.kernel.bipartite.BipartiteMatchingResult;
import io.peermatch.core.kernel.bipartite.DenseAssignment;
import io.peermatch.core.kernel.bipartite.JonkerVolgenantAssignment;
import io.peermatch.core.kernel.bipartite.MaximumWeightBipartiteMatchingChecker;
import io.peermatch.core.kernel.bipartite.SuccessiveShortestPathBipartiteMatching;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

/** Our kernels against JGraphT's on the same seeded instances, through the adapter. */
class JGraphTDifferentialTest {

  @Property(tries = 2000, seed = "21")
  void sparse_agreesWithMaximumWeightBipartiteMatching(@ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int left = random.nextInt(1, 10);
    int right = random.nextInt(1, 10);
    CandidateGraphBuilder b = CandidateGraphBuilder.bipartite(left, right);
    double density = random.nextDouble();
    for (int u = 0; u < left; u++) {
      for (int v = 0; v < right; v++) {
        if (random.nextDouble() < density) {
          b.addEdge(u, left + v, random.nextInt(-5, 30));
        }
      }
    }
    CandidateGraph g = b.build();
    Graph<Integer, DefaultWeightedEdge> graph = JGraphTAdapter.toGraph(g);
    MatchingAlgorithm.Matching<Integer, DefaultWeightedEdge> theirs =
        new MaximumWeightBipartiteMatching<>(
                graph, JGraphTAdapter.leftSide(g), JGraphTAdapter.rightSide(g))
            .getMatching();
    BipartiteMatchingResult ours = SuccessiveShortestPathBipartiteMatching.solve(g);
    assertThat(MaximumWeightBipartiteMatchingChecker.findViolation(g, ours)).isEmpty();
    int[] theirEdges = JGraphTAdapter.toEdgeIds(g, graph, theirs);
    // JGraphT may keep zero-weight edges; only the weight has to agree.
    assertThat(ours.weight()).isEqualTo(g.totalWeight(theirEdges));
    assertThat(theirs.getWeight()).isEqualTo(ours.weight());
  }

  @Property(tries = 1000, seed = "22")
  void dense_agreesWithKuhnMunkres(@ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = random.nextInt(1, 9);
    double[] cost = new double[n * n];
    CandidateGraphBuilder b = CandidateGraphBuilder.bipartite(n, n);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        cost[i * n + j] = random.nextInt(0, 20);
        b.addEdge(i, n + j, cost[i * n + j]);
      }
    }
    CandidateGraph g = b.build();
    Graph<Integer, DefaultWeightedEdge> graph = JGraphTAdapter.toGraph(g);
    MatchingAlgorithm.Matching<Integer, DefaultWeightedEdge> theirs =
        new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(
                graph, JGraphTAdapter.leftSide(g), JGraphTAdapter.rightSide(g))
            .getMatching();
    DenseAssignment ours = JonkerVolgenantAssignment.minimizeCost(cost, n, n);
    assertThat(ours.objective()).isCloseTo(theirs.getWeight(), within(1e-9));
    assertThat(JGraphTAdapter.toEdgeIds(g, graph, theirs)).hasSize(n);
  }

  @Test
  void toGraph_keepsVerticesEdgesAndWeights() {
    CandidateGraph g =
        CandidateGraphBuilder.bipartite(2, 3).addEdge(0, 3, 1.5).addEdge(1, 2, -2.0).build();
    Graph<Integer, DefaultWeightedEdge> graph = JGraphTAdapter.toGraph(g);
    assertThat(graph.vertexSet()).containsExactly(0, 1, 2, 3, 4);
    assertThat(graph.edgeSet()).hasSize(2);
    assertThat(graph.getEdgeWeight(graph.getEdge(3, 0))).isEqualTo(1.5);
    assertThat(graph.getEdgeWeight(graph.getEdge(1, 2))).isEqualTo(-2.0);
    assertThat(JGraphTAdapter.leftSide(g)).containsExactly(0, 1);
    assertThat(JGraphTAdapter.rightSide(g)).containsExactly(2, 3, 4);
  }
}
