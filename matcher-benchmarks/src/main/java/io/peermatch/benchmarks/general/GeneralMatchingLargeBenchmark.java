package io.peermatch.benchmarks.general;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.kernel.general.BlossomMaximumWeightMatching;
import io.peermatch.core.kernel.general.GeneralGraphGenerators;
import io.peermatch.core.kernel.general.GeneralMatchingResult;
import io.peermatch.core.kernel.general.SuitorMatching;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Our one-pool kernels on a million people with about ten candidate partners each (JGraphT's object
 * graph and Blossom V port are out of reach at this size within a 6 GB heap and minutes).
 *
 * <p>Run: {@code java -Xmx6g -jar matcher-benchmarks/target/benchmarks.jar
 * GeneralMatchingLargeBenchmark -f 1 -wi 1 -i 3}; add {@code -jvmArgsAppend
 * -Dpeermatch.quality=true} for a line per trial with the share of the blossom optimum each kernel
 * reached. For the share of the optimum on synthetic organisations, see {@link
 * ApproximationQualityReport}.
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
    SUITOR_IMPROVED,
    SUITOR_IMPROVED_WITH_BOUND
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
      case SUITOR_IMPROVED:
        return SuitorMatching.solveImproved(graph).weight();
      default:
        return SuitorMatching.solveImprovedWithBound(graph).weight();
    }
  }

  /**
   * With {@code -jvmArgsAppend -Dpeermatch.quality=true} (the blossom optimum takes tens of seconds
   * here), prints once per trial how close the kernel came to it.
   */
  @TearDown
  public void reportQuality() {
    if (algorithm != Algorithm.BLOSSOM && Boolean.getBoolean("peermatch.quality")) {
      System.out.println(qualityLine(algorithm.name(), size, graph));
    }
  }

  /**
   * One line: the kernel's weight as a share of the blossom optimum on {@code graph}, and for the
   * improved suitor also the share its own fractional-cover bound certifies.
   */
  static String qualityLine(String algorithm, int size, CandidateGraph graph) {
    double optimum = BlossomMaximumWeightMatching.solve(graph).weight();
    GeneralMatchingResult result;
    switch (algorithm) {
      case "BLOSSOM_GAP_1PCT":
        result = BlossomMaximumWeightMatching.solve(graph, 0.01);
        break;
      case "SUITOR":
        result = SuitorMatching.solve(graph);
        break;
      default:
        result = SuitorMatching.solveImprovedWithBound(graph);
        break;
    }
    String line =
        String.format(
            Locale.ROOT,
            "quality: %s at %d people: %.3f %% of the blossom optimum",
            algorithm,
            size,
            100 * result.weight() / optimum);
    if (!Double.isNaN(result.upperBound())) {
      line +=
          String.format(
              Locale.ROOT,
              " (certified at least %.3f %%)",
              100 * result.weight() / result.upperBound());
    }
    return line;
  }
}
