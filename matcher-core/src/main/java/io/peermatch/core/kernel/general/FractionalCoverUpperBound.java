package io.peermatch.core.kernel.general;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.kernel.SolveControl;
import java.util.function.BooleanSupplier;

/**
 * An upper bound on the maximum weight of a matching in a general graph, from a fractional weighted
 * vertex cover fitted to a given matching: vertex values y &ge; 0 with y(u) + y(v) &ge; w(u, v) on
 * every edge. By weak LP duality every matching M has w(M) = &Sigma;<sub>(u,v) &isin; M</sub> w(u,
 * v) &le; &Sigma;<sub>(u,v) &isin; M</sub> (y(u) + y(v)) &le; &Sigma; y, so &Sigma; y bounds the
 * optimum, and w(M) / &Sigma; y is a certified lower bound on how close M is to it.
 *
 * <p>Method (dual fitting by block coordinate descent): start from the feasible cover y(v) = the
 * heaviest edge at v; then, in passes over the matched pairs and the free vertices, lower each
 * block to the least value that keeps every edge covered given the other values: a free vertex to
 * max(0, max<sub>x</sub> (w(v, x) - y(x))); a matched pair (u, v) to the least pair with y(u) &ge;
 * L(u), y(v) &ge; L(v) and y(u) + y(v) &ge; w(u, v), where L is the same bound over the other
 * neighbours, any surplus split in half. Every step keeps the cover feasible and never raises
 * &Sigma; y. A last pass repairs any edge left short by floating-point rounding, and the sum is
 * rounded up.
 *
 * <p>Running time O(m log &Delta;) to sort the adjacency lists heaviest first, then O(m) per pass
 * (a scan stops at the first edge too light to ask for more); memory O(n + m). The bound is never
 * below the optimum; how close it comes depends on the matching it is fitted to (a near-optimal
 * matching gives a tight cover) and on the graph: it is a bound on the fractional matching
 * relaxation, which in graphs with odd cycles can exceed the integral optimum (by up to a factor
 * 3/2 on a triangle).
 *
 * <p>Reference: the LP duality for matchings, e.g. A. Schrijver, "Combinatorial Optimization:
 * Polyhedra and Efficiency", Springer 2003, chapter 30 (fractional matchings and vertex covers).
 */
public final class FractionalCoverUpperBound {

  /** The passes of coordinate descent that {@link #of(CandidateGraph, int[])} runs. */
  public static final int DEFAULT_PASSES = 8;

  /** The progress phase. */
  static final String PHASE = "upper-bound";

  private FractionalCoverUpperBound() {}

  /**
   * An upper bound on the weight of every matching of {@code graph}, fitted to {@code mate}.
   *
   * @param mate the partner of every vertex in a matching of {@code graph}, or -1 (any array of
   *     vertices gives a valid bound; a good matching gives a tight one)
   */
  public static double of(CandidateGraph graph, int[] mate) {
    return of(graph, mate, DEFAULT_PASSES);
  }

  /** As {@link #of(CandidateGraph, int[])}, with the given number of descent passes. */
  public static double of(CandidateGraph graph, int[] mate, int passes) {
    if (mate.length != graph.vertexCount()) {
      throw new IllegalArgumentException(
          "mate must have one entry per vertex ("
              + graph.vertexCount()
              + ") but had "
              + mate.length);
    }
    for (int v = 0; v < mate.length; v++) {
      if (mate[v] < -1 || mate[v] >= mate.length || mate[v] == v) {
        throw new IllegalArgumentException(
            "mate must be -1 or another vertex but was " + mate[v] + " for vertex " + v);
      }
    }
    return sum(cover(WeightSortedAdjacency.of(graph), mate, passes));
  }

  /**
   * The fitted cover itself: y(v) for every vertex, with y &ge; 0 and y(u) + y(v) &ge; w(u, v) for
   * every edge of positive weight (edges of weight at most 0 are covered by any y &ge; 0).
   */
  static double[] cover(WeightSortedAdjacency adj, int[] mate, int passes) {
    return cover(adj, mate, passes, SolveControl.none());
  }

