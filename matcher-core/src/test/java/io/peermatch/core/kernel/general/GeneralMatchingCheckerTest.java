package io.peermatch.core.kernel.general;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import org.junit.jupiter.api.Test;

class GeneralMatchingCheckerTest {

  /** Triangle of weight-10 edges plus a pendant 2-3 of weight 1; edge ids: 0-1, 0-2, 1-2, 2-3. */
  private static final CandidateGraph TRIANGLE =
      CandidateGraphBuilder.general(4)
          .addEdge(0, 1, 10)
          .addEdge(0, 2, 10)
          .addEdge(1, 2, 10)
          .addEdge(2, 3, 1)
          .build();

  /** Optimum {0-1, 2-3} = 11: y = (0, 0, 1, 0), blossom {0, 1, 2} with z = 10 -> dual 1 + 10. */
  private static GeneralDualCertificate triangleCertificate(double y2, double z) {
    return new GeneralDualCertificate(
        new double[] {0, 0, y2, 0}, new int[] {0, 3}, new int[] {0, 1, 2}, new double[] {z});
  }

  @Test
  void handMadeCertificate_accepted() {
    assertThat(
            GeneralMatchingChecker.optimalityViolation(
                TRIANGLE, new int[] {0, 3}, triangleCertificate(1, 10)))
        .isNull();
  }

  @Test
  void suboptimalMatching_rejected() {
    assertThat(
            GeneralMatchingChecker.optimalityViolation(
                TRIANGLE, new int[] {0}, triangleCertificate(1, 10)))
        .contains("unmatched vertex 2");
  }

  @Test
  void uncoveredEdge_rejected() {
    assertThat(
            GeneralMatchingChecker.optimalityViolation(
                TRIANGLE, new int[] {0, 3}, triangleCertificate(1, 9)))
        .contains("not covered");
  }

  @Test
  void matchedEdgeNotTight_rejected() {
    GeneralDualCertificate c =
        new GeneralDualCertificate(
            new double[] {0, 0, 2, 1}, new int[] {0, 3}, new int[] {0, 1, 2}, new double[] {10});
    assertThat(GeneralMatchingChecker.optimalityViolation(TRIANGLE, new int[] {0, 3}, c))
        .contains("not tight");
  }

  @Test
  void blossomNotFull_rejected() {
    // Matching only 2-3 leaves the positive-dual blossom {0,1,2} with no inner matched edge.
    GeneralDualCertificate c =
        new GeneralDualCertificate(
            new double[] {0, 0, 1, 0}, new int[] {0, 3}, new int[] {0, 1, 2}, new double[] {10});
    assertThat(GeneralMatchingChecker.optimalityViolation(TRIANGLE, new int[] {3}, c))
        .contains("blossom 0");
  }

  @Test
  void evenBlossomAndNegativeDuals_rejected() {
    GeneralDualCertificate even =
        new GeneralDualCertificate(
            new double[] {0, 0, 1, 0}, new int[] {0, 4}, new int[] {0, 1, 2, 3}, new double[] {10});
    assertThat(GeneralMatchingChecker.optimalityViolation(TRIANGLE, new int[] {0, 3}, even))
        .contains("odd size");
    GeneralDualCertificate negative =
        new GeneralDualCertificate(
            new double[] {10, 10, 11, -10}, new int[] {0}, new int[0], new double[0]);
    assertThat(GeneralMatchingChecker.optimalityViolation(TRIANGLE, new int[] {0, 3}, negative))
        .contains("non-negative");
  }

  @Test
  void feasibility_violations() {
    assertThat(GeneralMatchingChecker.feasibilityViolation(TRIANGLE, new int[] {0, 1}))
        .contains("vertex 0");
    assertThat(GeneralMatchingChecker.feasibilityViolation(TRIANGLE, new int[] {3, 3}))
        .contains("twice");
    assertThat(GeneralMatchingChecker.feasibilityViolation(TRIANGLE, new int[] {4}))
        .contains("edge id must be in [0, 4)");
    CandidateGraph twoPeers =
        CandidateGraphBuilder.general(3).capacity(0, 2).addEdge(0, 1, 1).addEdge(0, 2, 1).build();
    assertThat(GeneralMatchingChecker.feasibilityViolation(twoPeers, new int[] {0, 1})).isNull();
  }

