package io.peermatch.core.graph;

import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;

/**
 * Builds a {@link CandidateGraph} from edges added in any order.
 *
 * <p>Validation, each failure an {@link IllegalArgumentException} naming the edge and value: a
 * vertex out of range, a self-loop, an edge within one side of a bipartite graph, a NaN or infinite
 * weight, a weight or relevance above {@link CandidateGraph#MAX_WEIGHT} in magnitude, a capacity
 * below 1, more than {@link CandidateGraph#MAX_EDGES} edges. Duplicate edges (the same two
 * vertices, in either order) are merged by a documented rule: <b>the heavier one counts</b>, so
 * that an edge list gathered from several sources keeps each pair's best offer.
 *
 * <p>Memory is four primitive arrays that grow by half; {@link #build()} sorts edges by {@code (u,
 * v)} with a stable LSD radix sort on packed long keys (no boxing). Not thread-safe.
 */
public final class CandidateGraphBuilder {

  /** The phase named when a {@linkplain #build(SolveControl) controlled build} stops. */
  static final String PHASE = "graph";

  private final int vertexCount;
  private final int leftCount;
  private final boolean bipartite;
  private final int[] capacity;
  private int[] us = new int[16];
  private int[] vs = new int[16];
  private double[] ws = new double[16];
  private double[] rs = new double[16];
  private int size;

  private CandidateGraphBuilder(int vertexCount, int leftCount, boolean bipartite) {
    if (vertexCount < 0 || leftCount < 0 || leftCount > vertexCount) {
      throw new IllegalArgumentException(
          "vertex counts must not be negative but were " + leftCount + " and " + vertexCount);
    }
    this.vertexCount = vertexCount;
    this.leftCount = leftCount;
    this.bipartite = bipartite;
    this.capacity = new int[vertexCount];
    Arrays.fill(capacity, 1);
  }

