package io.peermatch.core.kernel.bipartite;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.kernel.SolveControl;

/**
 * Exact maximum-weight b-matching in a sparse bipartite {@link CandidateGraph}: each vertex {@code
 * x} is matched to at most {@code capacity(x)} partners, nobody has to be matched, and the total
 * weight of the chosen edges is maximum. Edges of weight {@code <= 0} are never chosen, since they
 * cannot add weight.
 *
 * <p><b>Method.</b> The primal-dual Hungarian method on the sparse graph, one left vertex at a
 * time, in the form of successive shortest paths of min-cost flow (source to the left side with the
 * left capacities, edges of cost {@code -w}, right side to the sink with the right capacities, the
 * sink joined back to the source). The dual potentials {@code y} are kept feasible for every
 * residual arc except the source arcs of left vertices not yet processed. Processing a left vertex
 * {@code a} runs Dijkstra on reduced costs from {@code a} and stops at the cheapest of: giving up
 * (cost {@code y_a}: the remaining copies of {@code a} stay unmatched), an unsaturated right vertex
 * (an augmenting path), or a matched left vertex {@code x} (cost {@code d(x) + y_x}: {@code a}
 * takes a partner away from {@code x}, which then keeps a free slot). It augments when the gain
 * {@code y_a - D} is positive, repeats while {@code a} has capacity and a positive potential, and
 * then never revisits {@code a}: later searches only lower left potentials and never unsaturate a
 * right vertex, so every processed vertex stays dual feasible. The search ends as soon as the
 * smallest heap key reaches the best target found (the Jonker–Volgenant early exit) and updates
 * only the vertices it settled, so its cost is that of the region it explored.
 *
 * <p><b>Warm start.</b> Every right potential starts at 0; each left vertex takes its heaviest
 * edges in turn while their right ends have room, and its potential becomes the heaviest edge it
 * could not take (or 0). This keeps every arc's reduced cost non-negative, so most vertices of a
 * sparse instance need no search at all.
 *
 * <p><b>Fast path.</b> A one-to-one instance with integer weights (and {@code max |w| * (left + 1)
 * <= 2^50}) is first given to an epsilon-scaled forward/reverse auction on the weights scaled by
 * {@code left + 1} ({@link AuctionBipartiteMatching}, with reverse bids after every phase and a
 * first epsilon taken from the spread of the weights, not their magnitude). The auction stops at a
 * hundredth of a unit of the original weights and exact label correction of the rounded prices on
 * the residual graph of its matching tries, with a small budget, to turn them into exact integer
 * potentials (package-private {@code AuctionDualCompletion}); label correction converges exactly
 * when the matching is optimal. If it does not, the auction goes on down to epsilon 1, where its
 * matching is optimal (Bertsekas) whenever no object ends free with a price, and label correction
 * runs with the full budget: 100,000 per side with 32 random candidates and weights {@code 10^9 +
 * [0, 1000)} in about 1.2 s of CPU. When some object does end free with a price (the reverse budget
 * ran out), the auction's matching and rounded prices become the start of the method below: a left
 * vertex whose own edge is not its best gives it up, the free left vertices with a positive
 * potential are searched as usual, and each free right vertex with a positive potential is repaired
 * by the mirror search from the right side. Near-optimal potentials replace the greedy start's zero
 * right potentials, which make every search explore most of the graph (100,000 x 16 from the greedy
 * start: 66 s). Either way the certificate is exact.
 *
 * <p><b>Capacitated start.</b> Any other instance whose right side has capacity 1 throughout and
 * whose left side has at most as many slots as there are right vertices (the mentoring shape:
 * mentors with capacities, more mentees) starts from {@link CapacityAuction}, a forward auction
 * with a fixed epsilon in which each left vertex bids for as many right vertices as its capacity.
 * Its prices become the right potentials and each left vertex's potential the best profit of its
 * unmatched edges; a matched edge below that profit (each bid leaves its bidder epsilon below its
 * second choice) first tries to lower its right vertex's price to make the edge tight, which holds
 * when every other edge of that vertex stays covered, and is given up otherwise. Free left vertices
 * with a positive potential and free right vertices with a positive price are then searched from
 * either side, as after the integer auction. The greedy start leaves right potentials at 0, and on
 * near-ties each search then explores dozens of vertices: the saved 1,000,000-person mentoring
 * graph (280,134 mentors of capacity 1-3, 719,866 mentees, 10.2 million edges, weights in [0.04,
 * 3.73]) took 318,000 searches settling 15 million vertices, 14-18 s of CPU; from the auction, 2.4
 * million bids and 131,000 searches settling 1.1 million vertices, about 6 s in all.
 *
 * <p><b>Running time.</b> {@code O(sum_a min(cap_a, deg_a) (m + n log n))} in the worst case; in
 * practice each search settles a small neighbourhood. Memory {@code O(n + m)} on primitive arrays.
 *
 * <p><b>Guarantee.</b> Optimal, with a dual certificate ({@code y}, and {@code z} on matched edges)
 * that {@link MaximumWeightBipartiteMatchingChecker} verifies. Arithmetic is in doubles and exact
 * for integer weights of magnitude up to {@code 2^53}: every potential lies in {@code [0, W]} for
 * the largest weight {@code W}, reduced costs are formed as {@code (y_u - w) + y_v} so that no
 * intermediate exceeds {@code W} in magnitude when the result does not, and any distance above
 * {@code W} is above every stopping bound and never decides anything ({@link
 * MaximumWeightBipartiteMatchingChecker#findExactViolation} checks such results in {@code long}
 * arithmetic). For other weights, each reduced cost carries a rounding error of about {@code 1e-16}
 * of the largest weight, and negative round-off is clamped to zero. Deterministic: ties go to the
 * lower vertex and edge ids.
 *
 * <p>References: H. W. Kuhn, The Hungarian method for the assignment problem, <i>Naval Research
 * Logistics Quarterly</i> 2 (1955) 83–97; R. Jonker and A. Volgenant, A shortest augmenting path
 * algorithm for dense and sparse linear assignment problems, <i>Computing</i> 38 (1987) 325–340; R.
 * K. Ahuja, T. L. Magnanti and J. B. Orlin, <i>Network Flows</i>, Prentice Hall 1993, Section 9.7
 * (successive shortest paths); K. Mehlhorn and S. Näher, <i>LEDA</i>, Cambridge University Press
 * 1999, Section 7.8 (weighted bipartite matching one vertex at a time).
 *
 * <p>For a complete (dense) instance use {@link JonkerVolgenantAssignment}; for a fast approximate
 * answer on a huge one-to-one instance use {@link AuctionBipartiteMatching}.
 */
