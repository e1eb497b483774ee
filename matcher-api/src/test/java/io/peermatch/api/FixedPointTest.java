package io.peermatch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FixedPointTest {

  private static void same(double x) {
    assertThat(FixedPoint.signedThousandths(x))
        .as("%s", x)
        .isEqualTo(String.format(Locale.ROOT, "%+.3f", x));
  }

  @Test
  void signedThousandths_equalsTheFormatter_onEdgeCases() {
    double[] cases = {
      0.0,
      -0.0,
      1.0,
      -1.0,
      0.0005,
      -0.0005,
      1.0005,
      2.0005,
      0.0015,
      0.1235,
      0.9995,
      -0.9995,
      99_999.9995,
      99_999.9994,
      100_000.0,
      1e12,
      -1e12,
      1e-300,
      -1e-300,
      0.000499999,
      0.0004,
      0.0045,
      0.00045,
      5e-4,
      -5e-4,
      0.4875,
      0.6175,
      0.95 * 0.65,
      99_999.9985,
      Double.MIN_VALUE,
      Double.MAX_VALUE,
      Double.NaN,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      0.1 + 0.2,
      12.345,
      -12.345,
      7.0 / 3,
      -2.0 / 3
    };
    for (double x : cases) {
      same(x);
    }
  }

  @Test
  void signedThousandths_equalsTheFormatter_onEveryProductOfLevels() {
    // Levels in steps of 0.05 (and 0.01), as people files give them: half their products are
    // ties at the third decimal, which the rounding of Double.toString's digits decides.
    for (int step : new int[] {20, 100}) {
      for (int i = 0; i <= step; i++) {
        for (int j = 0; j <= step; j++) {
          double product = (double) i / step * ((double) j / step);
          same(product);
          same(-product);
          same(i / (double) step * (j / (double) step));
          same(0.5 * product);
          same(product * 3);
        }
      }
    }
  }

  @Test
  void signedThousandths_equalsTheFormatter_onSeededDoubles() {
    SplittableRandom r = new SplittableRandom(20261205);
    for (int i = 0; i < 200_000; i++) {
      same((r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-6, 7)));
      // Ties and their neighbours: k / 2000 and one ulp either side, where rounding is decided.
      double tie = r.nextInt(-2_000_000, 2_000_000) / 2000.0;
      same(tie);
      same(Math.nextUp(tie));
      same(Math.nextDown(tie));
      // Sums of levels, as scores are made.
      same(r.nextInt(0, 21) * 0.05 * (r.nextInt(0, 21) * 0.05) + r.nextInt(0, 11) * 0.1);
    }
  }
}
