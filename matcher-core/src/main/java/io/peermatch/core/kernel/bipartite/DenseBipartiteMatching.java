package io.peermatch.core.kernel.bipartite;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;

/**
 * Exact maximum-weight b-matching of a dense bipartite {@link CandidateGraph} (complete or nearly
 * so) through Jonker and Volgenant's dense LAPJV, with the same non-negative dual certificate as
 * the sparse kernels, so that {@link MaximumWeightBipartiteMatchingChecker} verifies it.
 *
 * <p><b>Reduction.</b> A vertex of capacity {@code c} becomes {@code c} unit copies; this is exact
 * when the other side has capacity 1 everywhere (two copies can then never take the same edge), so
 * at most one side may have capacities above 1. The side with fewer units gives the rows. The
 * matrix holds {@code w+ = max(w, 0)} on the edges and 0 on the missing pairs, padded to a square
 * with one shared all-zero virtual row; an optimal full assignment of {@code w+} minus its pairs of
 * weight 0 (missing, or {@code w <= 0} in the graph) is a maximum-weight matching of the graph (see
 * {@link JonkerVolgenantAssignment#maximizeWeightAllowUnmatched}).
 *
 * <p><b>Certificate.</b> LAPJV's potentials prove the assignment optimal but may be negative, while
 * the b-matching dual needs {@code y >= 0}. With the assignment {@code A} fixed, the row potentials
 * {@code Y} that stay feasible and tight on {@code A} are the solutions of a system of difference
 * constraints ({@code Y_a <= Y_i + (Y_i + V_j - w_ij)}-type arcs from row {@code i} to the row
 * {@code a} assigned to column {@code j}, and {@code Y_a <= w_{a A(a)}} so that {@code V >= 0});
 * its largest solution is the shortest-path distance from a root, computed by one dense Dijkstra in
 * {@code O(n^2)} whose reduced arc lengths are LAPJV's reduced costs (non-negative). A non-negative
 * feasible dual exists (the matching LP of {@code w+ >= 0} has one), and the largest solution
 * dominates it, so every potential comes out non-negative; exact for integer weights. The copies of
 * a vertex then give its potential as their minimum, and each matched edge the excess of its copy
 * as {@code z_e}.
 *
 * <p><b>Running time.</b> LAPJV's: {@code O(n^3)} worst case for {@code n} = the larger number of
 * units, about {@code n^2 log n} on random weights; plus {@code O(n^2)} for the matrix and {@code
 * O(n)} for the certificate. Memory: {@code 8 * rows * n} bytes for the matrix. Use it through
 * {@link ExactBipartiteMatching}, which sends a graph here only when the measured rule says it
 * pays.
 *
 * <p>Reference: R. Jonker and A. Volgenant, A shortest augmenting path algorithm for dense and
 * sparse linear assignment problems, <i>Computing</i> 38 (1987) 325–340.
 */
public final class DenseBipartiteMatching {

  private DenseBipartiteMatching() {}

  /**
   * The number of matrix entries (rows times the square's side) that solving {@code graph} densely
   * needs, or -1 when capacities above 1 on both sides rule the dense reduction out.
   */
  public static long matrixEntries(CandidateGraph graph) {
    Units units = Units.of(graph);
    return units == null ? -1 : (long) units.rows * units.side;
  }

  /**
   * A maximum-weight b-matching of {@code graph} with its dual certificate.
   *
   * @throws IllegalArgumentException if the graph is not bipartite, both sides have a capacity
   *     above 1, or the matrix would exceed {@link JonkerVolgenantAssignment#MAX_ENTRIES}
   */
  public static BipartiteMatchingResult solve(CandidateGraph graph) {
    return solve(graph, SolveControl.none());
  }

  /**
   * As {@link #solve(CandidateGraph)}, honouring {@code control} (checked and reported by the LAPJV
   * loops; a passed deadline or an interrupt throws).
   */
  public static BipartiteMatchingResult solve(CandidateGraph graph, SolveControl control) {
    if (!graph.isBipartite()) {
      throw new IllegalArgumentException("graph must be bipartite but was " + graph);
    }
    Units units = Units.of(graph);
    if (units == null) {
      throw new IllegalArgumentException(
          "the dense kernel needs capacity 1 on at least one side but " + graph + " has not");
    }
    long entries = (long) units.rows * units.side;
    if (entries > JonkerVolgenantAssignment.MAX_ENTRIES) {
      throw new IllegalArgumentException(
          "a dense matrix of "
              + entries
              + " entries exceeds the limit of "
              + JonkerVolgenantAssignment.MAX_ENTRIES
              + "; use SuccessiveShortestPathBipartiteMatching");
    }
    return new Run(graph, units).solve(control);
  }

