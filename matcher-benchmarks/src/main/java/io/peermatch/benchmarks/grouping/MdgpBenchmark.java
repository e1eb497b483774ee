package io.peermatch.benchmarks.grouping;

import io.peermatch.core.kernel.grouping.GroupingInstance;
import io.peermatch.core.kernel.grouping.GroupingOptions;
import io.peermatch.core.kernel.grouping.GroupingUpperBound;
import io.peermatch.core.kernel.grouping.IteratedMaximaSearchGrouping;
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
 * The maximally diverse grouping problem on RanReal-like instances (uniform values in [0, 100),
 * seeded, {@link GroupingInstances#ranReal}): n = 120, 240, 480, 960 in groups of 4 and 8. Times
 * iterated maxima search with its default budget (20 iterations per item, deterministic) and the
 * upper bound. For objectives at a CPU-time limit beside anticlust, see {@link MdgpReport}.
 *
 * <p>Run: {@code java -jar matcher-benchmarks/target/benchmarks.jar MdgpBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MdgpBenchmark {

  /** What is timed. */
  public enum Kernel {
    ITERATED_MAXIMA_SEARCH,
    UPPER_BOUND
  }

  @Param({"120", "240", "480", "960"})
  public int n;

  @Param({"4", "8"})
  public int size;

  @Param({"ITERATED_MAXIMA_SEARCH"})
  public Kernel kernel;

  GroupingInstance instance;

  @Setup
  public void setUp() {
    instance = GroupingInstance.dense(n, GroupingInstances.ranReal(n, 1)).groupsOf(size).build();
  }

  @Benchmark
  public double run() {
    if (kernel == Kernel.UPPER_BOUND) {
      return GroupingUpperBound.of(instance);
    }
    return IteratedMaximaSearchGrouping.solve(instance, GroupingOptions.DEFAULTS).objective();
  }
}