public final class SuccessiveShortestPathBipartiteMatching {

  // Enough bids to settle most free vertices of a random sparse instance, few enough that a
  // price war on near-ties stays cheap; the exact phase resolves whatever is left.
  private static final long ROW_REDUCTION_BIDS_PER_VERTEX = 8;
  private static final int ROW_REDUCTION_PASSES = 2;

  /** The progress phase. */
  static final String PHASE = "successive-shortest-paths";

  private SuccessiveShortestPathBipartiteMatching() {}

  /**
   * A maximum-weight b-matching of {@code graph} with its dual certificate.
   *
   * @throws IllegalArgumentException if the graph is not bipartite
   */
  public static BipartiteMatchingResult solve(CandidateGraph graph) {
    return solve(graph, SolveControl.none());
  }

  /**
   * As {@link #solve(CandidateGraph)}, honouring {@code control}: progress as the share of left
   * vertices processed; an interrupt or the deadline throws (an unfinished run has no certificate).
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static BipartiteMatchingResult solve(CandidateGraph graph, SolveControl control) {
    if (!graph.isBipartite()) {
      throw new IllegalArgumentException("graph must be bipartite but was " + graph);
    }
    AuctionDualCompletion.WarmStart[] start = new AuctionDualCompletion.WarmStart[1];
    BipartiteMatchingResult r = AuctionDualCompletion.solve(graph, start, control);
    if (r == null) {
      if (start[0] != null) {
        r = new Search(graph, control).runFrom(start[0]);
      } else if (CapacityAuction.pays(graph)) {
        r = new Search(graph, control).runFromRightPrices(CapacityAuction.run(graph, control));
      } else {
        r = new Search(graph, control).run();
      }
    }
    control.progress(PHASE, 1.0);
    return r;
  }

  /**
   * The shortest-path method started from {@link CapacityAuction} (right side of capacity 1 only):
   * for tests of that start.
   */
  static BipartiteMatchingResult solveFromCapacityAuction(CandidateGraph graph) {
    if (!CapacityAuction.applies(graph)) {
      throw new IllegalArgumentException("right side must have capacity 1 throughout: " + graph);
    }
    return new Search(graph, SolveControl.none())
        .runFromRightPrices(CapacityAuction.run(graph, SolveControl.none()));
  }

