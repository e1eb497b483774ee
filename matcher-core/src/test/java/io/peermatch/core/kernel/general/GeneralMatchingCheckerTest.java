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
}
