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
 * (epsilon complementary slackness). Phases start at a hundredth of the spread of the positive
 * weights (largest minus smallest: an offset common to all weights, as in {@code 10^9 + [0, 1000)},
 * costs nothing) and divide epsilon by {@value #SCALING_FACTOR}; a phase keeps every assignment
 * still within the new epsilon of its bidder's best choice, and the others bid again. When the
 * first phase needs more than 64 bids per bidder (bidders competing with staying unmatched over a
 * magnitude far above the spread, where prices must climb the whole magnitude), the auction
 * restarts from a hundredth of the largest weight. Bids read packed per-bidder arrays of objects
 * and scaled weights, so that only the prices are read out of order. After each phase, the objects
 * left free with a price bid in reverse (Bertsekas and Castañon): each lowers its price just enough
 * to win the bidder that gains most from it, or drops to 0, so that the phase ends with every free
 * object at price 0 (what the bound below needs); run after every phase rather than only the last,
 * this reprices an object while its price is still close to what bidders pay, and it is what makes
 * the exact path fast (1,000,000 per side with 16 candidates: 41 s, where a single final reverse
 * pass ran out of its budget). A free object still priced when the reverse budget runs out is reset
 * to 0, and the final phase is run again (at most {@value #MAX_EXTRA_FINAL_PHASES} more times).
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
  public static final int SCALING_FACTOR = 10;

  // A first epsilon near the weights' spread lets early bids push prices past what later bidders
  // will pay; a hundredth of it keeps early phases cheap without that overshoot. Measured with
  // SparseMatchingBenchmark's edge scans: 100 and 10 beat 1000 and 5 on both of its families.
  private static final double INITIAL_EPSILON_DIVISOR = 100.0;

  // A first phase that needs more bids than this per bidder is a price war against staying
  // unmatched (see Bidding.start): 3 to 10 per bidder on random instances.
  private static final long FIRST_PHASE_BIDS_PER_BIDDER = 64;

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
   * leaves the assignment so far; without it, {@code control} throws.
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
    Bidding b = Bidding.start(graph, scale, epsilon, integral, reverse, control, keepBest);
    b.export(price, choice);
    stats[0] = b.phases;
    stats[1] = b.bids;
    if (stats.length > 2) {
      stats[2] = b.stopped ? 1 : 0;
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
   * The state of one auction on packed arrays: for each bidder {@code u} its positive edges at
   * {@code start[u] .. start[u+1]-1} as object ({@code object}, a right vertex numbered from 0) and
   * scaled weight ({@code value}), and for each object its bidders ({@code bidderStart}, {@code
   * bidder}, {@code bidderSlot}) for the reverse bids: a bid reads contiguous memory except for the
   * objects' prices.
   */
  static final class Bidding {
    final CandidateGraph g;
    final int leftCount;
    final int rightCount;
    final int[] start;
    final int[] object;
    final double[] value;
    final int[] edge;
    final int[] bidderStart;
    final int[] bidder;
    final int[] bidderSlot;
    final double spread;
    final double magnitude;
    final double[] price;
    final int[] holder; // bidder holding each object, or -1
    final int[] slot; // slot of each bidder's object, or -1
    final int[] queue;
    final int[] stack;
    final boolean integral;
    final boolean reverse;
    final SolveControl control;
    final boolean keepBest;
    // Set when the deadline stopped the bidding (keepBest only); the state is then a matching.
    boolean stopped;
    long steps;
    int phases;
    long bids;
    // The epsilon of the last phase run, and the extra final phases run at the target epsilon.
    double eps;
    int extraPhases;

    /**
     * The scaled auction from the start down to {@code epsilon}. The spread of the positive
     * weights, not their magnitude, is what bidders compete over: an offset common to all weights
     * (10^9 + [0, 1000)) only makes phases above the spread wasted. Where bidders compete with
     * staying unmatched (worth 0) over a large magnitude, prices must climb to it, which a start
     * from the spread does in steps too small: then a first phase that runs over its bid budget
     * restarts from the magnitude.
     */
    static Bidding start(
        CandidateGraph graph,
        double scale,
        double epsilon,
        boolean integral,
        boolean reverse,
        SolveControl control,
        boolean keepBest) {
      Bidding b = new Bidding(graph, scale, integral, reverse, control, keepBest);
      double spreadStart = b.spread / INITIAL_EPSILON_DIVISOR;
      double magnitudeStart = b.magnitude / INITIAL_EPSILON_DIVISOR;
      long budget = FIRST_PHASE_BIDS_PER_BIDDER * (long) b.leftCount + 1024;
      if (!(spreadStart < magnitudeStart && b.run(epsilon, spreadStart, budget))) {
        b.reset();
        b.run(epsilon, magnitudeStart, Long.MAX_VALUE);
      }
      return b;
    }

    /** Continues the scaled phases from where the last run stopped down to {@code epsilon}. */
    void resume(double epsilon) {
      if (eps > epsilon) {
        extraPhases = 0;
        for (int v = 0; v < rightCount; v++) {
          if (holder[v] < 0) {
            price[v] = 0.0;
          }
        }
        run(epsilon, nextEpsilon(epsilon), Long.MAX_VALUE);
      }
    }

    private Bidding(
        CandidateGraph g,
        double scale,
        boolean integral,
        boolean reverse,
        SolveControl control,
        boolean keepBest) {
      this.control = control;
      this.keepBest = keepBest;
      this.g = g;
      this.integral = integral;
      this.reverse = reverse;
      leftCount = g.leftCount();
      rightCount = g.rightCount();
      start = new int[leftCount + 1];
      int m = 0;
      for (int u = 0; u < leftCount; u++) {
        for (int k = g.adjacencyStart(u), end = g.adjacencyEnd(u); k < end; k++) {
          if (g.weight(g.adjacentEdge(k)) > 0.0) {
            m++;
          }
        }
        start[u + 1] = m;
      }
      object = new int[m];
      value = new double[m];
      edge = new int[m];
      bidderStart = new int[rightCount + 1];
      double max = 0.0;
      double min = Double.POSITIVE_INFINITY;
      for (int u = 0, p = 0; u < leftCount; u++) {
        for (int k = g.adjacencyStart(u), end = g.adjacencyEnd(u); k < end; k++) {
          int e = g.adjacentEdge(k);
          double w = g.weight(e);
          if (w > 0.0) {
            object[p] = g.v(e) - leftCount;
            value[p] = scale * w;
            edge[p++] = e;
            bidderStart[g.v(e) - leftCount + 1]++;
            max = Math.max(max, w);
            min = Math.min(min, w);
          }
        }
      }
      magnitude = scale * max;
      spread = m == 0 ? 0.0 : scale * (max - min);
      for (int v = 0; v < rightCount; v++) {
        bidderStart[v + 1] += bidderStart[v];
      }
      bidder = new int[m];
      bidderSlot = new int[m];
      int[] fill = Arrays.copyOf(bidderStart, rightCount);
      for (int u = 0; u < leftCount; u++) {
        for (int p = start[u]; p < start[u + 1]; p++) {
          int q = fill[object[p]]++;
          bidder[q] = u;
          bidderSlot[q] = p;
        }
      }
      price = new double[rightCount];
      holder = new int[rightCount];
      slot = new int[leftCount];
      queue = new int[leftCount];
      stack = new int[rightCount + 1];
      reset();
    }

    void reset() {
      Arrays.fill(price, 0.0);
      Arrays.fill(holder, -1);
      Arrays.fill(slot, -1);
      phases = 0;
      bids = 0;
      extraPhases = 0;
    }

    /**
     * The scaled phases from {@code firstEpsilon} down to {@code epsilon}; false when the first
     * phase of the auction placed more than {@code budget} bids (a price war: the caller restarts).
     */
    private boolean run(double epsilon, double firstEpsilon, long budget) {
      eps = Math.max(epsilon, firstEpsilon);
      if (integral) {
        eps = Math.floor(eps);
      }
      while (magnitude > 0.0) {
        if (shouldStop(control, keepBest)) {
          stopped = true;
          return true;
        }
        phases++;
        int count = phases > 1 ? keepWithinEpsilon(eps) : allBidders();
        if (!forward(count, eps, phases == 1 ? budget : Long.MAX_VALUE)) {
          return false;
        }
        if (stopped) {
          return true;
        }
        if (reverse) {
          // Bertsekas and Castañon: after every phase, not only the last, so that an object freed
          // at a phase's start is repriced while its price is still close to what bidders pay.
          bids += reverseBids(eps);
          if (stopped) {
            return true;
          }
        }
        control.progress(PHASE, Math.min(0.99, phases / (phases + 2.0)));
        boolean pricedButFree = false;
        for (int v = 0; v < rightCount && !pricedButFree; v++) {
          pricedButFree = holder[v] < 0 && price[v] > 0.0;
        }
        if (eps <= epsilon && (!pricedButFree || ++extraPhases > MAX_EXTRA_FINAL_PHASES)) {
          break;
        }
        // An object nobody holds at the end of a phase would keep a price no bidder pays; the
        // forward auction cannot lower it, so it is reset (the asymmetric problem's reverse step).
        for (int v = 0; v < rightCount; v++) {
          if (holder[v] < 0) {
            price[v] = 0.0;
          }
        }
        eps = nextEpsilon(epsilon);
      }
      return true;
    }

    private double nextEpsilon(double epsilon) {
      double next = Math.max(epsilon, eps / SCALING_FACTOR);
      return integral ? Math.floor(next) : next;
    }

    /** Whether some object ends without a holder but with a price. */
    boolean pricedButFree() {
      for (int v = 0; v < rightCount; v++) {
        if (holder[v] < 0 && price[v] > 0.0) {
          return true;
        }
      }
      return false;
    }

    private int allBidders() {
      for (int u = 0; u < leftCount; u++) {
        queue[u] = u;
      }
      return leftCount;
    }

    /**
     * Bertsekas's warm phases: an assignment still within the new epsilon of its bidder's best
     * choice is kept, and only the others bid again. Fewer bids than restarting from the empty
     * assignment, and fewer objects that lose their holder and end free with a price.
     */
    private int keepWithinEpsilon(double eps) {
      int count = 0;
      for (int u = 0; u < leftCount; u++) {
        int held = slot[u];
        if (held >= 0) {
          double heldProfit = value[held] - price[object[held]];
          if (heldProfit >= bestProfit(u) - eps) {
            continue;
          }
          holder[object[held]] = -1;
          slot[u] = -1;
        }
        queue[count++] = u;
      }
      return count;
    }

    /** A bidder's best profit; staying unmatched is worth 0. */
    double bestProfit(int u) {
      double best = 0.0;
      for (int p = start[u], end = start[u + 1]; p < end; p++) {
        double profit = value[p] - price[object[p]];
        if (profit > best) {
          best = profit;
        }
      }
      return best;
    }

    /**
     * Gauss–Seidel bidding from a circular queue of free bidders (each in it at most once) until
     * none is left; false if more than {@code budget} bids were needed.
     */
    private boolean forward(int count, double eps, long budget) {
      int head = 0;
      long placed = 0;
      while (count > 0) {
        if ((++steps & 0xFFF) == 0 && shouldStop(control, keepBest)) {
          stopped = true; // the bidders still queued stay free
          break;
        }
        int u = queue[head];
        head = head + 1 == leftCount ? 0 : head + 1;
        count--;
        double first = 0.0;
        double second = 0.0;
        int best = -1;
        for (int p = start[u], end = start[u + 1]; p < end; p++) {
          double profit = value[p] - price[object[p]];
          if (profit > second) {
            if (profit > first) {
              second = first;
              first = profit;
              best = p;
            } else {
              second = profit;
            }
          }
        }
        if (best < 0) {
          continue;
        }
        if (++placed > budget) {
          return false;
        }
        int v = object[best];
        price[v] += first - second + eps;
        int previous = holder[v];
        holder[v] = u;
        slot[u] = best;
        if (previous >= 0) {
          slot[previous] = -1;
          int tail = head + count;
          queue[tail >= leftCount ? tail - leftCount : tail] = previous;
          count++;
        }
      }
      bids += placed;
      return true;
    }

    /**
     * Bertsekas and Castañon's reverse auction for the objects that end free with a price: such an
     * object lowers its price to attract the bidder that gains most from it (at the runner-up's
     * value less epsilon, never below 0), or drops to 0 if nobody gains. A bidder's gain is
     * measured against the value of the object it holds (its profit variable, 0 when free), read in
     * O(1), so a reverse bid costs the object's degree. Every bidder stays within epsilon of its
     * best choice, and the object a bidder leaves bids in reverse next; at the end every free
     * object has price 0, which is what the {@code k * epsilon} bound needs.
     */
    private long reverseBids(double eps) {
      int size = 0;
      for (int v = 0; v < rightCount; v++) {
        if (holder[v] < 0 && price[v] > 0.0) {
          stack[size++] = v;
        }
      }
      long budget = 64L * (value.length + leftCount + rightCount);
      long count = 0;
      while (size > 0 && budget > 0) {
        if ((++steps & 0xFFF) == 0 && shouldStop(control, keepBest)) {
          stopped = true;
          break;
        }
        int v = stack[--size];
        if (holder[v] >= 0 || price[v] <= 0.0) {
          continue;
        }
        double first = 0.0;
        double second = 0.0;
        int best = -1;
        for (int q = bidderStart[v], end = bidderStart[v + 1]; q < end; q++) {
          int u = bidder[q];
          budget--;
          // Bertsekas and Castañon's profit variable: the value of the bidder's current object
          // (0 for a free bidder, whose best choice is worth at most 0 within epsilon).
          int own = slot[u];
          double gain = value[bidderSlot[q]] - (own >= 0 ? value[own] - price[object[own]] : 0.0);
          if (gain > first) {
            second = first;
            first = gain;
            best = q;
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
        int u = bidder[best];
        int old = slot[u];
        slot[u] = bidderSlot[best];
        holder[v] = u;
        if (old >= 0) {
          int left = object[old];
          holder[left] = -1;
          if (price[left] > 0.0) {
            stack[size++] = left;
          }
        }
      }
      return count;
    }

    /** Prices by vertex id (left entries untouched) and each left vertex's edge, or -1. */
    void export(double[] vertexPrice, int[] choice) {
      for (int v = 0; v < rightCount; v++) {
        vertexPrice[leftCount + v] = price[v];
      }
      for (int u = 0; u < leftCount; u++) {
        choice[u] = slot[u] < 0 ? -1 : edge[slot[u]];
      }
    }
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
