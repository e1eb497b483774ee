package io.peermatch.core.kernel.bipartite;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.kernel.SolveControl;

/**
 * The fast exact path for one-to-one instances with integer weights: an auction on the weights
 * scaled by {@code K = leftCount + 1} down to epsilon 1, whose matching is then optimal whenever no
 * object ends unmatched with a price (Bertsekas: within {@code leftCount * epsilon < K}, i.e. below
 * one unit of the original weights); then exact integer potentials are recovered from the rounded
 * prices by label correction (Bellman–Ford with a FIFO queue) on the residual graph of that
 * matching. Label correction converges exactly when the residual graph has no negative cycle, that
 * is when the matching is optimal; a work budget stands in for cycle detection. When it runs out,
 * or an object ends free with a price, the caller starts the shortest-path method from the
 * auction's matching and prices; when the instance does not qualify, from its greedy start. The
 * potentials are exact integers, so the certificate is exact.
 *
 * <p>References: D. P. Bertsekas, The auction algorithm, <i>Annals of Operations Research</i> 14
 * (1988) 105–123 (Proposition 1: integer benefits and {@code n epsilon < 1} give an optimal
 * assignment); R. K. Ahuja, T. L. Magnanti and J. B. Orlin, <i>Network Flows</i>, Section 5.4 (FIFO
 * label correcting), Theorem 9.4 (optimality and reduced costs).
 */
final class AuctionDualCompletion {

  /** Scaled weights must stay exact integers in a double, with room for price increments. */
  private static final double MAX_SCALED_WEIGHT = 0x1p50;

  // Label correction from near-optimal prices touches each arc a few times; this many arc scans
  // per arc means a negative cycle (a suboptimal auction matching) or a poor start.
  private static final long SCANS_PER_ARC = 40;

  // Measured on 100,000 per side (32 random candidates with weights 10^9 + [0, 1000), and 16 with
  // weights in [1, 10^6]): an auction stopped at a hundredth of a unit is already optimal and
  // certified after about one pass of label correction, which saves the last three phases (a
  // sixth of the bids); at a tenth of a unit it no longer always is. The early attempt gets a
  // small budget, so that a failure costs little.
  static final double EARLY_EPSILON_DIVISOR = 100.0;
  private static final long EARLY_SCANS_PER_ARC = 4;

  /** The progress phase: the exact kernel's, whose fast path this is. */
  private static final String PHASE = SuccessiveShortestPathBipartiteMatching.PHASE;

  private AuctionDualCompletion() {}

  /** A certified optimal matching, or null when this path does not apply or does not converge. */
  static BipartiteMatchingResult trySolve(CandidateGraph g) {
    WarmStart start = warmStart(g, SolveControl.none());
    return start == null ? null : certify(g, start, SolveControl.none());
  }

  /**
   * The auction's matching with exact integer potentials that prove it optimal, or null when the
   * auction left an object free with a price or label correction does not converge (then {@code
   * start} is still a good start for the shortest-path method).
   */
  static BipartiteMatchingResult certify(CandidateGraph g, WarmStart start, SolveControl control) {
    return certify(g, start, SCANS_PER_ARC, control);
  }

  /**
   * The exact path in two stages: the auction down to an epsilon of {@code scale / }{@value
   * #EARLY_EPSILON_DIVISOR} (a hundredth of a unit of the original weights) and an attempt to
   * certify it with a small label-correction budget; if that fails, the remaining phases down to
   * epsilon 1, and a certificate with the full budget. Returns the certified result, or null with
   * {@code start[0]} set to the final warm start for the shortest-path method; null with {@code
   * start[0] == null} when the instance does not qualify.
   */
  static BipartiteMatchingResult solve(CandidateGraph g, WarmStart[] start, SolveControl control) {
    WarmStart early = warmStart(g, (g.leftCount() + 1.0) / EARLY_EPSILON_DIVISOR, control);
    start[0] = early;
    if (early == null) {
      return null;
    }
    BipartiteMatchingResult certified = certify(g, early, EARLY_SCANS_PER_ARC, control);
    if (certified != null || early.epsilon() <= 1.0) {
      return certified;
    }
    WarmStart last = early.refine();
    start[0] = last;
    return certify(g, last, SCANS_PER_ARC, control);
  }