  /** A bipartite graph with {@code left} vertices on the left and {@code right} on the right. */
  public static CandidateGraphBuilder bipartite(int left, int right) {
    if (left < 0 || right < 0) {
      throw new IllegalArgumentException(
          "side sizes must not be negative but were " + left + " and " + right);
    }
    if ((long) left + right > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "a graph holds at most "
              + (Integer.MAX_VALUE - 8)
              + " vertices but the sides were "
              + left
              + " and "
              + right);
    }
    return new CandidateGraphBuilder(left + right, left, true);
  }

  /** A general graph (one pool) on {@code n} vertices. */
  public static CandidateGraphBuilder general(int n) {
    return new CandidateGraphBuilder(n, n, false);
  }

  /** Sets the capacity of vertex {@code x} (default 1). */
  public CandidateGraphBuilder capacity(int x, int capacity) {
    checkVertex(x);
    if (capacity < 1) {
      throw new IllegalArgumentException(
          "capacity must be at least 1 but was " + capacity + " for vertex " + x);
    }
    this.capacity[x] = capacity;
    return this;
  }

  /** Sets every capacity from {@code capacities}, indexed by vertex. */
  public CandidateGraphBuilder capacities(int[] capacities) {
    if (capacities.length != vertexCount) {
      throw new IllegalArgumentException(
          "expected " + vertexCount + " capacities but got " + capacities.length);
    }
    for (int x = 0; x < vertexCount; x++) {
      capacity(x, capacities[x]);
    }
    return this;
  }

  /** Adds an edge whose relevance equals its weight. */
  public CandidateGraphBuilder addEdge(int x, int y, double weight) {
    return addEdge(x, y, weight, weight);
  }

  /**
   * Adds an edge with a weight (what is maximised) and a relevance (the scoring alone). In a
   * bipartite graph {@code x} must be on the left and {@code y} on the right.
   */
  public CandidateGraphBuilder addEdge(int x, int y, double weight, double relevance) {
    checkVertex(x);
    checkVertex(y);
    if (x == y) {
      throw new IllegalArgumentException(
          "self-pair: edge (" + x + ", " + y + ") joins a vertex to itself");
    }
    if (bipartite && (x >= leftCount || y < leftCount)) {
      throw new IllegalArgumentException(
          "edge ("
              + x
              + ", "
              + y
              + ") must join a left vertex (< "
              + leftCount
              + ") to a right vertex (>= "
              + leftCount
              + ")");
    }
    if (!Double.isFinite(weight)) {
      throw new IllegalArgumentException(
          "weight must be finite but was " + weight + " for edge (" + x + ", " + y + ")");
    }
    if (!Double.isFinite(relevance)) {
      throw new IllegalArgumentException(
          "relevance must be finite but was " + relevance + " for edge (" + x + ", " + y + ")");
    }
    if (Math.abs(weight) > CandidateGraph.MAX_WEIGHT
        || Math.abs(relevance) > CandidateGraph.MAX_WEIGHT) {
      throw new IllegalArgumentException(
          "weight and relevance must be at most 1e100 in magnitude but were "
              + weight
              + " and "
              + relevance
              + " for edge ("
              + x
              + ", "
              + y
              + ")");
    }
    if (size == us.length) {
      if (size >= CandidateGraph.MAX_EDGES) {
        throw new IllegalArgumentException(
            "a graph holds at most " + CandidateGraph.MAX_EDGES + " edges");
      }
      int grown = (int) Math.min(CandidateGraph.MAX_EDGES, size + (size >> 1) + 16L);
      us = Arrays.copyOf(us, grown);
      vs = Arrays.copyOf(vs, grown);
      ws = Arrays.copyOf(ws, grown);
      rs = Arrays.copyOf(rs, grown);
    }
    us[size] = Math.min(x, y);
    vs[size] = Math.max(x, y);
    ws[size] = weight;
    rs[size] = relevance;
    size++;
    return this;
  }

  /**
   * Makes room for {@code edges} edges in all, so that a caller that knows how many it will add
   * (millions, say) does not have the arrays grown and copied as they come.
   *
   * @throws IllegalArgumentException if {@code edges} is negative or above {@link
   *     CandidateGraph#MAX_EDGES}
   */
  public CandidateGraphBuilder expectEdges(int edges) {
    if (edges < 0 || edges > CandidateGraph.MAX_EDGES) {
      throw new IllegalArgumentException(
          "expected edges must be in [0, " + CandidateGraph.MAX_EDGES + "] but was " + edges);
    }
    if (edges > us.length) {
      us = Arrays.copyOf(us, edges);
      vs = Arrays.copyOf(vs, edges);
      ws = Arrays.copyOf(ws, edges);
      rs = Arrays.copyOf(rs, edges);
    }
    return this;
  }

  /** The number of edges added so far, duplicates included. */
  public int size() {
    return size;
  }

  private void checkVertex(int x) {
    if (x < 0 || x >= vertexCount) {
      throw new IllegalArgumentException("vertex must be in [0, " + vertexCount + ") but was " + x);
    }
  }

  /** Sorts, merges duplicates (the heavier counts) and builds the graph. */
  public CandidateGraph build() {
    return build(SolveControl.none());
  }

  /**
   * As {@link #build()}, checking {@code control} every million edges (a graph of millions of edges
   * takes a while to sort).
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public CandidateGraph build(SolveControl control) {
    control.check(PHASE);
    long[] keys = new long[size];
    for (int i = 0; i < size; i++) {
      // u * vertexCount + v orders by (u, v) and fits in a long for any int vertex count.
      keys[i] = (long) us[i] * vertexCount + vs[i];
    }
    int[] order = sortedOrder(keys, control);
    control.check(PHASE);
    int[] u = new int[size];
    int[] v = new int[size];
    double[] w = new double[size];
    double[] r = new double[size];
    int m = 0;
    long previous = -1;
    for (int k = 0; k < size; k++) {
      if ((k & 0xFFFFF) == 0xFFFFF) {
        control.check(PHASE);
      }
      int i = order[k];
      if (m > 0 && keys[i] == previous) {
        if (ws[i] > w[m - 1]) {
          w[m - 1] = ws[i];
          r[m - 1] = rs[i];
        }
        continue;
      }
      u[m] = us[i];
      v[m] = vs[i];
      w[m] = ws[i];
      r[m] = rs[i];
      previous = keys[i];
      m++;
    }
    return new CandidateGraph(
        vertexCount,
        leftCount,
        bipartite,
        trimmed(u, m),
        trimmed(v, m),
        trimmed(w, m),
        trimmed(r, m),
        capacity.clone(),
        control);
  }

  /** The first {@code m} entries of {@code a}: {@code a} itself when that is all of it. */
  private static int[] trimmed(int[] a, int m) {
    return m == a.length ? a : Arrays.copyOf(a, m);
  }

  private static double[] trimmed(double[] a, int m) {
    return m == a.length ? a : Arrays.copyOf(a, m);
  }

  /** Indices {@code 0..n-1} ordered by key; stable, so duplicates keep insertion order. */
  private static int[] sortedOrder(long[] keys, SolveControl control) {
    int n = keys.length;
    int[] order = new int[n];
    boolean sorted = true;
    for (int i = 1; i < n && sorted; i++) {
      sorted = keys[i - 1] <= keys[i];
    }
    if (sorted) {
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      return order;
    }
    // Sort indices by key with a primitive LSD radix sort over 16-bit digits: O(n) per pass,
    // no boxing, stable.
    long max = 0;
    for (long k : keys) {
      max = Math.max(max, k);
    }
    int[] a = new int[n];
    int[] b = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    int[] count = new int[1 << 16];
    for (int shift = 0; shift < 64 && (max >>> shift) != 0; shift += 16) {
      control.check(PHASE);
      Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[(int) ((keys[a[i]] >>> shift) & 0xFFFF)]++;
      }
      int sum = 0;
      for (int d = 0; d < count.length; d++) {
        int c = count[d];
        count[d] = sum;
        sum += c;
      }
      for (int i = 0; i < n; i++) {
        if ((i & 0xFFFFF) == 0xFFFFF) {
          control.check(PHASE);
        }
        int idx = a[i];
        b[count[(int) ((keys[idx] >>> shift) & 0xFFFF)]++] = idx;
      }
      int[] t = a;
      a = b;
      b = t;
    }
    return a;
  }
}
