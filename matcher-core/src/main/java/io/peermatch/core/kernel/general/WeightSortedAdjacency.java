package io.peermatch.core.kernel.general;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;

/**
 * The positive-weight edges of a candidate graph as adjacency lists of (other end, weight), each
 * list sorted heaviest first (ties by the other end): the layout the local search and the
 * fractional-cover bound scan, with the weight beside the neighbour so that a scan reads memory in
 * order and can stop at the first edge too light to matter. Built in O(m log &Delta;) time; O(m)
 * memory.
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
    int n = g.vertexCount();
    int m = g.edgeCount();
    int[] offset = new int[n + 1];
    for (int e = 0; e < m; e++) {
      if (g.weight(e) > 0) {
        offset[g.u(e) + 1]++;
        offset[g.v(e) + 1]++;
      }
    }
    int maxDegree = 0;
    for (int v = 0; v < n; v++) {
      maxDegree = Math.max(maxDegree, offset[v + 1]);
      offset[v + 1] += offset[v];
    }
    int[] other = new int[offset[n]];
    double[] weight = new double[offset[n]];
    int[] fill = Arrays.copyOf(offset, n);
    // Edges in id order (sorted by u, then v) fill every list in order of the other end.
    for (int e = 0; e < m; e++) {
      double w = g.weight(e);
      if (w > 0) {
        int u = g.u(e);
        int v = g.v(e);
        other[fill[u]] = v;
        weight[fill[u]++] = w;
        other[fill[v]] = u;
        weight[fill[v]++] = w;
      }
    }
    long[] keys = new long[maxDegree];
    int[] otherCopy = new int[maxDegree];
    double[] weightCopy = new double[maxDegree];
    for (int v = 0; v < n; v++) {
      if ((v & 0xFF) == 0) {
        control.check(phase);
      }
      int from = offset[v];
      int d = offset[v + 1] - from;
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
      for (int i = from + 1; i < from + d; i++) {
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
    return new WeightSortedAdjacency(n, offset, other, weight);
  }

  /** The heaviest edge weight at v, or 0 when v has no positive edge. */
  double heaviest(int v) {
    return offset[v] < offset[v + 1] ? weight[offset[v]] : 0.0;
  }
}
