package io.peermatch.core.kernel.bipartite;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;

/**
 * Approximate maximum-weight matching in a sparse one-to-one bipartite {@link CandidateGraph} by
 * Bertsekas's auction with epsilon scaling: fast on very large instances, with a proven bound on
 * how far it can be from the optimum.
 *
 * <p><b>Method.</b> Left vertices are bidders and right vertices objects with prices {@code p >=
 * 0}. A free bidder finds its most profitable edge ({@code w - p}) and the runner-up, where staying
 * unmatched is always an option worth 0 (so non-positive edges are never taken); it raises that
 * object's price by the difference plus {@code epsilon} and evicts the previous holder, which bids
 * again (Gauss–Seidel). Each phase ends with every bidder within {@code epsilon} of its best choice
 * (epsilon complementary slackness). Phases start at a thousandth of the largest weight and divide
 * epsilon by {@value #SCALING_FACTOR}; a phase keeps every assignment still within the new epsilon
 * of its bidder's best choice, and the others bid again. After each phase, the objects left free
 * with a price bid in reverse (Bertsekas and Castañon): each lowers its price just enough to win
 * the bidder that gains most from it, or drops to 0, so that the phase ends with every free object
 * at price 0 (what the bound below needs); run after every phase rather than only the last, this
 * reprices an object while its price is still close to what bidders pay, and it is what makes the
 * exact path fast (1,000,000 per side with 16 candidates: 41 s, where a single final reverse pass
 * ran out of its budget). A free object still priced when the reverse budget runs out is reset to
 * 0, and the final phase is run again (at most {@value #MAX_EXTRA_FINAL_PHASES} more times).
 *
 * <p><b>Guarantee.</b> Within {@code k * epsilon} of the optimum, where {@code k} is the number of
 * matched edges, whenever the final phase leaves every free object at price 0 (weak duality with
 * {@code y_v = p_v}, {@code y_u} = the bidder's best profit). Scaling can leave a price on a free
 * object, so the result also reports an a posteriori certificate: {@code y_v = p_v}, {@code y_u =
 * max(0, max_e (w_e - p_v))} is feasible for the dual of the matching LP for any prices, so {@link
 * Result#upperBound()} bounds the optimum from above and {@code upperBound() - weight()} is a
 * proven bound on the gap. With integer weights, a reported gap below 1 proves the answer optimal.
 *
 * <p><b>Accepted inputs.</b> Bipartite graphs with every capacity 1. Capacities could be handled by
 * cloning a vertex of capacity {@code c} into {@code c} unit bidders, but two clones of one vertex
 * could then both take the same partner, so a b-matching needs the transportation form of the
 * auction; use {@link SuccessiveShortestPathBipartiteMatching} for capacities.
 *
 * <p><b>Running time.</b> {@code O(n m log(n C))} worst case for the scaled algorithm, typically
 * near linear per phase on sparse random instances. Deterministic.
 *
 * <p><b>Deadline.</b> With a {@link SolveControl} whose deadline passes, the auction stops between
 * two bids and returns the assignment it holds (always a matching) with the bound of the prices it
 * reached, which weak duality keeps valid for any prices; {@link Result#deadlineReached()} says so.
 * An interrupt throws {@link io.peermatch.api.MatchingCancelledException}.
 *
 * <p>References: D. P. Bertsekas, The auction algorithm: a distributed relaxation method for the
 * assignment problem, <i>Annals of Operations Research</i> 14 (1988) 105–123; D. P. Bertsekas and
 * D. A. Castañon, A forward/reverse auction algorithm for asymmetric assignment problems,
 * <i>Computational Optimization and Applications</i> 1 (1992) 277–297.
 */
public final class AuctionBipartiteMatching {

  /** How much epsilon shrinks from one phase to the next. */
  public static final int SCALING_FACTOR = 5;

  // A first epsilon near the largest weight lets early bids push prices past what later bidders
  // will pay; a thousandth of it keeps early phases cheap without that overshoot.
  private static final double INITIAL_EPSILON_DIVISOR = 1000.0;

  // Final-epsilon phases repeated while a free object still carries a price (which voids the
  // k * epsilon bound); each starts from the prices with those objects reset to 0.
  static final int MAX_EXTRA_FINAL_PHASES = 4;

  /** The progress phase. */
  static final String PHASE = "auction";

  private AuctionBipartiteMatching() {}

  /**
   * An approximate maximum-weight matching within the bound described above.
   *
   * @param epsilon the final bidding increment, positive; smaller is closer and slower
   * @throws IllegalArgumentException if the graph is not bipartite, a capacity is not 1, or epsilon
   *     is not positive and finite
   */
  public static Result solve(CandidateGraph graph, double epsilon) {
    return solve(graph, epsilon, SolveControl.none());
  }

