package io.peermatch.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.peermatch.api.Constraints;
import io.peermatch.api.Diagnostic;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingCancelledException;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.MatchingStatus;
import io.peermatch.api.ProgressListener;
import io.peermatch.core.internal.control.MonotoneProgress;
import io.peermatch.core.kernel.SolveControl;
import io.peermatch.core.synthetic.Organisation;
import io.peermatch.core.synthetic.SyntheticOrganisation;
import io.peermatch.core.testing.FeasibilityChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of a controlled solve, for every strategy and shape, on the largest problems that
 * fit a unit test (20,000 people): after an interrupt or a deadline the call returns promptly,
 * throws the one documented exception (or, where the strategy can, returns its best matching so
 * far, feasible, with status deadline-reached), keeps the interrupt flag set, and leaves no worker
 * thread behind.
 *
 * <p>The stop moment is chosen inside the strategy's own phase, not by a sleep: the progress
 * listener, called from the solving thread, holds the first report of the strategy's phase with a
 * fraction strictly between 0 and 1 until the interrupt has been delivered (or the deadline has
 * passed), then lets the kernel run on. The latency is measured from the interrupt call (or the
 * deadline instant) to the moment the call returned or threw, and printed. The algorithms check
 * every few thousand steps, so the figures are milliseconds on a quiet machine; the test does not
 * assert timings (a shared CI machine or a collection can take a few hundred milliseconds), only
 * that the call stops within {@link #SANITY_NANOS}, far below what a run without checks would take.
 * The documented latencies are measured by {@code StopLatency} in the benchmarks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolveControlTest {

  private static final int PEOPLE = 20_000;

  /** A stop that takes longer than this has no check in some loop (a run takes far longer). */
  private static final long SANITY_NANOS = TimeUnit.SECONDS.toNanos(5);

  /** The strategies that return their best matching so far at a deadline, by shape. */
  private static final Set<String> BEST_SO_FAR =
      Set.of("suitor/POOL", "auction/TWO_SIDED", "max-weight/POOL", "diversity-seeking/POOL");

  private PreparedProblem mentoring;
  private PreparedProblem pool;
  private final List<String> report = new ArrayList<>();

  @BeforeAll
  void prepare() {
    Organisation org = SyntheticOrganisation.generate(PEOPLE, 11);
    MatchOptions options = MatchOptions.DEFAULTS.withThreads(2);
    mentoring =
        PeerMatch.prepare(
            MatchingProblem.twoSided(org.mentors(), org.mentees())
                .constraint(Constraints.differentValue("team"))
                .build(),
            options);
    pool =
        PeerMatch.prepare(
            MatchingProblem.pool(org.people())
                .constraint(Constraints.differentValue("team"))
                .build(),
            options);
  }

  @AfterAll
  void printReport() {
    System.out.println("stop latency at " + PEOPLE + " people (ms):");
    report.forEach(System.out::println);
  }

  Stream<Arguments> runs() {
    List<Arguments> out = new ArrayList<>();
    for (Strategy s : Strategy.values()) {
      for (MatchingProblem.Kind kind : MatchingProblem.Kind.values()) {
        if (s.supports(kind)) {
          out.add(Arguments.of(s, kind));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("runs")
  void interrupt_stopsPromptlyAndKeepsTheFlag(Strategy strategy, MatchingProblem.Kind kind)
      throws Exception {
    PreparedProblem prepared = kind == MatchingProblem.Kind.TWO_SIDED ? mentoring : pool;
    HoldAtMidPhase hold = new HoldAtMidPhase(strategy.label());
    AtomicReference<Object> outcome = new AtomicReference<>();
    long[] stoppedAt = new long[1];
    boolean[] flag = new boolean[1];
    Thread solver =
        new Thread(
            () -> {
              try {
                outcome.set(prepared.match(strategy, prepared.options().withProgress(hold)));
              } catch (Throwable t) {
                outcome.set(t);
              }
              stoppedAt[0] = System.nanoTime();
              flag[0] = Thread.currentThread().isInterrupted();
            },
            "solver");
    int before = workerThreads();
    solver.start();
    if (!hold.reached.await(2, TimeUnit.MINUTES)) {
      fail(strategy.label() + " reported no progress inside its phase");
    }
    long interruptedAt = System.nanoTime();
    solver.interrupt();
    solver.join(TimeUnit.MINUTES.toMillis(2));
    assertThat(solver.isAlive()).as("solver still running").isFalse();

    assertThat(outcome.get()).isInstanceOf(MatchingCancelledException.class);
    MatchingCancelledException e = (MatchingCancelledException) outcome.get();
    assertThat(e.reason()).isEqualTo(MatchingCancelledException.Reason.INTERRUPTED);
    assertThat(flag[0]).as("interrupt flag kept").isTrue();
    long latency = stoppedAt[0] - interruptedAt;
    record("interrupt", strategy, kind, latency, e.phase());
    assertThat(latency).as("stop latency in ns").isLessThan(SANITY_NANOS);
    assertThat(workerThreadsSettled(before)).isLessThanOrEqualTo(before);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("runs")
  void deadline_stopsPromptlyWithTheBestSoFarOrTheException(
      Strategy strategy, MatchingProblem.Kind kind) {
    PreparedProblem prepared = kind == MatchingProblem.Kind.TWO_SIDED ? mentoring : pool;
    // Long enough to reach the strategy's phase, where the listener holds the run until the
    // deadline has passed; a strategy whose phase begins later is stopped before it, which the
    // outcome shows as well.
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1000);
    HoldAtMidPhase hold = new HoldAtMidPhase(strategy.label(), deadline);
    SolveControl control =
        SolveControl.none().withDeadlineNanos(deadline).withProgress(MonotoneProgress.of(hold));
    int before = workerThreads();
    Object outcome;
    try {
      outcome =
          StrategyRegistry.create(strategy, prepared.options()).match(prepared.engine(), control);
    } catch (MatchingCancelledException e) {
      outcome = e;
    }
    long latency = System.nanoTime() - deadline;
    String key = strategy.label() + "/" + kind;
    boolean stoppedBeforeItsPhase =
        outcome instanceof MatchingCancelledException e && !e.phase().equals(strategy.label());
    if (BEST_SO_FAR.contains(key) && !stoppedBeforeItsPhase) {
      // On a loaded machine the deadline can pass before the strategy's phase begins (building
      // its graph): then it throws, as the other branch checks.
      assertThat(outcome).as(key).isInstanceOf(Matching.class);
      Matching m = (Matching) outcome;
      assertThat(m.status()).isEqualTo(MatchingStatus.DEADLINE_REACHED);
      FeasibilityChecker.assertFeasible(prepared.problem(), m);
      m.diagnostics()
          .find(Diagnostic.DualBound.class)
          .ifPresent(b -> assertThat(b.value()).isGreaterThanOrEqualTo(m.objective()));
      m.diagnostics()
          .find(Diagnostic.UpperBound.class)
          .ifPresent(b -> assertThat(b.value()).isGreaterThanOrEqualTo(m.objective()));
      record("deadline", strategy, kind, latency, "best so far, " + m.size() + " pairs");
    } else {
      assertThat(outcome).as(key).isInstanceOf(MatchingCancelledException.class);
      MatchingCancelledException e = (MatchingCancelledException) outcome;
      assertThat(e.reason()).isEqualTo(MatchingCancelledException.Reason.DEADLINE);
      record("deadline", strategy, kind, latency, e.phase());
    }
    assertThat(latency).as("stop latency in ns").isLessThan(SANITY_NANOS);
    assertThat(workerThreadsSettled(before)).isLessThanOrEqualTo(before);
  }

  private synchronized void record(
      String what, Strategy strategy, MatchingProblem.Kind kind, long nanos, String detail) {
    report.add(
        String.format(
            Locale.ROOT,
            "  %-9s %-22s %-9s %7.2f  (%s)",
            what,
            strategy.label(),
            kind,
            nanos / 1e6,
            detail));
  }

  /** Live threads of the engine's own pools. */
  /**
   * The live worker threads once they have had up to 10 s to end at most {@code expected}: a pool
   * that has terminated may still show a thread alive for a moment after its last task.
   */
  static int workerThreadsSettled(int expected) {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    int count = workerThreads();
    while (count > expected && System.nanoTime() < until) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      count = workerThreads();
    }
    return count;
  }

  static int workerThreads() {
    int count = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.isAlive() && t.getName().startsWith("peermatch-worker")) {
        count++;
      }
    }
    return count;
  }

  /**
   * Holds the solving thread at the first report of {@code phase} strictly inside (0, 1): until it
   * is interrupted (then the flag is set again, as the interrupt left it) or, with a deadline,
   * until the deadline has passed. Either way the strategy is mid-run when it is asked to stop.
   */
  static final class HoldAtMidPhase implements ProgressListener {
    final CountDownLatch reached = new CountDownLatch(1);
    private final String phase;
    private final long deadline;
    private final boolean untilDeadline;

    HoldAtMidPhase(String phase) {
      this.phase = phase;
      this.deadline = 0;
      this.untilDeadline = false;
    }

    HoldAtMidPhase(String phase, long deadline) {
      this.phase = phase;
      this.deadline = deadline;
      this.untilDeadline = true;
    }

    @Override
    public void progress(String p, double fraction) {
      if (reached.getCount() == 0 || !p.equals(phase) || fraction <= 0 || fraction >= 1) {
        return;
      }
      reached.countDown();
      if (untilDeadline) {
        while (System.nanoTime() - deadline < 0) {
          Thread.onSpinWait();
        }
        return;
      }
      try {
        new CountDownLatch(1).await(2, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // as an interrupt between two checks leaves it
      }
    }
  }
}
