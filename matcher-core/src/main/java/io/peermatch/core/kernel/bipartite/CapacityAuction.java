package io.peermatch.core.kernel.bipartite;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.kernel.SolveControl;

/**
 * A warm start for the exact sparse kernel on b-matching instances whose right side has capacity 1
 * throughout (the mentoring shape: mentors of capacity 1–3 on the left, mentees of capacity 1 on
 * the right): a forward Gauss–Seidel auction with a fixed epsilon in which each left vertex bids
 * for as many right vertices as its capacity.
 *
 * <p><b>Problem.</b> Not a solver on its own: it returns a b-matching and a price per right vertex
 * that are epsilon-optimal in Bertsekas' sense, and {@link SuccessiveShortestPathBipartiteMatching}
 * turns them into an exact optimum with a dual certificate: it keeps the prices as right
 * potentials, gives each left vertex the best profit of its unmatched edges, gives up the few
 * matched edges below that, and repairs what is left with its searches.
 *
 * <p><b>Method.</b> A left vertex {@code u} with a free slot takes, over its unmatched edges of
 * positive weight, the best profit {@code w - p_v} and the second best (or 0 for leaving the slot
 * free); it bids for the best, raising its price by {@code first - second + epsilon} (never so far
 * that its own profit falls below 0) and evicting the holder, which loses that slot and bids again
 * later. A slot stays free when no profit is positive. Prices only rise and a right vertex once
 * held stays held, so every right vertex with a positive price is matched. Each matched edge is
 * within epsilon of its holder's best profit when it is bid (epsilon complementary slackness). The
 * bidders are the left side because it is the side of fewer slots on candidate graphs of people
 * (mentors with capacities): bidding from the side with more slots than the other can fill raises
 * prices until the surplus bidders give up, which takes many bids. The auction stops when no slot
 * has anything positive left to bid for, or when a budget of {@value #BIDS_PER_SLOT} bids per left
 * slot runs out (then the searches do the rest).
 *
 * <p><b>Running time.</b> Each bid scans the bidder's edges once; a price rises by at least epsilon
 * per bid or stops at the weight, so without the budget the number of bids is at most the number of
 * right vertices times {@code W / epsilon}; in practice about one per slot. Memory {@code O(n + m)}
 * on primitive arrays.
 *
 * <p><b>Guarantee.</b> None on its own beyond feasibility (a b-matching within capacities); the
 * exactness comes from the searches that follow and the certificate that they return.
 * Deterministic.
 *
 * <p>References: D. P. Bertsekas, The auction algorithm, <i>Annals of Operations Research</i> 14
 * (1988) 105–123; D. P. Bertsekas and D. A. Castañon, The auction algorithm for the transportation
 * problem, <i>Annals of Operations Research</i> 20 (1989) 67–96 (persons with several slots); D. P.
 * Bertsekas, <i>Network Optimization: Continuous and Discrete Models</i>, Athena Scientific 1998,
 * Section 7.2 (asymmetric assignment: the side of fewer slots bids).
 */
final class CapacityAuction {

  /** The most bids per left slot before the auction hands over to the searches. */
  static final int BIDS_PER_SLOT = 8;

  /**
   * Epsilon as a share of the largest weight. Measured on the saved 1,000,000-person mentoring
   * graph (weights in [0.04, 3.73], mostly in steps of 0.0025), whole solve in CPU seconds on a
   * loaded machine: 10^-4 and 3 * 10^-4 ran out of the bid budget (9.8, 10.0 s); 10^-3: 3.2 million
   * bids, 8.9 s; 3 * 10^-3: 2.4 million bids, 5.8 s; 10^-2: 1.6 million bids but more to repair,
   * 6.4-6.9 s; 3 * 10^-2: 12.1 s.
   */
  static final double EPSILON_SHARE = 3e-3;

  private CapacityAuction() {}

  /** The auction's matching ({@code held[e]}) and a price per right vertex. */
  record Start(boolean[] held, double[] rightPrice, long bids) {}