  /**
   * As {@link #solve(CandidateGraph, double)}, stopping with the assignment so far when the
   * deadline of {@code control} passes (see the class comment).
   *
   * @throws io.peermatch.api.MatchingCancelledException if the thread is interrupted
   */
  public static Result solve(CandidateGraph graph, double epsilon, SolveControl control) {
    if (!graph.isBipartite()) {
      throw new IllegalArgumentException("graph must be bipartite but was " + graph);
    }
    if (!(epsilon > 0.0) || Double.isInfinite(epsilon)) {
      throw new IllegalArgumentException("epsilon must be positive and finite but was " + epsilon);
    }
    for (int x = 0; x < graph.vertexCount(); x++) {
      if (graph.capacity(x) != 1) {
        throw new IllegalArgumentException(
            "capacity must be 1 for the auction but was " + graph.capacity(x) + " for vertex " + x);
      }
    }
    double[] price = new double[graph.vertexCount()];
    int[] choice = new int[graph.leftCount()];
    long[] stats = new long[3];
    bid(graph, 1.0, epsilon, false, true, price, choice, stats, control, true);
    Result r = result(graph, choice, price, epsilon, (int) stats[0], stats[1], stats[2] != 0);
    control.progress(PHASE, 1.0);
    return r;
  }

  /**
   * The scaled auction on weights {@code scale * w}: fills {@code choice} (the matched edge of each
   * left vertex, or -1) and {@code price}; {@code stats} receives the phases and bids. With {@code
   * integral} the epsilons stay integers, so that integer weights keep every price an exact
   * integer. With {@code reverse}, objects left free with a price bid in reverse after each phase.
   * With {@code keepBest}, a passed deadline stops the bidding ({@code stats[2]} becomes 1) and
   * leaves the assignment so far in {@code choice}; without, it throws.
   */
  static void bid(
      CandidateGraph graph,
      double scale,
      double epsilon,
      boolean integral,
      boolean reverse,
      double[] price,
      int[] choice,
      long[] stats,
      SolveControl control,
      boolean keepBest) {
    int n = graph.vertexCount();
    int leftCount = graph.leftCount();
    double maxWeight = 0.0;
    for (int e = 0; e < graph.edgeCount(); e++) {
      maxWeight = Math.max(maxWeight, scale * graph.weight(e));
    }
    int[] holder = new int[n];
    int[] queue = new int[leftCount];
    Arrays.fill(choice, -1);
    long bids = 0;
    int phases = 0;
    int extraPhases = 0;
    double eps = Math.max(epsilon, maxWeight / INITIAL_EPSILON_DIVISOR);
    if (integral) {
      eps = Math.floor(eps);
    }
    long steps = 0;
    boolean stopped = false;
    // Progress: the phases needed to bring epsilon down to its final value, counted as they end.
    int expectedPhases = 1;
    for (double e = eps; e > epsilon; e = Math.max(epsilon, e / SCALING_FACTOR)) {
      expectedPhases++;
    }
    phases:
    while (maxWeight > 0.0) {
      phases++;
      // A circular queue of free bidders; each is in it at most once.
      int head = 0;
      int count = 0;
      if (phases > 1) {
        // Bertsekas's warm phases: an assignment still within the new epsilon of its bidder's
        // best choice is kept, and only the others bid again. Fewer bids than restarting from
        // the empty assignment, and fewer objects that lose their holder and end free with a
        // price.
        for (int u = 0; u < leftCount; u++) {
          if ((++steps & 0xFFF) == 0 && shouldStop(control, keepBest)) {
            stopped = true; // u and the bidders after it keep their assignment
            break phases;
          }
          int held = choice[u];
          if (held >= 0) {
            double heldProfit = scale * graph.weight(held) - price[graph.v(held)];
            if (heldProfit >= bestProfit(graph, scale, price, u) - eps) {
              continue;
            }
            holder[graph.v(held)] = -1;
            choice[u] = -1;
          }
          queue[count++] = u;
        }
      } else {
        Arrays.fill(holder, -1);
        Arrays.fill(choice, -1);
        for (int u = 0; u < leftCount; u++) {
          queue[count++] = u;
        }
      }
      while (count > 0) {
        if ((++steps & 0xFFF) == 0 && shouldStop(control, keepBest)) {
          stopped = true;
          break phases;
        }
        int u = queue[head];
        head = head + 1 == leftCount ? 0 : head + 1;
        count--;
        double first = 0.0;
        double second = 0.0;
        int best = -1;
        for (int k = graph.adjacencyStart(u), end = graph.adjacencyEnd(u); k < end; k++) {
          int e = graph.adjacentEdge(k);
          double w = graph.weight(e);
          if (w <= 0.0) {
            continue;
          }
          double profit = scale * w - price[graph.v(e)];
          if (profit > first) {
            second = first;
            first = profit;
            best = e;
          } else if (profit > second) {
            second = profit;
          }
        }
        if (best < 0) {
          continue;
        }
        bids++;
        int v = graph.v(best);
        price[v] += first - second + eps;
        int previous = holder[v];
        holder[v] = best;
        choice[u] = best;
        if (previous >= 0) {
          int evicted = graph.u(previous);
          choice[evicted] = -1;
          int tail = head + count;
          queue[tail >= leftCount ? tail - leftCount : tail] = evicted;
          count++;
        }
      }
      if (reverse) {
        // Bertsekas and Castañon: after every phase, not only the last, so that an object freed
        // at a phase's start is repriced while its price is still close to what bidders pay.
        bids += reverseBids(graph, scale, eps, price, holder, choice, control, keepBest);
        if (keepBest && control.deadlinePassed()) {
          stopped = true;
          break;
        }
      }
      control.progress(PHASE, Math.min(0.99, (double) phases / expectedPhases));
      boolean pricedButFree = false;
      for (int v = leftCount; v < n && !pricedButFree; v++) {
        pricedButFree = holder[v] < 0 && price[v] > 0.0;
      }
      if (eps <= epsilon && (!pricedButFree || ++extraPhases > MAX_EXTRA_FINAL_PHASES)) {
        break;
      }
      // An object nobody holds at the end of a phase would keep a price no bidder pays; the
      // forward auction cannot lower it, so it is reset (the asymmetric problem's reverse step).
      for (int v = leftCount; v < n; v++) {
        if (holder[v] < 0) {
          price[v] = 0.0;
        }
      }
      eps = Math.max(epsilon, eps / SCALING_FACTOR);
      if (integral) {
        eps = Math.floor(eps);
      }
    }
    stats[0] = phases;
    stats[1] = bids;
    if (stats.length > 2) {
      stats[2] = stopped ? 1 : 0;
    }
  }

