package io.peermatch.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peermatch.api.Constraints;
import io.peermatch.api.History;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingCancelledException;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.ProgressListener;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.kernel.SolveControl;
import io.peermatch.core.kernel.bipartite.SuccessiveShortestPathBipartiteMatching;
import io.peermatch.core.synthetic.Organisation;
import io.peermatch.core.synthetic.SyntheticOrganisation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Control of the phases around the strategies (preparation, evaluation, rounds, suggestions) and of
 * the raw kernels: interruption and deadlines stop them with the one exception, their parallel
 * workers stop with them (on the engine's threads or a caller's executor), progress is monotone
 * within each phase, and none of it changes a result that completes.
 */
class ControlledPhasesTest {

  private static final Organisation ORG = SyntheticOrganisation.generate(20_000, 3);
  private static final Organisation SMALL = SyntheticOrganisation.generate(600, 4);

  private static MatchingProblem mentoring(Organisation org) {
    return MatchingProblem.twoSided(org.mentors(), org.mentees())
        .constraint(Constraints.differentValue("team"))
        .build();
  }

  private static MatchingProblem pool(Organisation org) {
    return MatchingProblem.pool(org.people())
        .constraint(Constraints.differentValue("team"))
        .build();
  }

  @Test
  void prepare_interruptedInCandidates_stopsItsOwnWorkers() throws Exception {
    MatchOptions options = MatchOptions.DEFAULTS.withThreads(2);
    long latency = interruptInPhase("candidates", options, o -> PeerMatch.prepare(pool(ORG), o));
    assertThat(latency)
        .as("stops (not a timing: checks exist in the loop)")
        .isLessThan(TimeUnit.SECONDS.toNanos(5));
    assertThat(SolveControlTest.workerThreadsSettled(0)).isZero();
  }

