package io.peermatch.core.graph;

import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;

/**
 * A sparse weighted graph of candidate pairs in compressed sparse row (CSR) form: the input of
 * every weighted matching kernel.
 *
 * <p>Vertices are ints {@code 0 .. vertexCount-1}. In a bipartite graph the left side is {@code 0
 * .. leftCount-1} and the right side {@code leftCount .. vertexCount-1}, and every edge joins the
 * two sides with {@link #u(int)} on the left. In a general graph (one pool) {@code leftCount ==
 * vertexCount} and every edge has {@code u < v}. Edges are ints {@code 0 .. edgeCount-1} and carry
 * a {@linkplain #weight(int) weight} (what strategies maximise: relevance plus soft terms) and a
 * {@linkplain #relevance(int) relevance} (the scoring alone). Every vertex has a capacity of at
 * least 1. There are no self-loops and no parallel edges.
 *
 * <p>The adjacency lists hold edge ids, sorted by the id of the other end: for vertex {@code x},
 * {@code adjacentEdge(k)} for {@code k} in {@code [adjacencyStart(x), adjacencyEnd(x))}.
 *
 * <p><b>Limits</b>, checked by the builder: at most {@link #MAX_EDGES} edges (edge ids are ints and
 * each edge has two adjacency slots), weights and relevances at most {@link #MAX_WEIGHT} in
 * magnitude (so that any sum of them, or a product of two, stays a finite double). A capacity may
 * be any positive int: nothing is sized by it, and a vertex never uses more than its degree.
 *
 * <p>Immutable once built; the accessor methods are the hot-path interface (no boxing). Build with
 * {@link CandidateGraphBuilder} or {@link #of}.
 */
public final class CandidateGraph {

  /** The most edges a graph holds: {@code 10^9}. */
  public static final int MAX_EDGES = 1_000_000_000;

  /**
   * The largest weight or relevance, in magnitude: {@code 10^100}. Beyond it a sum over every edge,
   * or the product of two weights that the kernels form, could overflow to infinity.
   */
  public static final double MAX_WEIGHT = 1e100;

  private final int vertexCount;
  private final int leftCount;
  private final boolean bipartite;
  private final int[] edgeU;
  private final int[] edgeV;
  private final double[] weight;
  private final double[] relevance;
  private final int[] capacity;
  private final int[] adjacencyOffsets;
  private final int[] adjacency;

  CandidateGraph(
      int vertexCount,
      int leftCount,
      boolean bipartite,
      int[] edgeU,
      int[] edgeV,
      double[] weight,
      double[] relevance,
      int[] capacity) {
    this(
        vertexCount,
        leftCount,
        bipartite,
        edgeU,
        edgeV,
        weight,
        relevance,
        capacity,
        SolveControl.none());
  }

  CandidateGraph(
      int vertexCount,
      int leftCount,
      boolean bipartite,
      int[] edgeU,
      int[] edgeV,
      double[] weight,
      double[] relevance,
      int[] capacity,
      SolveControl control) {
    this.vertexCount = vertexCount;
    this.leftCount = leftCount;
    this.bipartite = bipartite;
    this.edgeU = edgeU;
    this.edgeV = edgeV;
    this.weight = weight;
    this.relevance = relevance;
    this.capacity = capacity;
    this.adjacencyOffsets = new int[vertexCount + 1];
    int m = edgeU.length;
    control.check(CandidateGraphBuilder.PHASE);
    for (int e = 0; e < m; e++) {
      adjacencyOffsets[edgeU[e] + 1]++;
      adjacencyOffsets[edgeV[e] + 1]++;
    }
    control.check(CandidateGraphBuilder.PHASE);
    for (int x = 0; x < vertexCount; x++) {
      adjacencyOffsets[x + 1] += adjacencyOffsets[x];
    }
    this.adjacency = new int[2 * m];
    int[] fill = Arrays.copyOf(adjacencyOffsets, vertexCount);
    // Edges arrive sorted by (u, v) from the builder, so filling in edge order leaves each list
    // sorted by the other end for u's lists; v's lists are sorted by u, which is the other end.
    for (int e = 0; e < m; e++) {
      if ((e & 0xFFFFF) == 0xFFFFF) {
        control.check(CandidateGraphBuilder.PHASE);
      }
      adjacency[fill[edgeU[e]]++] = e;
      adjacency[fill[edgeV[e]]++] = e;
    }
  }