  /** The shortest-path method alone, without the auction path: for tests and comparisons. */
  static BipartiteMatchingResult solveByShortestPaths(CandidateGraph graph) {
    if (!graph.isBipartite()) {
      throw new IllegalArgumentException("graph must be bipartite but was " + graph);
    }
    return new Search(graph, SolveControl.none()).run();
  }

  /**
   * The shortest-path method started from the auction's matching and prices even when the auction
   * alone would have been certified: for tests of that start. Null if the auction does not apply
   * (capacities above 1, non-integer or too large weights).
   */
  static BipartiteMatchingResult solveFromAuction(CandidateGraph graph) {
    AuctionDualCompletion.WarmStart start =
        AuctionDualCompletion.warmStart(graph, SolveControl.none());
    return start == null ? null : solveFrom(graph, start);
  }

  /**
   * The shortest-path method from any start on a one-to-one instance: a matching ({@code
   * choice[u]}, an edge of {@code u} or -1, no right vertex twice) and non-negative right prices in
   * units of {@code 1 / scale}. The start only has to be a matching; how good it is decides the
   * running time, not the result.
   */
  static BipartiteMatchingResult solveFrom(
      CandidateGraph graph, AuctionDualCompletion.WarmStart start) {
    return new Search(graph, SolveControl.none()).runFrom(start);
  }

  /** The state of one solve: potentials, loads, the matching and the Dijkstra scratch space. */
  private static final class Search {
    private final CandidateGraph g;
    private final int leftCount;
    private final int n;
    private final double[] y;
    private final int[] load;
    private final boolean[] matched;
    // The matched edge of each right vertex of capacity 1 (-1 if none), so that a search crosses
    // it in O(1) instead of scanning the vertex's adjacency for it.
    private final int[] soleEdge;
    // The matched edge of each left vertex of a one-to-one instance (-1 if none), for the searches
    // that start from right vertices.
    private final int[] leftSole;
    private final double[] dist;
    private final int[] predEdge;
    private final int[] reachedStamp;
    private final int[] settled;
    private final IndexedQuaternaryHeap heap;
    private final SolveControl control;
    private long steps;
    private int stamp;
    private int settledCount;
    private int searches;
    private int augmentations;
    private long scanned;

    Search(CandidateGraph g, SolveControl control) {
      this.g = g;
      this.control = control;
      this.leftCount = g.leftCount();
      this.n = g.vertexCount();
      this.y = new double[n];
      this.load = new int[n];
      this.matched = new boolean[g.edgeCount()];
      this.soleEdge = new int[n];
      java.util.Arrays.fill(soleEdge, -1);
      this.leftSole = new int[leftCount];
      java.util.Arrays.fill(leftSole, -1);
      this.dist = new double[n];
      this.predEdge = new int[n];
      this.reachedStamp = new int[n];
      this.settled = new int[n];
      this.heap = new IndexedQuaternaryHeap(n);
    }

    BipartiteMatchingResult run() {
      warmStart();
      augmentingRowReduction();
      return processLeft();
    }

