package io.peermatch.core.kernel.general;

import io.peermatch.core.graph.CandidateGraph;

/**
 * An independent checker for matchings of general graphs: feasibility of a (b-)matching, and
 * optimality of a maximum-weight matching from a {@link GeneralDualCertificate}.
 *
 * <p>It shares no code with the kernels: it recomputes everything from the graph, the edge ids and
 * the certificate. Optimality follows from LP duality for Edmonds' matching polytope (Edmonds 1965;
 * see Schrijver, <i>Combinatorial Optimization</i>, 2003, Thm. 26.1): a matching M and a feasible
 * dual (y &ge; 0, z &ge; 0, every edge covered) that satisfy complementary slackness (matched edges
 * tight, unmatched vertices with y<sub>v</sub> = 0, z<sub>B</sub> &gt; 0 only on full blossoms) are
 * both optimal, and then the primal and dual objectives are equal. Each method returns null when
 * the rule holds and otherwise a lower-case description of the first violation found.
 *
 * <p>Running time: feasibility O(n + |M|); optimality O(n + m log d) for a {@linkplain
 * GeneralDualCertificate#laminar laminar} certificate of nesting depth d (lowest common ancestors
 * by binary lifting), O(n + m + &Sigma;<sub>B</sub> &Sigma;<sub>u &isin; B</sub> deg(u)) for member
 * lists.
 */
public final class GeneralMatchingChecker {

  /**
   * The default relative tolerance: scaled by the largest absolute edge weight (1 if all are 0).
   */
  public static final double DEFAULT_TOLERANCE = 1e-9;

  private GeneralMatchingChecker() {}

  /**
   * Whether {@code edges} is a b-matching of {@code graph}: valid, distinct edge ids, no self-pair,
   * and each vertex on at most {@code graph.capacity(v)} of them. Returns null or the violation.
   */
  public static String feasibilityViolation(CandidateGraph graph, int[] edges) {
    int n = graph.vertexCount();
    int m = graph.edgeCount();
    int[] load = new int[n];
    boolean[] used = new boolean[m];
    for (int i = 0; i < edges.length; i++) {
      int e = edges[i];
      if (e < 0 || e >= m) {
        return "edge id must be in [0, " + m + ") but was " + e + " at position " + i;
      }
      if (used[e]) {
        return "edge " + e + " is matched twice";
      }
      used[e] = true;
      int u = graph.u(e);
      int v = graph.v(e);
      if (u == v) {
        return "self-pair: edge " + e + " joins vertex " + u + " to itself";
      }
      if (++load[u] > graph.capacity(u)) {
        return "vertex " + u + " is matched more than its capacity " + graph.capacity(u);
      }
      if (++load[v] > graph.capacity(v)) {
        return "vertex " + v + " is matched more than its capacity " + graph.capacity(v);
      }
    }
    return null;
  }

