package io.peermatch.benchmarks.diversity;

import io.peermatch.api.MatchingProblem;
import io.peermatch.benchmarks.Organisations;
import io.peermatch.core.Suggestions;
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
 * One suggestion request ({@link Suggestions#suggest}: the top 10 partners of one person, re-ranked
 * for diversity) on a peer organisation, after the one-off index build in the setup. Each
 * invocation asks for the next person in a fixed stride, so that requests do not repeat one
 * person's cached lists.
 *
 * <pre>
 * mvn -B -q -o -pl matcher-benchmarks -am package -DskipTests
 * java -jar matcher-benchmarks/target/benchmarks.jar SuggestionsBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g"})
public class SuggestionsBenchmark {

  /** The size of the organisation. */
  @Param({"100000"})
  public int employees;

  /** How many partners a request asks for. */
  @Param({"10"})
  public int top;

  /** Relevance against diversity in the re-ranking. */
  @Param({"0.7"})
  public double lambda;

  private Suggestions suggestions;
  private String[] ids;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    MatchingProblem problem = Organisations.peers(employees);
    suggestions = Suggestions.build(problem, top);
    ids = new String[problem.participants().size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = problem.participants().get(i).id();
    }
  }

  @Benchmark
  public void suggest(Blackhole bh) {
    // A stride coprime with the size walks the whole organisation without a pattern.
    next = (next + 7919) % ids.length;
    bh.consume(suggestions.suggest(ids[next], top, lambda));
  }
}
