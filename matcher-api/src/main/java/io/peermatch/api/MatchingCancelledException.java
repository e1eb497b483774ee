package io.peermatch.api;

import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * The one exception of a solve that stopped before it finished: the calling thread was interrupted,
 * or the deadline given to the solve passed. It is a {@link CancellationException} (so an {@link
 * IllegalStateException} too), unchecked, and thrown by every strategy, kernel, preparation,
 * evaluation, rounds and suggestions call that honours a deadline or interruption.
 *
 * <ul>
 *   <li>{@link Reason#INTERRUPTED}: the thread running the solve was interrupted. Its interrupt
 *       flag is left set (restored if the engine had to clear it), so that the code above sees it.
 *   <li>{@link Reason#DEADLINE}: the deadline passed and the strategy has no result to return so
 *       far. Strategies that do have one (suitor, auction, diversity-seeking, max-weight on one
 *       pool) return it instead, with the status {@link MatchingStatus#DEADLINE_REACHED}.
 * </ul>
 *
 * <p>Either way the engine has stopped all of its work and threads before this is thrown.
 */
public final class MatchingCancelledException extends CancellationException {

  private static final long serialVersionUID = 1L;

  /** Why a solve stopped. */
  public enum Reason {
    /** The thread running the solve was interrupted. */
    INTERRUPTED,
    /** The deadline of the solve passed. */
    DEADLINE
  }

  /** The reason; serializable enum. */
  private final Reason reason;

  /** The phase that was running. */
  private final String phase;

  /**
   * A cancellation for {@code reason} during {@code phase}.
   *
   * @param reason why the solve stopped
   * @param phase the phase that was running, such as {@code "candidates"} or {@code "blossom"}
   */
  public MatchingCancelledException(Reason reason, String phase) {
    super(message(reason, phase));
    this.reason = Objects.requireNonNull(reason, "reason");
    this.phase = Objects.requireNonNull(phase, "phase");
  }

  private static String message(Reason reason, String phase) {
    Objects.requireNonNull(reason, "reason");
    return (reason == Reason.INTERRUPTED ? "interrupted during " : "deadline passed during ")
        + phase;
  }

  /** Why the solve stopped. */
  public Reason reason() {
    return reason;
  }

  /** The phase that was running when the solve stopped. */
  public String phase() {
    return phase;
  }
}
