package io.peermatch.benchmarks.grouping;

import io.peermatch.core.kernel.grouping.GreedyGroupingConstruction;
import io.peermatch.core.kernel.grouping.GroupingInstance;
import io.peermatch.core.kernel.grouping.GroupingOptions;
import io.peermatch.core.kernel.grouping.GroupingResult;
import io.peermatch.core.kernel.grouping.GroupingUpperBound;
import io.peermatch.core.kernel.grouping.SparseLocalSearchGrouping;
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
 * Groups of 4 and 8 on sparse instances of 10,000 to 1,000,000 items: the greedy start, the whole
 * sparse local search (greedy, search and the upper bound), and the bound alone. Instances are
 * built once per trial (not timed): the candidate graph of a synthetic organisation's one pool
 * ({@code ORGANISATION}, the default; a million people take minutes to prepare) or seeded random
 * values with community structure ({@code RANDOM}); see {@link GroupingInstances.Source}.
 *
 * <p>Run: {@code java -Xmx4g -jar matcher-benchmarks/target/benchmarks.jar SparseGroupingBenchmark
 * -f 1 -wi 1 -i 3}; add {@code -p source=RANDOM} for the random instances. Each trial prints one
 * line with the objective, the bound and the gap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SparseGroupingBenchmark {

  /** What is timed. */
  public enum Kernel {
    GREEDY,
    LOCAL_SEARCH,
    UPPER_BOUND
  }

  @Param({"10000", "100000", "1000000"})
  public int items;

  @Param({"4", "8"})
  public int size;

  @Param({"ORGANISATION"})
  public GroupingInstances.Source source;

  @Param({"LOCAL_SEARCH"})
  public Kernel kernel;

  GroupingInstance instance;
  double last;

  @Setup
  public void setUp() {
    instance = GroupingInstances.sparse(source, items, size);
  }

  @Benchmark
  public double run() {
    switch (kernel) {
      case GREEDY:
        last = GreedyGroupingConstruction.solve(instance, GroupingOptions.DEFAULTS).objective();
        return last;
      case UPPER_BOUND:
        last = GroupingUpperBound.of(instance);
        return last;
      default:
        GroupingResult r = SparseLocalSearchGrouping.solve(instance, GroupingOptions.DEFAULTS);
        last = r.objective();
        return r.gap();
    }
  }

  @TearDown
  public void report() {
    System.out.printf(
        java.util.Locale.ROOT,
        "%n%s %s items=%d size=%d pairs=%d value=%.3f%n",
        kernel,
        source,
        items,
        size,
        instance.storedPairCount(),
        last);
  }
}
