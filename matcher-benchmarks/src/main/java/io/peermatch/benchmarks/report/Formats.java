package io.peermatch.benchmarks.report;

import java.util.Locale;

/** Human units with about three significant digits, the same on every machine. */
final class Formats {

  private Formats() {}

  /** A time and its error in the largest of ns, µs, ms, s that keeps the score at least 1. */
  static String time(double millis, double errorMillis) {
    String[] units = {"ns", "µs", "ms", "s"};
    double[] scale = {1e-6, 1e-3, 1.0, 1e3};
    int u = 0;
    for (int i = scale.length - 1; i > 0; i--) {
      if (Math.abs(millis) >= scale[i]) {
        u = i;
        break;
      }
    }
    return withError(millis / scale[u], errorMillis / scale[u]) + " " + units[u];
  }

  /** Operations per second and the error, e.g. {@code 1234 ± 5 ops/s}. */
  static String throughput(double opsPerSecond, double error) {
    return withError(opsPerSecond, error) + " ops/s";
  }

  /** Bytes in B, KiB, MiB or GiB; a dash when unknown. */
  static String bytes(double bytes) {
    if (Double.isNaN(bytes)) {
      return "—";
    }
    String[] units = {"B", "KiB", "MiB", "GiB"};
    int u = 0;
    double v = bytes;
    while (u < units.length - 1 && Math.abs(v) >= 1024) {
      v /= 1024;
      u++;
    }
    return number(v) + " " + units[u];
  }

  /** Score ± error, both with the score's decimals; the error is left out when JMH gave none. */
  static String withError(double score, double error) {
    int decimals = decimals(score);
    String s = fixed(score, decimals);
    if (Double.isNaN(error) || Double.isInfinite(error)) {
      return s;
    }
    return s + " ± " + fixed(error, decimals);
  }

  /** About three significant digits. */
  static String number(double v) {
    return fixed(v, decimals(v));
  }

  private static int decimals(double v) {
    double a = Math.abs(v);
    if (a >= 100 || a == 0) {
      return 0;
    }
    if (a >= 10) {
      return 1;
    }
    if (a >= 1) {
      return 2;
    }
    return 3;
  }

  private static String fixed(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
