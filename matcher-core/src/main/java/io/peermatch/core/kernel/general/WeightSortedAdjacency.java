package io.peermatch.core.kernel.general;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.control.Parallel;
import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;

/**
 * The positive-weight edges of a candidate graph as adjacency lists of (other end, weight), each
 * list sorted heaviest first (ties by the other end): the layout the local search and the
 * fractional-cover bound scan, with the weight beside the neighbour so that a scan reads memory in
 * order and can stop at the first edge too light to matter. Built in O(m log &Delta;) time (the
 * lists made and sorted in parallel when threads are given); O(m) memory.
 */
final class WeightSortedAdjacency {

  final int vertexCount;

  /** The list of v is positions {@code offset[v] .. offset[v + 1] - 1}. */
  final int[] offset;

  final int[] other;
  final double[] weight;

  private WeightSortedAdjacency(int vertexCount, int[] offset, int[] other, double[] weight) {
    this.vertexCount = vertexCount;
    this.offset = offset;
    this.other = other;
    this.weight = weight;
  }

  static WeightSortedAdjacency of(CandidateGraph g) {
    return of(g, SolveControl.none(), "adjacency");
  }

  /** As {@link #of(CandidateGraph)}; throws when {@code control} says stop. */
  static WeightSortedAdjacency of(CandidateGraph g, SolveControl control, String phase) {
    return of(g, control, phase, 1);
  }

  /**
   * As {@link #of(CandidateGraph, SolveControl, String)}, the lists sorted on up to {@code threads}
   * threads (each list by one, so the result is the same for any number).
   */
  static WeightSortedAdjacency of(
      CandidateGraph g, SolveControl control, String phase, int threads) {
    int n = g.vertexCount();
    int chunks = (n + SORT_CHUNK - 1) / SORT_CHUNK;
    int workers = Math.max(1, threads);
    // Each list is made from the graph's own adjacency (the vertex's edges in id order, so in
    // order of the other end, as filling the lists in edge order would), chunks of vertices in
    // parallel: the positive degrees first, then each chunk fills and sorts its lists. Why: the
    // fill in edge order was one thread's pass of random writes over every edge (measured on a
    // random graph of a million vertices and 14 million edges, two threads: the whole build took
    // 0.60-0.76 s this way instead of 0.81-1.05 s).
    int[] offset = new int[n + 1];
    // The count reports no progress: the fill and sort that follow report it, from 0 to 1.
    Parallel.forEach(
        chunks,
        workers,
        control.withProgress(null),
        phase,
        () ->
            (c, stop) -> {
              int to = Math.min(n, (c + 1) * SORT_CHUNK);
              for (int v = c * SORT_CHUNK; v < to; v++) {
                if ((v & 0xFFF) == 0 && stop.poll()) {
                  return;
                }
                int degree = 0;
                for (int k = g.adjacencyStart(v), end = g.adjacencyEnd(v); k < end; k++) {
                  if (g.weight(g.adjacentEdge(k)) > 0) {
                    degree++;
                  }
                }
                offset[v + 1] = degree;
              }
            });
    int maxDegree = 0;
    for (int v = 0; v < n; v++) {
      maxDegree = Math.max(maxDegree, offset[v + 1]);
      offset[v + 1] += offset[v];
    }
    int[] other = new int[offset[n]];
    double[] weight = new double[offset[n]];
    int scratch = maxDegree;
    Parallel.forEach(
        chunks,
        workers,
        control,
        phase,
        () -> {
          long[] keys = new long[scratch];
          int[] otherCopy = new int[scratch];
          double[] weightCopy = new double[scratch];
          return (c, stop) -> {
            int to = Math.min(n, (c + 1) * SORT_CHUNK);
            for (int v = c * SORT_CHUNK; v < to; v++) {
              if ((v & 0xFF) == 0 && stop.poll()) {
                return;
              }
              int at = offset[v];
              for (int k = g.adjacencyStart(v), end = g.adjacencyEnd(v); k < end; k++) {
                int e = g.adjacentEdge(k);
                double w = g.weight(e);
                if (w > 0) {
                  other[at] = g.other(e, v);
                  weight[at++] = w;
                }
              }
              sortList(offset[v], offset[v + 1], other, weight, keys, otherCopy, weightCopy);
            }
          };
        });
    return new WeightSortedAdjacency(n, offset, other, weight);
  }

  /** Vertices per chunk of the parallel sort. */
  private static final int SORT_CHUNK = 1 << 14;

  /** Sorts positions {@code from .. to-1} heaviest first, ties by position (the other end). */
  private static void sortList(
      int from,
      int to,
      int[] other,
      double[] weight,
      long[] keys,
      int[] otherCopy,
      double[] weightCopy) {
    int d = to - from;
    for (int i = 0; i < d; i++) {
      // Positive doubles order as their bits; complementing the high half gives heaviest first,
      // and the position in the list (ascending other end) breaks ties.
      long bits = Double.doubleToRawLongBits(weight[from + i]);
      keys[i] = ((long) (Integer.MAX_VALUE - (int) (bits >>> 32)) << 32) | i;
    }
    Arrays.sort(keys, 0, d);
    System.arraycopy(other, from, otherCopy, 0, d);
    System.arraycopy(weight, from, weightCopy, 0, d);
    for (int i = 0; i < d; i++) {
      int j = (int) keys[i];
      other[from + i] = otherCopy[j];
      weight[from + i] = weightCopy[j];
    }
    // The high half of the bits orders only up to about 2^-20 relative: finish by insertion,
    // which is linear on the nearly sorted list.
    for (int i = from + 1; i < to; i++) {
      double wi = weight[i];
      int oi = other[i];
      int j = i - 1;
      while (j >= from && weight[j] < wi) {
        weight[j + 1] = weight[j];
        other[j + 1] = other[j];
        j--;
      }
      weight[j + 1] = wi;
      other[j + 1] = oi;
    }
  }

  /** The heaviest edge weight at v, or 0 when v has no positive edge. */
  double heaviest(int v) {
    return offset[v] < offset[v + 1] ? weight[offset[v]] : 0.0;
  }
}
