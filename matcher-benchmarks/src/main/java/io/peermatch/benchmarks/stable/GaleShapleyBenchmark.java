package io.peermatch.benchmarks.stable;

import io.peermatch.core.kernel.stable.GaleShapleyStableMatching;
import io.peermatch.core.kernel.stable.StableMarriageInstance;
import io.peermatch.core.kernel.stable.StableMarriageMatching;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Gale-Shapley (left proposing) on complete uniformly random lists, n x n; targets: n = 1,000 at
 * most 20 ms, n = 10,000 at most 3 s within -Xmx2g (the rank table is built inside each run).
 *
 * <p>{@code java -jar matcher-benchmarks/target/benchmarks.jar GaleShapleyBenchmark -f 1 -wi 1 -i
 * 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class GaleShapleyBenchmark {

  @Param({"1000", "10000"})
  int n;

  StableMarriageInstance instance;

  @Setup(Level.Trial)
  public void setup() {
    instance = StableInstances.completeMarriage(n, 42L);
  }

  @Benchmark
  public StableMarriageMatching galeShapley() {
    return GaleShapleyStableMatching.leftOptimal(instance);
  }
}
