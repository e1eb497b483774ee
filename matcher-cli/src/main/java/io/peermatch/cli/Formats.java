package io.peermatch.cli;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formatting shared by the reports. */
final class Formats {

  private Formats() {}

  /**
   * Six decimals at most (rounded half up, as {@code %.6f}), no trailing zeros, no exponent for
   * ordinary values.
   *
   * <p>Values below 1000, the scores and weights of every output row, take a fast path: the
   * formatter rounds the shortest decimal of the double, and away from a tie the double's own
   * product with 10<sup>6</sup> (within 3·10<sup>-7</sup> of that decimal's) rounds the same way,
   * so the fast path decides only more than 10<sup>-5</sup> from a half. Why: a million rows spent
   * three quarters of their writing time in {@code String.format}.
   */
  static String number(double x) {
    if (!Double.isFinite(x)) {
      return Double.toString(x);
    }
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    double a = Math.abs(x);
    if (a < 1000) {
      double scaled = a * 1e6;
      double whole = Math.floor(scaled);
      double fraction = scaled - whole;
      if (Math.abs(fraction - 0.5) >= 1e-5) {
        return millionths((long) whole + (fraction > 0.5 ? 1 : 0), x < 0);
      }
    }
    return new BigDecimal(String.format(Locale.ROOT, "%.6f", x))
        .stripTrailingZeros()
        .toPlainString();
  }

  /** {@code q} millionths, negative if so, without trailing zeros ("0" for none, never "-0"). */
  private static String millionths(long q, boolean negative) {
    if (q == 0) {
      return "0";
    }
    StringBuilder sb = new StringBuilder(16);
    if (negative) {
      sb.append('-');
    }
    sb.append(q / 1_000_000);
    long rest = q % 1_000_000;
    if (rest != 0) {
      int digits = 6;
      while (rest % 10 == 0) {
        rest /= 10;
        digits--;
      }
      String tail = Long.toString(rest);
      sb.append('.').append("000000", 0, digits - tail.length()).append(tail);
    }
    return sb.toString();
  }

  /** Four significant decimals for tables. */
  static String compact(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return String.format(Locale.ROOT, "%.4f", x);
  }
}
