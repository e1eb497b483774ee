package io.peermatch.core.kernel.bipartite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DenseBipartiteMatchingTest {

  @Property(tries = 3000, seed = "20261205")
  void solve_matchesBruteForce_oneToOne(@ForAll long seed) {
    assertOptimal(BipartiteInstances.small(seed, 6, false));
  }

  @Property(tries = 3000, seed = "20261206")
  void solve_matchesBruteForce_capacitiesOnOneSide(@ForAll long seed) {
    assertOptimal(oneSideCapacities(seed, 5));
  }

  @Property(tries = 200, seed = "20261207")
  void solve_exactCertificate_onMediumDenseIntegers(@ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int left = 1 + random.nextInt(80);
    int right = 1 + random.nextInt(80);
    CandidateGraph g = dense(random, left, right, random.nextDouble(), 1 + random.nextInt(1000));
    BipartiteMatchingResult r = DenseBipartiteMatching.solve(g);
    assertThat(MaximumWeightBipartiteMatchingChecker.findExactViolation(g, r)).isEmpty();
    assertThat(r.weight()).isEqualTo(SuccessiveShortestPathBipartiteMatching.solve(g).weight());
  }

  @Test
  void solve_exactCertificate_onLargeComplete() {
    SplittableRandom random = new SplittableRandom(500);
    CandidateGraph g = dense(random, 500, 500, 1.0, 500_000);
    BipartiteMatchingResult r = DenseBipartiteMatching.solve(g);
    assertThat(MaximumWeightBipartiteMatchingChecker.findExactViolation(g, r)).isEmpty();
    assertThat(r.size()).isEqualTo(500);
  }

  @Test
  void solve_rectangularWithCapacities_certified() {
    SplittableRandom random = new SplittableRandom(9);
    CandidateGraphBuilder b = CandidateGraphBuilder.bipartite(40, 300);
    for (int u = 0; u < 40; u++) {
      b.capacity(u, 1 + random.nextInt(4));
      for (int v = 0; v < 300; v++) {
        b.addEdge(u, 40 + v, random.nextInt(-50, 1000));
      }
    }
    CandidateGraph g = b.build();
    BipartiteMatchingResult r = DenseBipartiteMatching.solve(g);
    assertThat(MaximumWeightBipartiteMatchingChecker.findExactViolation(g, r)).isEmpty();
    assertThat(r.weight()).isEqualTo(SuccessiveShortestPathBipartiteMatching.solve(g).weight());
  }

  @Test
  void solve_capacitiesOnBothSides_rejected() {
    CandidateGraph g =
        CandidateGraph.of(2, 1, new int[] {0}, new int[] {1}, new double[] {1}, new int[] {2, 2});
    assertThat(DenseBipartiteMatching.matrixEntries(g)).isEqualTo(-1);
    assertThatThrownBy(() -> DenseBipartiteMatching.solve(g))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacity 1 on at least one side");
  }

  @Test
  void solve_emptySides() {
    CandidateGraph g = CandidateGraphBuilder.bipartite(0, 3).build();
    assertThat(DenseBipartiteMatching.solve(g).size()).isZero();
    CandidateGraph h = CandidateGraphBuilder.bipartite(2, 0).build();
    assertThat(DenseBipartiteMatching.solve(h).size()).isZero();
  }

  @Property(tries = 1000, seed = "20261208")
  void exact_choosesByShape_andIsOptimalEitherWay(@ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    CandidateGraph g =
        random.nextBoolean()
            ? oneSideCapacities(seed, 6)
            : BipartiteInstances.small(seed, 6, random.nextBoolean());
    BipartiteMatchingResult r = ExactBipartiteMatching.solve(g);
    assertThat(MaximumWeightBipartiteMatchingChecker.findViolation(g, r)).isEmpty();
    double expected = BruteForceBipartiteMatching.maximumWeight(g);
    assertThat(r.weight()).isCloseTo(expected, within(1e-6 * Math.max(1.0, Math.abs(expected))));
  }

  @Test
  void choose_denseForCompleteGraphs_sparseForSparseOnes() {
    SplittableRandom random = new SplittableRandom(3);
    assertThat(ExactBipartiteMatching.choose(dense(random, 50, 60, 1.0, 100)))
        .isEqualTo(ExactBipartiteMatching.Kernel.DENSE);
    assertThat(ExactBipartiteMatching.choose(BipartiteInstances.sparse(1, 500, 500, 8, 100, 1)))
        .isEqualTo(ExactBipartiteMatching.Kernel.SPARSE);
    // Capacities on both sides rule the dense reduction out, however full the graph.
    assertThat(ExactBipartiteMatching.choose(BipartiteInstances.sparse(1, 20, 20, 40, 100, 3)))
        .isEqualTo(ExactBipartiteMatching.Kernel.SPARSE);
  }

  private static void assertOptimal(CandidateGraph g) {
    double expected = BruteForceBipartiteMatching.maximumWeight(g);
    BipartiteMatchingResult r = DenseBipartiteMatching.solve(g);
    assertThat(MaximumWeightBipartiteMatchingChecker.findViolation(g, r)).isEmpty();
    assertThat(r.weight()).isCloseTo(expected, within(1e-6 * Math.max(1.0, Math.abs(expected))));
    assertThat(g.totalWeight(r.edges())).isEqualTo(r.weight());
  }

  /** A small random graph with capacities 1..3 on one side only (chosen at random). */
  private static CandidateGraph oneSideCapacities(long seed, int maxSide) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int left = random.nextInt(maxSide + 1);
    int right = random.nextInt(maxSide + 1);
    CandidateGraphBuilder b = CandidateGraphBuilder.bipartite(left, right);
    boolean leftSide = random.nextBoolean();
    for (int x = leftSide ? 0 : left; x < (leftSide ? left : left + right); x++) {
      b.capacity(x, 1 + random.nextInt(3));
    }
    double density = random.nextDouble();
    for (int u = 0; u < left; u++) {
      for (int v = 0; v < right; v++) {
        if (random.nextDouble() < density) {
          b.addEdge(u, left + v, random.nextInt(-3, 8));
        }
      }
    }
    return b.build();
  }

  private static CandidateGraph dense(
      SplittableRandom random, int left, int right, double fill, int maxWeight) {
    CandidateGraphBuilder b = CandidateGraphBuilder.bipartite(left, right);
    for (int u = 0; u < left; u++) {
      for (int v = 0; v < right; v++) {
        if (random.nextDouble() < fill) {
          b.addEdge(u, left + v, random.nextInt(-maxWeight / 10, maxWeight + 1));
        }
      }
    }
    return b.build();
  }
}
