package io.peermatch.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * {@code String.format(Locale.ROOT, "%+.3f", x)}, the amounts of {@link Explanation#summary()},
 * without a {@link java.util.Formatter} per number: the command writes a million explanations, and
 * the formatter was two thirds of the time it took to make them.
 *
 * <p>The formatter rounds half up the shortest decimal that names the double. Away from a tie the
 * double's own product with 1000 rounds the same way (it lies within 10<sup>-7</sup> of that
 * decimal's for amounts below 10<sup>5</sup>), so the fast path decides only when the product is
 * more than 10<sup>-6</sup> from a half. Near a half it rounds the digits of {@link
 * Double#toString}, which are the formatter's own; huge amounts, NaN and infinities go to the
 * formatter.
 */
final class FixedPoint {

  private FixedPoint() {}

  /** The amount with its sign ({@code +} for zero, {@code -} for minus zero) and 3 decimals. */
  static String signedThousandths(double x) {
    double a = Math.abs(x);
    if (!(a < 1e5)) {
      return String.format(Locale.ROOT, "%+.3f", x); // NaN, infinite or huge
    }
    double scaled = a * 1000;
    double whole = Math.floor(scaled);
    double fraction = scaled - whole;
    long q;
    if (Math.abs(fraction - 0.5) < 1e-6) {
      q = tie(a);
    } else {
      q = (long) whole + (fraction > 0.5 ? 1 : 0);
    }
    long thousandths = q % 1000;
    StringBuilder sb = new StringBuilder(12);
    sb.append(Double.compare(x, 0.0) < 0 ? '-' : '+').append(q / 1000).append('.');
    if (thousandths < 100) {
      sb.append('0');
    }
    if (thousandths < 10) {
      sb.append('0');
    }
    return sb.append(thousandths).toString();
  }

  /**
   * {@code a} (at least 0, below 10<sup>5</sup>) in thousandths when its product with 1000 lies
   * near a half: the decimal of {@link Double#toString} (the digits the formatter rounds) rounded
   * half up, as the formatter does. Why not the formatter itself: levels are multiples of 0.05, so
   * half the amounts of an explanation are such ties (0.65 × 0.75 = 0.4875), and the formatter took
   * a microsecond each.
   */
  private static long tie(double a) {
    return new BigDecimal(Double.toString(a))
        .movePointRight(3)
        .setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
  }
}