  /**
   * A graph from edge arrays, validated and normalised: see {@link CandidateGraphBuilder}.
   *
   * @param leftCount the size of the left side for a bipartite graph, or -1 for a general graph
   * @param capacity per vertex, or null for all 1
   */
  public static CandidateGraph of(
      int vertexCount, int leftCount, int[] u, int[] v, double[] weight, int[] capacity) {
    CandidateGraphBuilder b =
        leftCount < 0
            ? CandidateGraphBuilder.general(vertexCount)
            : CandidateGraphBuilder.bipartite(leftCount, vertexCount - leftCount);
    if (capacity != null) {
      b.capacities(capacity);
    }
    for (int e = 0; e < u.length; e++) {
      b.addEdge(u[e], v[e], weight[e]);
    }
    return b.build();
  }

  /** The number of vertices. */
  public int vertexCount() {
    return vertexCount;
  }

  /** The size of the left side; equal to {@link #vertexCount()} for a general graph. */
  public int leftCount() {
    return leftCount;
  }

  /** The size of the right side; 0 for a general graph. */
  public int rightCount() {
    return bipartite ? vertexCount - leftCount : 0;
  }

  /** Whether every edge joins the left side to the right side. */
  public boolean isBipartite() {
    return bipartite;
  }

  /** The number of edges. */
  public int edgeCount() {
    return edgeU.length;
  }

  /** The smaller (left, in a bipartite graph) end of edge {@code e}. */
  public int u(int e) {
    return edgeU[e];
  }

  /** The larger (right, in a bipartite graph) end of edge {@code e}. */
  public int v(int e) {
    return edgeV[e];
  }

  /** The end of edge {@code e} that is not {@code x}. */
  public int other(int e, int x) {
    return edgeU[e] == x ? edgeV[e] : edgeU[e];
  }

  /** The weight of edge {@code e}: what strategies maximise. */
  public double weight(int e) {
    return weight[e];
  }

  /** The relevance of edge {@code e}: the scoring alone, without soft terms. */
  public double relevance(int e) {
    return relevance[e];
  }

  /** The capacity of vertex {@code x}: how many matched edges may touch it. */
  public int capacity(int x) {
    return capacity[x];
  }

  /**
   * The capacity of vertex {@code x} that a matching can use: its capacity, but at most its degree
   * (and at least 1). Kernels that size anything by a capacity use this, so that a capacity of
   * {@code Integer.MAX_VALUE} costs no more than one equal to the degree.
   */
  public int usableCapacity(int x) {
    return Math.max(1, Math.min(capacity[x], degree(x)));
  }

  /** The number of edges at vertex {@code x}. */
  public int degree(int x) {
    return adjacencyOffsets[x + 1] - adjacencyOffsets[x];
  }

  /** The first index into the adjacency of vertex {@code x}. */
  public int adjacencyStart(int x) {
    return adjacencyOffsets[x];
  }

  /** One past the last index into the adjacency of vertex {@code x}. */
  public int adjacencyEnd(int x) {
    return adjacencyOffsets[x + 1];
  }

  /** The edge id at adjacency index {@code k}. */
  public int adjacentEdge(int k) {
    return adjacency[k];
  }

  /** The edge joining {@code x} and {@code y}, or -1: a binary search of x's adjacency. */
  public int edgeBetween(int x, int y) {
    int lo = adjacencyOffsets[x];
    int hi = adjacencyOffsets[x + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int other = other(adjacency[mid], x);
      if (other < y) {
        lo = mid + 1;
      } else if (other > y) {
        hi = mid - 1;
      } else {
        return adjacency[mid];
      }
    }
    return -1;
  }

  /** A copy of the weights, indexed by edge id. */
  public double[] weights() {
    return weight.clone();
  }

  /** A copy of the capacities, indexed by vertex. */
  public int[] capacities() {
    return capacity.clone();
  }

  /** The sum of the weights of {@code edges}. */
  public double totalWeight(int[] edges) {
    double sum = 0.0;
    for (int e : edges) {
      sum += weight[e];
    }
    return sum;
  }

  @Override
  public String toString() {
    return (bipartite ? "bipartite " + leftCount + " x " + rightCount() : "general " + vertexCount)
        + " graph with "
        + edgeCount()
        + " edges";
  }
}
