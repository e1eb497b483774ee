package io.peermatch.core.kernel.general;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import io.peermatch.core.kernel.SolveControl;
import io.peermatch.core.kernel.bipartite.BipartiteMatchingResult;
import io.peermatch.core.kernel.bipartite.ExactBipartiteMatching;
import java.util.Arrays;

/**
 * Exact maximum-weight matching of a one-pool {@link CandidateGraph} (all capacities 1), with the
 * kernel chosen by the graph's shape: what the {@code max-weight} strategy and {@code peermatch
 * solve --problem general --strategy max-weight} run.
 *
 * <p><b>Rule.</b> A graph whose vertices split into two sides with every edge across (found by a
 * breadth-first two-colouring, O(n + m)) is solved as a bipartite graph by {@link
 * ExactBipartiteMatching} (itself dense or sparse by fill); any other graph by {@link
 * BlossomMaximumWeightMatching}. Measured on 100,000 + 100,000 vertices with 10 random partners
 * each and weights uniform in {@code [1, 10^6]}, given as one pool: the blossom kernel 4.1–6.7 s of
 * CPU, the bipartite path 0.5–1.0 s. On a graph with an odd cycle the colouring stops at the first
 * conflict.
 *
 * <p><b>Guarantee.</b> Optimal, with a {@link GeneralDualCertificate} that {@link
 * GeneralMatchingChecker} verifies: for a bipartite graph the bipartite kernel's vertex potentials
 * with no blossom (with capacities 1 its edge potentials are all 0), which is a feasible dual of
 * the general matching program too. Deterministic.
 */
public final class ExactGeneralMatching {

  private ExactGeneralMatching() {}

  /**
   * A maximum-weight matching of {@code graph} with its certificate.
   *
   * @throws IllegalArgumentException if a vertex has a capacity other than 1
   */
  public static GeneralMatchingResult solve(CandidateGraph graph) {
    return solve(graph, SolveControl.none());
  }

  /**
   * As {@link #solve(CandidateGraph)}, honouring {@code control} in whichever kernel runs (the
   * blossom returns what it has at a passed deadline, see {@link BlossomMaximumWeightMatching}; the
   * bipartite kernel throws).
   */
  public static GeneralMatchingResult solve(CandidateGraph graph, SolveControl control) {
    for (int v = 0; v < graph.vertexCount(); v++) {
      if (graph.capacity(v) != 1) {
        throw new IllegalArgumentException(
            "capacity must be 1 for exact general matching but was "
                + graph.capacity(v)
                + " for vertex "
                + v
                + " (use VertexSplittingBMatching)");
      }
    }
    int[] side = twoColouring(graph);
    return side == null
        ? BlossomMaximumWeightMatching.solve(graph, 0.0, control)
        : asBipartite(graph, side, control);
  }

  /** A side (0 or 1) per vertex with every edge across, or null when the graph has an odd cycle. */
  static int[] twoColouring(CandidateGraph g) {
    int n = g.vertexCount();
    int[] side = new int[n];
    Arrays.fill(side, -1);
    int[] queue = new int[n];
    for (int s = 0; s < n; s++) {
      if (side[s] >= 0) {
        continue;
      }
      side[s] = 0;
      int head = 0;
      int tail = 0;
      queue[tail++] = s;
      while (head < tail) {
        int x = queue[head++];
        for (int k = g.adjacencyStart(x), end = g.adjacencyEnd(x); k < end; k++) {
          int y = g.other(g.adjacentEdge(k), x);
          if (side[y] < 0) {
            side[y] = 1 - side[x];
            queue[tail++] = y;
          } else if (side[y] == side[x]) {
            return null;
          }
        }
      }
    }
    return side;
  }

  private static GeneralMatchingResult asBipartite(
      CandidateGraph g, int[] side, SolveControl control) {
    int n = g.vertexCount();
    int[] index = new int[n];
    int left = 0;
    for (int v = 0; v < n; v++) {
      if (side[v] == 0) {
        index[v] = left++;
      }
    }
    int[] original = new int[n];
    int right = 0;
    for (int v = 0; v < n; v++) {
      if (side[v] == 0) {
        original[index[v]] = v;
      } else {
        index[v] = left + right++;
        original[index[v]] = v;
      }
    }
    CandidateGraphBuilder b = CandidateGraphBuilder.bipartite(left, right);
    for (int e = 0, m = g.edgeCount(); e < m; e++) {
      int x = index[g.u(e)];
      int y = index[g.v(e)];
      b.addEdge(Math.min(x, y), Math.max(x, y), g.weight(e), g.relevance(e));
    }
    CandidateGraph bipartite = b.build();
    BipartiteMatchingResult r = ExactBipartiteMatching.solve(bipartite, control);
    int[] chosen = r.edges();
    int[] edges = new int[chosen.length];
    int[] mate = new int[n];
    Arrays.fill(mate, -1);
    for (int k = 0; k < chosen.length; k++) {
      int a = original[bipartite.u(chosen[k])];
      int c = original[bipartite.v(chosen[k])];
      edges[k] = g.edgeBetween(Math.min(a, c), Math.max(a, c));
      mate[a] = c;
      mate[c] = a;
    }
    Arrays.sort(edges);
    double[] potentials = r.vertexPotentials();
    double[] y = new double[n];
    for (int x = 0; x < n; x++) {
      y[original[x]] = potentials[x];
    }
    int[] noBlossom = new int[n];
    Arrays.fill(noBlossom, -1);
    return new GeneralMatchingResult(
        edges,
        mate,
        r.weight(),
        GeneralDualCertificate.laminar(y, noBlossom, new int[0], new double[0]));
  }
}
