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

  @Property(tries = 200, seed = "33")
  void exactPath_offsetWeights_excessBidders_certified(@ForAll long seed) {
    // A large common offset with more bidders than objects: prices must climb the whole magnitude
    // against staying unmatched, where a start from the spread alone would creep (the restart).
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    int left = 2 + random.nextInt(40);
    int right = 1 + random.nextInt(left);
    int spread = 1 + random.nextInt(random.nextBoolean() ? 3 : 1000);
    CandidateGraphBuilder b = CandidateGraphBuilder.bipartite(left, right);
    for (int u = 0; u < left; u++) {
      for (int v = 0; v < right; v++) {
        if (random.nextInt(3) > 0) {
          b.addEdge(u, left + v, 1_000_000_000L + random.nextInt(spread));
        }
      }
    }
    CandidateGraph g = b.build();
    BipartiteMatchingResult r = SuccessiveShortestPathBipartiteMatching.solve(g);
    assertThat(MaximumWeightBipartiteMatchingChecker.findExactViolation(g, r)).isEmpty();
    assertThat(r.weight())
        .isEqualTo(SuccessiveShortestPathBipartiteMatching.solveByShortestPaths(g).weight());
    AuctionBipartiteMatching.Result a = AuctionBipartiteMatching.solve(g, 1.0 / (left + 1));
    assertFeasible(g, a.edges());
    assertThat(a.weight()).isGreaterThanOrEqualTo(r.weight() - a.gapBound() - 1e-6);
  }

  @Test
  void exactPath_equalWeightsManyBidders_restartsFromTheMagnitude() {
    // 2,000 bidders, 50 objects, every weight 10^12: from the spread (0) the first epsilon would
    // be 1 and the 1,950 losers would bid prices up one unit at a time.
    CandidateGraphBuilder b = CandidateGraphBuilder.bipartite(2000, 50);
    for (int u = 0; u < 2000; u++) {
      for (int v = 0; v < 50; v++) {
        b.addEdge(u, 2000 + v, 1e12);
      }
    }
    CandidateGraph g = b.build();
    BipartiteMatchingResult r = SuccessiveShortestPathBipartiteMatching.solve(g);
    assertThat(MaximumWeightBipartiteMatchingChecker.findExactViolation(g, r)).isEmpty();
    assertThat(r.size()).isEqualTo(50);
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