  @Test
  void primalDualGap_rejected() {
    // Feasible, complementary-slack-looking duals on a single edge would need y sum = 3.
    CandidateGraph edge = CandidateGraphBuilder.general(2).addEdge(0, 1, 3).build();
    GeneralDualCertificate loose =
        new GeneralDualCertificate(new double[] {2, 2}, new int[] {0}, new int[0], new double[0]);
    assertThat(GeneralMatchingChecker.optimalityViolation(edge, new int[] {0}, loose))
        .contains("not tight");
  }

  @Test
  void laminarCertificate_handMade_acceptedAndRejected() {
    // The triangle's blossom {0, 1, 2} as a forest: every vertex of it has innermost blossom 0.
    GeneralDualCertificate good =
        GeneralDualCertificate.laminar(
            new double[] {0, 0, 1, 0}, new int[] {0, 0, 0, -1}, new int[] {-1}, new double[] {10});
    assertThat(good.blossomSize(0)).isEqualTo(3);
    assertThat(good.objective()).isEqualTo(11.0);
    assertThat(GeneralMatchingChecker.optimalityViolation(TRIANGLE, new int[] {0, 3}, good))
        .isNull();
    GeneralDualCertificate uncovered =
        GeneralDualCertificate.laminar(
            new double[] {0, 0, 1, 0}, new int[] {0, 0, 0, -1}, new int[] {-1}, new double[] {9});
    assertThat(GeneralMatchingChecker.optimalityViolation(TRIANGLE, new int[] {0, 3}, uncovered))
        .contains("not covered");
    GeneralDualCertificate even =
        GeneralDualCertificate.laminar(
            new double[] {0, 0, 1, 0}, new int[] {0, 0, -1, -1}, new int[] {-1}, new double[] {10});
    assertThat(GeneralMatchingChecker.optimalityViolation(TRIANGLE, new int[] {0, 3}, even))
        .contains("odd size");
  }

  @Test
  void laminarCertificate_parentBeforeChild_rejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                GeneralDualCertificate.laminar(
                    new double[] {0, 0, 0},
                    new int[] {1, 1, 1},
                    new int[] {-1, 0},
                    new double[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("blossom parent must be -1 or in (1, 2) but was 0 for 1");
  }

  @net.jqwik.api.Property(tries = 300, seed = "20261205")
  void laminarAndMemberListCheckers_agree(@net.jqwik.api.ForAll long seed) {
    // The kernel's laminar certificate, and the same blossoms as member lists: both checks accept
    // the optimum, and both reject it once a blossom dual or a vertex dual is lowered.
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    CandidateGraph g =
        GeneralGraphGenerators.randomSparse(
            20 + random.nextInt(200), 2 + 6 * random.nextDouble(), seed);
    GeneralMatchingResult r = BlossomMaximumWeightMatching.solve(g);
    GeneralDualCertificate laminar = r.certificate();
    assertThat(laminar.isLaminar()).isTrue();
    GeneralDualCertificate lists =
        new GeneralDualCertificate(
            laminar.vertexDuals(),
            laminar.blossomOffsets(),
            laminar.blossomMembers(),
            laminar.blossomDuals());
    assertThat(lists.objective()).isEqualTo(laminar.objective());
    assertThat(GeneralMatchingChecker.optimalityViolation(g, r.edges(), laminar)).isNull();
    assertThat(GeneralMatchingChecker.optimalityViolation(g, r.edges(), lists)).isNull();
    double[] z = laminar.blossomDuals().clone();
    double[] y = laminar.vertexDuals().clone();
    int b = z.length == 0 ? -1 : random.nextInt(z.length);
    if (b >= 0 && z[b] > 1) {
      z[b] -= 1;
    } else {
      int v = random.nextInt(y.length);
      if (y[v] < 1) {
        return;
      }
      y[v] -= 1;
    }
    GeneralDualCertificate lowered =
        GeneralDualCertificate.laminar(y, laminar.vertexBlossoms(), laminar.blossomParents(), z);
    GeneralDualCertificate loweredLists =
        new GeneralDualCertificate(y, lowered.blossomOffsets(), lowered.blossomMembers(), z);
    assertThat(GeneralMatchingChecker.optimalityViolation(g, r.edges(), lowered)).isNotNull();
    assertThat(GeneralMatchingChecker.optimalityViolation(g, r.edges(), loweredLists)).isNotNull();
  }
}
