package io.peermatch.benchmarks.general;

import io.peermatch.core.general.BlossomMaximumWeightMatching;
import io.peermatch.core.general.GeneralGraphGenerators;
import io.peermatch.core.general.SuitorMatching;
import io.peermatch.core.graph.CandidateGraph;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Our one-pool kernels on a million people with about ten candidate partners each (JGraphT's object
 * graph and Blossom V port are out of reach at this size within a 6 GB heap and minutes).
 *
 * <p>Run: {@code java -Xmx6g -jar matcher-benchmarks/target/benchmarks.jar
 * GeneralMatchingLargeBenchmark -f 1 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GeneralMatchingLargeBenchmark {

  /** Our kernels. */
  public enum Algorithm {
    BLOSSOM,
    BLOSSOM_GAP_1PCT,
    SUITOR,
    SUITOR_IMPROVED
  }

  @Param({"1000000"})
  public int size;

  @Param public Algorithm algorithm;

  CandidateGraph graph;

  @Setup
  public void setUp() {
    graph = GeneralGraphGenerators.randomSparse(size, 10, 42);
  }

  @Benchmark
  public double solve() {
    switch (algorithm) {
      case BLOSSOM:
        return BlossomMaximumWeightMatching.solve(graph).weight();
      case BLOSSOM_GAP_1PCT:
        return BlossomMaximumWeightMatching.solve(graph, 0.01).weight();
      case SUITOR:
        return SuitorMatching.solve(graph).weight();
      default:
        return SuitorMatching.solveImproved(graph).weight();
    }
  }
}
