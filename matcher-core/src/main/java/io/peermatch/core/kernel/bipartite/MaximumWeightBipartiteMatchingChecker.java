package io.peermatch.core.kernel.bipartite;

import io.peermatch.core.graph.CandidateGraph;
import java.util.Optional;

/**
 * Verifies from scratch that a b-matching of a bipartite {@link CandidateGraph} is feasible and of
 * maximum weight, through a dual certificate; independent of every solver in this package.
 *
 * <p>The primal is {@code max sum w_e x_e} subject to {@code sum_{e at x} x_e <= cap_x} and {@code
 * 0 <= x_e <= 1}; its dual is {@code min sum cap_x y_x + sum z_e} subject to {@code y_u + y_v + z_e
 * >= w_e}, {@code y, z >= 0}. Because the graph is bipartite the constraint matrix is totally
 * unimodular, so an integral matching and a dual solution that satisfy complementary slackness
 * prove each other optimal:
 *
 * <ul>
 *   <li>feasibility: edge ids exist and are distinct; each vertex has at most {@code cap_x} matched
 *       edges;
 *   <li>dual feasibility: {@code y_x >= 0}, {@code z_e >= 0}, and {@code y_u + y_v + z_e >= w_e}
 *       for every edge ({@code z_e = 0} off the matching);
 *   <li>complementary slackness: {@code y_u + y_v + z_e = w_e} on matched edges; {@code y_x > 0}
 *       only if {@code x} is saturated; {@code z_e > 0} only on matched edges (implied by the
 *       parallel layout);
 *   <li>equal objectives: {@code sum w_e} over the matching equals {@code sum cap_x y_x + sum z_e}.
 * </ul>
 *
 * <p>Comparisons use a tolerance relative to the largest absolute weight ({@code 1e-9} of it for
 * each constraint; for the objectives also {@code 1e-9} of their magnitude), which absorbs the
 * rounding of double arithmetic and is exact for integer weights below {@code 2^40}. Linear in the
 * size of the graph.
 *
 * <p>See A. Schrijver, <i>Combinatorial Optimization: Polyhedra and Efficiency</i>, Springer 2003,
 * Chapter 21 (b-matchings in bipartite graphs, Theorem 21.1 on integrality and its dual).
 */
public final class MaximumWeightBipartiteMatchingChecker {

  private static final double RELATIVE_TOLERANCE = 1e-9;

  private MaximumWeightBipartiteMatchingChecker() {}

  /**
   * The same proof without any tolerance, for integer weights of magnitude at most {@code 2^53}:
   * every potential must be an integer, and the rules (capacities, coverage {@code y_u + y_v + z_e
   * >= w}, tightness of matched edges, a positive potential only on saturated vertices, a positive
   * {@code z} only on matched edges) are checked in {@code long} arithmetic. Together they are
   * complementary slackness, so an empty answer proves the matching maximum exactly.
   */
  public static Optional<String> findExactViolation(
      CandidateGraph graph, BipartiteMatchingResult result) {
    double[] y = result.vertexPotentials();
    double[] z = result.edgePotentials();
    int[] edges = result.edges();
    int n = graph.vertexCount();
    int m = graph.edgeCount();
    for (int e = 0; e < m; e++) {
      double w = graph.weight(e);
      if (w != Math.rint(w) || Math.abs(w) > EXACT_LIMIT) {
        return Optional.of("weight must be an integer of magnitude at most 2^53 but was " + w);
      }
    }
    for (int x = 0; x < n; x++) {
      if (y[x] != Math.rint(y[x]) || y[x] < 0 || y[x] > EXACT_LIMIT) {
        return Optional.of("vertex potential must be an integer in [0, 2^53] but was " + y[x]);
      }
    }
    long[] matchedZ = new long[m];
    boolean[] matched = new boolean[m];
    int[] load = new int[n];
    for (int k = 0; k < edges.length; k++) {
      int e = edges[k];
      if (matched[e]) {
        return Optional.of("edge " + e + " is matched twice");
      }
      matched[e] = true;
      double ze = z == null ? 0.0 : z[k];
      if (ze != Math.rint(ze) || ze < 0 || ze > EXACT_LIMIT) {
        return Optional.of("edge potential must be an integer in [0, 2^53] but was " + ze);
      }
      matchedZ[e] = (long) ze;
      load[graph.u(e)]++;
      load[graph.v(e)]++;
    }
    for (int x = 0; x < n; x++) {
      if (load[x] > graph.capacity(x)) {
        return Optional.of(
            "vertex " + x + " has " + load[x] + " matched edges but capacity " + graph.capacity(x));
      }
      if (y[x] > 0 && load[x] < graph.capacity(x)) {
        return Optional.of(
            "vertex " + x + " has potential " + (long) y[x] + " but is not saturated");
      }
    }
    for (int e = 0; e < m; e++) {
      long cover = (long) y[graph.u(e)] + (long) y[graph.v(e)] + matchedZ[e];
      long w = (long) graph.weight(e);
      if (cover < w) {
        return Optional.of("edge " + e + " of weight " + w + " is covered by only " + cover);
      }
      if (matched[e] && cover != w) {
        return Optional.of("matched edge " + e + " of weight " + w + " is not tight: " + cover);
      }
    }
    return Optional.empty();
  }