    /**
     * The exact method started from an auction's matching and prices instead of the greedy warm
     * start (one-to-one instances only): near-optimal potentials keep every search small. Right
     * potentials are the rounded prices; each left potential is its best profit on its unmatched
     * edges, or 0. A left vertex whose own edge is not its best after rounding gives it up. Every
     * reduced cost is then non-negative; what remains are free left vertices with a positive
     * potential (searched as usual) and free right vertices with a positive potential, the
     * auction's defect, each repaired by one search from the right side ({@link #search}).
     */
    BipartiteMatchingResult runFrom(AuctionDualCompletion.WarmStart start) {
      int[] choice = start.choice();
      double[] price = start.price();
      double scale = start.scale();
      for (int u = 0; u < leftCount; u++) {
        int e = choice[u];
        if (e >= 0) {
          setMatched(e, true);
          load[u]++;
          load[g.v(e)]++;
        }
      }
      for (int v = leftCount; v < n; v++) {
        y[v] = Math.rint(price[v] / scale);
      }
      for (int u = 0; u < leftCount; u++) {
        double best = 0.0;
        for (int k = g.adjacencyStart(u), end = g.adjacencyEnd(u); k < end; k++) {
          int e = g.adjacentEdge(k);
          double w = g.weight(e);
          if (w > 0.0 && !matched[e]) {
            best = Math.max(best, w - y[g.v(e)]);
          }
        }
        int own = leftSole[u];
        if (own >= 0) {
          double profit = g.weight(own) - y[g.v(own)];
          if (best > profit) {
            setMatched(own, false);
            load[u]--;
            load[g.v(own)]--;
            best = Math.max(best, profit);
          } else {
            best = Math.max(best, 0.0);
          }
        }
        y[u] = best;
      }
      for (int a = 0; a < leftCount; a++) {
        tick(a, n);
        while (load[a] == 0 && y[a] > 0.0) {
          search(a);
        }
      }
      for (int v = leftCount; v < n; v++) {
        tick(v, n);
        if (load[v] == 0 && y[v] > 0.0) {
          search(v);
        }
      }
      return result();
    }

    /**
     * The exact method started from {@link CapacityAuction}'s matching and right prices (the right
     * side has capacity 1 throughout). Right potentials are the prices; each left vertex's
     * potential is the best profit {@code w - y_v} of its unmatched edges, or 0; a left vertex
     * gives up each matched edge whose profit is below that. Every reduced cost is then
     * non-negative; what remains are left vertices with a free slot and a positive potential
     * (searched as usual) and unmatched right vertices with a positive price (only where an edge
     * was given up, repaired by searches from the right side), as in {@link #runFrom}.
     */
    BipartiteMatchingResult runFromRightPrices(CapacityAuction.Start start) {
      boolean[] held = start.held();
      double[] price = start.rightPrice();
      System.arraycopy(price, 0, y, leftCount, n - leftCount);
      for (int u = 0; u < leftCount; u++) {
        int begin = g.adjacencyStart(u);
        int end = g.adjacencyEnd(u);
        double best = 0.0;
        for (int k = begin; k < end; k++) {
          int e = g.adjacentEdge(k);
          double w = g.weight(e);
          if (w > 0.0 && !held[e]) {
            best = Math.max(best, w - y[g.v(e)]);
          }
        }
        y[u] = best;
      }
      for (int u = 0; u < leftCount; u++) {
        double yu = y[u];
        for (int k = g.adjacencyStart(u), end = g.adjacencyEnd(u); k < end; k++) {
          int e = g.adjacentEdge(k);
          if (!held[e]) {
            continue;
          }
          int v = g.v(e);
          double w = g.weight(e);
          if (w - y[v] < yu && !lowerPrice(v, e, w - yu)) {
            continue;
          }
          setMatched(e, true);
          load[u]++;
          load[v]++;
        }
      }
      for (int a = 0; a < leftCount; a++) {
        tick(a, n);
        while (load[a] < g.capacity(a) && y[a] > 0.0) {
          search(a);
        }
      }
      for (int v = leftCount; v < n; v++) {
        tick(v, n);
        if (load[v] == 0 && y[v] > 0.0) {
          search(v);
        }
      }
      return result();
    }

    /**
     * Lowers the price of right vertex {@code v}, held through edge {@code own}, to {@code price}
     * if every other edge of {@code v} stays covered by its left end's potential; false if not.
     */
    private boolean lowerPrice(int v, int own, double price) {
      if (price < 0.0) {
        return false;
      }
      for (int k = g.adjacencyStart(v), end = g.adjacencyEnd(v); k < end; k++) {
        int e = g.adjacentEdge(k);
        if (e != own && y[g.u(e)] + price < g.weight(e)) {
          return false;
        }
      }
      y[v] = price;
      return true;
    }

