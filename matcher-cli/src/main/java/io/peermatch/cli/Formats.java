package io.peermatch.cli;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formatting shared by the reports. */
final class Formats {

  private Formats() {}

  /** Six significant decimals at most, no trailing zeros, no exponent for ordinary values. */
  static String number(double x) {
    if (!Double.isFinite(x)) {
      return Double.toString(x);
    }
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return new BigDecimal(String.format(Locale.ROOT, "%.6f", x))
        .stripTrailingZeros()
        .toPlainString();
  }

  /** Four significant decimals for tables. */
  static String compact(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return String.format(Locale.ROOT, "%.4f", x);
  }
}
