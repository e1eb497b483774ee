package io.peermatch.benchmarks.bipartite;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import io.peermatch.core.kernel.bipartite.DenseBipartiteMatching;
import io.peermatch.core.kernel.bipartite.SuccessiveShortestPathBipartiteMatching;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The crossover behind {@code ExactBipartiteMatching}'s rule: the dense kernel (Jonker–Volgenant on
 * the matrix, with its certificate) against the sparse one (successive shortest paths with the
 * auction start) on {@code n x n} random bipartite graphs where each pair is an edge with
 * probability {@code fill}, weights uniform integers in {@code [1, 10^6]}, capacities 1.
 *
 * <pre>
 * mvn -B -q -o -pl matcher-benchmarks -am package -DskipTests
 * java -Xmx4g -jar matcher-benchmarks/target/benchmarks.jar KernelChoiceBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KernelChoiceBenchmark {

  /** The two exact kernels. */
  public enum Kernel {
    DENSE,
    SPARSE
  }

  @Param({"500", "1000", "2000"})
  public int n;

  @Param({"0.05", "0.1", "0.15", "0.2", "0.3", "0.5", "1.0"})
  public double fill;

  @Param public Kernel kernel;

  private CandidateGraph graph;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261205L + n);
    CandidateGraphBuilder b = CandidateGraphBuilder.bipartite(n, n);
    for (int u = 0; u < n; u++) {
      for (int v = 0; v < n; v++) {
        if (random.nextDouble() < fill) {
          b.addEdge(u, n + v, 1 + random.nextInt(1_000_000));
        }
      }
    }
    graph = b.build();
  }

  @Benchmark
  public void solve(Blackhole blackhole) {
    blackhole.consume(
        kernel == Kernel.DENSE
            ? DenseBipartiteMatching.solve(graph).weight()
            : SuccessiveShortestPathBipartiteMatching.solve(graph).weight());
  }
}
