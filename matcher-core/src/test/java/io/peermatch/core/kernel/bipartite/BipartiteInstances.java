package io.peermatch.core.kernel.bipartite;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import java.util.SplittableRandom;

/** Seeded random instances for the bipartite kernels' tests. */
final class BipartiteInstances {

  private BipartiteInstances() {}

  /**
   * A small random bipartite graph: sides of 0..maxSide vertices, a random density, weights drawn
   * from a small integer range (so ties are common) with zeros and negatives, capacities 1..3 when
   * {@code capacities}.
   */
  static CandidateGraph small(long seed, int maxSide, boolean capacities) {
    SplittableRandom random = new SplittableRandom(seed);
    int left = random.nextInt(maxSide + 1);
    int right = random.nextInt(maxSide + 1);
    CandidateGraphBuilder b = CandidateGraphBuilder.bipartite(left, right);
    if (capacities) {
      for (int x = 0; x < left + right; x++) {
        b.capacity(x, 1 + random.nextInt(3));
      }
    }
    double density = random.nextDouble();
    int kind = random.nextInt(3);
    for (int u = 0; u < left; u++) {
      for (int v = 0; v < right; v++) {
        if (random.nextDouble() < density) {
          b.addEdge(u, left + v, weight(random, kind));
        }
      }
    }
    return b.build();
  }

  private static double weight(SplittableRandom random, int kind) {
    switch (kind) {
      case 0:
        return random.nextInt(-3, 8);
      case 1:
        return random.nextInt(1, 1_000_000);
      default:
        return Math.round(random.nextDouble() * 1e6) / 1e3 - 100.0;
    }
  }

  /** A sparse random graph: each left vertex has {@code degree} distinct random right partners. */
  static CandidateGraph sparse(
      long seed, int left, int right, int degree, int maxWeight, int maxCapacity) {
    SplittableRandom random = new SplittableRandom(seed);
    CandidateGraphBuilder b = CandidateGraphBuilder.bipartite(left, right);
    if (maxCapacity > 1) {
      for (int x = 0; x < left + right; x++) {
        b.capacity(x, 1 + random.nextInt(maxCapacity));
      }
    }
    for (int u = 0; u < left; u++) {
      for (int k = 0; k < degree; k++) {
        b.addEdge(u, left + random.nextInt(right), 1 + random.nextInt(maxWeight));
      }
    }
    return b.build();
  }

  /** A dense row-major matrix of integers in {@code [lo, hi]}. */
  static double[] matrix(long seed, int rows, int columns, int lo, int hi) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] w = new double[rows * columns];
    for (int i = 0; i < w.length; i++) {
      w[i] = random.nextInt(lo, hi + 1);
    }
    return w;
  }
}
