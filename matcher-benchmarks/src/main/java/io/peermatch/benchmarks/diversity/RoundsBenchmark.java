package io.peermatch.benchmarks.diversity;

import io.peermatch.api.History;
import io.peermatch.api.Matching;
import io.peermatch.api.Participant;
import io.peermatch.benchmarks.Organisations;
import io.peermatch.core.Rounds;
import io.peermatch.core.synthetic.SyntheticOrganisation;
import java.util.List;
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
 * One weekly round of a repeat-free year ({@link Rounds#next} with an endless cool-down): the time
 * of the round at a given week, the history of the weeks before prepared in the setup with the same
 * method. Late weeks are the hard ones: almost every relevant pair has met, and more people are
 * left to pairs of no shared skill.
 *
 * <pre>
 * mvn -B -q -o -pl matcher-benchmarks -am package -DskipTests
 * java -jar matcher-benchmarks/target/benchmarks.jar RoundsBenchmark -f 1 -wi 2 -i 3
 * java -jar matcher-benchmarks/target/benchmarks.jar RoundsBenchmark -p people=5000 -p week=1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
public class RoundsBenchmark {

  /**
   * The size of the pool. At 5,000 a round takes about 2 s and the setup computes every week before
   * the timed one: run {@code -p people=5000 -p week=1}.
   */
  @Param({"500"})
  public int people;

  /** The week whose round is timed, 1 for the first (empty history). */
  @Param({"1", "26", "51"})
  public int week;

  private List<Participant> pool;
  private History history;

  @Setup(Level.Trial)
  public void setUp() {
    pool = SyntheticOrganisation.generate(people, Organisations.SEED).people();
    history = History.empty();
    for (int w = 1; w < week; w++) {
      Matching round = Rounds.next(pool, history, Integer.MAX_VALUE, List.of());
      history = Rounds.append(history, round);
    }
  }

  @Benchmark
  public void round(Blackhole bh) {
    bh.consume(Rounds.next(pool, history, Integer.MAX_VALUE, List.of()));
  }
}
