package io.peermatch.core.kernel.grouping;

import java.util.function.LongSupplier;

/**
 * The stop condition of one kernel run: a deadline (wall-clock or the calling thread's CPU time)
 * and thread interruption. Not thread-safe: one run, one thread.
 */
final class Budget {

  private static final LongSupplier WALL_CLOCK = System::nanoTime;

  private final LongSupplier clock;
  private final long deadline;
  private GroupingStatus stopped;
  private int calls;

  private Budget(LongSupplier clock, long deadline) {
    this.clock = clock;
    this.deadline = deadline;
  }

  static Budget of(GroupingOptions options) {
    if (options.timeLimit() == null) {
      return new Budget(WALL_CLOCK, Long.MAX_VALUE);
    }
    long limit = saturatedNanos(options);
    LongSupplier clock = options.clock() == null ? WALL_CLOCK : options.clock();
    long now = clock.getAsLong();
    long deadline = now + limit < now ? Long.MAX_VALUE : now + limit;
    return new Budget(clock, deadline);
  }

  private static long saturatedNanos(GroupingOptions options) {
    try {
      return options.timeLimit().toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  /** Whether the run must stop now (checks the clock and the interrupt flag on every call). */
  boolean spent() {
    if (stopped != null) {
      return true;
    }
    if (Thread.currentThread().isInterrupted()) {
      stopped = GroupingStatus.INTERRUPTED;
      return true;
    }
    if (deadline != Long.MAX_VALUE) {
      long now = clock.getAsLong();
      if (now - deadline >= 0) {
        stopped = GroupingStatus.DEADLINE_REACHED;
        return true;
      }
    }
    return false;
  }

  /** {@link #spent()}, but reads the clock only every {@code 1 << shift} calls. */
  boolean spentEvery(int shift) {
    if (stopped != null) {
      return true;
    }
    if ((++calls & ((1 << shift) - 1)) != 0) {
      return false;
    }
    return spent();
  }

  /** Why the run stopped, or {@code fallback} when it was never stopped. */
  GroupingStatus status(GroupingStatus fallback) {
    return stopped != null ? stopped : fallback;
  }
}