  /**
   * Whether {@code certificate} is a feasible dual of the maximum-weight matching program of {@code
   * graph} (y &ge; 0, z &ge; 0, odd blossoms of at least three distinct vertices, every edge
   * covered), so that its {@linkplain GeneralDualCertificate#objective() objective} bounds every
   * matching's weight from above. Returns null or the violation.
   */
  public static String dualFeasibilityViolation(
      CandidateGraph graph, GeneralDualCertificate certificate, double relativeTolerance) {
    int n = graph.vertexCount();
    int m = graph.edgeCount();
    double scale = 0.0;
    for (int e = 0; e < m; e++) {
      scale = Math.max(scale, Math.abs(graph.weight(e)));
    }
    double tol = relativeTolerance * (scale > 0 ? scale : 1.0);
    double[] y = certificate.vertexDuals();
    if (y.length != n) {
      return "expected " + n + " vertex duals but got " + y.length;
    }
    for (int v = 0; v < n; v++) {
      if (!(y[v] >= -tol)) {
        return "vertex dual must be non-negative but was " + y[v] + " for vertex " + v;
      }
    }
    if (certificate.isLaminar()) {
      Laminar laminar = new Laminar(graph, certificate);
      String bad = laminar.violation(tol);
      if (bad != null) {
        return bad;
      }
      for (int e = 0; e < m; e++) {
        if (y[graph.u(e)] + y[graph.v(e)] + laminar.cover(e) - graph.weight(e) < -tol) {
          return "edge " + e + " is not covered";
        }
      }
      return null;
    }
    double[] cover = new double[m];
    int[] offsets = certificate.blossomOffsets();
    int[] members = certificate.blossomMembers();
    double[] z = certificate.blossomDuals();
    int[] mark = new int[n];
    java.util.Arrays.fill(mark, -1);
    for (int b = 0; b < z.length; b++) {
      int size = offsets[b + 1] - offsets[b];
      if (size < 3 || size % 2 == 0) {
        return "blossom " + b + " must have an odd size of at least 3 but had " + size;
      }
      if (!(z[b] >= -tol)) {
        return "blossom dual must be non-negative but was " + z[b] + " for blossom " + b;
      }
      for (int k = offsets[b]; k < offsets[b + 1]; k++) {
        int x = members[k];
        if (x < 0 || x >= n || mark[x] == b) {
          return "blossom " + b + " has a bad or repeated member " + x;
        }
        mark[x] = b;
      }
      for (int k = offsets[b]; k < offsets[b + 1]; k++) {
        int x = members[k];
        for (int a = graph.adjacencyStart(x); a < graph.adjacencyEnd(x); a++) {
          int e = graph.adjacentEdge(a);
          int o = graph.other(e, x);
          if (o > x && mark[o] == b) {
            cover[e] += z[b];
          }
        }
      }
    }
    for (int e = 0; e < m; e++) {
      if (y[graph.u(e)] + y[graph.v(e)] + cover[e] - graph.weight(e) < -tol) {
        return "edge " + e + " is not covered";
      }
    }
    return null;
  }

  /**
   * {@link #optimalityViolation(CandidateGraph, int[], GeneralDualCertificate, double)} with the
   * default tolerance.
   */
  public static String optimalityViolation(
      CandidateGraph graph, int[] edges, GeneralDualCertificate certificate) {
    return optimalityViolation(graph, edges, certificate, DEFAULT_TOLERANCE);
  }

