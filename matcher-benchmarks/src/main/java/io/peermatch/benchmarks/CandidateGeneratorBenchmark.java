package io.peermatch.benchmarks;

import io.peermatch.api.MatchingProblem;
import io.peermatch.core.CandidateSelection;
import io.peermatch.core.MatchOptions;
import io.peermatch.core.PeerMatch;
import io.peermatch.core.PreparedProblem;
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

/**
 * Compilation and top-K candidate generation (K = 16) of a mentoring problem and of a pool on a
 * seeded synthetic organisation, with the balanced (default) and the nearest-partner selection.
 *
 * <pre>
 * java -Xmx8g -jar matcher-benchmarks/target/benchmarks.jar CandidateGeneratorBenchmark
 * java -Xmx8g -jar matcher-benchmarks/target/benchmarks.jar CandidateGeneratorBenchmark \
 *     -p employees=100000,1000000 -p selection=BALANCED
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx8g"})
public class CandidateGeneratorBenchmark {

  @Param({"20000", "100000", "1000000"})
  public int employees;

  @Param({"mentoring", "peers"})
  public String shape;

  @Param({"BALANCED", "NEAREST"})
  public CandidateSelection selection;

  private MatchingProblem problem;

  @Setup(Level.Trial)
  public void setUp() {
    problem =
        shape.equals("peers") ? Organisations.peers(employees) : Organisations.mentoring(employees);
  }

  @Benchmark
  public PreparedProblem prepare() {
    return PeerMatch.prepare(problem, MatchOptions.DEFAULTS.withCandidateSelection(selection));
  }
}