    private BipartiteMatchingResult processLeft() {
      for (int a = 0; a < leftCount; a++) {
        tick(a, leftCount);
        while (load[a] < g.capacity(a) && y[a] > 0.0) {
          search(a);
        }
        if (load[a] < g.capacity(a)) {
          y[a] = 0.0;
        }
      }
      return result();
    }

    /**
     * Each left vertex takes its heaviest positive edges, in order, while their right ends have
     * room; its potential is then the heaviest positive edge it did not take, or 0. Right
     * potentials stay 0. Every unmatched edge has {@code y_u >= w} and every matched one {@code y_u
     * <= w}, so all reduced costs are non-negative.
     */
    private void warmStart() {
      for (int u = 0; u < leftCount; u++) {
        if ((u & 0xFFF) == 0) {
          control.check(PHASE);
        }
        int start = g.adjacencyStart(u);
        int end = g.adjacencyEnd(u);
        double potential = 0.0;
        while (true) {
          int best = -1;
          double bestWeight = 0.0;
          for (int k = start; k < end; k++) {
            int e = g.adjacentEdge(k);
            double w = g.weight(e);
            if (w > bestWeight && !matched[e]) {
              best = e;
              bestWeight = w;
            }
          }
          if (best < 0) {
            break;
          }
          int v = g.v(best);
          if (load[u] == g.capacity(u) || load[v] == g.capacity(v)) {
            potential = bestWeight;
            break;
          }
          setMatched(best, true);
          load[u]++;
          load[v]++;
        }
        y[u] = potential;
      }
    }

    /**
     * Jonker and Volgenant's augmenting row reduction, restricted to left and right vertices of
     * capacity 1: each free left vertex bids for its most profitable edge ({@code w - y_v}),
     * raising that right vertex's potential to make the vertex indifferent to its second choice (or
     * to staying unmatched, worth 0) and evicting the previous holder, which bids next. A bid keeps
     * the evicted holder's edges covered (potentials only rise) and the new edge tight, so the
     * invariant of the exact phase holds throughout; the phase is capped so that price wars on
     * near-ties cannot run long, and whatever is left free goes to the shortest-path phase.
     */
    private void augmentingRowReduction() {
      int[] queue = new int[leftCount];
      int size = 0;
      for (int u = 0; u < leftCount; u++) {
        if (g.capacity(u) == 1 && load[u] == 0 && y[u] > 0.0) {
          queue[size++] = u;
        }
      }
      long budget = ROW_REDUCTION_BIDS_PER_VERTEX * size + 1000;
      for (int pass = 0; pass < ROW_REDUCTION_PASSES && size > 0; pass++) {
        int previous = size;
        size = 0;
        int k = 0;
        while (k < previous) {
          if ((++steps & 0xFFF) == 0) {
            control.check(PHASE);
          }
          int u = queue[k++];
          if (--budget < 0) {
            queue[size++] = u;
            continue;
          }
          double first = 0.0;
          double second = 0.0;
          int firstEdge = -1;
          int secondEdge = -1;
          for (int i = g.adjacencyStart(u), end = g.adjacencyEnd(u); i < end; i++) {
            int e = g.adjacentEdge(i);
            double w = g.weight(e);
            if (w <= 0.0) {
              continue;
            }
            double profit = w - y[g.v(e)];
            if (profit > first) {
              second = first;
              secondEdge = firstEdge;
              first = profit;
              firstEdge = e;
            } else if (profit > second) {
              second = profit;
              secondEdge = e;
            }
          }
          if (firstEdge < 0) {
            y[u] = 0.0;
            continue;
          }
          int v = g.v(firstEdge);
          if (load[v] < g.capacity(v)) {
            take(u, firstEdge, first);
            continue;
          }
          if (g.capacity(v) != 1 || g.capacity(g.u(soleEdge[v])) != 1) {
            // Evicting a holder that keeps other edges could not keep those tight: leave u to
            // the exact phase.
            y[u] = first;
            continue;
          }
          if (first > second) {
            y[v] += first - second;
            int evicted = drop(v);
            take(u, firstEdge, second);
            queue[--k] = evicted;
            continue;
          }
          // A tie: take the second edge without a price change, as Jonker and Volgenant do, and
          // send its holder to the next pass, so that ties cannot cycle within a pass.
          int w2 = g.v(secondEdge);
          if (load[w2] < g.capacity(w2)) {
            take(u, secondEdge, second);
          } else if (g.capacity(w2) == 1 && g.capacity(g.u(soleEdge[w2])) == 1) {
            int evicted = drop(w2);
            take(u, secondEdge, second);
            queue[size++] = evicted;
          } else {
            y[u] = first;
          }
        }
      }
    }