  /** At a check: throws on an interrupt; at the deadline, true with keepBest, else throws. */
  static boolean shouldStop(SolveControl control, boolean keepBest) {
    if (!keepBest) {
      control.check(PHASE);
      return false;
    }
    control.checkInterrupted(PHASE);
    return control.deadlinePassed();
  }

  /**
   * Bertsekas and Castañon's reverse auction for the objects that end free with a price: such an
   * object lowers its price to attract the bidder that gains most from it (at the runner-up's value
   * less epsilon, never below 0), or drops to 0 if nobody gains. A bidder's gain is measured
   * against the value of the object it holds (its profit variable, 0 when free), read in O(1), so a
   * reverse bid costs the object's degree. Every bidder stays within epsilon of its best choice,
   * and the object a bidder leaves bids in reverse next; at the end every free object has price 0,
   * which is what the {@code k * epsilon} bound needs.
   */
  private static long reverseBids(
      CandidateGraph g,
      double scale,
      double eps,
      double[] price,
      int[] holder,
      int[] choice,
      SolveControl control,
      boolean keepBest) {
    int n = g.vertexCount();
    int leftCount = g.leftCount();
    int[] stack = new int[n - leftCount + 1];
    int size = 0;
    for (int v = leftCount; v < n; v++) {
      if (holder[v] < 0 && price[v] > 0.0) {
        stack[size++] = v;
      }
    }
    long budget = 64L * (g.edgeCount() + n);
    long count = 0;
    while (size > 0 && budget > 0) {
      if ((count & 0xFFF) == 0xFFF && shouldStop(control, keepBest)) {
        break; // every bidder keeps a single object: still a matching
      }
      int v = stack[--size];
      if (holder[v] >= 0 || price[v] <= 0.0) {
        continue;
      }
      double first = 0.0;
      double second = 0.0;
      int best = -1;
      for (int k = g.adjacencyStart(v), end = g.adjacencyEnd(v); k < end; k++) {
        int e = g.adjacentEdge(k);
        double w = g.weight(e);
        if (w <= 0.0) {
          continue;
        }
        int u = g.u(e);
        budget--;
        // Bertsekas and Castañon's profit variable: the value of the bidder's current object
        // (0 for a free bidder, whose best choice is worth at most 0 within epsilon).
        int own = choice[u];
        double gain = scale * w - (own >= 0 ? scale * g.weight(own) - price[g.v(own)] : 0.0);
        if (gain > first) {
          second = first;
          first = gain;
          best = e;
        } else if (gain > second) {
          second = gain;
        }
      }
      count++;
      if (best < 0) {
        price[v] = 0.0;
        continue;
      }
      price[v] = Math.max(0.0, second - eps);
      int u = g.u(best);
      int old = choice[u];
      choice[u] = best;
      holder[v] = best;
      if (old >= 0) {
        int left = g.v(old);
        holder[left] = -1;
        if (price[left] > 0.0) {
          stack[size++] = left;
        }
      }
    }
    return count;
  }