  /**
   * The unit copies of each side: vertex {@code x} of the row side owns rows {@code rowFirst[x] ..
   * rowFirst[x+1]-1}, and likewise for columns; {@code side} is the square's side.
   */
  private static final class Units {
    final boolean rowsAreLeft;
    final int rows;
    final int columns;
    final int side;
    final int[] rowFirst;
    final int[] columnFirst;

    private Units(boolean rowsAreLeft, int[] rowFirst, int[] columnFirst) {
      this.rowsAreLeft = rowsAreLeft;
      this.rowFirst = rowFirst;
      this.columnFirst = columnFirst;
      this.rows = rowFirst[rowFirst.length - 1];
      this.columns = columnFirst[columnFirst.length - 1];
      this.side = Math.max(rows, columns);
    }

    static Units of(CandidateGraph g) {
      int left = g.leftCount();
      int n = g.vertexCount();
      long leftUnits = 0;
      long rightUnits = 0;
      boolean leftUnit = true;
      boolean rightUnit = true;
      for (int x = 0; x < n; x++) {
        int c = g.capacity(x);
        if (x < left) {
          leftUnits += c;
          leftUnit &= c == 1;
        } else {
          rightUnits += c;
          rightUnit &= c == 1;
        }
      }
      if (!leftUnit && !rightUnit || leftUnits > Integer.MAX_VALUE / 2) {
        return null;
      }
      if (rightUnits > Integer.MAX_VALUE / 2) {
        return null;
      }
      boolean rowsAreLeft = leftUnits <= rightUnits;
      int[] leftFirst = firsts(g, 0, left);
      int[] rightFirst = firsts(g, left, n);
      return rowsAreLeft
          ? new Units(true, leftFirst, rightFirst)
          : new Units(false, rightFirst, leftFirst);
    }

    private static int[] firsts(CandidateGraph g, int from, int to) {
      int[] first = new int[to - from + 1];
      for (int x = from; x < to; x++) {
        first[x - from + 1] = first[x - from] + g.capacity(x);
      }
      return first;
    }
  }

  private static final class Run {
    private final CandidateGraph g;
    private final Units units;
    private final int n;
    private final int rows;
    private final int rowBase;
    private final int columnBase;
    private final double[] cost;
    private final int[] rowOffset;

    Run(CandidateGraph g, Units units) {
      this.g = g;
      this.units = units;
      this.n = units.side;
      this.rows = units.rows;
      this.rowBase = units.rowsAreLeft ? 0 : g.leftCount();
      this.columnBase = units.rowsAreLeft ? g.leftCount() : 0;
      // Real rows, then one shared all-zero row for the virtual rows of the padding.
      this.cost = new double[(int) ((long) rows * n + (rows < n ? n : 0))];
      this.rowOffset = new int[n];
      for (int i = 0; i < n; i++) {
        rowOffset[i] = i < rows ? i * n : rows * n;
      }
    }

    BipartiteMatchingResult solve(SolveControl control) {
      control.check(Lapjv.PHASE);
      fill();
      int[] rowSolution = new int[n];
      double[] v = new double[n];
      int searches = Lapjv.solve(cost, rowOffset, n, rowSolution, v, control);
      double[] rowY = new double[n];
      double[] colY = new double[n];
      nonNegativeDual(rowSolution, v, rowY, colY);
      return result(rowSolution, rowY, colY, searches);
    }

    /** Costs {@code -max(w, 0)} on the edges, 0 on missing pairs (the array starts at zero). */
    private void fill() {
      // Edge by edge (three accessor calls each, in id order): cheaper in a fresh JVM than the
      // adjacency walk, and the first copy of every row is complete before rows are copied.
      int[] rowFirst = units.rowFirst;
      int[] columnFirst = units.columnFirst;
      boolean rowsAreLeft = units.rowsAreLeft;
      int left = g.leftCount();
      for (int e = 0, m = g.edgeCount(); e < m; e++) {
        double w = g.weight(e);
        if (w <= 0.0) {
          continue;
        }
        int a = g.u(e);
        int b = g.v(e) - left;
        int x = rowsAreLeft ? a : b;
        int y = rowsAreLeft ? b : a;
        int base = rowFirst[x] * n;
        for (int c = columnFirst[y], last = columnFirst[y + 1]; c < last; c++) {
          cost[base + c] = -w;
        }
      }
      int vertices = rowFirst.length - 1;
      for (int x = 0; x < vertices; x++) {
        int base = rowFirst[x] * n;
        for (int copy = rowFirst[x] + 1; copy < rowFirst[x + 1]; copy++) {
          System.arraycopy(cost, base, cost, copy * n, n);
        }
      }
    }