  private static BipartiteMatchingResult certify(
      CandidateGraph g, WarmStart start, long scansPerArc, SolveControl control) {
    int n = g.vertexCount();
    int leftCount = g.leftCount();
    int m = g.edgeCount();
    int[] choice = start.choice();
    double[] price = start.price();
    double scale = start.scale();
    boolean[] matched = new boolean[m];
    int[] mate = new int[n];
    java.util.Arrays.fill(mate, -1);
    for (int u = 0; u < leftCount; u++) {
      int e = choice[u];
      if (e >= 0) {
        matched[e] = true;
        mate[u] = e;
        mate[g.v(e)] = e;
      }
    }
    // Objects left free with a price are the auction's only defect on the asymmetric problem;
    // without any, the matching is optimal (Bertsekas, Proposition 1) and label correction
    // converges. With some, the shortest-path method repairs them from this start instead.
    for (int v = leftCount; v < n; v++) {
      if (price[v] > 0.0 && mate[v] < 0) {
        return null;
      }
    }
    // Start: right potentials are the rounded prices of held objects, 0 elsewhere; left
    // potentials the best profit against them (or 0), which covers every edge.
    double[] y = new double[n];
    for (int v = leftCount; v < n; v++) {
      y[v] = mate[v] >= 0 ? Math.rint(price[v] / scale) : 0.0;
    }
    for (int u = 0; u < leftCount; u++) {
      double best = 0.0;
      for (int k = g.adjacencyStart(u), end = g.adjacencyEnd(u); k < end; k++) {
        int e = g.adjacentEdge(k);
        best = Math.max(best, g.weight(e) - y[g.v(e)]);
      }
      y[u] = best;
    }
    long budget = scansPerArc * ((long) m + n);
    double rootLabel = correctLabels(g, matched, mate, y, budget, control);
    if (Double.isNaN(rootLabel)) {
      return null;
    }
    // Labels are relative to the root (source and sink merged): shift them so that its label is
    // 0; then unmatched vertices, whose potential is at most 0, are raised to 0.
    int count = 0;
    for (int x = 0; x < n; x++) {
      y[x] += x < leftCount ? -rootLabel : rootLabel;
      if (mate[x] < 0 && y[x] < 0.0) {
        y[x] = 0.0;
      }
    }
    for (int e = 0; e < m; e++) {
      if (matched[e]) {
        count++;
      }
    }
    int[] edges = new int[count];
    double[] z = new double[count];
    double weight = 0.0;
    for (int e = 0, k = 0; e < m; e++) {
      if (matched[e]) {
        edges[k] = e;
        double w = g.weight(e);
        weight += w;
        z[k++] = Math.max(0.0, w - y[g.u(e)] - y[g.v(e)]);
      }
    }
    // The search counters describe the shortest-path method, which did not run.
    return new BipartiteMatchingResult(edges, weight, y, z, 0, 0, 0);
  }

  /**
   * The forward/reverse auction's matching and prices on the weights scaled by {@code leftCount +
   * 1} down to epsilon 1, or null when the instance does not qualify (a capacity above 1, a
   * non-integer weight, or a scaled weight above {@code 2^50}).
   */
  static WarmStart warmStart(CandidateGraph g, SolveControl control) {
    return warmStart(g, 1.0, control);
  }

  /**
   * As {@link #warmStart(CandidateGraph, SolveControl)}, stopping at the given epsilon (at least
   * 1).
   */
  static WarmStart warmStart(CandidateGraph g, double epsilon, SolveControl control) {
    int n = g.vertexCount();
    int leftCount = g.leftCount();
    double maxWeight = 0.0;
    for (int e = 0; e < g.edgeCount(); e++) {
      double w = g.weight(e);
      if (w != Math.rint(w)) {
        return null;
      }
      maxWeight = Math.max(maxWeight, Math.abs(w));
    }
    for (int x = 0; x < n; x++) {
      if (g.capacity(x) != 1) {
        return null;
      }
    }
    double scale = leftCount + 1.0;
    if (maxWeight * scale > MAX_SCALED_WEIGHT) {
      return null;
    }
    double target = Math.max(1.0, Math.floor(epsilon));
    return WarmStart.of(
        AuctionBipartiteMatching.Bidding.start(
            g, scale, target, true, true, control.within(PHASE, 0, 0.9), false),
        scale,
        target);
  }

