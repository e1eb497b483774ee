package io.peermatch.core;

import io.peermatch.api.ProgressListener;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.control.MonotoneProgress;
import io.peermatch.core.kernel.SolveControl;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executor;

/**
 * How a strategy runs: the settings every strategy shares (candidate pairs per person, threads,
 * seed) and those only some read (the proposing side of {@code gale-shapley}, the trade-off of
 * {@code diversity-seeking}). Immutable and thread-safe; each {@code with} method returns a copy.
 *
 * <pre>{@code
 * MatchOptions options = MatchOptions.DEFAULTS.withCandidates(32).withLambda(0.7);
 * Matching matching = PeerMatch.match(problem, Strategy.DIVERSITY_SEEKING, options);
 * }</pre>
 *
 * <p>The candidate settings and the seed shape the {@linkplain PreparedProblem prepared problem}
 * (its candidate graph and tie-breaking); the proposing side and the diversity options shape only a
 * strategy's run on it. A strategy ignores the settings it does not read.
 *
 * <p><b>Control of a solve.</b> {@link #withTimeout(Duration)} or {@link #withDeadline(Instant)}
 * bound each call made with these options ({@code PeerMatch.match}, {@code PeerMatch.prepare},
 * {@code PreparedProblem.match}, {@code Evaluation.evaluate}, {@code Rounds.next}, {@code
 * Suggestions.build}); {@link #withProgress(ProgressListener)} receives each phase's progress;
 * {@link #withExecutor(Executor)} runs the helper tasks of the parallel phases. Every call also
 * honours the interruption of its thread. A call that stops throws {@link
 * io.peermatch.api.MatchingCancelledException}, except the strategies that return their best
 * matching so far at the deadline (status {@link io.peermatch.api.MatchingStatus#DEADLINE_REACHED};
 * see {@link Strategy}). None of these settings changes a result that completes.
 */
public final class MatchOptions {

  /**
   * 16 candidates per person on large problems (every pair on problems of at most 4,000,000
   * possible pairs), every available processor, the problem's seed, mentees (right) propose, and
   * {@link DiversityOptions#DEFAULTS}, skipping distance attributes the problem lacks.
   */
  public static final MatchOptions DEFAULTS =
      new MatchOptions(
          CandidateOptions.DEFAULTS,
          Side.RIGHT,
          DiversityOptions.DEFAULTS,
          false,
          false,
          0L,
          Control.NONE);

  private final CandidateOptions candidates;
  private final Side proposer;
  private final DiversityOptions diversity;
  private final boolean strictDiversity;
  private final boolean seeded;
  private final long seed;
  private final Control control;

  /**
   * How calls with these options are bounded and observed: a timeout (from the start of each call)
   * or a deadline, a progress listener, an executor. Null fields are unset.
   */
  private record Control(
      Duration timeout, Instant deadline, ProgressListener listener, Executor executor) {
    static final Control NONE = new Control(null, null, null, null);
  }

  private MatchOptions(
      CandidateOptions candidates,
      Side proposer,
      DiversityOptions diversity,
      boolean strictDiversity,
      boolean seeded,
      long seed,
      Control control) {
    this.candidates = candidates;
    this.proposer = proposer;
    this.diversity = diversity;
    this.strictDiversity = strictDiversity;
    this.seeded = seeded;
    this.seed = seed;
    this.control = control;
  }

  /** Candidate pairs kept per person on large problems (top-K); 16 by default. */
  public int candidates() {
    return candidates.k();
  }

  /**
   * These options with {@code k} candidates per person: on problems with more possible pairs than
   * {@link #exactPairLimit()}, each person keeps their best {@code k} partners (each side of a
   * two-sided problem asks for its own, and the union is kept).
   *
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public MatchOptions withCandidates(int k) {
    return withCandidateOptions(candidates.withK(k));
  }

  /** Problems with at most this many possible pairs keep every pair that scores above zero. */
  public long exactPairLimit() {
    return candidates.exactPairLimit();
  }

  /**
   * These options with another limit for exact candidate graphs ({@code 0} always keeps the top
   * {@link #candidates()} per person).
   *
   * @throws IllegalArgumentException if {@code limit < 0}
   */
  public MatchOptions withExactPairLimit(long limit) {
    return withCandidateOptions(candidates.withExactPairLimit(limit));
  }

  /** How a large problem chooses its candidates; {@link CandidateSelection#BALANCED} by default. */
  public CandidateSelection candidateSelection() {
    return candidates.selection() == CandidateOptions.Selection.NEAREST
        ? CandidateSelection.NEAREST
        : CandidateSelection.BALANCED;
  }

