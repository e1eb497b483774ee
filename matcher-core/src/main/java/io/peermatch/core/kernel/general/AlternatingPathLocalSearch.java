package io.peermatch.core.kernel.general;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Local improvement of a weighted matching in a general graph by depth-limited weight-augmenting
 * alternating paths and cycles, searched in the manner of Lin and Kernighan.
 *
 * <p>From a start vertex s the search grows an alternating path: it frees the current end (s itself
 * when s is free; otherwise it drops s's matched edge, lets s take its heaviest free neighbour if
 * it has one, and continues from s's former partner), adds a non-matched edge to a vertex y, drops
 * y's matched edge, and continues from y's former partner. A branch is followed only while the gain
 * of every (drop, add) prefix exceeds the best move found so far (the Lin–Kernighan gain criterion;
 * by the "gas station" argument every weight-augmenting alternating cycle has a rotation whose
 * prefixes all gain), at most {@code breadth[d]} branches at depth d (those with the largest gain
 * after the drop), and at most {@code breadth.length} added edges. Moves end at a free vertex, at a
 * vertex whose partner is left free, or by closing a cycle back to s. This contains the moves of
 * Maue and Sanders' ROMA (augmentations of up to three edges, cycles of four) and of the
 * path-growing improvement of Drake and Hougardy. The best move found from s is applied when it
 * gains more than a relative tolerance of 10<sup>-12</sup>, and the vertices it changed and their
 * neighbours are examined again; start vertices are first visited in a seeded random order (as in
 * ROMA), so the result is deterministic.
 *
 * <p>Running time: O(&Delta; &middot; breadth[0] &middot; ... &middot; breadth[D - 2]) per examined
 * vertex (the last step reads a cached best exchange per vertex instead of scanning), with
 * adjacency lists sorted heaviest first so that scans stop at the first edge too light to meet the
 * criterion; every move gains more than the tolerance, so the loop ends, in practice after about
 * 1.2 to 1.7 examinations per vertex. Memory O(n + m). The matching only gains weight, so any
 * guarantee of the input matching (1/2 for the suitor) is kept; no better worst-case ratio is
 * claimed, because the search is pruned.
 *
 * <p>References: J. Maue, P. Sanders, "Engineering algorithms for approximate weighted matching",
 * WEA 2007, LNCS 4525, 242-255; S. Lin, B. W. Kernighan, "An effective heuristic algorithm for the
 * traveling-salesman problem", Operations Research 21 (1973) 498-516; D. E. Drake Vinkemeier, S.
 * Hougardy, "A linear-time approximation algorithm for weighted matchings in graphs", ACM Trans.
 * Algorithms 1(1) (2005) 107-122.
 */
final class AlternatingPathLocalSearch {

  /**
   * The first, narrow phase: branches per depth (a move adds at most two edges), run until no move
   * gains; cheap, and it leaves the wide phase fewer moves to find.
   */
  static final int[] NARROW = {2, 1};

  /**
   * The second, wide phase: branches per depth (a move adds at most five edges; the last step reads
   * a cache). Chosen on seeded synthetic organisations and random graphs of 10,000 to 1,000,000
   * people; wider or deeper searches gained less than 0.1 % of the optimum for twice the time.
   */
  static final int[] WIDE = {8, 3, 2, 1, 1};

  /**
   * The edge scans (both phases together) after which the wide phase stops, for a graph of {@code
   * n} vertices; the narrow phase always runs to the end. Up to 200,000 vertices it is 10^8 (at
   * 100,000 people of a synthetic pool the search needs about that many for 99.2 % of the optimum,
   * 98.9 % with 6·10^7); beyond, it shrinks like {@code n^-0.35}, because a scan costs more once
   * the graph outgrows the caches (about 45 ns at 100,000 vertices, 130 ns at a million on the
   * reference machine), so that a million people stay within about 8 seconds (5.7·10^7 scans). The
   * budget is a count, not a clock, so results stay deterministic. At a million people the narrow
   * phase alone reached 99.9 % of the optimum on the top-K graph of a synthetic organisation, and
   * the search reaches 96.97 % on its balanced graph (14.4 M edges); on uniform random graphs the
   * cap costs about 0.4 % there (99.3 % with 10^8 scans, 99.1 % with 6·10^7).
   */
  static long defaultScanBudget(int n) {
    if (n <= 200_000) {
      return 100_000_000L;
    }
    return (long) (1e8 * Math.pow(200_000.0 / n, 0.35));
  }

  /** The seed of the visiting order. */
  static final long DEFAULT_SEED = 1L;

  /** The progress phase. */
  static final String PHASE = "local-search";

  private AlternatingPathLocalSearch() {}

  /**
   * Improves {@code mateEdge} (matched edge id per vertex, or -1) in place: the narrow phase until
   * no move gains, then the wide phase until no move gains or {@code scanBudget} edge scans have
   * been spent in all; returns the scans spent.
   */
  static long improve(
      CandidateGraph g, WeightSortedAdjacency adj, int[] mateEdge, long scanBudget, long seed) {
    return improve(g, adj, mateEdge, scanBudget, seed, SolveControl.none(), new boolean[1]);
  }

  /**
   * As {@link #improve(CandidateGraph, WeightSortedAdjacency, int[], long, long)}, stopping between
   * two moves when the deadline of {@code control} passes ({@code stopped[0]} becomes true; {@code
   * mateEdge} is then the matching improved so far). Progress: scans spent over the budget.
   *
   * @throws io.peermatch.api.MatchingCancelledException if the thread is interrupted
   */
  static long improve(
      CandidateGraph g,
      WeightSortedAdjacency adj,
      int[] mateEdge,
      long scanBudget,
      long seed,
      SolveControl control,
      boolean[] stopped) {
    Run narrow = new Run(g, adj, mateEdge, NARROW, seed);
    narrow.run(Long.MAX_VALUE, control, scanBudget);
    narrow.writeBack(mateEdge);
    long used = narrow.scans;
    if (narrow.stopped) {
      stopped[0] = true;
      return used;
    }
    Run wide = new Run(g, adj, mateEdge, WIDE, seed + 1);
    wide.scans = used; // progress continues from the narrow phase's scans
    wide.run(Math.max(0, scanBudget - used) + used, control, scanBudget);
    wide.writeBack(mateEdge);
    stopped[0] = wide.stopped;
    return wide.scans;
  }

  /**
   * One phase: improves {@code mateEdge} in place with the given branches per depth until no move
   * gains or {@code scanBudget} edge scans are spent; returns the scans spent.
   */
  static long improve(
      CandidateGraph g,
      WeightSortedAdjacency adj,
      int[] mateEdge,
      int[] breadth,
      long seed,
      long scanBudget) {
    if (breadth.length == 0) {
      throw new IllegalArgumentException("breadth must name at least one depth but was empty");
    }
    for (int d = 0; d < breadth.length; d++) {
      if (breadth[d] < 1) {
        throw new IllegalArgumentException(
            "breadth must be at least 1 but was " + breadth[d] + " at depth " + d);
      }
    }
    Run run = new Run(g, adj, mateEdge, breadth, seed);
    run.run(scanBudget, SolveControl.none(), scanBudget);
    run.writeBack(mateEdge);
    return run.scans;
  }

  private static final class Run {
    private static final long STALE = Double.doubleToRawLongBits(Double.NaN);

    private final CandidateGraph g;
    private final int n;
    private final int[] offset;
    private final int[] adjOther;
    private final double[] adjWeight;
    private final double tolerance;
    private final int[] breadth;
    private final int depthLimit;

    // Per vertex v, in one cache line: node[2v] the bits of its matched edge's weight (0 when
    // free), node[2v + 1] its partner (-1 when free) in the high half and the float bits of its
    // heaviest edge's weight (rounded up) in the low half; the search reads them for every edge.
    private final long[] node;
    // Per vertex c, cached until the matching changes at c or a neighbour: exchange[2c] the bits
    // of the best w(c, y) - w(y's matched edge) over neighbours y other than c's partner (0 for a
    // free y), or STALE; exchange[2c + 1] the adjacency position of that y, or -1 when no exchange
    // is positive. freeNeighbour[c]: the position of c's heaviest free neighbour, -1 for none, -2
    // when stale.
    private final long[] exchange;
    private final int[] freeNeighbour;

    private final int[] queue;
    private final boolean[] queued;
    private int head;
    private int tail;
    private int size;

    // The move being grown: its vertices (to keep the path simple), and at each depth the vertex
    // reached by the added edge, that edge's weight, and the reached vertex's former partner that
    // the path continues from (-1 when the reached vertex was free or closes the cycle).
    private final int[] path;
    private int pathSize;
    private final int[] reached;
    private final double[] reachedWeight;
    private final int[] continued;
    private final int[][] branchPos;
    private final double[][] branchGain;

    private int start;
    private int first;
    private boolean startClosable;
    private int startFree;
    private double startFreeWeight;

    private double bestGain;
    private int bestLength;
    private int bestFirst;
    private int bestStartFree;
    private double bestStartFreeWeight;
    private final int[] bestReached;
    private final double[] bestReachedWeight;
    private final int[] bestContinued;

    Run(CandidateGraph g, WeightSortedAdjacency adj, int[] mateEdge, int[] breadth, long seed) {
      this.g = g;
      this.n = g.vertexCount();
      this.offset = adj.offset;
      this.adjOther = adj.other;
      this.adjWeight = adj.weight;
      this.breadth = breadth;
      this.depthLimit = breadth.length;
      double scale = 1.0;
      for (int v = 0; v < n; v++) {
        scale = Math.max(scale, adj.heaviest(v));
      }
      tolerance = 1e-12 * scale;
      node = new long[2 * n];
      for (int v = 0; v < n; v++) {
        float max = Math.nextUp((float) adj.heaviest(v));
        node[2 * v + 1] = Float.floatToRawIntBits(max) & 0xffffffffL;
        int e = mateEdge[v];
        setMate(v, e < 0 ? -1 : g.other(e, v), e < 0 ? 0.0 : g.weight(e));
      }
      exchange = new long[2 * n];
      freeNeighbour = new int[n];
      for (int v = 0; v < n; v++) {
        exchange[2 * v] = STALE;
        freeNeighbour[v] = -2;
      }
      path = new int[3 + 2 * depthLimit];
      reached = new int[depthLimit];
      reachedWeight = new double[depthLimit];
      continued = new int[depthLimit];
      bestReached = new int[depthLimit];
      bestReachedWeight = new double[depthLimit];
      bestContinued = new int[depthLimit];
      branchPos = new int[depthLimit][];
      branchGain = new double[depthLimit][];
      for (int d = 0; d < depthLimit; d++) {
        branchPos[d] = new int[breadth[d]];
        branchGain[d] = new double[breadth[d]];
      }
      queue = new int[n];
      queued = new boolean[n];
      for (int v = 0; v < n; v++) {
        queue[v] = v;
      }
      SplittableRandom random = new SplittableRandom(seed);
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = queue[i];
        queue[i] = queue[j];
        queue[j] = t;
      }
      Arrays.fill(queued, true);
      size = n;
    }

    long scans;
    boolean stopped;

    void run(long scanBudget, SolveControl control, long progressScale) {
      long steps = 0;
      while (size > 0 && scans < scanBudget) {
        // Every 64 starts: a start can scan dozens of edges, each a cache miss on a large graph.
        if ((++steps & 0x3F) == 0) {
          control.checkInterrupted(PHASE);
          if (control.deadlinePassed()) {
            stopped = true; // between two moves: the matching is consistent
            return;
          }
          control.progress(PHASE, (double) scans / Math.max(1, progressScale));
        }
        int s = queue[head];
        head = head + 1 == queue.length ? 0 : head + 1;
        size--;
        queued[s] = false;
        improveFrom(s);
      }
    }

    void writeBack(int[] mateEdge) {
      for (int v = 0; v < n; v++) {
        int p = partner(v);
        if (p < 0) {
          mateEdge[v] = -1;
        } else if (mateEdge[v] < 0 || g.other(mateEdge[v], v) != p) {
          mateEdge[v] = g.edgeBetween(v, p);
        }
      }
    }

    private void push(int v) {
      if (!queued[v]) {
        queued[v] = true;
        queue[tail] = v;
        tail = tail + 1 == queue.length ? 0 : tail + 1;
        size++;
      }
    }

    private void improveFrom(int s) {
      bestGain = tolerance;
      bestLength = 0;
      start = s;
      path[0] = s;
      int p = partner(s);
      if (p < 0) {
        first = s;
        startFree = -1;
        startFreeWeight = 0.0;
        startClosable = false;
        pathSize = 1;
        search(s, 0.0, 0);
      } else {
        first = p;
        startClosable = true;
        path[1] = p;
        pathSize = 2;
        int k = heaviestFreeNeighbour(s);
        if (k >= 0) {
          startFree = adjOther[k];
          startFreeWeight = adjWeight[k];
          path[pathSize++] = startFree;
        } else {
          startFree = -1;
          startFreeWeight = 0.0;
        }
        search(p, startFreeWeight - mateWeight(s), 0);
      }
      if (bestLength > 0) {
        apply();
      }
    }

    private boolean onPath(int v) {
      for (int i = 0; i < pathSize; i++) {
        if (path[i] == v) {
          return true;
        }
      }
      return false;
    }

    private int heaviestFreeNeighbour(int s) {
      int cached = freeNeighbour[s];
      if (cached != -2) {
        return cached;
      }
      int found = -1;
      for (int k = offset[s]; k < offset[s + 1]; k++) {
        scans++;
        if (partner(adjOther[k]) < 0) {
          found = k;
          break;
        }
      }
      freeNeighbour[s] = found;
      return found;
    }

    private int bestExchange(int c) {
      if (exchange[2 * c] != STALE) {
        return (int) exchange[2 * c + 1];
      }
      double best = 0.0;
      int bestK = -1;
      int pc = partner(c);
      for (int k = offset[c]; k < offset[c + 1]; k++) {
        double wk = adjWeight[k];
        if (wk <= best) {
          break;
        }
        scans++;
        int y = adjOther[k];
        if (y == pc) {
          continue;
        }
        double value = wk - mateWeight(y);
        if (value > best) {
          best = value;
          bestK = k;
        }
      }
      exchange[2 * c] = Double.doubleToRawLongBits(best);
      exchange[2 * c + 1] = bestK;
      return bestK;
    }

    private void record(int depth, int y, double weight, int next, double gain) {
      bestGain = gain;
      bestLength = depth + 1;
      System.arraycopy(reached, 0, bestReached, 0, depth);
      System.arraycopy(reachedWeight, 0, bestReachedWeight, 0, depth);
      System.arraycopy(continued, 0, bestContinued, 0, depth);
      bestReached[depth] = y;
      bestReachedWeight[depth] = weight;
      bestContinued[depth] = next;
      bestFirst = first;
      bestStartFree = startFree;
      bestStartFreeWeight = startFreeWeight;
    }

    /**
     * The last step from c: a cycle closed back to the start, or the cached best exchange; false
     * when that exchange's vertex is already on the path, and c must be scanned.
     */
    private boolean lastStep(int c, double gain, int depth) {
      if (startClosable && gain + maxIncident(c) - startFreeWeight > bestGain) {
        int e = g.edgeBetween(c, start);
        if (e >= 0 && g.weight(e) > 0) {
          // Closing the cycle matches s again, so s gives up its free neighbour.
          double closed = gain + g.weight(e) - startFreeWeight;
          if (closed > bestGain) {
            record(depth, start, g.weight(e), -1, closed);
            bestStartFree = -1;
          }
        }
      }
      int k = bestExchange(c);
      double value = Double.longBitsToDouble(exchange[2 * c]);
      if (k < 0 || gain + value <= bestGain) {
        return true;
      }
      int y = adjOther[k];
      if (onPath(y)) {
        return false;
      }
      record(depth, y, adjWeight[k], partner(y), gain + value);
      return true;
    }

    /** Grows the move from the free end c with {@code gain} so far (after the last drop). */
    private void search(int c, double gain, int depth) {
      if (depth + 1 == depthLimit && lastStep(c, gain, depth)) {
        return;
      }
      int width = breadth[depth];
      boolean deeper = depth + 1 < depthLimit;
      int[] bPos = branchPos[depth];
      double[] bGain = branchGain[depth];
      int count = 0;
      int end = offset[c + 1];
      for (int k = offset[c]; k < end; k++) {
        double wk = adjWeight[k];
        double p = gain + wk;
        if (p <= bestGain) {
          break;
        }
        scans++;
        int y = adjOther[k];
        if (onPath(y)) {
          if (y == start && startClosable && p - startFreeWeight > bestGain) {
            record(depth, y, wk, -1, p - startFreeWeight);
            bestStartFree = -1;
          }
          continue;
        }
        int next = (int) (node[2 * y + 1] >> 32);
        if (next < 0) {
          record(depth, y, wk, -1, p);
          continue;
        }
        double after = p - Double.longBitsToDouble(node[2 * y]);
        if (after > bestGain) {
          record(depth, y, wk, next, after);
        }
        if (!deeper) {
          continue;
        }
        int i = count < width ? count++ : width;
        if (i == width) {
          if (after <= bGain[width - 1]) {
            continue;
          }
          i = width - 1;
        }
        while (i > 0 && bGain[i - 1] < after) {
          bPos[i] = bPos[i - 1];
          bGain[i] = bGain[i - 1];
          i--;
        }
        bPos[i] = k;
        bGain[i] = after;
      }
      for (int i = 0; i < count; i++) {
        int k = bPos[i];
        int y = adjOther[k];
        int next = partner(y);
        // Descend only if some edge at next could still beat the best move.
        if (bGain[i] + maxIncident(next) <= bestGain || onPath(next)) {
          continue;
        }
        path[pathSize++] = y;
        path[pathSize++] = next;
        reached[depth] = y;
        reachedWeight[depth] = adjWeight[k];
        continued[depth] = next;
        search(next, bGain[i], depth + 1);
        pathSize -= 2;
      }
    }

    private void apply() {
      int s = start;
      // Drop every matched edge the move removes, then add its edges.
      if (partner(s) >= 0) {
        unmatch(s);
      }
      for (int i = 0; i < bestLength; i++) {
        if (bestContinued[i] >= 0) {
          unmatch(bestReached[i]);
        }
      }
      if (bestStartFree >= 0) {
        match(s, bestStartFree, bestStartFreeWeight);
      }
      int c = bestFirst;
      for (int i = 0; i < bestLength; i++) {
        match(c, bestReached[i], bestReachedWeight[i]);
        c = bestContinued[i];
      }
      touch(s);
      touch(bestFirst);
      if (bestStartFree >= 0) {
        touch(bestStartFree);
      }
      for (int i = 0; i < bestLength; i++) {
        touch(bestReached[i]);
        if (bestContinued[i] >= 0) {
          touch(bestContinued[i]);
        }
      }
    }

    /** v's matching changed: its neighbours' caches are stale and v (or all of them) may gain. */
    private void touch(int v) {
      exchange[2 * v] = STALE;
      freeNeighbour[v] = -2;
      boolean free = partner(v) < 0;
      push(v);
      for (int k = offset[v]; k < offset[v + 1]; k++) {
        int x = adjOther[k];
        exchange[2 * x] = STALE;
        freeNeighbour[x] = -2;
        if (free) {
          push(x);
        }
      }
    }

    private void unmatch(int v) {
      int p = partner(v);
      setMate(v, -1, 0.0);
      setMate(p, -1, 0.0);
    }

    private void match(int a, int b, double weight) {
      setMate(a, b, weight);
      setMate(b, a, weight);
    }

    private int partner(int v) {
      return (int) (node[2 * v + 1] >> 32);
    }

    private double mateWeight(int v) {
      return Double.longBitsToDouble(node[2 * v]);
    }

    private double maxIncident(int v) {
      return Float.intBitsToFloat((int) node[2 * v + 1]);
    }

    private void setMate(int v, int p, double weight) {
      node[2 * v] = Double.doubleToRawLongBits(weight);
      node[2 * v + 1] = ((long) p << 32) | (node[2 * v + 1] & 0xffffffffL);
    }
  }
}
