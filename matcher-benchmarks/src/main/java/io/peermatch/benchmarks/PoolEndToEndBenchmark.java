package io.peermatch.benchmarks;

import io.peermatch.api.MatchingProblem;
import io.peermatch.core.Strategy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A whole one-pool run (peer learning) on a seeded synthetic organisation: compile, candidate
 * graph, strategy, evaluation of every metric.
 *
 * <pre>
 * java -jar matcher-benchmarks/target/benchmarks.jar PoolEndToEndBenchmark -p employees=100000
 * java -jar matcher-benchmarks/target/benchmarks.jar PoolEndToEndBenchmark -prof gc   # bytes per person
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
public class PoolEndToEndBenchmark {

  @Param({"1000", "10000", "100000", "1000000"})
  public int employees;

  /** Every strategy for one pool: a JMH parameter over the library's {@link Strategy}. */
  public enum PoolStrategy {
    GREEDY,
    MAX_WEIGHT,
    SUITOR,
    STABLE_ROOMMATES,
    DIVERSITY_SEEKING;

    /** The library's strategy of the same name. */
    public Strategy strategy() {
      return Strategy.valueOf(name());
    }

    /** Its stable name, such as {@code "max-weight"}. */
    public String registryName() {
      return strategy().label();
    }
  }

  @Param public PoolStrategy strategy;

  private MatchingProblem problem;

  @Setup(Level.Trial)
  public void setUp() {
    problem = Organisations.peersOfCapacityOne(employees);
  }

  @Benchmark
  public void run(Blackhole bh) {
    Organisations.endToEnd(problem, strategy.strategy(), bh);
  }
}
