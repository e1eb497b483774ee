package io.peermatch.core.kernel.bipartite;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;

/**
 * Exact assignment on a dense {@code rows x columns} matrix (the linear assignment problem, also
 * the maximum-weight matching of a complete bipartite graph): maximise total weight or minimise
 * total cost, rectangular matrices allowed, with potentials that prove the answer optimal.
 *
 * <p><b>Modes.</b>
 *
 * <ul>
 *   <li>{@link #minimizeCost}: every vertex of the smaller side gets a partner; minimum total cost.
 *   <li>{@link #maximizeWeight}: every vertex of the smaller side gets a partner; maximum weight.
 *   <li>{@link #maximizeWeightAllowUnmatched}: anyone may stay unmatched; maximum weight. The
 *       reduction: solve {@link #maximizeWeight} on {@code w+ = max(w, 0)} and drop the pairs of
 *       weight {@code <= 0}. A matching {@code M} of {@code w} extends to a full assignment whose
 *       {@code w+} weight is at least {@code w(M)} (added pairs weigh {@code >= 0}), and dropping
 *       the non-positive pairs of a full assignment leaves a matching of equal {@code w} weight; so
 *       the optima are equal and a non-positive pair is never forced. No padding, no extra memory.
 * </ul>
 *
 * <p><b>Method.</b> Jonker and Volgenant's LAPJV on the square matrix: column reduction, reduction
 * transfer, two passes of augmenting row reduction (capped so that a price war on near-ties stays
 * cheap), then a shortest augmenting path (Dijkstra over columns, scanning all columns at the
 * current minimum at once) for every row still free. A rectangular matrix is transposed so that
 * rows are the smaller side and padded with virtual all-zero rows (one shared row of memory); the
 * columns that the virtual rows take are the unassigned ones, and shifting the potentials by the
 * largest column potential turns the square dual into the rectangular one (the larger side's
 * potentials then vanish where unassigned and have the sign the rectangular dual requires).
 *
 * <p><b>Running time.</b> {@code O(n^3)} worst case for {@code n = max(rows, columns)}, typically
 * far less (uniform random integer weights: about {@code n^2 log n}). Memory: a working copy of
 * {@code 8 * rows * columns} bytes plus {@code O(n)}; matrices of more than {@link #MAX_ENTRIES}
 * entries are refused with an {@link IllegalArgumentException} before anything is allocated.
 *
 * <p><b>Guarantee.</b> Optimal; {@link
 * MaximumWeightBipartiteMatchingChecker#findAssignmentViolation} verifies the potentials. Exact for
 * integer entries of magnitude below {@code 2^51}; otherwise each reduced cost carries a rounding
 * error of about {@code 1e-16} of the largest entry. Deterministic.
 *
 * <p>Reference: R. Jonker and A. Volgenant, A shortest augmenting path algorithm for dense and
 * sparse linear assignment problems, <i>Computing</i> 38 (1987) 325–340. For sparse candidate
 * graphs use {@link SuccessiveShortestPathBipartiteMatching} instead.
 */
public final class JonkerVolgenantAssignment {

  /** The largest matrix accepted, in entries: {@code 2^27}, a working copy of 1 GiB. */
  public static final long MAX_ENTRIES = 1L << 27;

  private static final int MIN_COST = 0;
  private static final int MAX_WEIGHT = 1;
  private static final int MAX_WEIGHT_ALLOW_UNMATCHED = 2;

  private JonkerVolgenantAssignment() {}

  /** A minimum-cost assignment in which every vertex of the smaller side has a partner. */
  public static DenseAssignment minimizeCost(double[] costs, int rows, int columns) {
    return solve(costs, rows, columns, MIN_COST, SolveControl.none());
  }

  /** A maximum-weight assignment in which every vertex of the smaller side has a partner. */
  public static DenseAssignment maximizeWeight(double[] weights, int rows, int columns) {
    return solve(weights, rows, columns, MAX_WEIGHT, SolveControl.none());
  }

  /** A maximum-weight matching in which anyone may stay unmatched: see the class comment. */
  public static DenseAssignment maximizeWeightAllowUnmatched(
      double[] weights, int rows, int columns) {
    return solve(weights, rows, columns, MAX_WEIGHT_ALLOW_UNMATCHED, SolveControl.none());
  }