  @Test
  void prepare_interruptedInCandidates_leavesTheCallersExecutorIdleAndUsable() throws Exception {
    ThreadPoolExecutor executor = (ThreadPoolExecutor) Executors.newFixedThreadPool(3);
    try {
      MatchOptions options = MatchOptions.DEFAULTS.withThreads(4).withExecutor(executor);
      long latency = interruptInPhase("candidates", options, o -> PeerMatch.prepare(pool(ORG), o));
      assertThat(latency)
          .as("stops (not a timing: checks exist in the loop)")
          .isLessThan(TimeUnit.SECONDS.toNanos(5));
      // The call waited for every helper that got a thread to leave its work; the executor's own
      // bookkeeping (or a helper that got its thread only now and returns at once) may lag a
      // moment behind, so wait for it, without asserting how long it takes.
      for (int i = 0; i < 10_000 && executor.getActiveCount() > 0; i++) {
        Thread.sleep(1);
      }
      assertThat(executor.getActiveCount()).isZero();
      assertThat(executor.isShutdown()).isFalse();
      // Helpers did run on it, and it still works.
      assertThat(executor.getCompletedTaskCount()).isPositive();
      assertThat(executor.submit(() -> 42).get()).isEqualTo(42);
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void evaluate_interrupted_stopsWithItsWorkers() throws Exception {
    MatchOptions options = MatchOptions.DEFAULTS.withThreads(2);
    PreparedProblem prepared = PeerMatch.prepare(mentoring(ORG), options);
    Matching m = prepared.match(Strategy.GREEDY);
    Holder hold = new Holder("evaluate");
    PreparedProblem observed =
        new PreparedProblem(prepared.engine(), prepared.options().withProgress(hold));
    long latency =
        interrupt(hold, () -> Evaluation.evaluate(observed, m, EvaluationOptions.DEFAULTS));
    assertThat(latency)
        .as("stops (not a timing: checks exist in the loop)")
        .isLessThan(TimeUnit.SECONDS.toNanos(5));
    assertThat(SolveControlTest.workerThreadsSettled(0)).isZero();
  }

  @Test
  void match_timeoutShorterThanPreparation_throwsDeadlineNamingThePhase() {
    MatchOptions options = MatchOptions.DEFAULTS.withTimeout(Duration.ofMillis(1));
    assertThatThrownBy(() -> PeerMatch.match(pool(ORG), Strategy.SUITOR, options))
        .isInstanceOfSatisfying(
            MatchingCancelledException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(MatchingCancelledException.Reason.DEADLINE);
              assertThat(e.phase()).isIn("compile", "candidates", "graph");
              assertThat(e.getMessage()).startsWith("deadline passed during ");
            });
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void match_alreadyInterrupted_throwsAtOnceAndKeepsTheFlag() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> PeerMatch.match(mentoring(SMALL), Strategy.MAX_WEIGHT))
          .isInstanceOfSatisfying(
              MatchingCancelledException.class,
              e -> assertThat(e.reason()).isEqualTo(MatchingCancelledException.Reason.INTERRUPTED));
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void kernel_interruptedThread_throwsAndKeepsTheFlag() {
    CandidateGraph graph = PeerMatch.prepare(mentoring(SMALL)).candidateGraph();
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(
              () -> SuccessiveShortestPathBipartiteMatching.solve(graph, SolveControl.none()))
          .isInstanceOf(MatchingCancelledException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(SuccessiveShortestPathBipartiteMatching.solve(graph).edges()).isNotEmpty();
  }

  @Test
  void rounds_deadline_throwsAndAWholeRoundOtherwise() {
    List<io.peermatch.api.Participant> people = SMALL.people();
    MatchOptions late = MatchOptions.DEFAULTS.withDeadline(java.time.Instant.now().minusSeconds(1));
    assertThatThrownBy(() -> Rounds.next(people, History.empty(), 4, List.of(), late))
        .isInstanceOfSatisfying(
            MatchingCancelledException.class,
            e -> assertThat(e.reason()).isEqualTo(MatchingCancelledException.Reason.DEADLINE));
    // With a preference the general solver runs: it honours the deadline too.
    assertThatThrownBy(
            () ->
                Rounds.next(
                    people,
                    History.empty(),
                    4,
                    List.of(Constraints.prefer(Constraints.differentValue("department"), 0.1)),
                    late))
        .isInstanceOf(MatchingCancelledException.class);
    Matching round =
        Rounds.next(
            people,
            History.empty(),
            4,
            List.of(),
            MatchOptions.DEFAULTS.withTimeout(Duration.ofMinutes(5)));
    assertThat(round.size()).isPositive();
  }

  @Test
  void suggestions_timeoutOnBuild_throwsDeadline() {
    MatchOptions options = MatchOptions.DEFAULTS.withTimeout(Duration.ofMillis(1));
    assertThatThrownBy(() -> Suggestions.build(mentoring(ORG), 5, options))
        .isInstanceOfSatisfying(
            MatchingCancelledException.class,
            e -> assertThat(e.reason()).isEqualTo(MatchingCancelledException.Reason.DEADLINE));
  }

  @Test
  void progress_isMonotoneInEachPhaseAndEndsAtOne() {
    for (MatchingProblem problem : List.of(mentoring(SMALL), pool(SMALL))) {
      for (Strategy s : Strategy.supporting(problem.kind())) {
        Recorder recorder = new Recorder();
        MatchOptions options = MatchOptions.DEFAULTS.withThreads(2).withProgress(recorder);
        Matching m = PeerMatch.match(problem, s, options);
        assertThat(m.size()).isPositive();
        recorder.assertMonotoneAndComplete(
            s.label() + " on " + problem.kind(),
            List.of("compile", "candidates", s.label(), "assemble"));
      }
    }
    Recorder recorder = new Recorder();
    PreparedProblem prepared =
        PeerMatch.prepare(mentoring(SMALL), MatchOptions.DEFAULTS.withProgress(recorder));
    Evaluation.evaluate(prepared, prepared.match(Strategy.GREEDY), EvaluationOptions.DEFAULTS);
    recorder.assertMonotoneAndComplete("evaluation", List.of("evaluate"));
    Recorder rounds = new Recorder();
    Rounds.next(
        SMALL.people(), History.empty(), 2, List.of(), MatchOptions.DEFAULTS.withProgress(rounds));
    rounds.assertMonotoneAndComplete("rounds", List.of("rounds"));
  }

  @Test
  void controlSettings_doNotChangeTheResult() {
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try {
      MatchingProblem problem = pool(SMALL);
      for (Strategy s : Strategy.supporting(problem.kind())) {
        Matching plain = PeerMatch.match(problem, s, MatchOptions.DEFAULTS.withThreads(1));
        Matching controlled =
            PeerMatch.match(
                problem,
                s,
                MatchOptions.DEFAULTS
                    .withThreads(3)
                    .withExecutor(executor)
                    .withProgress((phase, f) -> {})
                    .withTimeout(Duration.ofMinutes(10)));
        assertThat(controlled.pairs()).as(s.label()).isEqualTo(plain.pairs());
        assertThat(controlled.status()).isEqualTo(plain.status());
      }
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void options_validateAndPrepareLikeWithoutTheControlSettings() {
    assertThatThrownBy(() -> MatchOptions.DEFAULTS.withTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeout must be positive but was PT0S");
    MatchOptions timed = MatchOptions.DEFAULTS.withTimeout(Duration.ofSeconds(3));
    assertThat(timed.timeout()).contains(Duration.ofSeconds(3));
    assertThat(timed.withDeadline(java.time.Instant.EPOCH).timeout()).isEmpty();
    assertThat(timed.withoutDeadline().timeout()).isEmpty();
    assertThat(timed.preparesLike(MatchOptions.DEFAULTS)).isTrue();
    assertThat(timed).isNotEqualTo(MatchOptions.DEFAULTS);
    assertThat(timed.toString()).contains("timeout=PT3S");
  }

  /**
   * Runs {@code call} with {@code options} observed on another thread and interrupts it when {@code
   * phase} is mid-way; returns the stop latency in ns.
   */
  private static long interruptInPhase(
      String phase, MatchOptions options, Function<MatchOptions, ?> call) throws Exception {
    Holder hold = new Holder(phase);
    MatchOptions observed = options.withProgress(hold);
    return interrupt(hold, () -> call.apply(observed));
  }

  private static long interrupt(Holder hold, Supplier<?> call) throws Exception {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    long[] stoppedAt = new long[1];
    boolean[] flag = new boolean[1];
    Thread t =
        new Thread(
            () -> {
              try {
                // Only whether and when the call stops matters, not what it returns.
                var unused = call.get();
              } catch (Throwable e) {
                thrown.set(e);
              }
              stoppedAt[0] = System.nanoTime();
              flag[0] = Thread.currentThread().isInterrupted();
            });
    t.start();
    assertThat(hold.reached.await(2, TimeUnit.MINUTES)).as("reached " + hold.phase).isTrue();
    long at = System.nanoTime();
    t.interrupt();
    t.join(TimeUnit.MINUTES.toMillis(1));
    assertThat(t.isAlive()).isFalse();
    assertThat(thrown.get()).isInstanceOf(MatchingCancelledException.class);
    assertThat(((MatchingCancelledException) thrown.get()).reason())
        .isEqualTo(MatchingCancelledException.Reason.INTERRUPTED);
    assertThat(flag[0]).isTrue();
    return stoppedAt[0] - at;
  }

  /** Holds the first report of a phase strictly inside (0, 1) until the thread is interrupted. */
  private static final class Holder implements ProgressListener {
    final String phase;
    final CountDownLatch reached = new CountDownLatch(1);

    Holder(String phase) {
      this.phase = phase;
    }

    @Override
    public void progress(String p, double fraction) {
      if (reached.getCount() == 0 || !p.equals(phase) || fraction <= 0 || fraction >= 1) {
        return;
      }
      reached.countDown();
      try {
        new CountDownLatch(1).await(2, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Every report, by phase, in order; checks they never run at once. */
  private static final class Recorder implements ProgressListener {
    private final Map<String, List<Double>> byPhase = new HashMap<>();
    private final List<String> order = new ArrayList<>();
    private boolean inside;

    @Override
    public void progress(String phase, double fraction) {
      assertThat(inside).as("reports never overlap").isFalse();
      inside = true;
      try {
        if (!byPhase.containsKey(phase)) {
          order.add(phase);
        }
        byPhase.computeIfAbsent(phase, k -> new ArrayList<>()).add(fraction);
      } finally {
        inside = false;
      }
    }

    void assertMonotoneAndComplete(String what, List<String> phases) {
      assertThat(order).as(what).containsAll(phases);
      for (Map.Entry<String, List<Double>> e : byPhase.entrySet()) {
        List<Double> fs = e.getValue();
        for (int i = 0; i < fs.size(); i++) {
          assertThat(fs.get(i)).as(what + " " + e.getKey()).isBetween(0.0, 1.0);
          if (i > 0) {
            assertThat(fs.get(i)).as(what + " " + e.getKey()).isGreaterThan(fs.get(i - 1));
          }
        }
      }
      for (String p : phases) {
        List<Double> fs = byPhase.get(p);
        assertThat(fs.get(fs.size() - 1)).as(what + " " + p + " ends at 1").isEqualTo(1.0);
      }
    }
  }
}
