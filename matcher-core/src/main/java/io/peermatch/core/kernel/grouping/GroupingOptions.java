package io.peermatch.core.kernel.grouping;

import java.time.Duration;

/**
 * How long and how a grouping kernel searches.
 *
 * @param seed the seed of every random choice: the same instance, options and seed give the same
 *     grouping, whatever the thread count, as long as no time limit stops the search early
 * @param maxIterations the kernel's iteration budget ({@code 0} for the kernel's default; the
 *     meaning of an iteration is documented by each kernel)
 * @param timeLimit the time after which the kernel stops and returns its best grouping so far
 *     (status {@link GroupingStatus#DEADLINE_REACHED}); {@code null} for none
 * @param cpuTime whether {@code timeLimit} counts the calling thread's CPU time (fair on a busy
 *     machine) instead of wall-clock time
 */
public record GroupingOptions(long seed, long maxIterations, Duration timeLimit, boolean cpuTime) {

  /** Seed 1, the kernel's default budget, no time limit, wall-clock time. */
  public static final GroupingOptions DEFAULTS = new GroupingOptions(1, 0, null, false);

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
    return new GroupingOptions(seed, maxIterations, timeLimit, cpuTime);
  }

  /** These options with another iteration budget ({@code 0} for the kernel's default). */
  public GroupingOptions withMaxIterations(long maxIterations) {
    return new GroupingOptions(seed, maxIterations, timeLimit, cpuTime);
  }

  /** These options with a wall-clock time limit. */
  public GroupingOptions withTimeLimit(Duration timeLimit) {
    return new GroupingOptions(seed, maxIterations, timeLimit, false);
  }

  /** These options with a limit on the calling thread's CPU time. */
  public GroupingOptions withCpuTimeLimit(Duration timeLimit) {
    return new GroupingOptions(seed, maxIterations, timeLimit, true);
  }

  /** The iteration budget, or {@code fallback} when the options leave it to the kernel. */
  long iterationsOr(long fallback) {
    return maxIterations > 0 ? maxIterations : fallback;
  }
}
