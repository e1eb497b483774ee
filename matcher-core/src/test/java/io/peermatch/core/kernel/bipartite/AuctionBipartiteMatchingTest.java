package io.peermatch.core.kernel.bipartite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class AuctionBipartiteMatchingTest {

  @Property(tries = 1500, seed = "31")
  void solve_boundHoldsAndIsProven(@ForAll long seed) {
    CandidateGraph g = BipartiteInstances.small(seed, 7, false);
    double optimum = SuccessiveShortestPathBipartiteMatching.solve(g).weight();
    AuctionBipartiteMatching.Result r = AuctionBipartiteMatching.solve(g, 0.5);
    assertFeasible(g, r.edges());
    assertThat(r.weight()).isEqualTo(g.totalWeight(r.edges()));
    assertThat(r.weight()).isLessThanOrEqualTo(optimum + 1e-9);
    assertThat(r.upperBound()).isGreaterThanOrEqualTo(optimum - 1e-6 * Math.max(1, optimum));
    assertThat(r.weight()).isGreaterThanOrEqualTo(r.upperBound() - r.gapBound() - 1e-9);
  }

  @Property(tries = 300, seed = "32")
  void solve_integerWeights_withinProvenGap(@ForAll long seed) {
    CandidateGraph g = BipartiteInstances.sparse(seed, 30, 30, 4, 50, 1);
    double optimum = SuccessiveShortestPathBipartiteMatching.solve(g).weight();
    AuctionBipartiteMatching.Result r = AuctionBipartiteMatching.solve(g, 1.0 / 31);
    assertFeasible(g, r.edges());
    assertThat(r.weight()).isGreaterThanOrEqualTo(optimum - r.gapBound() - 1e-9);
    if (r.gapBound() < 1.0) {
      assertThat(r.weight()).isEqualTo(optimum);
    }
  }

  @Test
  void solve_capacities_rejected() {
    CandidateGraph g =
        CandidateGraphBuilder.bipartite(1, 1).capacity(0, 2).addEdge(0, 1, 1).build();
    assertThatThrownBy(() -> AuctionBipartiteMatching.solve(g, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity must be 1 for the auction but was 2 for vertex 0");
  }

  @Test
  void solve_badEpsilon_rejected() {
    CandidateGraph g = CandidateGraphBuilder.bipartite(1, 1).addEdge(0, 1, 1).build();
    assertThatThrownBy(() -> AuctionBipartiteMatching.solve(g, 0.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("epsilon must be positive and finite but was 0.0");
  }

  private static void assertFeasible(CandidateGraph g, int[] edges) {
    int[] load = new int[g.vertexCount()];
    for (int e : edges) {
      assertThat(g.weight(e)).isPositive();
      assertThat(++load[g.u(e)]).isLessThanOrEqualTo(1);
      assertThat(++load[g.v(e)]).isLessThanOrEqualTo(1);
    }
  }
}
