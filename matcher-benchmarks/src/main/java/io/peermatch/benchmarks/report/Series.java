package io.peermatch.benchmarks.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One line of the scaling chart: a benchmark method at fixed non-size parameters (strategy, solver,
 * shape...), its points ordered by the number of people.
 *
 * @param label the legend text, e.g. {@code GeneralMatchingBenchmark.solve algorithm=BLOSSOM}
 * @param points results ordered by size
 */
record Series(String label, List<JmhResult> points) {

  /**
   * The results in a stable reading order: benchmarks as they first appear in the input, then the
   * non-size parameters, then the size as a number (JMH itself orders "100000" before "20000").
   */
  static List<JmhResult> ordered(List<JmhResult> results, SizeParam size) {
    Map<String, Integer> firstSeen = new HashMap<>();
    for (JmhResult r : results) {
      firstSeen.putIfAbsent(r.benchmark(), firstSeen.size());
    }
    List<JmhResult> sorted = new ArrayList<>(results);
    sorted.sort(
        Comparator.<JmhResult>comparingInt(r -> firstSeen.get(r.benchmark()))
            .thenComparing(r -> otherParams(r, size))
            .thenComparing(JmhResult::mode)
            .thenComparingDouble(r -> sizeOrZero(r, size)));
    return sorted;
  }

  /** The chart's series: results with a size parameter, grouped by everything but the size. */
  static List<Series> of(List<JmhResult> results, SizeParam size) {
    Map<String, List<JmhResult>> groups = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (JmhResult r : ordered(results, size)) {
      if (Double.isNaN(size.of(r.params()))) {
        continue;
      }
      String others = otherParams(r, size);
      String label = others.isEmpty() ? r.shortName() : r.shortName() + " " + others;
      String key = r.benchmark() + '\u0000' + others + '\u0000' + r.mode();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
      labels.put(key, label);
    }
    Map<String, Integer> labelCount = new HashMap<>();
    labels.values().forEach(l -> labelCount.merge(l, 1, Integer::sum));
    List<Series> series = new ArrayList<>();
    for (Map.Entry<String, List<JmhResult>> group : groups.entrySet()) {
      String label = labels.get(group.getKey());
      if (labelCount.get(label) > 1) {
        label += " (" + group.getValue().get(0).mode() + ")";
      }
      series.add(new Series(label, List.copyOf(group.getValue())));
    }
    return series;
  }

  /** The size parameter first, then the others by name: {@code employees=1000, strategy=greedy}. */
  static String paramsText(Map<String, String> params, SizeParam size) {
    String sizeName = size.nameIn(params);
    StringBuilder sb = new StringBuilder();
    if (sizeName != null) {
      sb.append(sizeName).append('=').append(params.get(sizeName));
    }
    for (Map.Entry<String, String> p : new TreeMap<>(params).entrySet()) {
      if (p.getKey().equals(sizeName)) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(p.getKey()).append('=').append(p.getValue());
    }
    return sb.toString();
  }

  /** The parameters other than the size, by name. */
  static String otherParams(JmhResult r, SizeParam size) {
    String sizeName = size.nameIn(r.params());
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> p : new TreeMap<>(r.params()).entrySet()) {
      if (p.getKey().equals(sizeName)) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(p.getKey()).append('=').append(p.getValue());
    }
    return sb.toString();
  }

  private static double sizeOrZero(JmhResult r, SizeParam size) {
    double s = size.of(r.params());
    return Double.isNaN(s) ? 0 : s;
  }
}
