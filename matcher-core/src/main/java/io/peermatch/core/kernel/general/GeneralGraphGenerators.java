package io.peermatch.core.kernel.general;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import java.util.SplittableRandom;

/**
 * Seeded synthetic one-pool candidate graphs for tests and benchmarks of the general matching
 * kernels. Deterministic: the same arguments give the same graph.
 */
public final class GeneralGraphGenerators {

  private GeneralGraphGenerators() {}

  /**
   * A random sparse graph: {@code n * averageDegree / 2} uniformly random pairs (duplicates merged,
   * so slightly fewer edges) with weights uniform in [0, 1).
   */
  public static CandidateGraph randomSparse(int n, double averageDegree, long seed) {
    if (n < 2) {
      throw new IllegalArgumentException("vertex count must be at least 2 but was " + n);
    }
    SplittableRandom random = new SplittableRandom(seed);
    long edges = Math.round(n * averageDegree / 2);
    CandidateGraphBuilder b = CandidateGraphBuilder.general(n);
    for (long i = 0; i < edges; i++) {
      int u = random.nextInt(n);
      int v = random.nextInt(n - 1);
      if (v >= u) {
        v++;
      }
      b.addEdge(u, v, random.nextDouble());
    }
    return b.build();
  }

  /**
   * A skill-like graph: each person offers and seeks a few of {@code skills} skills at random
   * levels; about {@code averageDegree} candidate partners per person; a pair's weight is mutual
   * exchange, offers(u) &middot; seeks(v) + offers(v) &middot; seeks(u), so many pairs tie or weigh
   * zero.
   */
  public static CandidateGraph skillLike(int n, double averageDegree, int skills, long seed) {
    if (n < 2 || skills < 1) {
      throw new IllegalArgumentException(
          "need at least 2 people and 1 skill but got " + n + " and " + skills);
    }
    SplittableRandom random = new SplittableRandom(seed);
    int per = Math.min(3, skills);
    int[] offerSkill = new int[n * per];
    double[] offerLevel = new double[n * per];
    int[] seekSkill = new int[n * per];
    double[] seekLevel = new double[n * per];
    for (int i = 0; i < n * per; i++) {
      offerSkill[i] = random.nextInt(skills);
      offerLevel[i] = (1 + random.nextInt(4)) / 4.0;
      seekSkill[i] = random.nextInt(skills);
      seekLevel[i] = (1 + random.nextInt(4)) / 4.0;
    }
    long edges = Math.round(n * averageDegree / 2);
    CandidateGraphBuilder b = CandidateGraphBuilder.general(n);
    for (long i = 0; i < edges; i++) {
      int u = random.nextInt(n);
      int v = random.nextInt(n - 1);
      if (v >= u) {
        v++;
      }
      double w = 0.0;
      for (int a = 0; a < per; a++) {
        for (int c = 0; c < per; c++) {
          if (offerSkill[u * per + a] == seekSkill[v * per + c]) {
            w += offerLevel[u * per + a] * seekLevel[v * per + c];
          }
          if (offerSkill[v * per + a] == seekSkill[u * per + c]) {
            w += offerLevel[v * per + a] * seekLevel[u * per + c];
          }
        }
      }
      b.addEdge(u, v, w);
    }
    return b.build();
  }
}
