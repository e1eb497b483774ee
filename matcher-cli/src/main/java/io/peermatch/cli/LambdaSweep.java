package io.peermatch.cli;

import java.util.Locale;

/** Parses {@code --sweep lambda=FROM:TO:STEP} into the values of λ, both ends included. */
final class LambdaSweep {

  private static final int MAX_POINTS = 1001;

  private LambdaSweep() {}

  static double[] parse(String spec) {
    int eq = spec.indexOf('=');
    String name = eq < 0 ? spec : spec.substring(0, eq).trim();
    if (eq < 0 || !name.equals("lambda")) {
      throw new IllegalArgumentException(
          "--sweep must be lambda=FROM:TO:STEP but was '" + spec + "'; sweepable: lambda");
    }
    String[] parts = spec.substring(eq + 1).split(":", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "--sweep must be lambda=FROM:TO:STEP but was '" + spec + "'");
    }
    double from = number(parts[0], spec);
    double to = number(parts[1], spec);
    double step = number(parts[2], spec);
    if (!(from >= 0 && to <= 1 && from <= to)) {
      throw new IllegalArgumentException(
          "lambda must be in [0, 1] with FROM <= TO but the sweep was '" + spec + "'");
    }
    if (!(step > 0)) {
      throw new IllegalArgumentException("sweep step must be positive but was " + parts[2].trim());
    }
    // Counted in doubles: a tiny step (1e-300) gives a count beyond any long, which cast first
    // would wrap to a negative number of points and an empty sweep.
    double count = Math.floor((to - from) / step + 1e-9) + 1;
    if (!(count <= MAX_POINTS)) {
      throw new IllegalArgumentException(
          "sweep '"
              + spec
              + "' has "
              + (count < 1e15 ? Formats.number(count) : String.format(Locale.ROOT, "%.1e", count))
              + " points; at most "
              + MAX_POINTS);
    }
    long points = (long) count;
    double[] values = new double[(int) points];
    for (int i = 0; i < values.length; i++) {
      // Computed from the index, not by adding steps, so that 0:1:0.1 ends exactly at 1.
      values[i] = Math.min(to, Math.round((from + i * step) * 1e9) / 1e9);
    }
    return values;
  }

  private static double number(String text, String spec) {
    try {
      if (!Texts.isDecimal(text)) {
        throw new NumberFormatException(text);
      }
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--sweep '" + spec + "' has a value that is not a number: '" + text.trim() + "'");
    }
  }
}