  private static final double EXACT_LIMIT = 0x1p53;

  /**
   * The first rule that the matching or its certificate breaks, or empty when the matching is
   * proven maximum.
   *
   * @param edges the matched edge ids
   * @param y a potential per vertex
   * @param z a potential per matched edge, parallel to {@code edges}; null means all zero
   */
  public static Optional<String> findViolation(
      CandidateGraph graph, int[] edges, double[] y, double[] z) {
    if (!graph.isBipartite()) {
      return Optional.of("graph must be bipartite but was " + graph);
    }
    int n = graph.vertexCount();
    int m = graph.edgeCount();
    if (y.length != n) {
      return Optional.of("expected " + n + " vertex potentials but got " + y.length);
    }
    if (z != null && z.length != edges.length) {
      return Optional.of("expected " + edges.length + " edge potentials but got " + z.length);
    }
    double scale = 0.0;
    for (int e = 0; e < m; e++) {
      scale = Math.max(scale, Math.abs(graph.weight(e)));
    }
    double tolerance = RELATIVE_TOLERANCE * (scale > 0 ? scale : 1.0);

    int[] load = new int[n];
    double[] matchedZ = new double[m];
    boolean[] matched = new boolean[m];
    double primal = 0.0;
    double zSum = 0.0;
    for (int k = 0; k < edges.length; k++) {
      int e = edges[k];
      if (e < 0 || e >= m) {
        return Optional.of("edge id must be in [0, " + m + ") but was " + e);
      }
      if (matched[e]) {
        return Optional.of("edge " + e + " is matched twice");
      }
      matched[e] = true;
      double ze = z == null ? 0.0 : z[k];
      if (!(ze >= 0.0) || Double.isInfinite(ze)) {
        return Optional.of(
            "edge potential must be finite and non-negative but was " + ze + " for edge " + e);
      }
      matchedZ[e] = ze;
      zSum += ze;
      primal += graph.weight(e);
      load[graph.u(e)]++;
      load[graph.v(e)]++;
    }
    double dual = zSum;
    for (int x = 0; x < n; x++) {
      if (load[x] > graph.capacity(x)) {
        return Optional.of(
            "vertex " + x + " has " + load[x] + " matched edges but capacity " + graph.capacity(x));
      }
      if (!(y[x] >= 0.0) || Double.isInfinite(y[x])) {
        return Optional.of(
            "vertex potential must be finite and non-negative but was "
                + y[x]
                + " for vertex "
                + x);
      }
      if (y[x] > tolerance && load[x] < graph.capacity(x)) {
        return Optional.of(
            "vertex "
                + x
                + " has potential "
                + y[x]
                + " but is not saturated ("
                + load[x]
                + " of "
                + graph.capacity(x)
                + ")");
      }
      dual += graph.capacity(x) * y[x];
    }
    for (int e = 0; e < m; e++) {
      double cover = y[graph.u(e)] + y[graph.v(e)] + matchedZ[e];
      double w = graph.weight(e);
      if (cover < w - tolerance) {
        return Optional.of(
            "edge " + e + " of weight " + w + " is covered by potentials summing to " + cover);
      }
      if (matched[e] && cover > w + tolerance) {
        return Optional.of(
            "matched edge " + e + " of weight " + w + " is not tight: potentials sum to " + cover);
      }
    }
    double objectiveTolerance =
        tolerance + RELATIVE_TOLERANCE * Math.max(Math.abs(primal), Math.abs(dual));
    if (Math.abs(primal - dual) > objectiveTolerance) {
      return Optional.of("primal weight " + primal + " differs from dual objective " + dual);
    }
    return Optional.empty();
  }

  /**
   * Checks {@code result} for {@code graph}.
   *
   * @see #findViolation(CandidateGraph, int[], double[], double[])
   */
  public static Optional<String> findViolation(
      CandidateGraph graph, BipartiteMatchingResult result) {
    return findViolation(graph, result.edges(), result.vertexPotentials(), result.edgePotentials());
  }