  private static Result result(
      CandidateGraph g,
      int[] choice,
      double[] price,
      double epsilon,
      int phases,
      long bids,
      boolean stopped) {
    int count = 0;
    for (int e : choice) {
      if (e >= 0) {
        count++;
      }
    }
    int[] edges = new int[count];
    count = 0;
    for (int e : choice) {
      if (e >= 0) {
        edges[count++] = e;
      }
    }
    Arrays.sort(edges);
    double weight = g.totalWeight(edges);
    double bound = dualBound(g, price);
    boolean[] matchedRight = new boolean[g.vertexCount()];
    for (int e : edges) {
      matchedRight[g.v(e)] = true;
    }
    double[] lowered = price.clone();
    for (int v = g.leftCount(); v < g.vertexCount(); v++) {
      if (!matchedRight[v]) {
        lowered[v] = 0.0;
      }
    }
    bound = Math.min(bound, dualBound(g, lowered));
    return new Result(edges, weight, Math.max(bound, weight), epsilon, phases, bids, stopped);
  }

  /** The dual objective of {@code y_v = p_v}, {@code y_u = max(0, max (w - p_v))}: feasible. */
  private static double dualBound(CandidateGraph g, double[] price) {
    double sum = 0.0;
    for (int v = g.leftCount(); v < g.vertexCount(); v++) {
      sum += price[v];
    }
    for (int u = 0; u < g.leftCount(); u++) {
      sum += bestProfit(g, 1.0, price, u);
    }
    return sum;
  }

  /**
   * A bidder's best profit on the weights scaled by {@code scale}; staying unmatched is worth 0.
   */
  private static double bestProfit(CandidateGraph g, double scale, double[] price, int u) {
    double best = 0.0;
    for (int k = g.adjacencyStart(u), end = g.adjacencyEnd(u); k < end; k++) {
      int e = g.adjacentEdge(k);
      double w = g.weight(e);
      if (w > 0.0) {
        best = Math.max(best, scale * w - price[g.v(e)]);
      }
    }
    return best;
  }

  /** An approximate matching with its proven upper bound on the optimum. */
  public static final class Result {
    private final int[] edges;
    private final double weight;
    private final double upperBound;
    private final double epsilon;
    private final int phases;
    private final long bids;
    private final boolean deadlineReached;

    Result(
        int[] edges,
        double weight,
        double upperBound,
        double epsilon,
        int phases,
        long bids,
        boolean deadlineReached) {
      this.deadlineReached = deadlineReached;
      this.edges = edges;
      this.weight = weight;
      this.upperBound = upperBound;
      this.epsilon = epsilon;
      this.phases = phases;
      this.bids = bids;
    }

    /** The matched edge ids, ascending. */
    public int[] edges() {
      return edges.clone();
    }

    /** The total weight of the matched edges. */
    public double weight() {
      return weight;
    }

    /** A proven upper bound on the maximum weight (a feasible dual solution's objective). */
    public double upperBound() {
      return upperBound;
    }

    /** {@code upperBound() - weight()}: how much weight at most the matching can be missing. */
    public double gapBound() {
      return upperBound - weight;
    }

    /** The final epsilon. */
    public double epsilon() {
      return epsilon;
    }

    /** The number of scaling phases run. */
    public int phases() {
      return phases;
    }

    /** The number of bids placed over all phases. */
    public long bids() {
      return bids;
    }

    /**
     * Whether the deadline stopped the auction before its last phase ended: the matching is the
     * assignment held then, and only {@link #upperBound()} (still proven) says how good it is.
     */
    public boolean deadlineReached() {
      return deadlineReached;
    }

    @Override
    public String toString() {
      return "auction matching of "
          + edges.length
          + " edges with weight "
          + weight
          + " within "
          + gapBound()
          + " of the optimum";
    }
  }
}
