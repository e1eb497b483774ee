package io.peermatch.core.internal.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import io.peermatch.core.kernel.KernelResult;
import io.peermatch.core.kernel.bipartite.ExactBipartiteMatching;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The strategies' kernel choice by shape: whichever kernel runs, the answer is the optimum. */
class KernelChoiceTest {

  @Property(tries = 1000, seed = "20261210")
  void maxWeightAndAuction_onDenseAndSparseShapes_matchBruteForce(@ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int left = 1 + random.nextInt(6);
    int right = 1 + random.nextInt(6);
    double fill = random.nextBoolean() ? 1.0 : random.nextDouble() * 0.5;
    CandidateGraphBuilder b = CandidateGraphBuilder.bipartite(left, right);
    for (int u = 0; u < left; u++) {
      for (int v = 0; v < right; v++) {
        if (random.nextDouble() < fill) {
          b.addEdge(u, left + v, random.nextInt(-5, 100));
        }
      }
    }
    CandidateGraph g = b.build();
    double optimum = bruteForce(g, 0, new boolean[g.vertexCount()]);
    KernelResult exact = MaxWeightStrategy.solve(g);
    assertThat(g.totalWeight(exact.edges())).isCloseTo(optimum, within(1e-9));
    assertThat(exact.values().get("dual_bound")).isCloseTo(optimum, within(1e-6));
    KernelResult auction = AuctionStrategy.solve(g);
    double weight = g.totalWeight(auction.edges());
    assertThat(weight + auction.values().get("gap_bound")).isGreaterThanOrEqualTo(optimum - 1e-9);
    if (ExactBipartiteMatching.denseFill(g) >= AuctionStrategy.DENSE_MIN_FILL) {
      assertThat(weight).isCloseTo(optimum, within(1e-9));
      assertThat(auction.values().get("gap_bound")).isZero();
    }
  }

  @Property(tries = 1000, seed = "20261211")
  void maxWeight_onPools_bipartiteOrNot_matchesBruteForceWithACertificate(@ForAll long seed) {
    // Half of the pools split into two sides (the bipartite kernel answers), half are arbitrary.
    SplittableRandom random = new SplittableRandom(seed);
    int n = 2 + random.nextInt(9);
    boolean twoSided = random.nextBoolean();
    int[] side = new int[n];
    for (int v = 0; v < n; v++) {
      side[v] = random.nextInt(2);
    }
    CandidateGraphBuilder b = CandidateGraphBuilder.general(n);
    for (int u = 0; u < n; u++) {
      for (int v = u + 1; v < n; v++) {
        if ((!twoSided || side[u] != side[v]) && random.nextDouble() < 0.5) {
          b.addEdge(u, v, random.nextInt(-5, 100));
        }
      }
    }
    CandidateGraph g = b.build();
    double optimum = bruteForce(g, 0, new boolean[n]);
    io.peermatch.core.kernel.general.GeneralMatchingResult r =
        io.peermatch.core.kernel.general.ExactGeneralMatching.solve(g);
    assertThat(r.weight()).isCloseTo(optimum, within(1e-9));
    assertThat(
            io.peermatch.core.kernel.general.GeneralMatchingChecker.optimalityViolation(
                g, r.edges(), r.certificate()))
        .isNull();
    KernelResult k = MaxWeightStrategy.solve(g);
    assertThat(g.totalWeight(k.edges())).isCloseTo(optimum, within(1e-9));
  }

  @org.junit.jupiter.api.Test
  void exactGeneral_largeTwoSidedPool_certifiedAndEqualToBlossom() {
    SplittableRandom random = new SplittableRandom(99);
    int n = 3000;
    CandidateGraphBuilder b = CandidateGraphBuilder.general(2 * n);
    for (int u = 0; u < n; u++) {
      for (int k = 0; k < 8; k++) {
        b.addEdge(u, n + random.nextInt(n), 1 + random.nextInt(1_000_000));
      }
    }
    CandidateGraph g = b.build();
    io.peermatch.core.kernel.general.GeneralMatchingResult r =
        io.peermatch.core.kernel.general.ExactGeneralMatching.solve(g);
    assertThat(
            io.peermatch.core.kernel.general.GeneralMatchingChecker.optimalityViolation(
                g, r.edges(), r.certificate()))
        .isNull();
    assertThat(r.weight())
        .isEqualTo(io.peermatch.core.kernel.general.BlossomMaximumWeightMatching.solve(g).weight());
  }

  /** The heaviest matching over edges {@code e..}: take edge e or not. */
  private static double bruteForce(CandidateGraph g, int e, boolean[] used) {
    if (e == g.edgeCount()) {
      return 0.0;
    }
    double best = bruteForce(g, e + 1, used);
    int u = g.u(e);
    int v = g.v(e);
    if (!used[u] && !used[v] && g.weight(e) > 0) {
      used[u] = true;
      used[v] = true;
      best = Math.max(best, g.weight(e) + bruteForce(g, e + 1, used));
      used[u] = false;
      used[v] = false;
    }
    return best;
  }
}
