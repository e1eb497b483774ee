package io.peermatch.benchmarks.report;

/**
 * A base-10 logarithmic axis from decade {@code 10^lo} to decade {@code 10^hi}, drawn from pixel
 * {@code from} to pixel {@code to} ({@code to < from} for an axis that grows upwards).
 */
record LogAxis(int lo, int hi, double from, double to) {

  LogAxis {
    if (hi <= lo) {
      throw new IllegalArgumentException(
          "the top decade must be above the bottom one but was " + hi + " <= " + lo);
    }
  }

  /** The smallest whole-decade axis holding every value in [min, max]; both must be positive. */
  static LogAxis covering(double min, double max, double from, double to) {
    if (!(min > 0) || !(max >= min) || Double.isInfinite(max)) {
      throw new IllegalArgumentException(
          "an axis needs positive finite values but got min " + min + " and max " + max);
    }
    int lo = (int) Math.floor(Math.log10(min));
    int hi = (int) Math.ceil(Math.log10(max));
    if (hi == lo) {
      hi++;
    }
    return new LogAxis(lo, hi, from, to);
  }

  /** The pixel of a positive value. */
  double map(double value) {
    return from + (Math.log10(value) - lo) / (hi - lo) * (to - from);
  }
}
