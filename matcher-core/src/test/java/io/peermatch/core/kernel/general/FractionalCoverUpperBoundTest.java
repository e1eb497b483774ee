package io.peermatch.core.kernel.general;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The fractional-cover bound is a proof: its cover is feasible (checked edge by edge here) and its
 * value is never below the optimum of the exact blossom kernel, whatever matching it is fitted to
 * and however many passes it runs.
 */
class FractionalCoverUpperBoundTest {

  @Property(tries = 3000, seed = "20261129")
  void bound_isAtLeastTheBlossomOptimum(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = r.nextInt(30);
    CandidateGraph g =
        n < 2
            ? SmallGraphs.random(r, n, 0.5, 0)
            : r.nextBoolean()
                ? SmallGraphs.random(r, n, (1.0 + 5 * r.nextDouble()) / n, r.nextInt(4))
                : SmallGraphs.nestedBlossoms(r, 1 + r.nextInt(2), r.nextInt(6));
    GeneralMatchingResult opt = BlossomMaximumWeightMatching.solve(g);
    int[] mate = fittedTo(g, r, opt);
    int passes = r.nextInt(10);
    double bound = FractionalCoverUpperBound.of(g, mate, passes);
    assertThat(bound).isGreaterThanOrEqualTo(opt.weight());
    double[] y = FractionalCoverUpperBound.cover(WeightSortedAdjacency.of(g), mate, passes);
    assertFeasible(g, y);
    assertThat(bound).isGreaterThanOrEqualTo(Arrays.stream(y).sum() - 1e-12);
  }

  @Property(tries = 1000, seed = "20261129")
  void bound_onTinyGraphs_atLeastBruteForce(@ForAll long seed) {
    CandidateGraph g = tinyGraph(seed);
    if (g == null) {
      return;
    }
    GeneralMatchingResult improved = SuitorMatching.solveImprovedWithBound(g);
    double opt = BruteForceGeneralMatching.maxWeight(g);
    assertThat(improved.upperBound()).isGreaterThanOrEqualTo(opt);
    assertThat(improved.upperBound()).isGreaterThanOrEqualTo(improved.weight());
  }

  /**
   * The strategy's bound on two threads (fitted to the suitor matching beside the search, then to
   * the result) is the one-thread bound, and at least the optimum.
   */
  @Property(tries = 1000, seed = "20261205")
  void boundFittedBesideTheSearch_onTwoThreads_isTheOneThreadBound(@ForAll long seed) {
    CandidateGraph g = tinyGraph(seed);
    if (g == null) {
      return;
    }
    GeneralMatchingResult one = SuitorMatching.solveImprovedWithBound(g, SolveControl.none(), 1);
    GeneralMatchingResult two = SuitorMatching.solveImprovedWithBound(g, SolveControl.none(), 2);
    assertThat(two.edges()).isEqualTo(one.edges());
    assertThat(two.upperBound()).isEqualTo(one.upperBound());
    assertThat(two.upperBound()).isGreaterThanOrEqualTo(BruteForceGeneralMatching.maxWeight(g));
  }

  /** A seeded random graph of fewer than 10 vertices, or null when it has more than 20 edges. */
  private static CandidateGraph tinyGraph(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = r.nextInt(10);
    CandidateGraph g = SmallGraphs.random(r, n, 0.2 + 0.6 * r.nextDouble(), r.nextInt(4));
    return g.edgeCount() > 20 ? null : g;
  }

  /** The triangle: the fractional optimum (1/2 on each vertex) is 3/2 the integral one. */
  @Test
  void triangle_boundIsTheFractionalOptimum() {
    CandidateGraph g =
        CandidateGraph.of(
            3, -1, new int[] {0, 1, 0}, new int[] {1, 2, 2}, new double[] {1, 1, 1}, null);
    int[] mate = SuitorMatching.solve(g).mate();
    assertThat(FractionalCoverUpperBound.of(g, mate)).isCloseTo(1.5, within(1e-9));
  }

  /** A bipartite path: fitted to the optimal matching, the cover is tight. */
  @Test
  void path_fittedToTheOptimum_isTight() {
    CandidateGraph g =
        CandidateGraph.of(
            4, -1, new int[] {0, 1, 2}, new int[] {1, 2, 3}, new double[] {2, 3, 2}, null);
    int[] mate = {1, 0, 3, 2};
    assertThat(FractionalCoverUpperBound.of(g, mate)).isCloseTo(4.0, within(1e-9));
    // Fitted to the greedy matching (the middle edge) it is still a bound.
    assertThat(FractionalCoverUpperBound.of(g, new int[] {-1, 2, 1, -1}))
        .isGreaterThanOrEqualTo(4.0);
  }

  @Test
  void of_rejectsABadMateArrayAndNegativePasses() {
    CandidateGraph g =
        CandidateGraph.of(3, -1, new int[] {0}, new int[] {1}, new double[] {1}, null);
    assertThatThrownBy(() -> FractionalCoverUpperBound.of(g, new int[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mate must have one entry per vertex (3) but had 2");
    assertThatThrownBy(() -> FractionalCoverUpperBound.of(g, new int[] {1, 0, -1}, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("passes must be at least 0 but was -1");
    assertThatThrownBy(() -> FractionalCoverUpperBound.of(g, new int[] {1, 0, 3}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mate must be -1 or another vertex but was 3 for vertex 2");
    assertThatThrownBy(() -> FractionalCoverUpperBound.of(g, new int[] {0, -1, -1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mate must be -1 or another vertex but was 0 for vertex 0");
  }

  /** The optimum, the suitor, the improved suitor, nothing, or a random partial matching. */
  private static int[] fittedTo(CandidateGraph g, SplittableRandom r, GeneralMatchingResult opt) {
    switch (r.nextInt(5)) {
      case 0:
        return opt.mate();
      case 1:
        return SuitorMatching.solve(g).mate();
      case 2:
        return SuitorMatching.solveImproved(g).mate();
      case 3:
        int[] none = new int[g.vertexCount()];
        Arrays.fill(none, -1);
        return none;
      default:
        int[] mate = new int[g.vertexCount()];
        Arrays.fill(mate, -1);
        for (int e = 0; e < g.edgeCount(); e++) {
          if (mate[g.u(e)] < 0 && mate[g.v(e)] < 0 && r.nextBoolean()) {
            mate[g.u(e)] = g.v(e);
            mate[g.v(e)] = g.u(e);
          }
        }
        return mate;
    }
  }

  private static void assertFeasible(CandidateGraph g, double[] y) {
    for (int v = 0; v < y.length; v++) {
      assertThat(y[v]).as("y(%d)", v).isGreaterThanOrEqualTo(0.0);
    }
    for (int e = 0; e < g.edgeCount(); e++) {
      assertThat(y[g.u(e)] + y[g.v(e)])
          .as("edge %d-%d", g.u(e), g.v(e))
          .isGreaterThanOrEqualTo(g.weight(e));
    }
  }
}