  /**
   * Whether {@code certificate} proves {@code edges} a maximum-weight matching of {@code graph}
   * (every capacity must be 1). Returns null or the violation.
   *
   * @param relativeTolerance compared with slacks after scaling by max(1, max |w|)
   */
  public static String optimalityViolation(
      CandidateGraph graph,
      int[] edges,
      GeneralDualCertificate certificate,
      double relativeTolerance) {
    String feasible = feasibilityViolation(graph, edges);
    if (feasible != null) {
      return feasible;
    }
    int n = graph.vertexCount();
    int m = graph.edgeCount();
    for (int v = 0; v < n; v++) {
      if (graph.capacity(v) != 1) {
        return "the certificate check needs capacity 1 but vertex "
            + v
            + " has "
            + graph.capacity(v);
      }
    }
    double scale = 0.0;
    for (int e = 0; e < m; e++) {
      scale = Math.max(scale, Math.abs(graph.weight(e)));
    }
    double tol = relativeTolerance * (scale > 0 ? scale : 1.0);
    double[] y = certificate.vertexDuals();
    if (y.length != n) {
      return "expected " + n + " vertex duals but got " + y.length;
    }
    int[] mate = new int[n];
    java.util.Arrays.fill(mate, -1);
    boolean[] matchedEdge = new boolean[m];
    double primal = 0.0;
    for (int e : edges) {
      mate[graph.u(e)] = graph.v(e);
      mate[graph.v(e)] = graph.u(e);
      matchedEdge[e] = true;
      primal += graph.weight(e);
    }
    for (int v = 0; v < n; v++) {
      if (!(y[v] >= -tol)) {
        return "vertex dual must be non-negative but was " + y[v] + " for vertex " + v;
      }
      if (mate[v] < 0 && y[v] > tol) {
        return "unmatched vertex " + v + " must have dual 0 but had " + y[v];
      }
    }
    if (certificate.isLaminar()) {
      return laminarOptimalityViolation(
          graph, matchedEdge, y, primal, certificate, tol, relativeTolerance);
    }
    // cover[e] accumulates the blossom duals of the blossoms that contain both ends of e.
    double[] cover = new double[m];
    int[] offsets = certificate.blossomOffsets();
    int[] members = certificate.blossomMembers();
    double[] z = certificate.blossomDuals();
    int[] mark = new int[n];
    java.util.Arrays.fill(mark, -1);
    for (int b = 0; b < z.length; b++) {
      int from = offsets[b];
      int to = offsets[b + 1];
      int size = to - from;
      if (size < 3 || size % 2 == 0) {
        return "blossom " + b + " must have an odd size of at least 3 but had " + size;
      }
      if (!(z[b] >= -tol)) {
        return "blossom dual must be non-negative but was " + z[b] + " for blossom " + b;
      }
      for (int k = from; k < to; k++) {
        int x = members[k];
        if (x < 0 || x >= n) {
          return "blossom " + b + " has a member out of range: " + x;
        }
        if (mark[x] == b) {
          return "blossom " + b + " lists vertex " + x + " twice";
        }
        mark[x] = b;
      }
      int inside = 0;
      for (int k = from; k < to; k++) {
        int x = members[k];
        for (int a = graph.adjacencyStart(x); a < graph.adjacencyEnd(x); a++) {
          int e = graph.adjacentEdge(a);
          int o = graph.other(e, x);
          if (o > x && mark[o] == b) {
            cover[e] += z[b];
            if (matchedEdge[e]) {
              inside++;
            }
          }
        }
      }
      if (z[b] > tol && inside != (size - 1) / 2) {
        return "blossom "
            + b
            + " has dual "
            + z[b]
            + " but holds "
            + inside
            + " matched edges instead of "
            + (size - 1) / 2;
      }
    }
    for (int e = 0; e < m; e++) {
      double slack = y[graph.u(e)] + y[graph.v(e)] + cover[e] - graph.weight(e);
      if (slack < -tol) {
        return "edge " + e + " is not covered: slack " + slack;
      }
      if (matchedEdge[e] && slack > tol) {
        return "matched edge " + e + " is not tight: slack " + slack;
      }
    }
    double dual = certificate.objective();
    if (Math.abs(primal - dual) > relativeTolerance * Math.abs(primal) + tol) {
      return "primal " + primal + " differs from dual " + dual;
    }
    return null;
  }

  private static String laminarOptimalityViolation(
      CandidateGraph graph,
      boolean[] matchedEdge,
      double[] y,
      double primal,
      GeneralDualCertificate certificate,
      double tol,
      double relativeTolerance) {
    Laminar laminar = new Laminar(graph, certificate);
    String bad = laminar.violation(tol);
    if (bad != null) {
      return bad;
    }
    int m = graph.edgeCount();
    double[] z = certificate.blossomDuals();
    int k = z.length;
    long[] inside = new long[k];
    for (int e = 0; e < m; e++) {
      double slack = y[graph.u(e)] + y[graph.v(e)] + laminar.cover(e) - graph.weight(e);
      if (slack < -tol) {
        return "edge " + e + " is not covered: slack " + slack;
      }
      if (matchedEdge[e]) {
        if (slack > tol) {
          return "matched edge " + e + " is not tight: slack " + slack;
        }
        int lca = laminar.lca(e);
        if (lca >= 0) {
          inside[lca]++;
        }
      }
    }
    // A matched edge lies inside every blossom that contains its two ends' common ancestor.
    for (int b = 0; b < k; b++) {
      int p = laminar.parent[b];
      if (p >= 0) {
        inside[p] += inside[b];
      }
    }
    for (int b = 0; b < k; b++) {
      int size = laminar.size[b];
      if (z[b] > tol && inside[b] != (size - 1) / 2) {
        return "blossom "
            + b
            + " has dual "
            + z[b]
            + " but holds "
            + inside[b]
            + " matched edges instead of "
            + (size - 1) / 2;
      }
    }
    double dual = 0.0;
    for (double v : y) {
      dual += v;
    }
    for (int b = 0; b < k; b++) {
      dual += z[b] * ((laminar.size[b] - 1) / 2);
    }
    if (Math.abs(primal - dual) > relativeTolerance * Math.abs(primal) + tol) {
      return "primal " + primal + " differs from dual " + dual;
    }
    return null;
  }

