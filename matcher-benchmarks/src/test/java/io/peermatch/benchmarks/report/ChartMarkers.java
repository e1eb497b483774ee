package io.peermatch.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the data markers back out of a chart: {title, cx, cy} in document order. */
final class ChartMarkers {

  private static final Pattern MARKER =
      Pattern.compile("<circle cx=\"([0-9.]+)\" cy=\"([0-9.]+)\" r=\"3.5\"><title>([^<]*)</title>");

  private ChartMarkers() {}

  static List<String[]> of(String svg) {
    List<String[]> markers = new ArrayList<>();
    Matcher m = MARKER.matcher(svg);
    while (m.find()) {
      markers.add(new String[] {m.group(3), m.group(1), m.group(2)});
    }
    return markers;
  }
}
