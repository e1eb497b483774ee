package io.peermatch.benchmarks.report;

import java.util.List;
import java.util.Locale;

/**
 * The log–log scaling chart: time per operation against the number of people, one polyline with
 * markers per series, whole-decade ticks, and a legend below the plot. Plain SVG 1.1 built as a
 * string, so that the same results give the same bytes.
 */
final class ScalingChart {

  static final int WIDTH = 760;
  static final int LEFT = 90;
  static final int TOP = 50;
  static final int PLOT_WIDTH = 620;
  static final int PLOT_HEIGHT = 360;
  private static final int LEGEND_ROW = 18;

  /** Tableau 10: distinguishable, and still readable in grey. */
  private static final String[] COLOURS = {
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"
  };

  /** After ten series the colours repeat with another dash pattern. */
  private static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3"};

  private ScalingChart() {}

  /** The x axis for these series: people, in whole decades. */
  static LogAxis xAxis(List<Series> series, SizeParam size) {
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (Series s : series) {
      for (JmhResult r : s.points()) {
        double x = size.of(r.params());
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
    }
    return LogAxis.covering(min, max, LEFT, LEFT + PLOT_WIDTH);
  }

  /** The y axis for these series: milliseconds per operation, in whole decades, upwards. */
  static LogAxis yAxis(List<Series> series) {
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (Series s : series) {
      for (JmhResult r : s.points()) {
        double y = r.millisPerOp();
        if (y > 0 && !Double.isInfinite(y)) {
          min = Math.min(min, y);
          max = Math.max(max, y);
        }
      }
    }
    return LogAxis.covering(min, max, TOP + PLOT_HEIGHT, TOP);
  }

  static String render(List<Series> series, SizeParam size, String title) {
    LogAxis x = xAxis(series, size);
    LogAxis y = yAxis(series);
    int legendTop = TOP + PLOT_HEIGHT + 60;
    int height = legendTop + series.size() * LEGEND_ROW + 10;
    StringBuilder svg = new StringBuilder();
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
    svg.append("<title>").append(escape(title)).append("</title>\n");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    svg.append("<text x=\"")
        .append(WIDTH / 2)
        .append("\" y=\"24\" text-anchor=\"middle\" font-size=\"15\">")
        .append(escape(title))
        .append("</text>\n");
    // Error bars of noisy runs can reach far outside the decades of the scores: clip them.
    svg.append("<clipPath id=\"plot\"><rect x=\"")
        .append(LEFT - 6)
        .append("\" y=\"")
        .append(TOP - 6)
        .append("\" width=\"")
        .append(PLOT_WIDTH + 12)
        .append("\" height=\"")
        .append(PLOT_HEIGHT + 12)
        .append("\"/></clipPath>\n");
    axes(svg, x, y, size);
    for (int i = 0; i < series.size(); i++) {
      line(svg, series.get(i), i, x, y, size);
    }
    legend(svg, series, legendTop);
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static void axes(StringBuilder svg, LogAxis x, LogAxis y, SizeParam size) {
    int bottom = TOP + PLOT_HEIGHT;
    int right = LEFT + PLOT_WIDTH;
    svg.append("<g id=\"grid\" stroke=\"#e0e0e0\" stroke-width=\"1\">\n");
    for (int d = x.lo(); d <= x.hi(); d++) {
      double px = x.map(Math.pow(10, d));
      svg.append(line(px, TOP, px, bottom));
    }
    for (int d = y.lo(); d <= y.hi(); d++) {
      double py = y.map(Math.pow(10, d));
      svg.append(line(LEFT, py, right, py));
    }
    svg.append("</g>\n");
    svg.append("<g id=\"ticks\" stroke=\"#333\" stroke-width=\"1\">\n");
    svg.append(line(LEFT, bottom, right, bottom)).append(line(LEFT, TOP, LEFT, bottom));
    for (int d = x.lo(); d < x.hi(); d++) {
      for (int m = 1; m <= 9; m++) {
        double px = x.map(m * Math.pow(10, d));
        svg.append(line(px, bottom, px, bottom + (m == 1 ? 6 : 3)));
      }
    }
    svg.append(line(x.map(Math.pow(10, x.hi())), bottom, x.map(Math.pow(10, x.hi())), bottom + 6));
    for (int d = y.lo(); d < y.hi(); d++) {
      for (int m = 1; m <= 9; m++) {
        double py = y.map(m * Math.pow(10, d));
        svg.append(line(LEFT - (m == 1 ? 6 : 3), py, LEFT, py));
      }
    }
    svg.append(line(LEFT - 6, y.map(Math.pow(10, y.hi())), LEFT, y.map(Math.pow(10, y.hi()))));
    svg.append("</g>\n");
    svg.append("<g id=\"labels\" fill=\"#333\">\n");
    for (int d = x.lo(); d <= x.hi(); d++) {
      svg.append("<text x=\"")
          .append(num(x.map(Math.pow(10, d))))
          .append("\" y=\"")
          .append(bottom + 20)
          .append("\" text-anchor=\"middle\">")
          .append(escape(peopleLabel(d)))
          .append("</text>\n");
    }
    for (int d = y.lo(); d <= y.hi(); d++) {
      svg.append("<text x=\"")
          .append(LEFT - 10)
          .append("\" y=\"")
          .append(num(y.map(Math.pow(10, d)) + 4))
          .append("\" text-anchor=\"end\">")
          .append(escape(timeLabel(d)))
          .append("</text>\n");
    }
    svg.append("<text x=\"")
        .append(LEFT + PLOT_WIDTH / 2)
        .append("\" y=\"")
        .append(bottom + 42)
        .append("\" text-anchor=\"middle\">people (")
        .append(escape(String.join(", ", size.names())))
        .append(")</text>\n");
    svg.append("<text x=\"20\" y=\"")
        .append(TOP + PLOT_HEIGHT / 2)
        .append("\" text-anchor=\"middle\" transform=\"rotate(-90 20 ")
        .append(TOP + PLOT_HEIGHT / 2)
        .append(")\">time per operation</text>\n");
    svg.append("</g>\n");
  }

  private static void line(
      StringBuilder svg, Series s, int index, LogAxis x, LogAxis y, SizeParam size) {
    String colour = COLOURS[index % COLOURS.length];
    String dash = DASHES[(index / COLOURS.length) % DASHES.length];
    svg.append("<g class=\"series\" clip-path=\"url(#plot)\" data-label=\"")
        .append(escape(s.label()))
        .append("\" stroke=\"")
        .append(colour)
        .append("\" fill=\"")
        .append(colour)
        .append("\">\n");
    StringBuilder points = new StringBuilder();
    for (JmhResult r : s.points()) {
      double ms = r.millisPerOp();
      if (!(ms > 0) || Double.isInfinite(ms)) {
        continue;
      }
      if (points.length() > 0) {
        points.append(' ');
      }
      points.append(num(x.map(size.of(r.params())))).append(',').append(num(y.map(ms)));
    }
    svg.append("<polyline fill=\"none\" stroke-width=\"2\"");
    if (!dash.isEmpty()) {
      svg.append(" stroke-dasharray=\"").append(dash).append('"');
    }
    svg.append(" points=\"").append(points).append("\"/>\n");
    for (JmhResult r : s.points()) {
      double ms = r.millisPerOp();
      if (!(ms > 0) || Double.isInfinite(ms)) {
        continue;
      }
      double people = size.of(r.params());
      double px = x.map(people);
      if (!r.throughput() && r.error() > 0 && !Double.isInfinite(r.error())) {
        // An interval reaching zero has no logarithm: its bar runs off the bottom (clipped).
        double low = ms > r.error() ? y.map(ms - r.error()) : y.from() + 6;
        svg.append(line(px, low, px, y.map(ms + r.error())));
      }
      svg.append("<circle cx=\"")
          .append(num(px))
          .append("\" cy=\"")
          .append(num(y.map(ms)))
          .append("\" r=\"3.5\"><title>")
          .append(escape(s.label()))
          .append(": ")
          .append(Formats.number(people))
          .append(" people, ")
          .append(escape(Formats.time(ms, Double.NaN)))
          .append("</title></circle>\n");
    }
    svg.append("</g>\n");
  }

  private static void legend(StringBuilder svg, List<Series> series, int top) {
    svg.append("<g id=\"legend\">\n");
    for (int i = 0; i < series.size(); i++) {
      String colour = COLOURS[i % COLOURS.length];
      String dash = DASHES[(i / COLOURS.length) % DASHES.length];
      int cy = top + i * LEGEND_ROW;
      svg.append("<line x1=\"")
          .append(LEFT)
          .append("\" y1=\"")
          .append(cy)
          .append("\" x2=\"")
          .append(LEFT + 28)
          .append("\" y2=\"")
          .append(cy)
          .append("\" stroke=\"")
          .append(colour)
          .append("\" stroke-width=\"2\"");
      if (!dash.isEmpty()) {
        svg.append(" stroke-dasharray=\"").append(dash).append('"');
      }
      svg.append("/>\n<circle cx=\"")
          .append(LEFT + 14)
          .append("\" cy=\"")
          .append(cy)
          .append("\" r=\"3.5\" fill=\"")
          .append(colour)
          .append("\"/>\n<text x=\"")
          .append(LEFT + 36)
          .append("\" y=\"")
          .append(cy + 4)
          .append("\">")
          .append(escape(series.get(i).label()))
          .append("</text>\n");
    }
    svg.append("</g>\n");
  }

  /** 1, 10, 100, 1k, 10k, 100k, 1M, ... */
  static String peopleLabel(int decade) {
    if (decade < 0) {
      return "1e" + decade;
    }
    String[] suffix = {"", "k", "M", "G"};
    if (decade >= 3 * suffix.length) {
      return "1e" + decade;
    }
    return (int) Math.pow(10, decade % 3) + suffix[decade / 3];
  }

  /** A decade of milliseconds as 1 ns ... 100 µs, 1 ms ... 100 ms, 1 s, 10 s, ... */
  static String timeLabel(int decadeOfMillis) {
    if (decadeOfMillis < -6) {
      return "1e" + decadeOfMillis + " ms";
    }
    if (decadeOfMillis >= 3) {
      return (long) Math.pow(10, decadeOfMillis - 3) + " s";
    }
    String[] units = {"ns", "µs", "ms"};
    int shifted = decadeOfMillis + 6;
    return (int) Math.pow(10, shifted % 3) + " " + units[shifted / 3];
  }

  private static String line(double x1, double y1, double x2, double y2) {
    return "<line x1=\""
        + num(x1)
        + "\" y1=\""
        + num(y1)
        + "\" x2=\""
        + num(x2)
        + "\" y2=\""
        + num(y2)
        + "\"/>\n";
  }

  /** Two decimals, a dot, no negative zero: stable across locales and runs. */
  static String num(double v) {
    String s = String.format(Locale.ROOT, "%.2f", v);
    return s.equals("-0.00") ? "0.00" : s;
  }

  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
