package io.peermatch.core.kernel.grouping;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * How long and how a grouping kernel searches.
 *
 * @param seed the seed of every random choice: the same instance, options and seed give the same
 *     grouping, whatever the thread count, as long as no time limit stops the search early
 * @param maxIterations the kernel's iteration budget ({@code 0} for the kernel's default; the
 *     meaning of an iteration is documented by each kernel)
 * @param timeLimit the time after which the kernel stops and returns its best grouping so far
 *     (status {@link GroupingStatus#DEADLINE_REACHED}); {@code null} for none
 * @param clock the clock {@code timeLimit} is measured on, in nanoseconds; {@code null} for
 *     wall-clock time ({@link System#nanoTime()}). A CPU-time limit (fair on a busy machine) passes
 *     the calling thread's CPU clock, for example {@code
 *     ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime} (the core module itself needs
 *     no {@code java.management})
 */
public record GroupingOptions(
    long seed, long maxIterations, Duration timeLimit, LongSupplier clock) {

  /** Seed 1, the kernel's default budget, no time limit, wall-clock time. */
  public static final GroupingOptions DEFAULTS = new GroupingOptions(1, 0, null, null);

  /** Validates the options. */
  public GroupingOptions {
    if (maxIterations < 0) {
      throw new IllegalArgumentException(
          "maximum iterations must not be negative but was " + maxIterations);
    }
    if (timeLimit != null && timeLimit.isNegative()) {
      throw new IllegalArgumentException("time limit must not be negative but was " + timeLimit);
    }
  }

  /** These options with another seed. */
  public GroupingOptions withSeed(long seed) {
    return new GroupingOptions(seed, maxIterations, timeLimit, clock);
  }

  /** These options with another iteration budget ({@code 0} for the kernel's default). */
  public GroupingOptions withMaxIterations(long maxIterations) {
    return new GroupingOptions(seed, maxIterations, timeLimit, clock);
  }

  /** These options with a wall-clock time limit. */
  public GroupingOptions withTimeLimit(Duration timeLimit) {
    return new GroupingOptions(seed, maxIterations, timeLimit, null);
  }

  /**
   * These options with a time limit on another clock, in nanoseconds: for a CPU-time limit, the
   * calling thread's CPU clock ({@code
   * ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime}).
   */
  public GroupingOptions withTimeLimit(Duration timeLimit, LongSupplier clock) {
    return new GroupingOptions(seed, maxIterations, timeLimit, clock);
  }

  /** The iteration budget, or {@code fallback} when the options leave it to the kernel. */
  long iterationsOr(long fallback) {
    return maxIterations > 0 ? maxIterations : fallback;
  }
}
