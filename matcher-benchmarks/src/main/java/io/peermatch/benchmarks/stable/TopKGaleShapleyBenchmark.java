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
 * Gale-Shapley on short lists: 100,000 agents per side, each left agent ranks 50 random right
 * agents (right lists: who ranked them, random order); target at most 0.5 s. Exercises the sparse
 * twin-offset path (no n x n table).
 *
 * <p>{@code java -jar matcher-benchmarks/target/benchmarks.jar TopKGaleShapleyBenchmark -f 1 -wi 1
 * -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class TopKGaleShapleyBenchmark {

  @Param({"100000"})
  int n;

  @Param({"50"})
  int k;

  StableMarriageInstance instance;

  @Setup(Level.Trial)
  public void setup() {
    instance = StableInstances.topK(n, k, 42L);
  }

  @Benchmark
  public StableMarriageMatching galeShapley() {
    return GaleShapleyStableMatching.leftOptimal(instance);
  }
}