    private void setMatched(int e, boolean value) {
      matched[e] = value;
      // Unmatching clears a sole-edge entry only if it still names e: augmenting paths match a
      // vertex's new edge before they unmatch its old one.
      int v = g.v(e);
      int u = g.u(e);
      if (value) {
        soleEdge[v] = e;
        leftSole[u] = e;
      } else {
        if (soleEdge[v] == e) {
          soleEdge[v] = -1;
        }
        if (leftSole[u] == e) {
          leftSole[u] = -1;
        }
      }
    }

    private void take(int u, int e, double potential) {
      setMatched(e, true);
      load[u]++;
      load[g.v(e)]++;
      y[u] = potential;
    }

    /**
     * Unmatches the single matched edge of a capacity-1 right vertex and returns its left end,
     * whose potential rises if needed to cover the edge it lost (a matched edge may have slack).
     */
    private int drop(int v) {
      int e = soleEdge[v];
      setMatched(e, false);
      int u = g.u(e);
      load[u]--;
      load[v]--;
      y[u] = Math.max(y[u], g.weight(e) - y[v]);
      return u;
    }

    /**
     * One Dijkstra on reduced costs from {@code source}, a vertex on either side with a free slot
     * and a positive potential, then the dual update of the settled vertices and the augmentation
     * when it gains. From the source's side the search follows unmatched edges to the other side,
     * and from there matched edges back. It stops at the cheapest of: giving up (cost {@code
     * y_source}: the source's potential drops to 0 and its slot stays free), a vertex of the other
     * side with a free slot (an augmenting path; such vertices have potential 0), or a vertex
     * {@code x} of the source's side, reached through its matched edge, that hands that edge over
     * and keeps a free slot (cost {@code d(x) + y_x}). Settled potentials move by their distance to
     * that cost, down on the source's side and up on the other, which keeps every reduced cost and
     * every potential non-negative. Left sources are the method's own steps; right sources repair
     * the free right vertices with a price that an auction start leaves (one-to-one only).
     */
    private void search(int source) {
      searches++;
      stamp++;
      settledCount = 0;
      boolean fromLeft = source < leftCount;
      double best = y[source];
      int target = -1;
      reach(source, 0.0, -1);
      heap.insertOrDecrease(source, 0.0);
      while (!heap.isEmpty() && heap.minKey() < best) {
        if ((++steps & 0xFFF) == 0) {
          control.check(PHASE);
        }
        double dx = heap.minKey();
        int x = heap.removeMin();
        settled[settledCount++] = x;
        if ((x < leftCount) == fromLeft) {
          if (x != source && dx + y[x] < best) {
            // x gives up the matched edge we came through and keeps a free slot.
            best = dx + y[x];
            target = x;
          }
          double yx = y[x];
          for (int k = g.adjacencyStart(x), end = g.adjacencyEnd(x); k < end; k++) {
            int e = g.adjacentEdge(k);
            double w = g.weight(e);
            if (matched[e] || w <= 0.0) {
              continue;
            }
            int z = otherEnd(e, x);
            double reduced = (yx - w) + y[z];
            double nd = dx + (reduced > 0.0 ? reduced : 0.0);
            // A vertex at or beyond the best cost found is never settled: keep it out of the heap.
            if (nd < best && relax(z, nd, e) && load[z] < g.capacity(z)) {
              best = nd;
              target = z;
            }
          }
        } else if (g.capacity(x) == 1) {
          int e = x < leftCount ? leftSole[x] : soleEdge[x];
          int z = otherEnd(e, x);
          double reduced = g.weight(e) - y[z] - y[x];
          double nd = dx + (reduced > 0.0 ? reduced : 0.0);
          if (nd < best) {
            relax(z, nd, e);
          }
        } else {
          double yx = y[x];
          for (int k = g.adjacencyStart(x), end = g.adjacencyEnd(x); k < end; k++) {
            int e = g.adjacentEdge(k);
            if (!matched[e]) {
              continue;
            }
            int z = otherEnd(e, x);
            double reduced = g.weight(e) - y[z] - yx;
            double nd = dx + (reduced > 0.0 ? reduced : 0.0);
            if (nd < best) {
              relax(z, nd, e);
            }
          }
        }
      }
      heap.clear();
      updatePotentials(best, fromLeft);
      if (target < 0) {
        y[source] = 0.0;
        return;
      }
      augment(source, target);
    }

