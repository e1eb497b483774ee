package io.peermatch.core.kernel.bipartite;

import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;

/**
 * The LAPJV kernel on a square cost matrix given by row offsets into one array, so that virtual
 * padding rows can share a single row of memory. Minimises; see {@link JonkerVolgenantAssignment}.
 *
 * <p>Every loop over a row is a small method of its own, called once per row: in a fresh JVM such
 * methods reach compiled code after a few hundred calls, while one large method with all the loops
 * runs interpreted until on-stack replacement compiles it as a whole, which costs a solve of 500
 * per side most of its time (measured: 11–15 ms of CPU cold, against 2–4 ms warm).
 */
final class Lapjv {

  // Two passes as in the original; the cap bounds a price war on near-ties in a pass.
  private static final int ROW_REDUCTION_PASSES = 2;
  private static final int ROW_REDUCTION_BIDS_PER_ROW = 8;

  /** The progress phase. */
  static final String PHASE = "jonker-volgenant";

  private final double[] c;
  private final int[] off;
  private final int n;
  private final int[] rowSolution;
  private final double[] v;
  private final int[] colSolution;
  private final SolveControl control;
  // The two smallest reduced costs of the last row scanned, and their columns.
  private double umin;
  private double usubmin;
  private int j1;
  private int j2;

  private Lapjv(double[] c, int[] off, int n, int[] rowSolution, double[] v, SolveControl control) {
    this.control = control;
    this.c = c;
    this.off = off;
    this.n = n;
    this.rowSolution = rowSolution;
    this.v = v;
    this.colSolution = new int[n];
  }

  /**
   * Solves the n x n problem; fills {@code rowSolution} (row to column) and the column potentials
   * {@code v}, with {@code c[i][j] - v[j] >= c[i][x_i] - v[x_i]} for all rows and columns; returns
   * how many rows needed a shortest augmenting path after the reductions. Checks {@code control}
   * every 256 rows of each reduction and before each augmenting path, and reports progress as the
   * share of free rows augmented.
   */
  static int solve(
      double[] c, int[] off, int n, int[] rowSolution, double[] v, SolveControl control) {
    if (n == 0) {
      return 0;
    }
    return new Lapjv(c, off, n, rowSolution, v, control).run();
  }

  private int run() {
    int[] matches = new int[n];
    int[] free = new int[n];
    Arrays.fill(rowSolution, -1);

    // Column reduction, minima found row by row for cache-friendly access to the row-major copy.
    double[] colMin = new double[n];
    int[] colArgMin = new int[n];
    Arrays.fill(colMin, Double.POSITIVE_INFINITY);
    for (int i = 0; i < n; i++) {
      if ((i & 0xFF) == 0) {
        control.check(PHASE);
      }
      columnMinima(c, off[i], n, i, colMin, colArgMin);
    }
    for (int j = n - 1; j >= 0; j--) {
      v[j] = colMin[j];
      int imin = colArgMin[j];
      if (++matches[imin] == 1) {
        rowSolution[imin] = j;
        colSolution[j] = imin;
      } else if (v[j] < v[rowSolution[imin]]) {
        int previous = rowSolution[imin];
        rowSolution[imin] = j;
        colSolution[j] = imin;
        colSolution[previous] = -1;
      } else {
        colSolution[j] = -1;
      }
    }

    // Reduction transfer.
    int numFree = 0;
    for (int i = 0; i < n; i++) {
      if ((i & 0xFF) == 0) {
        control.check(PHASE);
      }
      if (matches[i] == 0) {
        free[numFree++] = i;
      } else if (matches[i] == 1) {
        int assigned = rowSolution[i];
        double min = minimumExcept(c, off[i], v, n, assigned);
        if (min < Double.POSITIVE_INFINITY) {
          v[assigned] -= min;
        }
      }
    }

    numFree = augmentingRowReduction(free, numFree);

    // Shortest augmenting path for each free row.
    double[] d = new double[n];
    int[] pred = new int[n];
    int[] colList = new int[n];
    for (int f = 0; f < numFree; f++) {
      control.check(PHASE);
      control.progress(PHASE, (double) f / numFree);
      augment(free[f], d, pred, colList);
    }
    return numFree;
  }

  private static void columnMinima(
      double[] c, int base, int n, int row, double[] colMin, int[] colArgMin) {
    for (int j = 0; j < n; j++) {
      double h = c[base + j];
      if (h < colMin[j]) {
        colMin[j] = h;
        colArgMin[j] = row;
      }
    }
  }

  private static double minimumExcept(double[] c, int base, double[] v, int n, int skip) {
    double min = Double.POSITIVE_INFINITY;
    for (int j = 0; j < n; j++) {
      if (j != skip) {
        double h = c[base + j] - v[j];
        if (h < min) {
          min = h;
        }
      }
    }
    return min;
  }

