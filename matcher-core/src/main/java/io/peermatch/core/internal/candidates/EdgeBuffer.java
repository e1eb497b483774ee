package io.peermatch.core.internal.candidates;

import io.peermatch.core.graph.CandidateGraphBuilder;
import java.util.Arrays;

/** A growable list of weighted edges on primitive arrays, filled by one worker. */
final class EdgeBuffer {
  private int[] u = new int[256];
  private int[] v = new int[256];
  private double[] w = new double[256];
  private double[] r = new double[256];
  private int size;

  void add(int a, int b, double weight, double relevance) {
    if (size == u.length) {
      int grown = size * 2;
      u = Arrays.copyOf(u, grown);
      v = Arrays.copyOf(v, grown);
      w = Arrays.copyOf(w, grown);
      r = Arrays.copyOf(r, grown);
    }
    u[size] = a;
    v[size] = b;
    w[size] = weight;
    r[size] = relevance;
    size++;
  }

  int size() {
    return size;
  }

  int u(int i) {
    return u[i];
  }

  int v(int i) {
    return v[i];
  }

  double weight(int i) {
    return w[i];
  }

  void clear() {
    size = 0;
  }

  void drainTo(CandidateGraphBuilder builder) {
    for (int i = 0; i < size; i++) {
      builder.addEdge(u[i], v[i], w[i], r[i]);
    }
    u = null;
    v = null;
    w = null;
    r = null;
  }
}
