package io.peermatch.core.general;

import io.peermatch.core.graph.CandidateGraph;

/**
 * Local improvement of a matching by short weight-augmenting alternating paths and cycles centred
 * on one non-matched edge (a, x): drop the matched edges at a and x, match a with x, and re-match
 * the two freed partners a' and x' either with each other or each with its best free neighbour.
 * This covers augmenting paths of up to five edges (f - a' - a - x - x' - f') and alternating
 * cycles of four edges (a' - a - x - x' - a'), including "replace one matched edge with two heavier
 * adjacent ones". A move is applied only when it gains more than a tolerance, so the loop ends; a
 * work list re-examines the vertices near each change. Each evaluation costs O(deg(a) &middot; max
 * deg) time.
 */
final class ShortAugmentationImprover {

  private ShortAugmentationImprover() {}

  private static final int TOP = 3;

  /** Improves {@code mateEdge} (matched edge id per vertex, or -1) in place. */
  static void improve(CandidateGraph g, int[] mateEdge) {
    new Run(g, mateEdge).run();
  }

  private static final class Run {
    private final CandidateGraph g;
    private final int[] mateEdge;
    private final double[] w;
    private final double[] maxIncident;
    // An upper bound on the heaviest edge from each vertex to a free vertex: raised whenever a
    // vertex becomes free, never lowered, so it prunes evaluations without losing moves.
    private final double[] freeBound;
    private final double tolerance;
    private final int[] queue;
    private final boolean[] queued;
    private int head;
    private int tail;
    private int size;
    // Top free neighbours of a' (prefix A) and of x' (prefix X): vertex and weight of the edge.
    private final int[] freeA = new int[TOP];
    private final int[] edgeA = new int[TOP];
    private final int[] freeX = new int[TOP];
    private final int[] edgeX = new int[TOP];
    private int countA;
    private int countX;

    Run(CandidateGraph g, int[] mateEdge) {
      this.g = g;
      this.mateEdge = mateEdge;
      this.w = g.weights();
      int n = g.vertexCount();
      maxIncident = new double[n];
      double scale = 1.0;
      for (int e = 0; e < w.length; e++) {
        scale = Math.max(scale, Math.abs(w[e]));
      }
      tolerance = 1e-12 * scale;
      for (int v = 0; v < n; v++) {
        double best = 0.0;
        for (int k = g.adjacencyStart(v); k < g.adjacencyEnd(v); k++) {
          best = Math.max(best, w[g.adjacentEdge(k)]);
        }
        maxIncident[v] = best;
      }
      freeBound = new double[n];
      for (int v = 0; v < n; v++) {
        if (mateEdge[v] < 0) {
          raiseFreeBounds(v);
        }
      }
      queue = new int[n];
      queued = new boolean[n];
      for (int v = 0; v < n; v++) {
        queue[v] = v;
        queued[v] = true;
      }
      size = n;
      tail = 0;
    }

    private void raiseFreeBounds(int f) {
      for (int k = g.adjacencyStart(f); k < g.adjacencyEnd(f); k++) {
        int e = g.adjacentEdge(k);
        int v = g.other(e, f);
        if (w[e] > freeBound[v]) {
          freeBound[v] = w[e];
        }
      }
    }

    private void push(int v) {
      if (v >= 0 && !queued[v]) {
        queued[v] = true;
        queue[tail] = v;
        tail = tail + 1 == queue.length ? 0 : tail + 1;
        size++;
      }
    }

    private void pushAround(int v) {
      if (v < 0) {
        return;
      }
      push(v);
      for (int k = g.adjacencyStart(v); k < g.adjacencyEnd(v); k++) {
        push(g.other(g.adjacentEdge(k), v));
      }
    }

    private double mateWeight(int v) {
      return mateEdge[v] < 0 ? 0.0 : w[mateEdge[v]];
    }

    private int partner(int v) {
      return mateEdge[v] < 0 ? -1 : g.other(mateEdge[v], v);
    }

    void run() {
      while (size > 0) {
        int a = queue[head];
        head = head + 1 == queue.length ? 0 : head + 1;
        size--;
        queued[a] = false;
        improveAt(a);
      }
    }

    /** Collects the best free neighbours of v, skipping vertex {@code skip}. */
    private int topFree(int v, int skip, int[] vertices, int[] edges) {
      int count = 0;
      for (int k = g.adjacencyStart(v); k < g.adjacencyEnd(v); k++) {
        int e = g.adjacentEdge(k);
        if (w[e] <= 0) {
          continue;
        }
        int f = g.other(e, v);
        if (f == skip || mateEdge[f] >= 0) {
          continue;
        }
        int i = count < TOP ? count++ : TOP;
        if (i == TOP && w[e] <= w[edges[TOP - 1]]) {
          continue;
        }
        i = Math.min(i, TOP - 1);
        while (i > 0 && w[edges[i - 1]] < w[e]) {
          vertices[i] = vertices[i - 1];
          edges[i] = edges[i - 1];
          i--;
        }
        vertices[i] = f;
        edges[i] = e;
      }
      return count;
    }