  /** These options with {@code selection} choosing the candidates of large problems. */
  public MatchOptions withCandidateSelection(CandidateSelection selection) {
    return withCandidateOptions(
        candidates.withSelection(
            Objects.requireNonNull(selection, "selection") == CandidateSelection.NEAREST
                ? CandidateOptions.Selection.NEAREST
                : CandidateOptions.Selection.BALANCED));
  }

  /**
   * Threads that the parallel phases (candidate generation, evaluation) use, the calling thread
   * included; 0 (the default) uses every processor.
   */
  public int threads() {
    return candidates.threads();
  }

  /**
   * These options with {@code threads} threads for the parallel phases (candidate generation and
   * evaluation), the calling thread included; {@code 0} uses every available processor. Results do
   * not depend on it. The helpers run on the {@linkplain #withExecutor(Executor) executor} if one
   * is set, else on threads of the engine's own.
   *
   * @throws IllegalArgumentException if {@code threads < 0}
   */
  public MatchOptions withThreads(int threads) {
    return withCandidateOptions(candidates.withThreads(threads));
  }

  /**
   * The seed of every random choice (the tie-breaking of the preferences that the stable strategies
   * and the own-view metrics derive), if set here; empty means the problem's own seed ({@link
   * io.peermatch.api.MatchingProblem#seed()}).
   */
  public OptionalLong seed() {
    return seeded ? OptionalLong.of(seed) : OptionalLong.empty();
  }

  /** These options with {@code seed} in place of the problem's seed. */
  public MatchOptions withSeed(long seed) {
    return new MatchOptions(candidates, proposer, diversity, strictDiversity, true, seed, control);
  }

  /** The side that proposes in {@code gale-shapley}; {@link Side#RIGHT} (mentees) by default. */
  public Side proposer() {
    return proposer;
  }

  /**
   * These options with {@code side} proposing in {@code gale-shapley}: the result is the best
   * stable matching for that side. Mentees propose by default because deferred acceptance is
   * strategy-proof for the proposing side only, and mentoring exists for the mentees.
   */
  public MatchOptions withProposer(Side side) {
    return new MatchOptions(
        candidates,
        Objects.requireNonNull(side, "side"),
        diversity,
        strictDiversity,
        seeded,
        seed,
        control);
  }

  /** The settings of {@code diversity-seeking}; {@link DiversityOptions#DEFAULTS} by default. */
  public DiversityOptions diversity() {
    return diversity;
  }

  /**
   * These options with {@code diversity} for {@code diversity-seeking}. Every attribute they name
   * (distance weights, department attribute) must exist in the problem, else the strategy fails
   * with an {@link IllegalArgumentException} naming it; the defaults instead skip what is missing.
   */
  public MatchOptions withDiversity(DiversityOptions diversity) {
    return new MatchOptions(
        candidates,
        proposer,
        Objects.requireNonNull(diversity, "diversity"),
        true,
        seeded,
        seed,
        control);
  }

  /**
   * These options with λ, the share of relevance in {@code diversity-seeking}'s pair weight (1 is
   * {@code max-weight}, 0 pure boundary distance); the other diversity settings are kept, and so is
   * the leniency of the defaults towards missing attributes.
   *
   * @throws IllegalArgumentException if {@code lambda} is outside [0, 1]
   */
  public MatchOptions withLambda(double lambda) {
    return new MatchOptions(
        candidates, proposer, diversity.withLambda(lambda), strictDiversity, seeded, seed, control);
  }

