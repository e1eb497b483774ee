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
 * A whole mentoring run on a seeded synthetic organisation: compile, candidate graph, strategy,
 * evaluation of every metric, as an intranet would run it.
 *
 * <pre>
 * java -jar matcher-benchmarks/target/benchmarks.jar EndToEndBenchmark -p employees=100000
 * java -jar matcher-benchmarks/target/benchmarks.jar EndToEndBenchmark -prof gc   # bytes per person
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
public class EndToEndBenchmark {

  @Param({"1000", "10000", "100000", "1000000"})
  public int employees;

  /**
   * Every strategy that matches mentors with mentees: a JMH parameter over the library's {@link
   * Strategy}.
   */
  public enum TwoSidedStrategy {
    GREEDY,
    MAX_WEIGHT,
    AUCTION,
    GALE_SHAPLEY,
    EGALITARIAN_STABLE,
    MINIMUM_REGRET_STABLE,
    BALANCED_STABLE,
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

  @Param public TwoSidedStrategy strategy;

  private MatchingProblem problem;

  @Setup(Level.Trial)
  public void setUp() {
    problem = Organisations.mentoring(employees);
  }

  @Benchmark
  public void run(Blackhole bh) {
    Organisations.endToEnd(problem, strategy.strategy(), bh);
  }
}
