package io.peermatch.core.kernel.bipartite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class JonkerVolgenantAssignmentTest {

  @Property(tries = 2000, seed = "11")
  void maximizeWeightAllowUnmatched_matchesBruteForce(
      @ForAll @IntRange(min = 0, max = 6) int rows,
      @ForAll @IntRange(min = 0, max = 6) int columns,
      @ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int lo = -random.nextInt(10);
    double[] w = BipartiteInstances.matrix(seed, rows, columns, lo, random.nextInt(1, 12));
    DenseAssignment a = JonkerVolgenantAssignment.maximizeWeightAllowUnmatched(w, rows, columns);
    assertCertified(w, rows, columns, true, true, a);
    double expected = BruteForceBipartiteMatching.maximumWeight(asGraph(w, rows, columns, true));
    assertThat(a.objective()).isEqualTo(expected);
    assertThat(weightOf(w, columns, a.rowToColumn())).isEqualTo(a.objective());
  }

  @Property(tries = 2000, seed = "12")
  void maximizeWeight_fullAssignment_matchesBruteForce(
      @ForAll @IntRange(min = 0, max = 6) int rows,
      @ForAll @IntRange(min = 0, max = 6) int columns,
      @ForAll long seed) {
    // Shift the weights so that every pair is worth taking: the best full assignment is then the
    // best matching of the shifted weights.
    double[] w = BipartiteInstances.matrix(seed, rows, columns, -50, 50);
    DenseAssignment a = JonkerVolgenantAssignment.maximizeWeight(w, rows, columns);
    assertCertified(w, rows, columns, true, false, a);
    double[] shifted = w.clone();
    for (int k = 0; k < shifted.length; k++) {
      shifted[k] += 1000;
    }
    double expected =
        BruteForceBipartiteMatching.maximumWeight(asGraph(shifted, rows, columns, false))
            - 1000.0 * Math.min(rows, columns);
    assertThat(a.objective()).isEqualTo(expected);
  }

  @Property(tries = 1000, seed = "13")
  void minimizeCost_isMaximizeWeightOfNegatedMatrix(
      @ForAll @IntRange(min = 0, max = 30) int rows,
      @ForAll @IntRange(min = 0, max = 30) int columns,
      @ForAll long seed) {
    double[] c = BipartiteInstances.matrix(seed, rows, columns, 0, 20);
    DenseAssignment min = JonkerVolgenantAssignment.minimizeCost(c, rows, columns);
    assertCertified(c, rows, columns, false, false, min);
    double[] negated = c.clone();
    for (int k = 0; k < negated.length; k++) {
      negated[k] = -negated[k];
    }
    DenseAssignment max = JonkerVolgenantAssignment.maximizeWeight(negated, rows, columns);
    assertThat(min.objective()).isEqualTo(-max.objective());
  }

  @Property(tries = 300, seed = "14")
  void allowUnmatched_agreesWithSparseSolver(
      @ForAll @IntRange(min = 1, max = 60) int rows,
      @ForAll @IntRange(min = 1, max = 60) int columns,
      @ForAll long seed) {
    double[] w = BipartiteInstances.matrix(seed, rows, columns, -1000, 100_000);
    DenseAssignment a = JonkerVolgenantAssignment.maximizeWeightAllowUnmatched(w, rows, columns);
    assertCertified(w, rows, columns, true, true, a);
    CandidateGraph g = asGraph(w, rows, columns, true);
    assertThat(a.objective()).isEqualTo(SuccessiveShortestPathBipartiteMatching.solve(g).weight());
  }

  @Test
  void maximizeWeight_largeUniform_certified() {
    int n = 500;
    double[] w = BipartiteInstances.matrix(5, n, n, 0, 1_000_000);
    assertCertified(w, n, n, true, false, JonkerVolgenantAssignment.maximizeWeight(w, n, n));
    double[] few = BipartiteInstances.matrix(6, n, n, 0, 3);
    assertCertified(few, n, n, true, false, JonkerVolgenantAssignment.maximizeWeight(few, n, n));
    double[] wide = BipartiteInstances.matrix(7, 40, n, -10, 100);
    assertCertified(
        wide,
        40,
        n,
        true,
        true,
        JonkerVolgenantAssignment.maximizeWeightAllowUnmatched(wide, 40, n));
    double[] tall = transpose(wide, 40, n);
    assertCertified(tall, n, 40, false, false, JonkerVolgenantAssignment.minimizeCost(tall, n, 40));
  }

  @Test
  void maximizeWeight_nonIntegerWeights_certified() {
    SplittableRandom random = new SplittableRandom(9);
    int n = 200;
    double[] w = new double[n * n];
    for (int k = 0; k < w.length; k++) {
      w[k] = Math.pow(10, -9 + 21 * random.nextDouble());
    }
    assertCertified(w, n, n, true, false, JonkerVolgenantAssignment.maximizeWeight(w, n, n));
  }

  @Test
  void tooLargeMatrix_rejectedBeforeAllocation() {
    assertThatThrownBy(
            () -> JonkerVolgenantAssignment.maximizeWeight(new double[0], 20_000, 20_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exceeds the limit of 134217728 entries");
  }

  @Test
  void nonFiniteEntry_rejected() {
    double[] w = {1, 2, Double.NaN, 4};
    assertThatThrownBy(() -> JonkerVolgenantAssignment.minimizeCost(w, 2, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "entry must be finite and at most 1e100 in magnitude (so that sums stay finite) but"
                + " was NaN at row 1, column 0");
    // Finite, but a row of them would sum to infinity in the potentials.
    double[] huge = {1, 1e308, 2, 4};
    assertThatThrownBy(() -> JonkerVolgenantAssignment.maximizeWeight(huge, 2, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("but was 1.0E308 at row 0, column 1");
    double[] limit = {1e100, 0, 0, 1e100};
    assertThat(JonkerVolgenantAssignment.maximizeWeight(limit, 2, 2).objective()).isEqualTo(2e100);
  }

  @Test
  void wrongLength_rejected() {
    assertThatThrownBy(() -> JonkerVolgenantAssignment.minimizeCost(new double[3], 2, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must have 2 x 2 = 4 entries but had 3");
  }

  @Test
  void classicInstance_fromBurkardDellAmicoMartello() {
    // R. Burkard, M. Dell'Amico, S. Martello, Assignment Problems (SIAM 2009), Example 4.3's
    // cost matrix; the optimal cost is 17 (their Section 4.2 worked example).
    double[] c = {7, 9, 8, 9, 2, 8, 5, 7, 1, 6, 6, 9, 3, 6, 2, 2};
    DenseAssignment a = JonkerVolgenantAssignment.minimizeCost(c, 4, 4);
    assertCertified(c, 4, 4, false, false, a);
    assertThat(a.objective()).isEqualTo(17.0);
  }

  static void assertCertified(
      double[] w, int rows, int columns, boolean maximize, boolean clamp, DenseAssignment a) {
    assertThat(
            MaximumWeightBipartiteMatchingChecker.findAssignmentViolation(
                w,
                rows,
                columns,
                maximize,
                clamp,
                a.assignment(),
                a.rowPotentials(),
                a.columnPotentials()))
        .isEmpty();
    double sum = 0.0;
    int[] full = a.assignment();
    for (int i = 0; i < rows; i++) {
      if (full[i] >= 0) {
        double x = w[i * columns + full[i]];
        sum += clamp ? Math.max(x, 0.0) : x;
      }
    }
    assertThat(a.objective()).isCloseTo(sum, within(1e-9 * Math.max(1.0, Math.abs(sum))));
  }

  static double weightOf(double[] w, int columns, int[] rowToColumn) {
    double sum = 0.0;
    for (int i = 0; i < rowToColumn.length; i++) {
      if (rowToColumn[i] >= 0) {
        sum += w[i * columns + rowToColumn[i]];
      }
    }
    return sum;
  }

  static CandidateGraph asGraph(double[] w, int rows, int columns, boolean allEdges) {
    CandidateGraphBuilder b = CandidateGraphBuilder.bipartite(rows, columns);
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        b.addEdge(i, rows + j, w[i * columns + j]);
      }
    }
    return b.build();
  }

  private static double[] transpose(double[] w, int rows, int columns) {
    double[] t = new double[w.length];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        t[j * rows + i] = w[i * columns + j];
      }
    }
    return t;
  }
}
