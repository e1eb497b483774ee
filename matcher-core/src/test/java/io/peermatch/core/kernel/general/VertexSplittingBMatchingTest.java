package io.peermatch.core.kernel.general;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class VertexSplittingBMatchingTest {

  @Property(tries = 1500, seed = "20261129")
  void solve_randomCapacities_equalsBruteForce(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 1 + r.nextInt(8);
    CandidateGraph plain = SmallGraphs.random(r, n, 0.2 + 0.6 * r.nextDouble(), r.nextInt(4));
    if (plain.edgeCount() > 18) {
      return;
    }
    int[] capacity = new int[n];
    for (int v = 0; v < n; v++) {
      capacity[v] = 1 + r.nextInt(3);
    }
    CandidateGraph g = withCapacities(plain, capacity);
    GeneralMatchingResult result = VertexSplittingBMatching.solve(g);
    assertThat(GeneralMatchingChecker.feasibilityViolation(g, result.edges())).isNull();
    assertThat(result.weight()).isCloseTo(g.totalWeight(result.edges()), within(1e-9));
    assertThat(result.weight()).isCloseTo(BruteForceGeneralMatching.maxWeight(g), within(1e-9));
  }

  @Test
  void solve_oneWantsTwoPeers() {
    // 0 wants two peers; 1, 2 and 3 one each. Best: 0-1 (5) + 0-2 (4), 3 alone (3-1 is 1).
    CandidateGraph g =
        CandidateGraphBuilder.general(4)
            .capacity(0, 2)
            .addEdge(0, 1, 5)
            .addEdge(0, 2, 4)
            .addEdge(1, 3, 1)
            .build();
    GeneralMatchingResult result = VertexSplittingBMatching.solve(g);
    assertThat(result.weight()).isEqualTo(9.0);
    assertThat(result.size()).isEqualTo(2);
    assertThat(result.mate()).isNull();
  }

  @Test
  void solve_twoSplitEndsUseTheirEdgeOnce() {
    // Both ends want two peers but there is one edge between them: it is used once.
    CandidateGraph g =
        CandidateGraphBuilder.general(3)
            .capacity(0, 2)
            .capacity(1, 2)
            .addEdge(0, 1, 7)
            .addEdge(0, 2, 1)
            .addEdge(1, 2, 1)
            .build();
    GeneralMatchingResult result = VertexSplittingBMatching.solve(g);
    assertThat(result.weight()).isEqualTo(8.0);
    assertThat(GeneralMatchingChecker.feasibilityViolation(g, result.edges())).isNull();
  }

  private static CandidateGraph withCapacities(CandidateGraph g, int[] capacity) {
    CandidateGraphBuilder b = CandidateGraphBuilder.general(g.vertexCount()).capacities(capacity);
    for (int e = 0; e < g.edgeCount(); e++) {
      b.addEdge(g.u(e), g.v(e), g.weight(e));
    }
    return b.build();
  }
}