  /** Whether the auction applies: a bipartite graph whose right side has capacity 1 throughout. */
  static boolean applies(CandidateGraph g) {
    if (!g.isBipartite()) {
      return false;
    }
    for (int v = g.leftCount(); v < g.vertexCount(); v++) {
      if (g.capacity(v) != 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the auction is the start to choose: it {@linkplain #applies applies} and the left side
   * has at most as many slots (capacities, each at most the degree) as there are right vertices, so
   * that the bidders are the side of fewer slots.
   */
  static boolean pays(CandidateGraph g) {
    if (!applies(g)) {
      return false;
    }
    long slots = 0;
    for (int u = 0; u < g.leftCount(); u++) {
      slots += Math.min(g.capacity(u), g.degree(u));
    }
    return slots <= g.rightCount();
  }

  /**
   * Runs the auction with epsilon {@link #EPSILON_SHARE} of the largest weight, rounded down to an
   * integer of at least 1 when every weight is an integer (so that prices stay integers, and with
   * them the potentials of the exact method).
   */
  static Start run(CandidateGraph g, SolveControl control) {
    double maxWeight = 0.0;
    boolean integers = true;
    for (int e = 0, m = g.edgeCount(); e < m; e++) {
      double w = g.weight(e);
      maxWeight = Math.max(maxWeight, w);
      integers &= w == Math.rint(w);
    }
    double epsilon = maxWeight * EPSILON_SHARE;
    return run(g, integers ? Math.max(1.0, Math.floor(epsilon)) : epsilon, control);
  }

  /**
   * Runs the auction with the given epsilon; the graph must satisfy {@link #applies}. Checks {@code
   * control} every 4,096 bidders (an interrupt or a passed deadline throws).
   */
  static Start run(CandidateGraph g, double epsilon, SolveControl control) {
    int leftCount = g.leftCount();
    int n = g.vertexCount();
    int m = g.edgeCount();
    boolean[] held = new boolean[m];
    double[] price = new double[n - leftCount];
    // The edge that holds each right vertex, or -1.
    int[] holder = new int[n - leftCount];
    java.util.Arrays.fill(holder, -1);
    int[] load = new int[leftCount];
    int[] queue = new int[leftCount];
    boolean[] queued = new boolean[leftCount];
    int head = 0;
    int tail = 0;
    int size = 0;
    long slots = 0;
    for (int u = 0; u < leftCount; u++) {
      slots += g.capacity(u);
      if (g.degree(u) > 0) {
        queue[tail++] = u;
        queued[u] = true;
        size++;
      }
    }
    tail %= leftCount == 0 ? 1 : leftCount;
    long budget = BIDS_PER_SLOT * slots;
    long bids = 0;
    long steps = 0;
    while (size > 0 && bids < budget) {
      if ((++steps & 0xFFF) == 0) {
        control.check(SuccessiveShortestPathBipartiteMatching.PHASE);
      }
      int u = queue[head];
      head = head + 1 == leftCount ? 0 : head + 1;
      size--;
      queued[u] = false;
      int capacity = g.capacity(u);
      int begin = g.adjacencyStart(u);
      int end = g.adjacencyEnd(u);
      while (load[u] < capacity && bids < budget) {
        double first = 0.0;
        double second = 0.0;
        int best = -1;
        for (int k = begin; k < end; k++) {
          int e = g.adjacentEdge(k);
          if (held[e]) {
            continue;
          }
          double w = g.weight(e);
          double profit = w - price[g.v(e) - leftCount];
          if (profit > first) {
            second = first;
            first = profit;
            best = e;
          } else if (profit > second) {
            second = profit;
          }
        }
        if (best < 0) {
          break;
        }
        bids++;
        int r = g.v(best) - leftCount;
        price[r] = Math.min(price[r] + (first - second) + epsilon, g.weight(best));
        int evicted = holder[r];
        if (evicted >= 0) {
          held[evicted] = false;
          int h = g.u(evicted);
          load[h]--;
          if (!queued[h]) {
            queued[h] = true;
            queue[tail] = h;
            tail = tail + 1 == leftCount ? 0 : tail + 1;
            size++;
          }
        }
        holder[r] = best;
        held[best] = true;
        load[u]++;
      }
    }
    return new Start(held, price, bids);
  }
}
