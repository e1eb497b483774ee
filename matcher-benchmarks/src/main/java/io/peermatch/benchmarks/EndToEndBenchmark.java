package io.peermatch.benchmarks;

import io.peermatch.api.MatchingProblem;
import io.peermatch.core.Strategies;
import io.peermatch.core.internal.strategy.GraphStrategy;
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

  /** Every strategy that matches mentors with mentees, by registry name. */
  public enum Strategy {
    GREEDY("greedy"),
    MAX_WEIGHT("max-weight"),
    AUCTION("auction"),
    GALE_SHAPLEY("gale-shapley"),
    EGALITARIAN_STABLE("egalitarian-stable"),
    MINIMUM_REGRET_STABLE("minimum-regret-stable"),
    BALANCED_STABLE("balanced-stable"),
    DIVERSITY_SEEKING("diversity-seeking");

    private final String registryName;

    Strategy(String registryName) {
      this.registryName = registryName;
    }

    /** The name under which {@code Strategies} registers it. */
    public String registryName() {
      return registryName;
    }

    GraphStrategy create() {
      return (GraphStrategy) Strategies.get(registryName);
    }
  }

  @Param public Strategy strategy;

  private MatchingProblem problem;

  @Setup(Level.Trial)
  public void setUp() {
    problem = Organisations.mentoring(employees);
  }

  @Benchmark
  public void run(Blackhole bh) {
    Organisations.endToEnd(problem, strategy.create(), bh);
  }
}
