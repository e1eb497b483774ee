package io.peermatch.core.kernel.bipartite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import org.junit.jupiter.api.Test;

/** The checker must accept a proof and reject each kind of broken one. */
class MaximumWeightBipartiteMatchingCheckerTest {

  // Left 0, 1; right 2, 3. Optimum: (0, 3) + (1, 2) = 2 + 2 = 4, not the heavy (0, 2) = 3.
  private static final CandidateGraph G =
      CandidateGraphBuilder.bipartite(2, 2)
          .addEdge(0, 2, 3.0)
          .addEdge(0, 3, 2.0)
          .addEdge(1, 2, 2.0)
          .build();
  private static final int E02 = G.edgeBetween(0, 2);
  private static final int E03 = G.edgeBetween(0, 3);
  private static final int E12 = G.edgeBetween(1, 2);

  @Test
  void findViolation_validCertificate_empty() {
    // y = (1, 0 | 2, 1): covers (0,2) 3 >= 3, (0,3) 2 >= 2, (1,2) 2 >= 2; dual 4 = primal 4.
    double[] y = {1, 0, 2, 1};
    assertThat(
            MaximumWeightBipartiteMatchingChecker.findViolation(G, new int[] {E03, E12}, y, null))
        .isEmpty();
  }

  @Test
  void findViolation_suboptimalMatching_noCertificateFits() {
    // The heavy edge alone (3) with tight potentials leaves (1, 2) or (0, 3) uncovered.
    double[] y = {3, 0, 0, 0};
    assertThat(MaximumWeightBipartiteMatchingChecker.findViolation(G, new int[] {E02}, y, null))
        .hasValueSatisfying(m -> assertThat(m).contains("is covered by potentials summing to"));
  }

  @Test
  void findViolation_capacityExceeded() {
    assertThat(
            MaximumWeightBipartiteMatchingChecker.findViolation(
                G, new int[] {E02, E03}, new double[4], null))
        .hasValue("vertex 0 has 2 matched edges but capacity 1");
  }

  @Test
  void findViolation_unknownOrRepeatedEdge() {
    assertThat(
            MaximumWeightBipartiteMatchingChecker.findViolation(
                G, new int[] {7}, new double[4], null))
        .hasValue("edge id must be in [0, 3) but was 7");
    assertThat(
            MaximumWeightBipartiteMatchingChecker.findViolation(
                G, new int[] {E12, E12}, new double[4], null))
        .hasValue("edge " + E12 + " is matched twice");
  }

  @Test
  void findViolation_positivePotentialOnUnsaturatedVertex() {
    // Dual feasible and covering, but vertex 1 is unmatched with y = 1.
    double[] y = {3, 1, 0, 0};
    assertThat(MaximumWeightBipartiteMatchingChecker.findViolation(G, new int[] {E02}, y, null))
        .hasValue("vertex 1 has potential 1.0 but is not saturated (0 of 1)");
  }

  @Test
  void findViolation_negativePotential() {
    double[] y = {1, 0, 2, -1};
    assertThat(
            MaximumWeightBipartiteMatchingChecker.findViolation(G, new int[] {E03, E12}, y, null))
        .hasValue("vertex potential must be finite and non-negative but was -1.0 for vertex 3");
  }

  @Test
  void findViolation_matchedEdgeNotTight() {
    double[] y = {2, 1, 2, 1};
    assertThat(
            MaximumWeightBipartiteMatchingChecker.findViolation(G, new int[] {E03, E12}, y, null))
        .hasValueSatisfying(m -> assertThat(m).contains("is not tight"));
  }

  @Test
  void findViolation_edgePotentialsCloseTheGapOnlyOnMatchedEdges() {
    // Capacities 2 on the left: vertex 0 takes both of its edges; z pays for the slack.
    CandidateGraph g =
        CandidateGraphBuilder.bipartite(1, 2)
            .capacity(0, 2)
            .addEdge(0, 1, 5.0)
            .addEdge(0, 2, 3.0)
            .build();
    double[] y = {3, 0, 0};
    assertThat(
            MaximumWeightBipartiteMatchingChecker.findViolation(
                g, new int[] {0, 1}, y, new double[] {2, 0}))
        .isEmpty();
    assertThat(
            MaximumWeightBipartiteMatchingChecker.findViolation(
                g, new int[] {0, 1}, y, new double[] {1, 0}))
        .isPresent();
  }

  @Test
  void findAssignmentViolation_wrongPotentials_rejected() {
    double[] w = {1, 2, 3, 4};
    // Optimal max assignment: (0,0) + (1,1) = 5 = (0,1) + (1,0); potentials u = (0, 2), v = (1, 2).
    assertThat(
            MaximumWeightBipartiteMatchingChecker.findAssignmentViolation(
                w, 2, 2, true, false, new int[] {0, 1}, new double[] {0, 2}, new double[] {1, 2}))
        .isEmpty();
    assertThat(
            MaximumWeightBipartiteMatchingChecker.findAssignmentViolation(
                w, 2, 2, true, false, new int[] {0, 1}, new double[] {0, 1}, new double[] {1, 2}))
        .isPresent();
    assertThat(
            MaximumWeightBipartiteMatchingChecker.findAssignmentViolation(
                w, 2, 2, true, false, new int[] {0, -1}, new double[] {0, 2}, new double[] {1, 2}))
        .hasValue("the smaller side must be fully assigned but 1 of 2 are");
  }

  @Test
  void builder_rejectsNonFiniteWeightsAndLowCapacities() {
    assertThatThrownBy(() -> CandidateGraphBuilder.bipartite(1, 1).addEdge(0, 1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must be finite but was NaN for edge (0, 1)");
    assertThatThrownBy(
            () -> CandidateGraphBuilder.bipartite(1, 1).addEdge(0, 1, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must be finite but was Infinity for edge (0, 1)");
    assertThatThrownBy(() -> CandidateGraphBuilder.bipartite(1, 1).capacity(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity must be at least 1 but was 0 for vertex 1");
  }
}