  /**
   * As {@link #cover(WeightSortedAdjacency, int[], int)}; when the deadline of {@code control}
   * passes, the descent stops and the cover is only made feasible (still a valid bound, looser).
   */
  static double[] cover(WeightSortedAdjacency adj, int[] mate, int passes, SolveControl control) {
    if (passes < 0) {
      throw new IllegalArgumentException("passes must be at least 0 but was " + passes);
    }
    double[] y = heaviest(adj);
    descend(adj, y, mate, passes, control, () -> false);
    repair(adj, y);
    return y;
  }

  /** The cover the descent starts from: y(v) = the heaviest edge at v. */
  static double[] heaviest(WeightSortedAdjacency adj) {
    double[] y = new double[adj.vertexCount];
    for (int v = 0; v < y.length; v++) {
      y[v] = adj.heaviest(v);
    }
    return y;
  }

  /**
   * Lowers the cover {@code y} in {@code passes} passes of block coordinate descent fitted to
   * {@code mate}, in place; it stays a cover up to rounding ({@link #repair} mends that). Any cover
   * is a valid start: one fitted to another matching of the same graph gives a warm start. Stops
   * early, with {@code y} still a cover, when {@code control}'s deadline passes or {@code halt}
   * says so (checked every 4,096 vertices); reports progress over the passes.
   *
   * @return whether every pass ran
   * @throws io.peermatch.api.MatchingCancelledException if the thread is interrupted
   */
  static boolean descend(
      WeightSortedAdjacency adj,
      double[] y,
      int[] mate,
      int passes,
      SolveControl control,
      BooleanSupplier halt) {
    int n = adj.vertexCount;
    for (int pass = 0; pass < passes; pass++) {
      for (int v = 0; v < n; v++) {
        if ((v & 0xFFF) == 0) {
          control.checkInterrupted(PHASE);
          if (control.deadlinePassed() || halt.getAsBoolean()) {
            return false; // any y >= 0 made feasible by repair is a valid bound
          }
          control.progress(PHASE, (pass + (double) v / n) / passes);
        }
        int p = mate[v];
        if (p < 0) {
          y[v] = need(adj, y, v, -1);
        } else if (v < p) {
          double w = weightBetween(adj, v, p);
          double lv = need(adj, y, v, p);
          double lp = need(adj, y, p, v);
          double surplus = w - lv - lp;
          if (surplus > 0) {
            lv += surplus / 2;
            lp = Math.max(lp, w - lv);
          }
          y[v] = lv;
          y[p] = lp;
        }
      }
    }
    return true;
  }

  /** Rounding may leave an edge a few ulps short: raises one end until every edge is covered. */
  static void repair(WeightSortedAdjacency adj, double[] y) {
    int n = adj.vertexCount;
    for (int u = 0; u < n; u++) {
      for (int k = adj.offset[u]; k < adj.offset[u + 1]; k++) {
        int v = adj.other[k];
        double w = adj.weight[k];
        while (y[u] + y[v] < w) {
          y[u] = Math.nextUp(Math.max(y[u], w - y[v]));
        }
      }
    }
  }

  private static double weightBetween(WeightSortedAdjacency adj, int v, int p) {
    for (int k = adj.offset[v]; k < adj.offset[v + 1]; k++) {
      if (adj.other[k] == p) {
        return adj.weight[k];
      }
    }
    return 0.0;
  }

  /** The least value of y(v) &ge; 0 that covers every edge at v except the one to {@code skip}. */
  private static double need(WeightSortedAdjacency adj, double[] y, int v, int skip) {
    double need = 0.0;
    for (int k = adj.offset[v]; k < adj.offset[v + 1]; k++) {
      double w = adj.weight[k];
      // Lists are heaviest first and y >= 0, so no later edge can ask for more.
      if (w <= need) {
        break;
      }
      int x = adj.other[k];
      if (x != skip) {
        need = Math.max(need, w - y[x]);
      }
    }
    return need;
  }

  /** The sum of {@code y}, rounded up so that rounding cannot make it smaller than the true sum. */
  static double sum(double[] y) {
    double s = 0.0;
    for (double v : y) {
      s += v;
    }
    // Each of the n additions errs by at most half an ulp of the running sum.
    return s + y.length * Math.ulp(s);
  }
}
