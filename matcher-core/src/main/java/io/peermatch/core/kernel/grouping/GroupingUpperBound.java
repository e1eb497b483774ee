package io.peermatch.core.kernel.grouping;

import java.util.Arrays;

/**
 * A proven upper bound on the objective of every grouping: the dual of the fractional degree
 * relaxation, improved by exact coordinate descent.
 *
 * <p>In any grouping an item shares its group with at most {@code s - 1} others ({@code s} the
 * largest group size), so the pairs inside groups form a subgraph of degree at most {@code s - 1}.
 * Relaxing "the pairs form disjoint cliques" to "each item is in at most {@code s - 1} chosen
 * pairs, each pair chosen at most once, fractionally" gives a linear programme whose dual is:
 * minimise
 *
 * <pre>U(y) = (s - 1) Σ_v y_v + Σ_{u &lt; v} max(0, w_uv - y_u - y_v)   over y ≥ 0,</pre>
 *
 * and by weak duality {@code U(y)} bounds the objective of every grouping, for every {@code y ≥ 0}
 * (a pair inside a group is worth at most {@code y_u + y_v + max(0, w_uv - y_u - y_v)}, and each
 * {@code y_v} is counted at most {@code s - 1} times). Forbidden pairs are left out of the sum (no
 * grouping that keeps the rules contains them). Pairs that are not stored (sparse) have value 0 and
 * contribute nothing.
 *
 * <p>Starting from {@code y_v} = half the {@code (s-1)}-th largest value of item {@code v} (which
 * already bounds at least as tightly as the classic bound "for each item the sum of its {@code s-1}
 * largest values, halved"), each sweep sets every {@code y_v} in turn to the exact minimiser of
 * {@code U} in that coordinate: the {@code (s-1)}-th largest of {@code w_uv - y_u} over {@code u},
 * or 0. {@code U} never increases; sweeps stop when a sweep gains less than 10<sup>-7</sup> of the
 * bound, or after {@value #MAX_SWEEPS}. Running time O(n² s) per sweep dense, O(m s) sparse; O(n)
 * extra memory. The coordinate descent may stop above the optimum of the relaxation (the function
 * is piecewise linear), never below: every reported value is a valid bound, padded by
 * 10<sup>-9</sup> relative against rounding.
 *
 * <p>Reference: the relaxation is the fractional b-matching polytope (b = s − 1) of A. Schrijver,
 * <i>Combinatorial Optimization</i>, Springer 2003, ch. 30–31; the bound on the largest values per
 * item is the one used for the MDGP by, among others, X. Lai, J.-K. Hao, "Iterated maxima search
 * for the maximally diverse grouping problem", European Journal of Operational Research 254(3)
 * (2016) 780–800.
 */
public final class GroupingUpperBound {

  /** The most coordinate-descent sweeps. */
  public static final int MAX_SWEEPS = 30;

  private GroupingUpperBound() {}

  /** The bound for {@code instance}, O(sweeps · n² · s) dense, O(sweeps · m · s) sparse. */
  public static double of(GroupingInstance instance) {
    return of(instance, MAX_SWEEPS);
  }

  /**
   * The bound after at most {@code maxSweeps} coordinate-descent sweeps (0: the starting point).
   */
  public static double of(GroupingInstance instance, int maxSweeps) {
    int n = instance.itemCount();
    int b = instance.maxSize() - 1;
    if (b <= 0) {
      return 0.0;
    }
    ForbiddenLists forbidden = ForbiddenLists.of(instance);
    double[] y = new double[n];
    double[] top = new double[b];
    boolean[] mark = new boolean[n];
    // Start: half the b-th largest positive value (y = 0 for the first coordinate pass).
    for (int v = 0; v < n; v++) {
      y[v] = 0.5 * bestAfterOffsets(instance, v, null, top, b, forbidden, mark);
    }
    double bound = evaluate(instance, y, b, forbidden, mark);
    for (int sweep = 0; sweep < maxSweeps; sweep++) {
      for (int v = 0; v < n; v++) {
        y[v] = bestAfterOffsets(instance, v, y, top, b, forbidden, mark);
      }
      double next = evaluate(instance, y, b, forbidden, mark);
      boolean small = bound - next <= 1e-7 * Math.abs(bound);
      bound = Math.min(bound, next);
      if (small) {
        break;
      }
    }
    return bound + 1e-9 * (Math.abs(bound) + 1.0);
  }

  /**
   * The b-th largest of {@code w_uv - y_u} over the allowed partners {@code u} of {@code v} (y =
   * null: 0 offsets), or 0 when fewer than b are positive.
   */
  private static double bestAfterOffsets(
      GroupingInstance instance,
      int v,
      double[] y,
      double[] top,
      int b,
      ForbiddenLists forbidden,
      boolean[] mark) {
    Arrays.fill(top, 0.0); // values at most 0 never matter: y_v >= 0
    forbidden.mark(v, mark, true);
    if (instance.isDense()) {
      double[] w = instance.denseValues();
      int n = instance.itemCount();
      int row = v * n;
      for (int u = 0; u < n; u++) {
        double a = w[row + u] - (y == null ? 0.0 : y[u]);
        if (a > top[b - 1] && u != v && !mark[u]) {
          insert(top, b, a);
        }
      }
    } else {
      int[] start = instance.adjacencyStart();
      int[] adj = instance.adjacent();
      double[] val = instance.adjacentValues();
      for (int k = start[v]; k < start[v + 1]; k++) {
        int u = adj[k];
        double a = val[k] - (y == null ? 0.0 : y[u]);
        if (a > top[b - 1] && !mark[u]) {
          insert(top, b, a);
        }
      }
    }
    forbidden.mark(v, mark, false);
    return top[b - 1];
  }

  private static void insert(double[] top, int b, double a) {
    int i = b - 1;
    while (i > 0 && top[i - 1] < a) {
      top[i] = top[i - 1];
      i--;
    }
    top[i] = a;
  }

  private static double evaluate(
      GroupingInstance instance, double[] y, int b, ForbiddenLists forbidden, boolean[] mark) {
    int n = instance.itemCount();
    double total = 0;
    for (int v = 0; v < n; v++) {
      total += b * y[v];
    }
    for (int v = 0; v < n; v++) {
      forbidden.mark(v, mark, true);
      double yv = y[v];
      double rowSum = 0;
      if (instance.isDense()) {
        double[] w = instance.denseValues();
        int row = v * n;
        for (int u = v + 1; u < n; u++) {
          double r = w[row + u] - yv - y[u];
          if (r > 0 && !mark[u]) {
            rowSum += r;
          }
        }
      } else {
        int[] start = instance.adjacencyStart();
        int[] adj = instance.adjacent();
        double[] val = instance.adjacentValues();
        for (int k = start[v]; k < start[v + 1]; k++) {
          int u = adj[k];
          if (u > v) {
            double r = val[k] - yv - y[u];
            if (r > 0 && !mark[u]) {
              rowSum += r;
            }
          }
        }
      }
      forbidden.mark(v, mark, false);
      total += rowSum;
    }
    return total;
  }
}