  /**
   * A laminar blossom family recomputed from its forest: sizes, and the sum of the duals of the
   * blossoms that contain both ends of an edge (those enclosing the lowest common ancestor of the
   * two ends' innermost blossoms, found by binary lifting).
   */
  private static final class Laminar {
    final CandidateGraph graph;
    final int[] innermost;
    final int[] parent;
    final double[] z;
    final int[] size;
    final int[] depth;
    final double[] enclosing; // z of the blossom and all its ancestors
    int[][] up;
    String structure;

    Laminar(CandidateGraph graph, GeneralDualCertificate c) {
      this.graph = graph;
      this.innermost = c.vertexBlossoms();
      this.parent = c.blossomParents();
      this.z = c.blossomDuals();
      int k = z.length;
      int n = graph.vertexCount();
      size = new int[k];
      depth = new int[k];
      enclosing = new double[k];
      if (innermost.length != n) {
        structure = "expected " + n + " innermost blossoms but got " + innermost.length;
        return;
      }
      for (int v = 0; v < n; v++) {
        int b = innermost[v];
        if (b < -1 || b >= k) {
          structure = "vertex " + v + " has an innermost blossom out of range: " + b;
          return;
        }
        if (b >= 0) {
          size[b]++;
        }
      }
      for (int b = 0; b < k; b++) {
        int p = parent[b];
        if (p != -1 && (p <= b || p >= k)) {
          structure = "blossom " + b + " has a parent out of order: " + p;
          return;
        }
        if (p >= 0) {
          size[p] += size[b];
        }
      }
      int levels = 1;
      for (int b = k - 1; b >= 0; b--) {
        int p = parent[b];
        depth[b] = p < 0 ? 0 : depth[p] + 1;
        enclosing[b] = z[b] + (p < 0 ? 0.0 : enclosing[p]);
        while ((1 << levels) <= depth[b]) {
          levels++;
        }
      }
      up = new int[levels][];
      up[0] = parent;
      for (int j = 1; j < levels; j++) {
        int[] prev = up[j - 1];
        int[] next = new int[k];
        for (int b = 0; b < k; b++) {
          next[b] = prev[b] < 0 ? -1 : prev[prev[b]];
        }
        up[j] = next;
      }
    }

    String violation(double tol) {
      if (structure != null) {
        return structure;
      }
      for (int b = 0; b < z.length; b++) {
        if (size[b] < 3 || size[b] % 2 == 0) {
          return "blossom " + b + " must have an odd size of at least 3 but had " + size[b];
        }
        if (!(z[b] >= -tol)) {
          return "blossom dual must be non-negative but was " + z[b] + " for blossom " + b;
        }
      }
      return null;
    }

    /** The innermost blossom containing both ends of {@code e}, or -1. */
    int lca(int e) {
      int a = innermost[graph.u(e)];
      int b = innermost[graph.v(e)];
      if (a < 0 || b < 0) {
        return -1;
      }
      if (depth[a] < depth[b]) {
        int t = a;
        a = b;
        b = t;
      }
      for (int j = up.length - 1; j >= 0; j--) {
        if (depth[a] - (1 << j) >= depth[b]) {
          a = up[j][a];
        }
      }
      if (a == b) {
        return a;
      }
      for (int j = up.length - 1; j >= 0; j--) {
        if (up[j][a] != up[j][b]) {
          a = up[j][a];
          b = up[j][b];
        }
      }
      return parent[a];
    }

    /** The sum of the duals of the blossoms that contain both ends of {@code e}. */
    double cover(int e) {
      int b = lca(e);
      return b < 0 ? 0.0 : enclosing[b];
    }
  }
}