  /**
   * These options with a time limit for each call made with them, counted from the start of the
   * call: {@code PeerMatch.match} (preparing and solving), {@code PeerMatch.prepare}, {@code
   * PreparedProblem.match}, {@code Evaluation.evaluate}, {@code Rounds.next}, {@code
   * Suggestions.build}. Replaces a deadline set before. When it passes, the call stops within a few
   * milliseconds: it throws {@link io.peermatch.api.MatchingCancelledException} (reason {@code
   * DEADLINE}), or, for the strategies that can, returns the best matching so far with status
   * {@link io.peermatch.api.MatchingStatus#DEADLINE_REACHED}.
   *
   * @throws IllegalArgumentException if {@code timeout} is zero or negative
   */
  public MatchOptions withTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive but was " + timeout);
    }
    return withControl(new Control(timeout, null, control.listener(), control.executor()));
  }

  /**
   * These options with a fixed deadline (wall clock) for every call made with them; replaces a
   * timeout set before. A call started after the deadline stops at once. See {@link
   * #withTimeout(Duration)} for what stopping means.
   */
  public MatchOptions withDeadline(Instant deadline) {
    Objects.requireNonNull(deadline, "deadline");
    return withControl(new Control(null, deadline, control.listener(), control.executor()));
  }

  /** These options without a timeout or deadline (the default): only interruption stops a call. */
  public MatchOptions withoutDeadline() {
    return withControl(new Control(null, null, control.listener(), control.executor()));
  }

  /** The time limit of each call, if one is set. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(control.timeout());
  }

  /** The fixed deadline of every call, if one is set. */
  public Optional<Instant> deadline() {
    return Optional.ofNullable(control.deadline());
  }

  /**
   * These options with {@code listener} receiving the progress of each call: the phase ({@code
   * "compile"}, {@code "candidates"}, the strategy's name such as {@code "max-weight"}, {@code
   * "assemble"}, {@code "evaluate"}, {@code "rounds"}, {@code "suggestions"}) and the fraction
   * done, monotone within each phase, ending at 1 when the phase completes. Reports come every few
   * thousand steps, from the calling thread or a worker, never two at once; the listener must be
   * quick and must not throw. Null removes it.
   */
  public MatchOptions withProgress(ProgressListener listener) {
    return withControl(
        new Control(control.timeout(), control.deadline(), listener, control.executor()));
  }

  /** The progress listener, if one is set. */
  public Optional<ProgressListener> progress() {
    return Optional.ofNullable(control.listener());
  }

  /**
   * These options with {@code executor} running the helper tasks of the parallel phases (candidate
   * generation, evaluation), up to {@link #threads()} − 1 at a time; the calling thread always
   * works too, so a saturated executor slows a call down but never blocks it. Without one (null,
   * the default) the engine starts its own daemon threads for each parallel phase and stops them
   * before the phase returns. The executor is never shut down by the engine; when a call stops, its
   * tasks stop too before the call returns.
   */
  public MatchOptions withExecutor(Executor executor) {
    return withControl(
        new Control(control.timeout(), control.deadline(), control.listener(), executor));
  }

  /** The executor for helper tasks, if one is set. */
  public Optional<Executor> executor() {
    return Optional.ofNullable(control.executor());
  }

  private MatchOptions withControl(Control control) {
    return new MatchOptions(
        candidates, proposer, diversity, strictDiversity, seeded, seed, control);
  }

  private MatchOptions withCandidateOptions(CandidateOptions candidates) {
    return new MatchOptions(
        candidates, proposer, diversity, strictDiversity, seeded, seed, control);
  }

  /**
   * A fresh control for one call that starts now: its deadline (the timeout from now, or the fixed
   * deadline), its listener behind a per-call monotone filter, its executor.
   */
  SolveControl startControl() {
    SolveControl c =
        SolveControl.none()
            .withProgress(MonotoneProgress.of(control.listener()))
            .withExecutor(control.executor());
    if (control.timeout() != null) {
      c = c.withTimeout(control.timeout());
    } else if (control.deadline() != null) {
      c = c.withDeadline(control.deadline());
    }
    return c;
  }

  /** The candidate generator's settings. */
  CandidateOptions candidateOptions() {
    return candidates;
  }

  /** Whether every attribute the diversity options name must exist in the problem. */
  boolean strictDiversity() {
    return strictDiversity;
  }

  /**
   * Whether a problem prepared with these options has the same candidate graph and seed as one
   * prepared with {@code other} (the thread count, executor, deadline and listener do not change
   * the result).
   */
  boolean preparesLike(MatchOptions other) {
    return candidates.withThreads(0).equals(other.candidates.withThreads(0))
        && seeded == other.seeded
        && seed == other.seed;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MatchOptions m
        && candidates.equals(m.candidates)
        && proposer == m.proposer
        && diversity.equals(m.diversity)
        && strictDiversity == m.strictDiversity
        && seeded == m.seeded
        && seed == m.seed
        && control.equals(m.control);
  }

  @Override
  public int hashCode() {
    return Objects.hash(candidates, proposer, diversity, strictDiversity, seeded, seed, control);
  }

  @Override
  public String toString() {
    return "MatchOptions[candidates="
        + candidates()
        + ", exactPairLimit="
        + exactPairLimit()
        + ", threads="
        + threads()
        + ", seed="
        + (seeded ? Long.toString(seed) : "problem's")
        + ", proposer="
        + proposer
        + ", diversity="
        + diversity
        + (strictDiversity ? "" : " (lenient)")
        + (control.timeout() != null ? ", timeout=" + control.timeout() : "")
        + (control.deadline() != null ? ", deadline=" + control.deadline() : "")
        + (control.listener() != null ? ", progress" : "")
        + (control.executor() != null ? ", executor" : "")
        + "]";
  }
}