  /**
   * As {@link #minimizeCost(double[], int, int)}, honouring {@code control} (progress as the share
   * of rows assigned).
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static DenseAssignment minimizeCost(
      double[] costs, int rows, int columns, SolveControl control) {
    return solve(costs, rows, columns, MIN_COST, control);
  }

  /**
   * As {@link #maximizeWeight(double[], int, int)}, honouring {@code control}.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static DenseAssignment maximizeWeight(
      double[] weights, int rows, int columns, SolveControl control) {
    return solve(weights, rows, columns, MAX_WEIGHT, control);
  }

  /**
   * As {@link #maximizeWeightAllowUnmatched(double[], int, int)}, honouring {@code control}.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static DenseAssignment maximizeWeightAllowUnmatched(
      double[] weights, int rows, int columns, SolveControl control) {
    return solve(weights, rows, columns, MAX_WEIGHT_ALLOW_UNMATCHED, control);
  }

  private static DenseAssignment solve(
      double[] matrix, int rows, int columns, int mode, SolveControl control) {
    validate(matrix, rows, columns);
    boolean transpose = rows > columns;
    int small = Math.min(rows, columns);
    int n = Math.max(rows, columns);
    // The working matrix: `small` real rows of n costs, then one shared all-zero virtual row.
    double[] cost = new double[(int) ((long) small * n + n)];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        double w = matrix[i * columns + j];
        double c = mode == MIN_COST ? w : mode == MAX_WEIGHT ? -w : -Math.max(w, 0.0);
        if (transpose) {
          cost[j * n + i] = c;
        } else {
          cost[i * n + j] = c;
        }
      }
    }
    int[] rowOffset = new int[n];
    for (int i = 0; i < n; i++) {
      rowOffset[i] = i < small ? i * n : small * n;
    }
    int[] rowSolution = new int[n];
    double[] v = new double[n];
    Lapjv.solve(cost, rowOffset, n, rowSolution, v, control);

    // Square dual (u_i + v_j <= c_ij, tight on the assignment) to the rectangular one.
    double shift = 0.0;
    if (small < n) {
      shift = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < n; j++) {
        shift = Math.max(shift, v[j]);
      }
    }
    double sign = mode == MIN_COST ? 1.0 : -1.0;
    double[] smallPotential = new double[small];
    double[] largePotential = new double[n];
    boolean[] taken = new boolean[n];
    for (int i = 0; i < small; i++) {
      int j = rowSolution[i];
      taken[j] = true;
      smallPotential[i] = sign * (cost[rowOffset[i] + j] - v[j] + shift);
    }
    for (int j = 0; j < n; j++) {
      largePotential[j] = taken[j] || small == n ? sign * (v[j] - shift) : 0.0;
    }

    int[] assignment = new int[rows];
    Arrays.fill(assignment, -1);
    double[] rowPotentials;
    double[] columnPotentials;
    if (transpose) {
      for (int i = 0; i < small; i++) {
        assignment[rowSolution[i]] = i;
      }
      rowPotentials = largePotential;
      columnPotentials = smallPotential;
    } else {
      System.arraycopy(rowSolution, 0, assignment, 0, rows);
      rowPotentials = smallPotential;
      columnPotentials = largePotential;
    }
    int[] rowToColumn = assignment.clone();
    double objective = 0.0;
    for (int i = 0; i < rows; i++) {
      int j = rowToColumn[i];
      if (j < 0) {
        continue;
      }
      double w = matrix[i * columns + j];
      if (mode == MAX_WEIGHT_ALLOW_UNMATCHED && w <= 0.0) {
        rowToColumn[i] = -1;
      } else {
        objective += w;
      }
    }
    return new DenseAssignment(assignment, rowToColumn, rowPotentials, columnPotentials, objective);
  }

  private static void validate(double[] matrix, int rows, int columns) {
    if (rows < 0 || columns < 0) {
      throw new IllegalArgumentException(
          "matrix dimensions must not be negative but were " + rows + " x " + columns);
    }
    long entries = (long) rows * columns;
    if (entries > MAX_ENTRIES) {
      throw new IllegalArgumentException(
          "matrix of "
              + rows
              + " x "
              + columns
              + " = "
              + entries
              + " entries exceeds the limit of "
              + MAX_ENTRIES
              + " entries (a working copy needs 8 bytes per entry); use"
              + " SuccessiveShortestPathBipartiteMatching on a sparse candidate graph");
    }
    if (matrix.length != entries) {
      throw new IllegalArgumentException(
          "matrix must have "
              + rows
              + " x "
              + columns
              + " = "
              + entries
              + " entries but had "
              + matrix.length);
    }
    for (int k = 0; k < matrix.length; k++) {
      if (!(Math.abs(matrix[k]) <= CandidateGraph.MAX_WEIGHT)) {
        throw new IllegalArgumentException(
            "entry must be finite and at most 1e100 in magnitude (so that sums stay finite) but"
                + " was "
                + matrix[k]
                + " at row "
                + (k / columns)
                + ", column "
                + (k % columns));
      }
    }
  }
}
