package io.peermatch.benchmarks.stable;

import io.peermatch.core.kernel.stable.IrvingStableRoommates;
import io.peermatch.core.kernel.stable.StableRoommatesInstance;
import io.peermatch.core.kernel.stable.StableRoommatesMatching;
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
 * Irving's stable roommates on complete uniformly random lists of n agents; target: n = 2,000 at
 * most 1 s. The seed's instance may or may not have a stable matching (then the best-effort reruns
 * are part of the time).
 *
 * <p>{@code java -jar matcher-benchmarks/target/benchmarks.jar StableRoommatesBenchmark -f 1 -wi 1
 * -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class StableRoommatesBenchmark {

  @Param({"2000"})
  int n;

  /** Seed 42 has a stable matching; seed 1 has none (4 agents set aside by the best effort). */
  @Param({"42", "1"})
  long seed;

  StableRoommatesInstance instance;

  @Setup(Level.Trial)
  public void setup() {
    instance = StableInstances.completeRoommates(n, seed);
  }

  @Benchmark
  public StableRoommatesMatching irving() {
    return IrvingStableRoommates.solve(instance);
  }
}
