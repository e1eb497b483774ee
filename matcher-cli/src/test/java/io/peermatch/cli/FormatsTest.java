package io.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FormatsTest {

  /** The definition the fast path must agree with. */
  private static String reference(double x) {
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

  private static void same(double x) {
    assertThat(Formats.number(x)).as("%s", x).isEqualTo(reference(x));
  }

  @Test
  void number_equalsTheFormatter_onEdgeCases() {
    double[] cases = {
      0.0,
      -0.0,
      0.5,
      -0.5,
      1e-7,
      -1e-7,
      4.9999999e-7,
      5e-7,
      -5e-7,
      0.0000015,
      0.1234565,
      999.9999995,
      999.9999994,
      1000.5,
      0.1 + 0.2,
      12.3456789,
      -12.3456789,
      7.0 / 3,
      1e20,
      1e-300,
      Double.NaN,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      Double.MIN_VALUE
    };
    for (double x : cases) {
      same(x);
    }
  }

  @Test
  void number_equalsTheFormatter_onSeededDoubles() {
    SplittableRandom r = new SplittableRandom(20261205);
    for (int i = 0; i < 200_000; i++) {
      same((r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-8, 5)));
      double tie = r.nextLong(-2_000_000_000L, 2_000_000_000L) / 2e6;
      same(tie);
      same(Math.nextUp(tie));
      same(Math.nextDown(tie));
      same(r.nextInt(0, 21) * 0.05 * (r.nextInt(0, 21) * 0.05) + r.nextInt(0, 11) * 0.1);
    }
  }
}
