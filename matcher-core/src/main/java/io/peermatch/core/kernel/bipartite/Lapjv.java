package io.peermatch.core.kernel.bipartite;

import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;

/**
 * The LAPJV kernel on a square cost matrix given by row offsets into one array, so that virtual
 * padding rows can share a single row of memory. Minimises; see {@link JonkerVolgenantAssignment}.
 */
final class Lapjv {

  // Two passes as in the original; the cap bounds a price war on near-ties in a pass.
  private static final int ROW_REDUCTION_PASSES = 2;
  private static final int ROW_REDUCTION_BIDS_PER_ROW = 8;

  /** The progress phase. */
  static final String PHASE = "jonker-volgenant";

  private Lapjv() {}

  /**
   * Solves the n x n problem; fills {@code rowSolution} (row to column) and the column potentials
   * {@code v}, with {@code c[i][j] - v[j] >= c[i][x_i] - v[x_i]} for all rows and columns.
   */
  static void solve(
      double[] c, int[] off, int n, int[] rowSolution, double[] v, SolveControl control) {
    if (n == 0) {
      return;
    }
    int[] colSolution = new int[n];
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
      int base = off[i];
      for (int j = 0; j < n; j++) {
        double h = c[base + j];
        if (h < colMin[j]) {
          colMin[j] = h;
          colArgMin[j] = i;
        }
      }
    }
    for (int j = n - 1; j >= 0; j--) {
      v[j] = colMin[j];
      int imin = colArgMin[j];
      if (++matches[imin] == 1) {
        rowSolution[imin] = j;
        colSolution[j] = imin;
      } else if (v[j] < v[rowSolution[imin]]) {
        int j1 = rowSolution[imin];
        rowSolution[imin] = j;
        colSolution[j] = imin;
        colSolution[j1] = -1;
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
        int j1 = rowSolution[i];
        int base = off[i];
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
          if (j != j1) {
            double h = c[base + j] - v[j];
            if (h < min) {
              min = h;
            }
          }
        }
        if (min < Double.POSITIVE_INFINITY) {
          v[j1] -= min;
        }
      }
    }

    // Augmenting row reduction.
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
        int base = off[i];
        double umin = c[base] - v[0];
        int j1 = 0;
        int j2 = -1;
        double usubmin = Double.POSITIVE_INFINITY;
        for (int j = 1; j < n; j++) {
          double h = c[base + j] - v[j];
          if (h < usubmin) {
            if (h >= umin) {
              usubmin = h;
              j2 = j;
            } else {
              usubmin = umin;
              umin = h;
              j2 = j1;
              j1 = j;
            }
          }
        }
        int i0 = colSolution[j1];
        if (umin < usubmin) {
          v[j1] -= usubmin - umin;
        } else if (i0 > -1 && j2 >= 0) {
          j1 = j2;
          i0 = colSolution[j2];
        }
        if (i0 > -1 && rowSolution[i0] == j1) {
          rowSolution[i0] = -1;
        }
        rowSolution[i] = j1;
        colSolution[j1] = i;
        if (i0 > -1) {
          if (umin < usubmin) {
            free[--k] = i0;
          } else {
            free[numFree++] = i0;
          }
        }
      }
    }

    // Shortest augmenting path for each free row.
    double[] d = new double[n];
    int[] pred = new int[n];
    int[] colList = new int[n];
    long steps = 0;
    for (int f = 0; f < numFree; f++) {
      control.check(PHASE);
      control.progress(PHASE, (double) f / numFree);
      int freeRow = free[f];
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
        if ((++steps & 0xFF) == 0) {
          control.check(PHASE);
        }
        if (up == low) {
          last = low - 1;
          min = d[colList[up++]];
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
          for (int k = low; k < up; k++) {
            if (colSolution[colList[k]] < 0) {
              endOfPath = colList[k];
              break;
            }
          }
        }
        if (endOfPath < 0) {
          int j1 = colList[low++];
          int i = colSolution[j1];
          int rowBase = off[i];
          double h = c[rowBase + j1] - v[j1] - min;
          for (int k = up; k < n; k++) {
            int j = colList[k];
            double v2 = c[rowBase + j] - v[j] - h;
            if (v2 < d[j]) {
              pred[j] = i;
              if (v2 == min) {
                if (colSolution[j] < 0) {
                  endOfPath = j;
                  break;
                }
                colList[k] = colList[up];
                colList[up++] = j;
              }
              d[j] = v2;
            }
          }
        }
      }
      for (int k = 0; k <= last; k++) {
        int j1 = colList[k];
        v[j1] += d[j1] - min;
      }
      int i;
      do {
        i = pred[endOfPath];
        colSolution[endOfPath] = i;
        int j1 = endOfPath;
        endOfPath = rowSolution[i];
        rowSolution[i] = j1;
      } while (i != freeRow);
    }
  }
}
