package io.peermatch.core.kernel.general;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;

/**
 * Exact maximum-weight b-matching in a general graph (capacities: a person who wants up to b
 * peers), by a reduction to maximum-weight matching solved with {@link
 * BlossomMaximumWeightMatching}.
 *
 * <p>The reduction, in the spirit of Tutte's f-factor construction (W. T. Tutte, "A short proof of
 * the factor theorem for finite graphs", Canad. J. Math. 6 (1954) 347-352; see Schrijver,
 * <i>Combinatorial Optimization</i>, 2003, Part III on simple b-matchings): vertex v becomes
 * b'<sub>v</sub> = min(b<sub>v</sub>, positive degree) copies. An edge uv of weight w &gt; 0 with
 * one end of a single copy becomes edges from that copy to every copy of the other end, weight w
 * (one copy means the edge can be used at most once). An edge with both ends split becomes the
 * gadget u<sub>i</sub> - e<sub>u</sub> - e<sub>v</sub> - v<sub>j</sub> (every copy of u joined to
 * e<sub>u</sub>, every copy of v to e<sub>v</sub>) with all three kinds of edges of weight w: an
 * optimal matching then earns w from the gadget when uv is unused (e<sub>u</sub>e<sub>v</sub>) and
 * 2w when it is used (both gadget vertices matched to copies), so the optimum equals the b-matching
 * optimum plus the sum of gadget weights, and decoding keeps exactly the edges whose gadget
 * vertices both reach copies. Edges of weight at most 0 are dropped.
 *
 * <p>Size: &Sigma; b'<sub>v</sub> + 2 (split edges) vertices and &Sigma;<sub>uv</sub>
 * b'<sub>u</sub> b'<sub>v</sub> (single-copy ends) + &Sigma; (b'<sub>u</sub> + b'<sub>v</sub> + 1)
 * (split edges) edges, so it suits small capacities. Running time: that of the blossom kernel on
 * the expanded graph. Deterministic.
 */
public final class VertexSplittingBMatching {

  /** The progress phase of the reduction (the blossom kernel reports its own). */
  static final String PHASE = "vertex-splitting";

  private VertexSplittingBMatching() {}

  /**
   * A maximum-weight b-matching of {@code graph} under its capacities; the result's edges are ids
   * of {@code graph}, its {@code mate()} is null and it carries no certificate.
   */
  public static GeneralMatchingResult solve(CandidateGraph graph) {
    return solve(graph, SolveControl.none());
  }

  /**
   * As {@link #solve(CandidateGraph)}, honouring {@code control}; when its deadline passes in the
   * blossom kernel, the b-matching read from the matching so far (feasible) is returned with {@link
   * GeneralMatchingResult#deadlineReached()}.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt, or the deadline before the
   *     blossom kernel starts
   */
  public static GeneralMatchingResult solve(CandidateGraph graph, SolveControl control) {
    control.check(PHASE);
    int n = graph.vertexCount();
    int m = graph.edgeCount();
    int[] copies = new int[n];
    for (int v = 0; v < n; v++) {
      if ((v & 0xFFF) == 0) {
        control.check(PHASE);
      }
      int positive = 0;
      for (int k = graph.adjacencyStart(v); k < graph.adjacencyEnd(v); k++) {
        if (graph.weight(graph.adjacentEdge(k)) > 0) {
          positive++;
        }
      }
      copies[v] = Math.min(graph.capacity(v), positive);
    }
    int[] firstCopy = new int[n + 1];
    for (int v = 0; v < n; v++) {
      firstCopy[v + 1] = firstCopy[v] + copies[v];
    }
    int copyCount = firstCopy[n];
    // Gadget vertices of a split edge e are copyCount + 2 * slot (u side) and + 1 (v side).
    int[] slot = new int[m];
    int slots = 0;
    for (int e = 0; e < m; e++) {
      if ((e & 0xFFFF) == 0) {
        control.check(PHASE);
      }
      slot[e] = -1;
      if (graph.weight(e) > 0 && copies[graph.u(e)] > 1 && copies[graph.v(e)] > 1) {
        slot[e] = slots++;
      }
    }
    int total = copyCount + 2 * slots;
    int[] owner = new int[total];
    for (int v = 0; v < n; v++) {
      for (int c = firstCopy[v]; c < firstCopy[v + 1]; c++) {
        owner[c] = v;
      }
    }
    int[] gadgetEdge = new int[slots];
    CandidateGraphBuilder b = CandidateGraphBuilder.general(total);
    for (int e = 0; e < m; e++) {
      if ((e & 0xFFF) == 0) {
        control.check(PHASE);
      }
      double w = graph.weight(e);
      if (w <= 0) {
        continue;
      }
      int u = graph.u(e);
      int v = graph.v(e);
      if (slot[e] < 0) {
        for (int cu = firstCopy[u]; cu < firstCopy[u + 1]; cu++) {
          for (int cv = firstCopy[v]; cv < firstCopy[v + 1]; cv++) {
            b.addEdge(cu, cv, w);
          }
        }
      } else {
        int gu = copyCount + 2 * slot[e];
        int gv = gu + 1;
        gadgetEdge[slot[e]] = e;
        owner[gu] = -1;
        owner[gv] = -1;
        for (int cu = firstCopy[u]; cu < firstCopy[u + 1]; cu++) {
          b.addEdge(cu, gu, w);
        }
        b.addEdge(gu, gv, w);
        for (int cv = firstCopy[v]; cv < firstCopy[v + 1]; cv++) {
          b.addEdge(gv, cv, w);
        }
      }
    }
    CandidateGraph expanded = b.build(control);
    control.check(PHASE);
    GeneralMatchingResult inner = BlossomMaximumWeightMatching.solve(expanded, 0.0, control);
    int[] sides = new int[slots];
    int[] chosen = new int[inner.size()];
    int count = 0;
    for (int f : inner.edges()) {
      int p = expanded.u(f);
      int q = expanded.v(f);
      if (p < copyCount && q < copyCount) {
        chosen[count++] = graph.edgeBetween(owner[p], owner[q]);
      } else if (p < copyCount || q < copyCount) {
        int gadget = (p < copyCount ? q : p) - copyCount;
        if (++sides[gadget >> 1] == 2) {
          chosen[count++] = gadgetEdge[gadget >> 1];
        }
      }
    }
    int[] edges = Arrays.copyOf(chosen, count);
    Arrays.sort(edges);
    return new GeneralMatchingResult(
        edges, null, graph.totalWeight(edges), null, Double.NaN, inner.deadlineReached());
  }
}