    private void improveAt(int a) {
      int aMate = partner(a);
      double wa = mateWeight(a);
      countA = -1;
      double bestGain = tolerance;
      int bestEdge = -1;
      int bestFa = -2;
      int bestFx = -2;
      for (int k = g.adjacencyStart(a); k < g.adjacencyEnd(a); k++) {
        int e = g.adjacentEdge(k);
        if (w[e] <= 0 || e == mateEdge[a]) {
          continue;
        }
        int x = g.other(e, a);
        int xMate = partner(x);
        double base = w[e] - wa - mateWeight(x);
        double fa0 = aMate >= 0 ? freeBound[aMate] : 0.0;
        double fx0 = xMate >= 0 ? freeBound[xMate] : 0.0;
        // Option: a' and x' re-matched with each other (a four-cycle).
        if (aMate >= 0
            && xMate >= 0
            && base + Math.min(maxIncident[aMate], maxIncident[xMate]) > bestGain) {
          int cross = g.edgeBetween(aMate, xMate);
          if (cross >= 0 && w[cross] > 0 && base + w[cross] > bestGain) {
            bestGain = base + w[cross];
            bestEdge = e;
            bestFa = -1;
            bestFx = -1;
          }
        }
        if (base + fa0 + fx0 <= bestGain) {
          continue;
        }
        if (countA < 0) {
          countA = aMate >= 0 ? topFree(aMate, a, freeA, edgeA) : 0;
        }
        countX = xMate >= 0 ? topFree(xMate, x, freeX, edgeX) : 0;
        // Options: each freed partner takes a free neighbour (or none); the two must differ and
        // must not be a or x, which the move matches.
        for (int i = -1; i < countA; i++) {
          int fa = i < 0 ? -1 : freeA[i];
          if (fa == x) {
            continue;
          }
          double ga = i < 0 ? 0.0 : w[edgeA[i]];
          for (int j = -1; j < countX; j++) {
            int fx = j < 0 ? -1 : freeX[j];
            if (fx == a || (fx >= 0 && fx == fa)) {
              continue;
            }
            double gain = base + ga + (j < 0 ? 0.0 : w[edgeX[j]]);
            if (gain > bestGain) {
              bestGain = gain;
              bestEdge = e;
              bestFa = i < 0 ? -2 : edgeA[i];
              bestFx = j < 0 ? -2 : edgeX[j];
            }
          }
        }
      }
      if (bestEdge >= 0) {
        apply(a, bestEdge, bestFa, bestFx);
      }
    }

    /**
     * Applies a move: match edge e at a; bestFa/bestFx are the edge ids that re-match a' and x', -2
     * for none, or both -1 to re-match a' with x'.
     */
    private void apply(int a, int e, int edgeForA, int edgeForX) {
      int x = g.other(e, a);
      int aMate = partner(a);
      int xMate = partner(x);
      if (aMate >= 0) {
        mateEdge[aMate] = -1;
      }
      if (xMate >= 0) {
        mateEdge[xMate] = -1;
      }
      mateEdge[a] = e;
      mateEdge[x] = e;
      int fa = -1;
      int fx = -1;
      if (edgeForA == -1 && edgeForX == -1) {
        int cross = g.edgeBetween(aMate, xMate);
        mateEdge[aMate] = cross;
        mateEdge[xMate] = cross;
      } else {
        if (edgeForA >= 0) {
          fa = g.other(edgeForA, aMate);
          mateEdge[aMate] = edgeForA;
          mateEdge[fa] = edgeForA;
        }
        if (edgeForX >= 0) {
          fx = g.other(edgeForX, xMate);
          mateEdge[xMate] = edgeForX;
          mateEdge[fx] = edgeForX;
        }
      }
      if (aMate >= 0 && mateEdge[aMate] < 0) {
        raiseFreeBounds(aMate);
      }
      if (xMate >= 0 && mateEdge[xMate] < 0) {
        raiseFreeBounds(xMate);
      }
      push(a);
      push(x);
      push(fa);
      push(fx);
      if (aMate >= 0) {
        if (mateEdge[aMate] < 0) {
          pushAround(aMate);
        } else {
          push(aMate);
        }
      }
      if (xMate >= 0) {
        if (mateEdge[xMate] < 0) {
          pushAround(xMate);
        } else {
          push(xMate);
        }
      }
    }
  }
}