    /**
     * LAPJV's potentials, shifted to be non-negative, in the sense of the maximisation: {@code
     * rowY[i] + colY[j] >= -cost[i][j]}, equality on the assignment, all non-negative.
     */
    private void nonNegativeDual(int[] rowSolution, double[] v, double[] rowY, double[] colY) {
      // LAPJV: reduced cost c_ij - u_i - v_j >= 0 with u_i = c_{i x_i} - v_{x_i}. In weights:
      // Y_i = -u_i and V_j = -v_j. Every pair of the padded square is an entry of w+ >= 0, so
      // Y_i + V_j >= 0 for all i, j and min Y + min V >= 0: shifting by t = -min Y keeps every sum.
      double minY = Double.POSITIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        int j = rowSolution[i];
        rowY[i] = v[j] - cost[rowOffset[i] + j];
        minY = Math.min(minY, rowY[i]);
      }
      for (int i = 0; i < n; i++) {
        double y = rowY[i] - minY;
        rowY[i] = y > 0.0 ? y : 0.0;
      }
      for (int j = 0; j < n; j++) {
        double y = -v[j] + minY;
        colY[j] = y > 0.0 ? y : 0.0;
      }
    }

    private BipartiteMatchingResult result(
        int[] rowSolution, double[] rowY, double[] colY, int searches) {
      int vertices = g.vertexCount();
      double[] y = new double[vertices];
      Arrays.fill(y, Double.POSITIVE_INFINITY);
      int rowVertices = units.rowFirst.length - 1;
      int columnVertices = units.columnFirst.length - 1;
      int[] rowOwner = owners(units.rowFirst, rows);
      int[] columnOwner = owners(units.columnFirst, units.columns);
      for (int x = 0; x < rowVertices; x++) {
        for (int r = units.rowFirst[x]; r < units.rowFirst[x + 1]; r++) {
          y[rowBase + x] = Math.min(y[rowBase + x], rowY[r]);
        }
      }
      for (int x = 0; x < columnVertices; x++) {
        for (int c = units.columnFirst[x]; c < units.columnFirst[x + 1]; c++) {
          y[columnBase + x] = Math.min(y[columnBase + x], colY[c]);
        }
      }
      for (int x = 0; x < vertices; x++) {
        if (y[x] == Double.POSITIVE_INFINITY) {
          y[x] = 0.0;
        }
      }
      int[] edges = new int[rows];
      double[] excess = new double[rows];
      int count = 0;
      for (int r = 0; r < rows; r++) {
        int c = rowSolution[r];
        if (c >= units.columns || cost[r * n + c] >= 0.0) {
          continue;
        }
        int a = rowBase + rowOwner[r];
        int b = columnBase + columnOwner[c];
        int e = a < b ? g.edgeBetween(a, b) : g.edgeBetween(b, a);
        edges[count] = e;
        // The copies' excess over their vertex's potential (only one side has copies).
        excess[count++] = (rowY[r] - y[a]) + (colY[c] - y[b]);
      }
      int[] sorted = Arrays.copyOf(edges, count);
      double[] z = Arrays.copyOf(excess, count);
      if (!units.rowsAreLeft) {
        // Edge ids grow with the left end, which is the row order only when rows are the left
        // side: otherwise sort the matched edges, keeping each one's z beside it.
        long[] order = new long[count];
        for (int k = 0; k < count; k++) {
          order[k] = ((long) edges[k] << 32) | k;
        }
        Arrays.sort(order);
        for (int k = 0; k < count; k++) {
          sorted[k] = (int) (order[k] >>> 32);
          z[k] = excess[(int) order[k]];
        }
      }
      double weight = 0.0;
      for (int k = 0; k < count; k++) {
        weight += g.weight(sorted[k]);
      }
      return new BipartiteMatchingResult(sorted, weight, y, z, searches, searches, 0);
    }

    private static int[] owners(int[] first, int units) {
      int[] owner = new int[units];
      for (int x = 0; x + 1 < first.length; x++) {
        for (int c = first[x]; c < first[x + 1]; c++) {
          owner[c] = x;
        }
      }
      return owner;
    }
  }
}