    /** A check and a progress report every 4,096 vertices: {@code done} of {@code total}. */
    private void tick(int done, int total) {
      if ((done & 0xFFF) == 0) {
        control.check(PHASE);
        control.progress(PHASE, (double) done / total);
      }
    }

    private void reach(int x, double d, int edge) {
      reachedStamp[x] = stamp;
      dist[x] = d;
      predEdge[x] = edge;
    }

    /** Lowers the tentative distance of an unsettled vertex; true if it improved. */
    private boolean relax(int x, double d, int edge) {
      if (reachedStamp[x] == stamp) {
        if (d >= dist[x] || !heap.contains(x)) {
          return false;
        }
      }
      reach(x, d, edge);
      heap.insertOrDecrease(x, d);
      return true;
    }

    /**
     * Flips the search's path from {@code target} back to its start {@code source}, on either side.
     * A target on the start's side hands over the matched edge the search came through and keeps a
     * free slot with potential 0; a target on the other side has a free slot and takes one more
     * edge.
     */
    private void augment(int source, int target) {
      augmentations++;
      int x;
      if ((target < leftCount) == (source < leftCount)) {
        int e = predEdge[target];
        setMatched(e, false);
        load[target]--;
        y[target] = 0.0;
        x = otherEnd(e, target);
      } else {
        x = target;
        load[x]++;
      }
      while (true) {
        int e = predEdge[x];
        setMatched(e, true);
        int next = otherEnd(e, x);
        if (next == source) {
          break;
        }
        int back = predEdge[next];
        setMatched(back, false);
        x = otherEnd(back, next);
      }
      load[source]++;
    }

    private int otherEnd(int e, int x) {
      int u = g.u(e);
      return u == x ? g.v(e) : u;
    }

    /**
     * The dual update after a search: every settled vertex moves by its distance to the search's
     * cost, down on the start's side and up on the other, which keeps reduced costs non-negative.
     */
    private void updatePotentials(double best, boolean fromLeft) {
      scanned += settledCount;
      for (int i = 0; i < settledCount; i++) {
        int x = settled[i];
        double delta = best - dist[x];
        if ((x < leftCount) == fromLeft) {
          y[x] -= delta;
        } else {
          y[x] += delta;
        }
      }
    }

    private BipartiteMatchingResult result() {
      int m = g.edgeCount();
      int count = 0;
      for (int e = 0; e < m; e++) {
        if (matched[e]) {
          count++;
        }
      }
      int[] edges = new int[count];
      double[] z = new double[count];
      double weight = 0.0;
      for (int x = 0; x < n; x++) {
        if (y[x] < 0.0) {
          y[x] = 0.0;
        }
      }
      for (int e = 0, k = 0; e < m; e++) {
        if (matched[e]) {
          edges[k] = e;
          double w = g.weight(e);
          weight += w;
          double slack = w - y[g.u(e)] - y[g.v(e)];
          z[k++] = slack > 0.0 ? slack : 0.0;
        }
      }
      return new BipartiteMatchingResult(edges, weight, y, z, searches, augmentations, scanned);
    }
  }
}
