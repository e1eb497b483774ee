package io.peermatch.core.kernel.general;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Heap traffic and wall time of the blossom kernel on three families: a tie-heavy complete graph
 * (500 vertices, 80 % of weights exactly 1), a sparse graph with small integer weights, and the
 * {@link GeneralGraphGenerators} instances. Prints a digest of each matching so that two versions
 * of the kernel can be compared. Not a test: run its main by hand, on a quiet machine.
 */
final class BlossomHeapMeasurement {

  private BlossomHeapMeasurement() {}

  static CandidateGraph tieHeavyComplete(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    CandidateGraphBuilder b = CandidateGraphBuilder.general(n);
    for (int u = 0; u < n; u++) {
      for (int v = u + 1; v < n; v++) {
        double w = random.nextDouble() < 0.8 ? 1.0 : 5.0 - 4.0 * random.nextDouble();
        b.addEdge(u, v, w);
      }
    }
    return b.build();
  }

  static CandidateGraph sparseIntegers(int n, int degree, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    CandidateGraphBuilder b = CandidateGraphBuilder.general(n);
    for (long i = 0; i < (long) n * degree / 2; i++) {
      int u = random.nextInt(n);
      int v = random.nextInt(n - 1);
      if (v >= u) {
        v++;
      }
      b.addEdge(u, v, 1 + random.nextInt(10));
    }
    return b.build();
  }

  private static void measure(String name, CandidateGraph[] graphs) {
    for (CandidateGraph g : graphs) {
      BlossomMaximumWeightMatching.solve(g); // warm-up
    }
    long[] sum = new long[5];
    long digest = 17;
    double weight = 0;
    // Thread CPU time, best of five rounds: the machine is shared, so wall time is mostly noise.
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    double ms = Double.POSITIVE_INFINITY;
    for (int round = 0; round < 5; round++) {
      digest = 17;
      weight = 0;
      long start = bean.getCurrentThreadCpuTime();
      for (CandidateGraph g : graphs) {
        GeneralMatchingResult r = BlossomMaximumWeightMatching.solve(g);
        digest = 31 * digest + Arrays.hashCode(r.mate());
        weight += r.weight();
      }
      ms = Math.min(ms, (bean.getCurrentThreadCpuTime() - start) / 1e6);
    }
    for (CandidateGraph g : graphs) {
      long[] c = BlossomMaximumWeightMatching.profile(g);
      for (int i = 0; i < 5; i++) {
        sum[i] += c[i];
      }
    }
    System.out.printf(
        "%-28s solves=%d cpu=%.0f ms pushes=%d pops=%d stale=%d requeued=%d skipped=%d weight=%.6f"
            + " digest=%x%n",
        name, graphs.length, ms, sum[0], sum[1], sum[2], sum[3], sum[4], weight, digest);
  }

  public static void main(String[] args) {
    CandidateGraph[] a = new CandidateGraph[10];
    for (int i = 0; i < a.length; i++) {
      a[i] = tieHeavyComplete(500, i);
    }
    measure("(a) tie-heavy K500 x10", a);
    measure("(b) sparse int 100k d10", new CandidateGraph[] {sparseIntegers(100_000, 10, 1)});
    measure(
        "(c) randomSparse 100k d10",
        new CandidateGraph[] {GeneralGraphGenerators.randomSparse(100_000, 10, 1)});
    measure(
        "(c) skillLike 100k d10 s20",
        new CandidateGraph[] {GeneralGraphGenerators.skillLike(100_000, 10, 20, 1)});
  }
}
