package io.peermatch.core.kernel.bipartite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SuccessiveShortestPathBipartiteMatchingTest {

  @Property(tries = 3000, seed = "20261129")
  void solve_matchesBruteForce_oneToOne(@ForAll long seed) {
    CandidateGraph g = BipartiteInstances.small(seed, 6, false);
    assertOptimal(g);
  }

  @Property(tries = 3000, seed = "20261130")
  void solve_matchesBruteForce_withCapacities(@ForAll long seed) {
    CandidateGraph g = BipartiteInstances.small(seed, 5, true);
    assertOptimal(g);
  }

  @Property(tries = 300, seed = "7")
  void solve_certifiedOnMediumSparse(@ForAll long seed) {
    long s = seed;
    CandidateGraph g =
        BipartiteInstances.sparse(s, 40 + Math.floorMod(s, 40), 50, 5, 20, Math.floorMod(s, 3) + 1);
    BipartiteMatchingResult r = SuccessiveShortestPathBipartiteMatching.solve(g);
    assertThat(MaximumWeightBipartiteMatchingChecker.findViolation(g, r)).isEmpty();
  }

  @Test
  void solve_certifiedOnLargeSparse() {
    for (int maxCap = 1; maxCap <= 3; maxCap++) {
      CandidateGraph g = BipartiteInstances.sparse(maxCap, 2000, 2000, 8, 1000, maxCap);
      BipartiteMatchingResult r = SuccessiveShortestPathBipartiteMatching.solve(g);
      assertThat(MaximumWeightBipartiteMatchingChecker.findViolation(g, r)).isEmpty();
      BipartiteMatchingResult s = SuccessiveShortestPathBipartiteMatching.solveByShortestPaths(g);
      assertThat(MaximumWeightBipartiteMatchingChecker.findViolation(g, s)).isEmpty();
      assertThat(s.weight()).isEqualTo(r.weight());
    }
  }

  @Property(tries = 300, seed = "8")
  void solve_agreesWithShortestPathsAlone(@ForAll long seed) {
    // One-to-one integer instances try the auction path first (falling back when the auction
    // leaves a priced free vertex); the shortest-path method alone is the referee.
    CandidateGraph g = BipartiteInstances.sparse(seed, 60, 50, 6, 1 + Math.floorMod(seed, 1000), 1);
    BipartiteMatchingResult fast = SuccessiveShortestPathBipartiteMatching.solve(g);
    BipartiteMatchingResult reference =
        SuccessiveShortestPathBipartiteMatching.solveByShortestPaths(g);
    assertThat(MaximumWeightBipartiteMatchingChecker.findViolation(g, fast)).isEmpty();
    assertThat(fast.weight()).isEqualTo(reference.weight());
  }

  @Property(tries = 2000, seed = "21")
  void solveFromAuction_repairsTheAuctionAndIsCertified(@ForAll long seed) {
    // Near-perfect sparse instances are where the epsilon-scaled auction leaves objects free with
    // a price; the searches from both sides must still reach the optimum with a certificate.
    CandidateGraph g = warmStartInstance(seed);
    BipartiteMatchingResult r = SuccessiveShortestPathBipartiteMatching.solveFromAuction(g);
    assertThat(MaximumWeightBipartiteMatchingChecker.findViolation(g, r)).isEmpty();
    BipartiteMatchingResult reference =
        SuccessiveShortestPathBipartiteMatching.solveByShortestPaths(g);
    assertThat(r.weight()).isEqualTo(reference.weight());
  }

  @Property(tries = 3000, seed = "22")
  void solveFrom_anyMatchingAndPrices_reachesTheCertifiedOptimum(@ForAll long seed) {
    // Arbitrary starts put free right vertices with prices, unmatched left vertices with profit
    // and non-best matched edges everywhere: every repair path of the warm start is exercised.
    CandidateGraph g = warmStartInstance(seed);
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    int[] choice = new int[g.leftCount()];
    boolean[] taken = new boolean[g.vertexCount()];
    double maxWeight = 0.0;
    for (int u = 0; u < g.leftCount(); u++) {
      choice[u] = -1;
      for (int k = g.adjacencyStart(u); k < g.adjacencyEnd(u); k++) {
        int e = g.adjacentEdge(k);
        maxWeight = Math.max(maxWeight, g.weight(e));
        if (choice[u] < 0 && !taken[g.v(e)] && random.nextInt(3) > 0) {
          choice[u] = e;
          taken[g.v(e)] = true;
        }
      }
    }
    double scale = 1 + random.nextInt(50);
    double[] price = new double[g.vertexCount()];
    for (int v = g.leftCount(); v < g.vertexCount(); v++) {
      price[v] = random.nextInt(3) == 0 ? 0.0 : random.nextInt((int) (scale * maxWeight) + 1);
    }
    BipartiteMatchingResult r =
        SuccessiveShortestPathBipartiteMatching.solveFrom(
            g, new AuctionDualCompletion.WarmStart(choice, price, scale));
    assertThat(MaximumWeightBipartiteMatchingChecker.findViolation(g, r)).isEmpty();
    BipartiteMatchingResult reference =
        SuccessiveShortestPathBipartiteMatching.solveByShortestPaths(g);
    assertThat(r.weight()).isEqualTo(reference.weight());
  }

  @Property(tries = 2000, seed = "53")
  void solve_integerWeightsUpToTwoToThe53_areExact(@ForAll long seed) {
    // Weights near 2^53, where a double has no room left for a sum of two potentials, mixed with
    // small ones and ties; the certificate is checked in long arithmetic with no tolerance, and
    // small instances against an exact brute force.
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    int left = 1 + random.nextInt(7);
    int right = 1 + random.nextInt(7);
    int maxCap = random.nextInt(3) == 0 ? 2 : 1;
    CandidateGraphBuilder b = CandidateGraphBuilder.bipartite(left, right);
    for (int x = 0; x < left + right; x++) {
      b.capacity(x, 1 + random.nextInt(maxCap));
    }
    long top = 1L << 53;
    for (int k = random.nextInt(left * right + 1); k > 0; k--) {
      long w =
          switch (random.nextInt(4)) {
            case 0 -> top;
            case 1 -> top - random.nextInt(1 << 20);
            case 2 -> 1 + random.nextInt(10);
            default -> random.nextLong(1, top + 1);
          };
      b.addEdge(random.nextInt(left), left + random.nextInt(right), (double) w);
    }
    CandidateGraph g = b.build();
    BipartiteMatchingResult r = SuccessiveShortestPathBipartiteMatching.solve(g);
    assertThat(MaximumWeightBipartiteMatchingChecker.findExactViolation(g, r)).isEmpty();
    long weight = 0;
    for (int e : r.edges()) {
      weight += (long) g.weight(e);
    }
    assertThat(weight).isEqualTo(exactBruteForce(g, 0, new int[g.vertexCount()]));
  }

  /** The maximum weight in long arithmetic, by trying every subset of edges in order. */
  private static long exactBruteForce(CandidateGraph g, int from, int[] load) {
    long best = 0;
    for (int e = from; e < g.edgeCount(); e++) {
      int u = g.u(e);
      int v = g.v(e);
      if (g.weight(e) > 0 && load[u] < g.capacity(u) && load[v] < g.capacity(v)) {
        load[u]++;
        load[v]++;
        best = Math.max(best, (long) g.weight(e) + exactBruteForce(g, e + 1, load));
        load[u]--;
        load[v]--;
      }
    }
    return best;
  }

  private static CandidateGraph warmStartInstance(long seed) {
    int left = 5 + Math.floorMod(seed, 60);
    int right = Math.max(1, left - 5 + Math.floorMod(seed >> 8, 11));
    int degree = 1 + Math.floorMod(seed >> 16, 6);
    int[] maxWeights = {1, 3, 10, 1000, 1_000_000};
    int maxWeight = maxWeights[Math.floorMod(seed >> 24, maxWeights.length)];
    return BipartiteInstances.sparse(seed, left, right, degree, maxWeight, 1);
  }

  @Test
  void solve_squareIntegerInstance_takesTheAuctionPath() {
    CandidateGraph g = BipartiteInstances.sparse(11, 3000, 3000, 32, 1_000_000, 1);
    BipartiteMatchingResult fast = AuctionDualCompletion.trySolve(g);
    assertThat(fast).isNotNull();
    assertThat(MaximumWeightBipartiteMatchingChecker.findViolation(g, fast)).isEmpty();
    BipartiteMatchingResult reference =
        SuccessiveShortestPathBipartiteMatching.solveByShortestPaths(g);
    assertThat(fast.weight()).isEqualTo(reference.weight());
  }

  @Test
  void solve_nonIntegerWeightsOverTwentyOrdersOfMagnitude() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    CandidateGraphBuilder b = CandidateGraphBuilder.bipartite(300, 300);
    for (int u = 0; u < 300; u++) {
      for (int k = 0; k < 6; k++) {
        b.addEdge(u, 300 + random.nextInt(300), Math.pow(10, -9 + 21 * random.nextDouble()));
      }
    }
    CandidateGraph g = b.build();
    BipartiteMatchingResult r = SuccessiveShortestPathBipartiteMatching.solve(g);
    assertThat(MaximumWeightBipartiteMatchingChecker.findViolation(g, r)).isEmpty();
  }

  @Test
  void solve_skipsNonPositiveEdgesAndIsolatedVertices() {
    CandidateGraph g =
        CandidateGraphBuilder.bipartite(3, 3)
            .addEdge(0, 3, 0.0)
            .addEdge(1, 4, -5.0)
            .addEdge(1, 3, 2.0)
            .build();
    BipartiteMatchingResult r = SuccessiveShortestPathBipartiteMatching.solve(g);
    assertThat(r.edges()).containsExactly(g.edgeBetween(1, 3));
    assertThat(r.weight()).isEqualTo(2.0);
    assertThat(MaximumWeightBipartiteMatchingChecker.findViolation(g, r)).isEmpty();
  }

  @Test
  void solve_takesTwoLightEdgesOverOneHeavy() {
    // The greedy warm start takes (0, a) = 3; the optimum is (0, b) + (1, a) = 2 + 2.
    CandidateGraph g =
        CandidateGraphBuilder.bipartite(2, 2)
            .addEdge(0, 2, 3.0)
            .addEdge(0, 3, 2.0)
            .addEdge(1, 2, 2.0)
            .build();
    BipartiteMatchingResult r = SuccessiveShortestPathBipartiteMatching.solve(g);
    assertThat(r.weight()).isEqualTo(4.0);
    assertThat(MaximumWeightBipartiteMatchingChecker.findViolation(g, r)).isEmpty();
  }

  @Test
  void solve_emptyGraph() {
    CandidateGraph g = CandidateGraphBuilder.bipartite(0, 0).build();
    BipartiteMatchingResult r = SuccessiveShortestPathBipartiteMatching.solve(g);
    assertThat(r.edges()).isEmpty();
    assertThat(MaximumWeightBipartiteMatchingChecker.findViolation(g, r)).isEmpty();
  }

  @Test
  void solve_generalGraph_rejected() {
    CandidateGraph g = CandidateGraphBuilder.general(3).addEdge(0, 1, 1.0).build();
    assertThatThrownBy(() -> SuccessiveShortestPathBipartiteMatching.solve(g))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bipartite");
  }

  @Property(tries = 3000, seed = "31")
  void solveFromCapacityAuction_matchesBruteForce(@ForAll long seed) {
    // Right side of capacity 1, left capacities 1-3, weights with ties, zeros and negatives: the
    // auction start, its price lowering, the edges it gives up and both kinds of repair search.
    CandidateGraph g = mentoringShape(seed, 6, 7, -1.0);
    double expected = BruteForceBipartiteMatching.maximumWeight(g);
    BipartiteMatchingResult r = SuccessiveShortestPathBipartiteMatching.solveFromCapacityAuction(g);
    assertThat(MaximumWeightBipartiteMatchingChecker.findViolation(g, r)).isEmpty();
    assertThat(r.weight()).isCloseTo(expected, within(1e-6 * Math.max(1.0, Math.abs(expected))));
    assertThat(g.totalWeight(r.edges())).isEqualTo(r.weight());
  }

  @Property(tries = 300, seed = "32")
  void solveFromCapacityAuction_agreesWithShortestPathsAlone(@ForAll long seed) {
    // Medium instances of the mentoring shape with near-ties (weights in steps of 0.0025), where
    // most bids leave an edge to repair; also through solve(), which chooses this start.
    CandidateGraph g = mentoringShape(seed, 80, 120, 0.0025);
    BipartiteMatchingResult r = SuccessiveShortestPathBipartiteMatching.solveFromCapacityAuction(g);
    assertThat(MaximumWeightBipartiteMatchingChecker.findViolation(g, r)).isEmpty();
    BipartiteMatchingResult reference =
        SuccessiveShortestPathBipartiteMatching.solveByShortestPaths(g);
    assertThat(r.weight()).isCloseTo(reference.weight(), within(1e-9 * reference.weight()));
    BipartiteMatchingResult chosen = SuccessiveShortestPathBipartiteMatching.solve(g);
    assertThat(MaximumWeightBipartiteMatchingChecker.findViolation(g, chosen)).isEmpty();
  }

  @Property(tries = 1000, seed = "33")
  void solveFromCapacityAuction_integerWeights_exactCertificate(@ForAll long seed) {
    // Integer weights keep an integer epsilon, so every potential is an integer and the
    // certificate holds in long arithmetic with no tolerance.
    CandidateGraph g = mentoringShape(seed, 30, 40, 1.0);
    BipartiteMatchingResult r = SuccessiveShortestPathBipartiteMatching.solveFromCapacityAuction(g);
    assertThat(MaximumWeightBipartiteMatchingChecker.findExactViolation(g, r)).isEmpty();
    assertThat(r.weight())
        .isEqualTo(SuccessiveShortestPathBipartiteMatching.solveByShortestPaths(g).weight());
  }

  @Test
  void solveFromCapacityAuction_refusesCapacitiesOnTheRight() {
    CandidateGraph g =
        CandidateGraphBuilder.bipartite(1, 1).capacity(1, 2).addEdge(0, 1, 1.0).build();
    assertThat(CapacityAuction.applies(g)).isFalse();
    assertThatThrownBy(() -> SuccessiveShortestPathBipartiteMatching.solveFromCapacityAuction(g))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacity 1");
  }

  /**
   * Up to {@code maxLeft} left vertices of capacity 1-3 and up to {@code maxRight} right vertices
   * of capacity 1, each left vertex with a few random partners. {@code step} > 0: weights are
   * multiples of it in (0, 5], many equal; {@code step} < 0: small integers from -3 to 7 (zeros and
   * negatives included).
   */
  private static CandidateGraph mentoringShape(long seed, int maxLeft, int maxRight, double step) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    int left = random.nextInt(maxLeft + 1);
    int right = 1 + random.nextInt(maxRight);
    CandidateGraphBuilder b = CandidateGraphBuilder.bipartite(left, right);
    for (int u = 0; u < left; u++) {
      b.capacity(u, 1 + random.nextInt(3));
    }
    int degree = 1 + random.nextInt(Math.min(right, 6));
    for (int u = 0; u < left; u++) {
      java.util.Set<Integer> seen = new java.util.HashSet<>();
      for (int k = 0; k < degree; k++) {
        int v = random.nextInt(right);
        if (seen.add(v)) {
          double w =
              step < 0
                  ? random.nextInt(-3, 8)
                  : step * (1 + random.nextInt((int) Math.round(5.0 / step)));
          b.addEdge(u, left + v, w);
        }
      }
    }
    return b.build();
  }

  private static void assertOptimal(CandidateGraph g) {
    double expected = BruteForceBipartiteMatching.maximumWeight(g);
    for (BipartiteMatchingResult r :
        new BipartiteMatchingResult[] {
          SuccessiveShortestPathBipartiteMatching.solve(g),
          SuccessiveShortestPathBipartiteMatching.solveByShortestPaths(g)
        }) {
      assertThat(MaximumWeightBipartiteMatchingChecker.findViolation(g, r)).isEmpty();
      assertThat(r.weight()).isCloseTo(expected, within(1e-6 * Math.max(1.0, Math.abs(expected))));
      assertThat(g.totalWeight(r.edges())).isEqualTo(r.weight());
    }
  }
}
