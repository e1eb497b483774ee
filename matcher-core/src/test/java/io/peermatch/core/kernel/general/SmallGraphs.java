package io.peermatch.core.kernel.general;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import java.util.SplittableRandom;

/** Seeded small graphs that stress blossoms, ties, zero and negative weights and isolation. */
final class SmallGraphs {

  private SmallGraphs() {}

  /**
   * A random graph on {@code n} vertices. Weight modes: 0 continuous, 1 small integers (many ties),
   * 2 integers in [-3, 5] (zero and negative), 3 all equal. Some vertices may be isolated and the
   * graph disconnected.
   */
  static CandidateGraph random(SplittableRandom r, int n, double density, int mode) {
    CandidateGraphBuilder b = CandidateGraphBuilder.general(n);
    for (int u = 0; u < n; u++) {
      for (int v = u + 1; v < n; v++) {
        if (r.nextDouble() < density) {
          b.addEdge(u, v, weight(r, mode));
        }
      }
    }
    return b.build();
  }

  static double weight(SplittableRandom r, int mode) {
    switch (mode) {
      case 0:
        return r.nextDouble() * 10;
      case 1:
        return 1 + r.nextInt(3);
      case 2:
        return r.nextInt(9) - 3;
      default:
        return 1.0;
    }
  }

  /**
   * Nested odd cycles: an odd cycle of heavy edges whose "vertices" are themselves odd cycles (to
   * {@code depth} levels), joined by medium edges, plus random light edges and a few pendant
   * vertices that make the blossoms worth entering and leaving.
   */
  static CandidateGraph nestedBlossoms(SplittableRandom r, int depth, int extraEdges) {
    int[] sizes = new int[depth];
    int n = 1;
    for (int d = 0; d < depth; d++) {
      sizes[d] = 3 + 2 * r.nextInt(2);
      n *= sizes[d];
    }
    int pendants = 1 + r.nextInt(3);
    CandidateGraphBuilder b = CandidateGraphBuilder.general(n + pendants);
    build(b, r, 0, n, sizes, 0, 100.0);
    for (int i = 0; i < extraEdges; i++) {
      int u = r.nextInt(n + pendants);
      int v = r.nextInt(n + pendants);
      if (u != v) {
        b.addEdge(u, v, r.nextDouble() * 30);
      }
    }
    for (int p = 0; p < pendants; p++) {
      b.addEdge(n + p, r.nextInt(n), 40 + r.nextDouble() * 60);
    }
    return b.build();
  }

  /** Builds level {@code d} on vertices [from, from + count): an odd cycle of sub-blocks. */
  private static void build(
      CandidateGraphBuilder b,
      SplittableRandom r,
      int from,
      int count,
      int[] sizes,
      int d,
      double weight) {
    if (d == sizes.length) {
      return;
    }
    int k = sizes[d];
    int block = count / k;
    for (int i = 0; i < k; i++) {
      build(b, r, from + i * block, block, sizes, d + 1, weight * 1.5);
    }
    for (int i = 0; i < k; i++) {
      int a = from + i * block + r.nextInt(block);
      int c = from + ((i + 1) % k) * block + r.nextInt(block);
      b.addEdge(a, c, weight * (0.8 + 0.4 * r.nextDouble()));
    }
  }
}