  /**
   * The auction's matching ({@code choice}: each left vertex's edge or -1) and scaled prices, the
   * epsilon it reached, and the auction itself, so that it can be continued.
   */
  record WarmStart(
      int[] choice,
      double[] price,
      double scale,
      double epsilon,
      AuctionBipartiteMatching.Bidding auction) {

    static WarmStart of(AuctionBipartiteMatching.Bidding auction, double scale, double epsilon) {
      int[] choice = new int[auction.g.leftCount()];
      double[] price = new double[auction.g.vertexCount()];
      auction.export(price, choice);
      return new WarmStart(choice, price, scale, epsilon, auction);
    }

    /** A start from any matching and prices (for tests of the shortest-path method's repairs). */
    WarmStart(int[] choice, double[] price, double scale) {
      this(choice, price, scale, 1.0, null);
    }

    /** The same auction continued down to epsilon 1. */
    WarmStart refine() {
      auction.resume(1.0);
      return of(auction, scale, 1.0);
    }
  }

  /**
   * FIFO label correction on the residual graph, in potential form: left {@code u} has label {@code
   * y_u}, right {@code v} has label {@code -y_v}, and the root (index n) has its own label,
   * returned; NaN when the budget runs out. Arcs: unmatched edge {@code u -> v} of cost {@code -w}
   * (cover: {@code y_u + y_v >= w}); matched edge {@code v -> u} of cost {@code w} ({@code y_u +
   * y_v <= w}); root to each free left vertex and each matched right vertex, and each matched left
   * vertex and free right vertex to the root, of cost 0.
   */
  private static double correctLabels(
      CandidateGraph g,
      boolean[] matched,
      int[] mate,
      double[] y,
      long budget,
      SolveControl control) {
    int n = g.vertexCount();
    int leftCount = g.leftCount();
    int[] queue = new int[n + 1];
    boolean[] queued = new boolean[n + 1];
    int head = 0;
    int size = 0;
    for (int x = 0; x <= n; x++) {
      queue[size++] = x;
      queued[x] = true;
    }
    double root = 0.0;
    long steps = 0;
    while (size > 0) {
      if ((++steps & 0xFFF) == 0) {
        control.check(PHASE);
      }
      int x = queue[head];
      head = head + 1 == queue.length ? 0 : head + 1;
      size--;
      queued[x] = false;
      if (x == n) {
        budget -= n;
        for (int u = 0; u < leftCount; u++) {
          if (mate[u] < 0 && y[u] > root) {
            y[u] = root;
            size = enqueue(queue, queued, head, size, u);
          }
        }
        for (int v = leftCount; v < n; v++) {
          if (mate[v] >= 0 && -y[v] > root) {
            y[v] = -root;
            size = enqueue(queue, queued, head, size, v);
          }
        }
      } else if (x < leftCount) {
        double yu = y[x];
        for (int k = g.adjacencyStart(x), end = g.adjacencyEnd(x); k < end; k++) {
          int e = g.adjacentEdge(k);
          double w = g.weight(e);
          if (matched[e] || w <= 0.0) {
            continue;
          }
          int v = g.v(e);
          if (yu + y[v] < w) {
            y[v] = w - yu;
            size = enqueue(queue, queued, head, size, v);
          }
        }
        budget -= g.degree(x);
        if (mate[x] >= 0 && root > yu) {
          root = yu;
          size = enqueue(queue, queued, head, size, n);
        }
      } else {
        budget--;
        int e = mate[x];
        if (e >= 0) {
          int u = g.u(e);
          if (y[u] + y[x] > g.weight(e)) {
            y[u] = g.weight(e) - y[x];
            size = enqueue(queue, queued, head, size, u);
          }
        } else if (root > -y[x]) {
          root = -y[x];
          size = enqueue(queue, queued, head, size, n);
        }
      }
      if (budget < 0) {
        return Double.NaN;
      }
    }
    return root;
  }

  private static int enqueue(int[] queue, boolean[] queued, int head, int size, int x) {
    if (!queued[x]) {
      queued[x] = true;
      int tail = head + size;
      queue[tail >= queue.length ? tail - queue.length : tail] = x;
      size++;
    }
    return size;
  }
}
