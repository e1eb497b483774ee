package io.peermatch.core.kernel;

import io.peermatch.api.MatchingCancelledException;
import io.peermatch.api.ProgressListener;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * How one solve is controlled: an optional deadline, thread interruption, an optional progress
 * listener, and the executor that parallel phases run their helper tasks on. Every kernel and every
 * strategy takes one; the overloads without it use {@link #none()}.
 *
 * <pre>{@code
 * SolveControl control = SolveControl.none()
 *     .withTimeout(Duration.ofSeconds(2))
 *     .withProgress((phase, fraction) -> log.debug("{} {}", phase, fraction));
 * BipartiteMatchingResult r = SuccessiveShortestPathBipartiteMatching.solve(graph, control);
 * }</pre>
 *
 * <p><b>Checks.</b> Long loops call {@link #check(String)} every few thousand steps (reading the
 * clock and the interrupt flag costs some nanoseconds, so not on every step): it throws a {@link
 * MatchingCancelledException} when the calling thread is interrupted (reason {@code INTERRUPTED};
 * the interrupt flag stays set) or the deadline has passed (reason {@code DEADLINE}). Kernels that
 * can stop with a feasible result instead (the auction, the suitor local search, the blossom
 * algorithm) ask {@link #deadlinePassed()} and return what they have, marked as stopped early.
 *
 * <p><b>Progress.</b> {@link #progress(String, double)} forwards to the listener; {@link
 * #within(String, double, double)} maps a kernel's own fractions into a slice of a larger phase, so
 * that a strategy running a kernel several times reports one monotone phase.
 *
 * <p>Immutable and thread-safe; the deadline is an instant of {@link System#nanoTime()}.
 */
public final class SolveControl {

  private static final SolveControl NONE = new SolveControl(false, 0L, null, null);

  private final boolean timed;
  private final long deadline;
  private final ProgressListener listener;
  private final Executor executor;

  private SolveControl(boolean timed, long deadline, ProgressListener listener, Executor executor) {
    this.timed = timed;
    this.deadline = deadline;
    this.listener = listener;
    this.executor = executor;
  }

  /** No deadline, no listener, own threads: only interruption is honoured. */
  public static SolveControl none() {
    return NONE;
  }

  /**
   * This control with a deadline {@code timeout} from now.
   *
   * @throws IllegalArgumentException if {@code timeout} is negative
   */
  public SolveControl withTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative but was " + timeout);
    }
    return withDeadlineNanos(System.nanoTime() + saturatedNanos(timeout));
  }

  /** This control with a deadline at {@code deadline} (wall clock, converted once, now). */
  public SolveControl withDeadline(Instant deadline) {
    Objects.requireNonNull(deadline, "deadline");
    Duration left = Duration.between(Instant.now(), deadline);
    return withDeadlineNanos(
        System.nanoTime() + saturatedNanos(left.isNegative() ? Duration.ZERO : left));
  }

  /** This control with a deadline at the {@link System#nanoTime()} instant {@code nanoTime}. */
  public SolveControl withDeadlineNanos(long nanoTime) {
    return new SolveControl(true, nanoTime, listener, executor);
  }

  /** This control with {@code listener} receiving progress; null for none. */
  public SolveControl withProgress(ProgressListener listener) {
    return new SolveControl(timed, deadline, listener, executor);
  }

  /**
   * This control with {@code executor} running the helper tasks of parallel phases (candidate
   * generation, evaluation); null for threads of the engine's own, started and stopped per phase.
   * The calling thread always takes part, so a busy executor slows a phase down but never blocks
   * it.
   */
  public SolveControl withExecutor(Executor executor) {
    return new SolveControl(timed, deadline, listener, executor);
  }

  /** Whether a deadline is set. */
  public boolean hasDeadline() {
    return timed;
  }

  /** The deadline as a {@link System#nanoTime()} instant, if set. */
  public Optional<Long> deadlineNanos() {
    return timed ? Optional.of(deadline) : Optional.empty();
  }

  /** The executor for helper tasks, if one was given. */
  public Optional<Executor> executor() {
    return Optional.ofNullable(executor);
  }

  /** The listener, if one was given. */
  public Optional<ProgressListener> listener() {
    return Optional.ofNullable(listener);
  }

  /** Whether the deadline has passed (false without one). */
  public boolean deadlinePassed() {
    return timed && System.nanoTime() - deadline >= 0;
  }

  /**
   * Throws if the calling thread is interrupted or the deadline has passed.
   *
   * @param phase the running phase, named in the exception
   * @throws MatchingCancelledException reason {@code INTERRUPTED} (the interrupt flag stays set) or
   *     {@code DEADLINE}
   */
  public void check(String phase) {
    checkInterrupted(phase);
    if (deadlinePassed()) {
      throw new MatchingCancelledException(MatchingCancelledException.Reason.DEADLINE, phase);
    }
  }

  /**
   * Throws if the calling thread is interrupted (for kernels that handle the deadline themselves).
   *
   * @throws MatchingCancelledException reason {@code INTERRUPTED}; the interrupt flag stays set
   */
  public void checkInterrupted(String phase) {
    if (Thread.currentThread().isInterrupted()) {
      throw new MatchingCancelledException(MatchingCancelledException.Reason.INTERRUPTED, phase);
    }
  }

  /** Whether progress reports go anywhere (so that a kernel may skip computing a fraction). */
  public boolean reportsProgress() {
    return listener != null;
  }

  /** Reports that {@code phase} has done {@code fraction} of its work (clamped to [0, 1]). */
  public void progress(String phase, double fraction) {
    if (listener != null) {
      listener.progress(phase, fraction > 1.0 ? 1.0 : fraction >= 0.0 ? fraction : 0.0);
    }
  }

  /**
   * This control with every progress report mapped into the slice {@code [from, to]} of {@code
   * phase}: a kernel's {@code ("blossom", 0.5)} becomes {@code (phase, from + 0.5·(to − from))}.
   */
  public SolveControl within(String phase, double from, double to) {
    if (listener == null) {
      return this;
    }
    Objects.requireNonNull(phase, "phase");
    ProgressListener outer = listener;
    double span = to - from;
    return new SolveControl(
        timed,
        deadline,
        (inner, fraction) -> outer.progress(phase, from + span * clamp(fraction)),
        executor);
  }

  private static double clamp(double fraction) {
    return fraction > 1.0 ? 1.0 : fraction >= 0.0 ? fraction : 0.0;
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE / 4; // centuries: no deadline in practice, and no overflow
    }
  }

  @Override
  public String toString() {
    return "SolveControl["
        + (timed
            ? "deadline in " + (deadline - System.nanoTime()) / 1_000_000 + " ms"
            : "no deadline")
        + (listener != null ? ", progress" : "")
        + (executor != null ? ", executor" : "")
        + "]";
  }
}
