package io.peermatch.core.synthetic;

import java.util.SplittableRandom;

/**
 * Random variates built only on {@link SplittableRandom#nextLong()}, whose algorithm is fixed by
 * its specification, so that a seed gives the same organisation on every JDK version (the bounded
 * and Gaussian helpers of {@code RandomGenerator} changed between releases).
 */
final class Draw {

  private Draw() {}

  /** Uniform in {@code [0, 1)}. */
  static double uniform(SplittableRandom random) {
    return (random.nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in {@code [0, bound)}, for {@code 0 < bound}; the bias is below 2^-32. */
  static int below(SplittableRandom random, int bound) {
    return (int) (((random.nextLong() >>> 32) * bound) >>> 32);
  }

  /** Uniform in {@code [low, high]}. */
  static int between(SplittableRandom random, int low, int high) {
    return low + below(random, high - low + 1);
  }

  static boolean chance(SplittableRandom random, double probability) {
    return uniform(random) < probability;
  }

  /**
   * Approximately standard normal: the centred sum of three uniforms (Irwin–Hall), which needs no
   * transcendental function and is bounded by ±3, which keeps levels and tenures plausible.
   */
  static double normal(SplittableRandom random) {
    return (uniform(random) + uniform(random) + uniform(random) - 1.5) * 2.0;
  }
}
