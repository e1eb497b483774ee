package io.peermatch.benchmarks.general;

import io.peermatch.benchmarks.Organisations;
import io.peermatch.core.PeerMatch;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.kernel.SolveControl;
import io.peermatch.core.kernel.general.BlossomMaximumWeightMatching;
import io.peermatch.core.kernel.general.FractionalCoverUpperBound;
import io.peermatch.core.kernel.general.GeneralGraphGenerators;
import io.peermatch.core.kernel.general.GeneralMatchingChecker;
import io.peermatch.core.kernel.general.GeneralMatchingResult;
import io.peermatch.core.kernel.general.SuitorMatching;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How close the approximate one-pool kernel comes to the optimum: for seeded synthetic
 * organisations as one pool (capacity 1, never the same team, default candidate options) and random
 * sparse graphs (about ten candidates per person, uniform weights), prints the exact blossom
 * optimum, the suitor and the improved-suitor weights, their ratios to the optimum and their times,
 * and the ratios proven by the eight-pass bound fitted to the result ({@code certified}) and by the
 * strategy's own run ({@code run_cert}: the bound fitted beside the search, on two threads).
 *
 * <p>Run after {@code mvn -B -q -o -pl matcher-benchmarks -am package -DskipTests}: {@code java
 * -Xmx8g -cp matcher-benchmarks/target/benchmarks.jar
 * io.peermatch.benchmarks.general.ApproximationQualityReport 10000 100000 1000000}. Building a
 * million-person synthetic graph and its exact optimum takes about a minute, so graphs and optima
 * are cached under {@code -Dpeermatch.cache=DIR} (default {@code java.io.tmpdir}); delete the files
 * to rebuild them. Single runs, so times include whatever else the machine is doing.
 */
public final class ApproximationQualityReport {

  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private ApproximationQualityReport() {}

  /** Sizes as arguments (default 10,000 and 100,000). */
  public static void main(String[] args) throws IOException {
    int[] sizes = args.length == 0 ? new int[] {10_000, 100_000} : new int[args.length];
    for (int i = 0; i < args.length; i++) {
      sizes[i] = Integer.parseInt(args[i].replace("_", ""));
    }
    Path cache =
        Path.of(System.getProperty("peermatch.cache", System.getProperty("java.io.tmpdir")));
    System.out.printf(
        Locale.ROOT,
        "%-10s %9s %10s %12s %9s %9s %9s %9s %8s %9s %9s %9s %9s %9s%n",
        "graph",
        "people",
        "edges",
        "optimum",
        "suitor",
        "improved",
        "certified",
        "run_cert",
        "bnd/opt",
        "cpu_suit",
        "cpu_impr",
        "wall_imp",
        "cpu_bnd",
        "t_exact");
    for (int n : sizes) {
      for (String kind : System.getProperty("peermatch.kinds", "synthetic,random").split(",")) {
        report(kind, n, cache);
      }
    }
  }

  private static void report(String kind, int n, Path cache) throws IOException {
    CandidateGraph g = graph(kind, n, cache);
    double[] exact = optimum(kind, n, g, cache);
    long c0 = CPU.getCurrentThreadCpuTime();
    GeneralMatchingResult suitor = SuitorMatching.solve(g);
    long c1 = CPU.getCurrentThreadCpuTime();
    long t1 = System.nanoTime();
    GeneralMatchingResult improved = SuitorMatching.solveImproved(g);
    long t2 = System.nanoTime();
    long c2 = CPU.getCurrentThreadCpuTime();
    String violation = GeneralMatchingChecker.feasibilityViolation(g, improved.edges());
    if (violation != null) {
      throw new IllegalStateException("improved matching infeasible: " + violation);
    }
    double bound = FractionalCoverUpperBound.of(g, improved.mate());
    long c3 = CPU.getCurrentThreadCpuTime();
    // What a run proves: the strategy's solver, its bound fitted beside the search on two threads.
    GeneralMatchingResult run = SuitorMatching.solveImprovedWithBound(g, SolveControl.none(), 2);
    for (double b : new double[] {bound, run.upperBound()}) {
      if (b < exact[0] * (1 - 1e-12)) {
        throw new IllegalStateException("bound " + b + " below the optimum " + exact[0]);
      }
    }
    if (run.weight() != improved.weight()) {
      throw new IllegalStateException(
          "the run's weight " + run.weight() + " is not the improved " + improved.weight());
    }
    System.out.printf(
        Locale.ROOT,
        "%-10s %9d %10d %12.3f %8.3f%% %8.3f%% %8.3f%% %8.3f%% %8.4f %8.2fs %8.2fs %8.2fs %8.2fs"
            + " %8.2fs%n",
        kind,
        n,
        g.edgeCount(),
        exact[0],
        100 * suitor.weight() / exact[0],
        100 * improved.weight() / exact[0],
        100 * improved.weight() / bound,
        100 * run.weight() / run.upperBound(),
        bound / exact[0],
        (c1 - c0) / 1e9,
        (c2 - c1) / 1e9,
        (t2 - t1) / 1e9,
        (c3 - c2) / 1e9,
        exact[1]);
  }

  private static CandidateGraph graph(String kind, int n, Path cache) throws IOException {
    if (kind.equals("random")) {
      return GeneralGraphGenerators.randomSparse(n, 10, 42);
    }
    Path file = cache.resolve("peermatch-pool-" + n + "-" + Organisations.SEED + ".graph");
    if (Files.exists(file)) {
      try (DataInputStream in =
          new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
        int m = in.readInt();
        int[] u = new int[m];
        int[] v = new int[m];
        double[] w = new double[m];
        for (int e = 0; e < m; e++) {
          u[e] = in.readInt();
          v[e] = in.readInt();
          w[e] = in.readDouble();
        }
        return CandidateGraph.of(n, -1, u, v, w, null);
      }
    }
    CandidateGraph g = PeerMatch.prepare(Organisations.peersOfCapacityOne(n)).candidateGraph();
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
      out.writeInt(g.edgeCount());
      for (int e = 0; e < g.edgeCount(); e++) {
        out.writeInt(g.u(e));
        out.writeInt(g.v(e));
        out.writeDouble(g.weight(e));
      }
    }
    return g;
  }

  /** The optimum weight and the seconds blossom took to find it (cached with the graph). */
  private static double[] optimum(String kind, int n, CandidateGraph g, Path cache)
      throws IOException {
    Path file = cache.resolve("peermatch-" + kind + "-" + n + ".optimum");
    if (Files.exists(file)) {
      String[] parts = Files.readString(file).trim().split(" ");
      return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
    }
    long t0 = System.nanoTime();
    double weight = BlossomMaximumWeightMatching.solve(g).weight();
    double seconds = (System.nanoTime() - t0) / 1e9;
    Files.writeString(file, weight + " " + seconds);
    return new double[] {weight, seconds};
  }
}
