package io.peermatch.core.kernel.general;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * What every one-pool matching kernel must satisfy, whatever its guarantee: a feasible matching of
 * graph edges, a consistent weight and mate array, no edge of weight at most 0, at least half the
 * optimum (every kernel here is at least a 1/2-approximation) and never more, determinism. Each
 * kernel's test is a subclass naming the kernel.
 */
abstract class GeneralMatchingContractTest {

  abstract GeneralMatchingResult solve(CandidateGraph graph);

  @Property(tries = 800, seed = "20261129")
  void contract_holdsOnSmallRandomGraphs(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = r.nextInt(11);
    CandidateGraph g = SmallGraphs.random(r, n, 0.15 + 0.5 * r.nextDouble(), r.nextInt(4));
    if (g.edgeCount() > 22) {
      return;
    }
    GeneralMatchingResult result = solve(g);
    assertThat(GeneralMatchingChecker.feasibilityViolation(g, result.edges())).isNull();
    assertThat(result.weight()).isEqualTo(g.totalWeight(result.edges()));
    int[] mate = result.mate();
    int matched = 0;
    for (int v = 0; v < n; v++) {
      if (mate[v] >= 0) {
        matched++;
        assertThat(mate[mate[v]]).isEqualTo(v);
      }
    }
    assertThat(matched).isEqualTo(2 * result.size());
    for (int e : result.edges()) {
      assertThat(g.weight(e)).isPositive();
      assertThat(mate[g.u(e)]).isEqualTo(g.v(e));
    }
    double opt = BruteForceGeneralMatching.maxWeight(g);
    assertThat(result.weight()).isBetween(opt / 2 - 1e-9, opt + 1e-9);
    assertThat(solve(g).edges()).containsExactly(result.edges());
  }

  @Test
  void contract_emptyAndIsolated() {
    assertThat(solve(CandidateGraphBuilder.general(0).build()).size()).isZero();
    CandidateGraph isolated = CandidateGraphBuilder.general(4).addEdge(1, 2, 3).build();
    GeneralMatchingResult result = solve(isolated);
    assertThat(result.size()).isEqualTo(1);
    assertThat(result.mate()).containsExactly(-1, 2, 1, -1);
  }
}
