package io.peermatch.core.kernel.grouping;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The stop condition of one kernel run: a deadline (wall-clock or the calling thread's CPU time)
 * and thread interruption. Not thread-safe: one run, one thread.
 */
final class Budget {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final boolean cpu;
  private final long deadline;
  private GroupingStatus stopped;
  private int calls;

  private Budget(boolean cpu, long deadline) {
    this.cpu = cpu;
    this.deadline = deadline;
  }

  static Budget of(GroupingOptions options) {
    if (options.timeLimit() == null) {
      return new Budget(false, Long.MAX_VALUE);
    }
    long limit = saturatedNanos(options);
    boolean cpu = options.cpuTime() && THREADS.isCurrentThreadCpuTimeSupported();
    long now = cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    long deadline = now + limit < now ? Long.MAX_VALUE : now + limit;
    return new Budget(cpu, deadline);
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
      long now = cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
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