  /** The two smallest reduced costs of the row at {@code base} into the scan fields. */
  private void twoSmallest(int base) {
    double first = c[base] - v[0];
    double second = Double.POSITIVE_INFINITY;
    int firstColumn = 0;
    int secondColumn = -1;
    for (int j = 1; j < n; j++) {
      double h = c[base + j] - v[j];
      if (h < second) {
        if (h >= first) {
          second = h;
          secondColumn = j;
        } else {
          second = first;
          first = h;
          secondColumn = firstColumn;
          firstColumn = j;
        }
      }
    }
    umin = first;
    usubmin = second;
    j1 = firstColumn;
    j2 = secondColumn;
  }

  /** Two capped passes of augmenting row reduction; returns the rows still free. */
  private int augmentingRowReduction(int[] free, int numFree) {
    long budget = (long) ROW_REDUCTION_BIDS_PER_ROW * n;
    for (int pass = 0; pass < ROW_REDUCTION_PASSES && numFree > 0; pass++) {
      int k = 0;
      int previous = numFree;
      numFree = 0;
      while (k < previous) {
        if ((k & 0xFF) == 0) {
          control.check(PHASE);
        }
        int i = free[k++];
        if (--budget < 0) {
          free[numFree++] = i;
          continue;
        }
        twoSmallest(off[i]);
        int column = j1;
        int i0 = colSolution[column];
        if (umin < usubmin) {
          v[column] -= usubmin - umin;
        } else if (i0 > -1 && j2 >= 0) {
          column = j2;
          i0 = colSolution[j2];
        }
        if (i0 > -1 && rowSolution[i0] == column) {
          rowSolution[i0] = -1;
        }
        rowSolution[i] = column;
        colSolution[column] = i;
        if (i0 > -1) {
          if (umin < usubmin) {
            free[--k] = i0;
          } else {
            free[numFree++] = i0;
          }
        }
      }
    }
    return numFree;
  }

  /** Dijkstra over columns from {@code freeRow}, then the potentials update and the flip. */
  private void augment(int freeRow, double[] d, int[] pred, int[] colList) {
    int base = off[freeRow];
    for (int j = 0; j < n; j++) {
      d[j] = c[base + j] - v[j];
      pred[j] = freeRow;
      colList[j] = j;
    }
    int low = 0;
    int up = 0;
    int last = 0;
    int endOfPath = -1;
    double min = 0.0;
    while (endOfPath < 0) {
      if (up == low) {
        last = low - 1;
        min = d[colList[up++]];
        up = gatherMinimum(d, colList, low, up, min);
        min = d[colList[low]];
        for (int k = low; k < up; k++) {
          if (colSolution[colList[k]] < 0) {
            endOfPath = colList[k];
            break;
          }
        }
      }
      if (endOfPath < 0) {
        int scanned = colList[low++];
        int i = colSolution[scanned];
        int rowBase = off[i];
        double h = c[rowBase + scanned] - v[scanned] - min;
        int result = relax(rowBase, i, h, min, d, pred, colList, up);
        if (result < 0) {
          endOfPath = -result - 1;
        } else {
          up = result;
        }
      }
    }
    for (int k = 0; k <= last; k++) {
      int column = colList[k];
      v[column] += d[column] - min;
    }
    int i;
    do {
      i = pred[endOfPath];
      colSolution[endOfPath] = i;
      int column = endOfPath;
      endOfPath = rowSolution[i];
      rowSolution[i] = column;
    } while (i != freeRow);
  }

  /**
   * Moves the columns of {@code colList[up..n)} whose distance equals the new minimum to the front
   * of that range (restarting it when a smaller one appears); returns the new {@code up}.
   */
  private int gatherMinimum(double[] d, int[] colList, int low, int up, double min) {
    for (int k = up; k < n; k++) {
      int j = colList[k];
      double h = d[j];
      if (h <= min) {
        if (h < min) {
          up = low;
          min = h;
        }
        colList[k] = colList[up];
        colList[up++] = j;
      }
    }
    return up;
  }

  /**
   * Relaxes the unscanned columns from row {@code i}; returns the new {@code up}, or {@code -(j +
   * 1)} for a free column {@code j} reached at the current minimum.
   */
  private int relax(
      int rowBase, int i, double h, double min, double[] d, int[] pred, int[] colList, int up) {
    for (int k = up; k < n; k++) {
      int j = colList[k];
      double v2 = c[rowBase + j] - v[j] - h;
      if (v2 < d[j]) {
        pred[j] = i;
        if (v2 == min) {
          if (colSolution[j] < 0) {
            d[j] = v2;
            return -(j + 1);
          }
          colList[k] = colList[up];
          colList[up++] = j;
        }
        d[j] = v2;
      }
    }
    return up;
  }
}