  /**
   * The first rule that a dense assignment or its potentials break, or empty when the assignment is
   * proven optimal for {@code objective}.
   *
   * <p>The smaller side must be fully assigned (all rows when {@code rows <= columns}) to distinct
   * partners. With {@code maximize}: {@code rowPotential[i] + columnPotential[j] >= w[i][j]} for
   * all cells, equality on assigned cells; the potentials of the larger side are non-negative and
   * zero where unassigned (for a square matrix both sides are free). Minimising is the mirror image
   * ({@code <=}, larger side non-positive). With {@code clampAtZero} the weights are read as {@code
   * max(w, 0)}: the reduction by which "anyone may stay unmatched" becomes an assignment (see
   * {@link JonkerVolgenantAssignment}).
   *
   * @param weights row-major {@code rows x columns}
   * @param rowToColumn the assigned column per row, or -1
   */
  public static Optional<String> findAssignmentViolation(
      double[] weights,
      int rows,
      int columns,
      boolean maximize,
      boolean clampAtZero,
      int[] rowToColumn,
      double[] rowPotential,
      double[] columnPotential) {
    if ((long) rows * columns != weights.length) {
      return Optional.of(
          "expected " + ((long) rows * columns) + " weights but got " + weights.length);
    }
    if (rowToColumn.length != rows
        || rowPotential.length != rows
        || columnPotential.length != columns) {
      return Optional.of(
          "assignment or potentials do not match a " + rows + " x " + columns + " matrix");
    }
    double sign = maximize ? 1.0 : -1.0;
    double scale = 0.0;
    for (double w : weights) {
      scale = Math.max(scale, Math.abs(w));
    }
    double tolerance = RELATIVE_TOLERANCE * (scale > 0 ? scale : 1.0);
    int[] columnToRow = new int[columns];
    java.util.Arrays.fill(columnToRow, -1);
    int assigned = 0;
    double primal = 0.0;
    for (int i = 0; i < rows; i++) {
      int j = rowToColumn[i];
      if (j < -1 || j >= columns) {
        return Optional.of(
            "column must be in [-1, " + columns + ") but was " + j + " for row " + i);
      }
      if (j >= 0) {
        if (columnToRow[j] >= 0) {
          return Optional.of(
              "column " + j + " is assigned to rows " + columnToRow[j] + " and " + i);
        }
        columnToRow[j] = i;
        assigned++;
        primal += cell(weights, i * (long) columns + j, clampAtZero);
      }
    }
    if (assigned != Math.min(rows, columns)) {
      return Optional.of(
          "the smaller side must be fully assigned but "
              + assigned
              + " of "
              + Math.min(rows, columns)
              + " are");
    }
    double dual = 0.0;
    for (int i = 0; i < rows; i++) {
      double p = sign * rowPotential[i];
      if (!Double.isFinite(p)) {
        return Optional.of(
            "row potential must be finite but was " + rowPotential[i] + " for row " + i);
      }
      if (rows > columns && (p < -tolerance || (rowToColumn[i] < 0 && Math.abs(p) > tolerance))) {
        return Optional.of(
            "row potential " + rowPotential[i] + " of row " + i + " breaks its sign rule");
      }
      dual += rowPotential[i];
    }
    for (int j = 0; j < columns; j++) {
      double p = sign * columnPotential[j];
      if (!Double.isFinite(p)) {
        return Optional.of(
            "column potential must be finite but was " + columnPotential[j] + " for column " + j);
      }
      if (columns > rows && (p < -tolerance || (columnToRow[j] < 0 && Math.abs(p) > tolerance))) {
        return Optional.of(
            "column potential " + columnPotential[j] + " of column " + j + " breaks its sign rule");
      }
      dual += columnPotential[j];
    }
    for (int i = 0; i < rows; i++) {
      long base = i * (long) columns;
      for (int j = 0; j < columns; j++) {
        double w = cell(weights, base + j, clampAtZero);
        double slack = sign * (rowPotential[i] + columnPotential[j] - w);
        if (slack < -tolerance) {
          return Optional.of(
              "cell (" + i + ", " + j + ") of " + w + " breaks the dual by " + (-slack));
        }
        if (rowToColumn[i] == j && slack > tolerance) {
          return Optional.of("assigned cell (" + i + ", " + j + ") is not tight: slack " + slack);
        }
      }
    }
    double objectiveTolerance =
        tolerance * Math.max(rows, columns)
            + RELATIVE_TOLERANCE * Math.max(Math.abs(primal), Math.abs(dual));
    if (Math.abs(primal - dual) > objectiveTolerance) {
      return Optional.of("primal objective " + primal + " differs from dual objective " + dual);
    }
    return Optional.empty();
  }

  private static double cell(double[] weights, long index, boolean clampAtZero) {
    double w = weights[(int) index];
    return clampAtZero ? Math.max(w, 0.0) : w;
  }
}
