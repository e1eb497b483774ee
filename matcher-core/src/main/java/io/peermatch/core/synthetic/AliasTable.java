package io.peermatch.core.synthetic;

import java.util.SplittableRandom;

/**
 * Samples an index with probability proportional to its weight in constant time (Vose's alias
 * method).
 *
 * <p>M. D. Vose, "A linear algorithm for generating random numbers with a given distribution", IEEE
 * Transactions on Software Engineering 17(9):972–975, 1991.
 */
final class AliasTable {

  private final double[] probability;
  private final int[] alias;

  /**
   * A table over {@code weights}; negative weights count as zero; at least one must be positive.
   */
  AliasTable(double[] weights) {
    int n = weights.length;
    double total = 0.0;
    for (double w : weights) {
      total += Math.max(0.0, w);
    }
    if (!(total > 0.0)) {
      throw new IllegalArgumentException("weights must have a positive sum but was " + total);
    }
    probability = new double[n];
    alias = new int[n];
    double[] scaled = new double[n];
    int[] small = new int[n];
    int[] large = new int[n];
    int smallCount = 0;
    int largeCount = 0;
    for (int i = 0; i < n; i++) {
      scaled[i] = Math.max(0.0, weights[i]) * n / total;
      if (scaled[i] < 1.0) {
        small[smallCount++] = i;
      } else {
        large[largeCount++] = i;
      }
    }
    while (smallCount > 0 && largeCount > 0) {
      int s = small[--smallCount];
      int l = large[--largeCount];
      probability[s] = scaled[s];
      alias[s] = l;
      scaled[l] = scaled[l] + scaled[s] - 1.0;
      if (scaled[l] < 1.0) {
        small[smallCount++] = l;
      } else {
        large[largeCount++] = l;
      }
    }
    // What is left is 1 up to rounding error.
    while (largeCount > 0) {
      int l = large[--largeCount];
      probability[l] = 1.0;
      alias[l] = l;
    }
    while (smallCount > 0) {
      int s = small[--smallCount];
      probability[s] = 1.0;
      alias[s] = s;
    }
  }

  int sample(SplittableRandom random) {
    int column = Draw.below(random, probability.length);
    return Draw.uniform(random) < probability[column] ? column : alias[column];
  }
}
