package io.peermatch.cli;

import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.Trio;
import io.peermatch.core.Metrics;
import io.peermatch.core.PreparedProblem;
import io.peermatch.core.graph.CandidateGraph;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's charts, drawn by XChart: metrics per strategy, the relevance/diversity trade-off,
 * the distribution of partners' ranks, the department-to-department heat map of pairs, and coverage
 * by department. Numbers on the axes are formatted in the ROOT locale.
 */
final class ReportCharts {

  /** One matching to show: its label (a strategy, or a value of λ), metrics and pairs. */
  record Run(String label, Metrics metrics, Matching matching) {}

  static final String DEPARTMENT = "department";
  static final int MAX_DEPARTMENTS = 16;
  static final int WIDTH = 1100;

  private static final String[] RANK_BUCKETS = {"1", "2", "3", "4", "5", "6-10", "11-20", "21+"};

  private static final Color[] PALETTE = {
    new Color(0x1f77b4),
    new Color(0xff7f0e),
    new Color(0x2ca02c),
    new Color(0xd62728),
    new Color(0x9467bd),
    new Color(0x8c564b),
    new Color(0xe377c2),
    new Color(0x7f7f7f),
    new Color(0xbcbd22),
    new Color(0x17becf),
    new Color(0x393b79),
    new Color(0xad494a)
  };

  private ReportCharts() {}

  /** The metric a "coverage" chart shows: capacity fill when the metrics have it. */
  static String coverageMetric(Metrics metrics) {
    return metrics.has("capacity_fill") ? "capacity_fill" : "coverage";
  }

  /** The diversity the trade-off chart plots: crossing departments, else another attribute. */
  static String diversityMetric(Metrics metrics) {
    for (String name :
        List.of("cross_department_rate", "cross_location_rate", "cross_seniority_rate")) {
      if (metrics.has(name)) {
        return name;
      }
    }
    return null;
  }

  static CategoryChart metrics(List<Run> runs) {
    List<String> names = new ArrayList<>();
    if (!runs.isEmpty()) {
      Metrics first = runs.get(0).metrics();
      names.add(coverageMetric(first));
      for (String n :
          List.of(
              "price_of_diversity",
              "cross_department_rate",
              "department_pair_entropy",
              "blau_department")) {
        if (first.has(n)) {
          names.add(n);
        }
      }
    }
    List<Metrics> metrics = new ArrayList<>();
    runs.forEach(r -> metrics.add(r.metrics()));
    return shares(
        "Metrics per strategy (each between 0 and 1)",
        runs.stream().map(Run::label).toList(),
        metrics,
        names);
  }

  /**
   * Metrics between 0 and 1 side by side: one group of bars per label (a strategy, a round, a
   * grouping), one bar per metric name; a metric a run lacks counts 0.
   */
  static CategoryChart shares(
      String title, List<String> labels, List<Metrics> metrics, List<String> names) {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(440)
            .title(title)
            .xAxisTitle("")
            .yAxisTitle("value")
            .build();
    style(chart);
    chart
        .getStyler()
        .setYAxisMin(0.0)
        .setYAxisMax(1.0)
        .setXAxisLabelRotation(labels.size() > 6 ? 20 : 0);
    for (String name : names) {
      List<Double> values = new ArrayList<>();
      for (Metrics m : metrics) {
        values.add(m.has(name) ? m.get(name) : 0.0);
      }
      chart.addSeries(name, labels, values);
    }
    if (names.isEmpty() || labels.isEmpty()) {
      chart.addSeries("none", List.of("no matching"), List.of(0.0));
    }
    return chart;
  }

  /**
   * Counts as bars: one category per entry of {@code categories}, one series per entry of {@code
   * series} with {@code values[series][category]} (group sizes per round, repeats per round).
   */
  static CategoryChart bars(
      String title,
      String xTitle,
      String yTitle,
      List<String> categories,
      List<String> series,
      double[][] values) {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(420)
            .title(title)
            .xAxisTitle(xTitle)
            .yAxisTitle(yTitle)
            .build();
    style(chart);
    chart.getStyler().setYAxisMin(0.0).setYAxisDecimalPattern("#,##0");
    for (int s = 0; s < series.size(); s++) {
      List<Double> ys = new ArrayList<>();
      for (double v : values[s]) {
        ys.add(v);
      }
      chart.addSeries(series.get(s), categories, ys);
    }
    if (series.isEmpty() || categories.isEmpty()) {
      chart.addSeries("none", List.of("none"), List.of(0.0));
    }
    return chart;
  }

  /**
   * Relevance kept (price of diversity) against the share of pairs that cross departments: the
   * sweep of λ as a curve, the strategies as points.
   */
  static XYChart tradeOff(List<Run> sweep, List<Run> runs) {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(520)
            .title(
                "Relevance against diversity: diversity-seeking from \u03bb = 0 to 1, and each"
                    + " strategy")
            .xAxisTitle("share of pairs crossing departments")
            .yAxisTitle("relevance kept (1 = max-weight)")
            .build();
    style(chart);
    String diversity = null;
    for (Run r : sweep.isEmpty() ? runs : sweep) {
      diversity = diversityMetric(r.metrics());
      break;
    }
    if (diversity == null || !hasPrice(sweep) && !hasPrice(runs)) {
      chart.setTitle("Relevance against diversity: no department attribute to measure");
      chart.addSeries("no data", new double[] {0}, new double[] {0});
      return chart;
    }
    if (!diversity.equals("cross_department_rate")) {
      chart.setXAxisTitle(
          "share of pairs crossing " + diversity.substring(6, diversity.length() - 5));
    }
    if (!sweep.isEmpty()) {
      double[] x = new double[sweep.size()];
      double[] y = new double[sweep.size()];
      for (int i = 0; i < sweep.size(); i++) {
        x[i] = value(sweep.get(i), diversity);
        y[i] = value(sweep.get(i), "price_of_diversity");
      }
      XYSeries s = chart.addSeries("diversity-seeking, \u03bb from 0 to 1", x, y);
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      // Label the points of the curve, skipping those too close to the last one labelled.
      double spanX = range(x);
      double spanY = range(y);
      int last = -1;
      for (int i = 0; i < sweep.size(); i++) {
        boolean far =
            last < 0
                || Math.abs(x[i] - x[last]) > 0.08 * spanX
                || Math.abs(y[i] - y[last]) > 0.08 * spanY;
        if (far || i == sweep.size() - 1) {
          String label = sweep.get(i).label().replace("lambda=", "\u03bb ");
          chart.addAnnotation(new AnnotationText(label, x[i], y[i] + 0.035 * spanY, false));
          last = i;
        }
      }
    }
    int color = 1;
    for (Run r : runs) {
      if (!r.metrics().has("price_of_diversity") || !r.metrics().has(diversity)) {
        continue;
      }
      XYSeries s =
          chart.addSeries(
              r.label(),
              new double[] {value(r, diversity)},
              new double[] {value(r, "price_of_diversity")});
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      s.setMarker(SeriesMarkers.DIAMOND);
      s.setMarkerColor(PALETTE[color++ % PALETTE.length]);
    }
    return chart;
  }

  private static double range(double[] values) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return max > min ? max - min : 1.0;
  }

  private static boolean hasPrice(List<Run> runs) {
    return runs.stream().anyMatch(r -> r.metrics().has("price_of_diversity"));
  }

  private static double value(Run r, String metric) {
    return r.metrics().has(metric) ? r.metrics().get(metric) : 0.0;
  }

  /**
   * The share of partners at each rank of the person's own candidate list (1 = their best candidate
   * by pair weight), over both ends of every pair.
   */
  static CategoryChart ranks(List<Run> runs, PreparedProblem prepared) {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(440)
            .title("Partners' ranks: where each partner stood in the person's own candidate list")
            .xAxisTitle("rank of the partner (1 = the person's best candidate)")
            .yAxisTitle("share of people's partners")
            .build();
    style(chart);
    chart.getStyler().setYAxisMin(0.0);
    CandidateGraph graph = prepared.candidateGraph();
    Map<String, Integer> index = index(prepared.problem());
    for (Run r : runs) {
      double[] counts = new double[RANK_BUCKETS.length];
      long ends = 0;
      for (MatchedPair pair : r.matching().pairs()) {
        int a = index.get(pair.first());
        int b = index.get(pair.second());
        int e = graph.edgeBetween(a, b);
        double w = e >= 0 ? graph.weight(e) : pair.weight();
        for (int x : new int[] {a, b}) {
          counts[bucket(Outcomes.rank(graph, x, w))]++;
          ends++;
        }
      }
      List<Double> shares = new ArrayList<>();
      for (double c : counts) {
        shares.add(ends == 0 ? 0.0 : c / ends);
      }
      chart.addSeries(r.label(), List.of(RANK_BUCKETS), shares);
    }
    if (runs.isEmpty()) {
      chart.addSeries(
          "none", List.of(RANK_BUCKETS), List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0));
    }
    return chart;
  }

  private static int bucket(int rank) {
    if (rank <= 5) {
      return rank - 1;
    }
    if (rank <= 10) {
      return 5;
    }
    return rank <= 20 ? 6 : 7;
  }

  /**
   * The departments to show, largest first: at most {@link #MAX_DEPARTMENTS}, the rest as "other";
   * people without one as "(none)".
   */
  static List<String> departments(PreparedProblem prepared) {
    Map<String, Integer> size = new HashMap<>();
    for (Participant p : prepared.problem().participants()) {
      size.merge(department(p), 1, Integer::sum);
    }
    List<String> sorted = new ArrayList<>(size.keySet());
    sorted.sort(
        Comparator.comparing((String d) -> -size.get(d)).thenComparing(Comparator.naturalOrder()));
    if (sorted.size() > MAX_DEPARTMENTS) {
      sorted = new ArrayList<>(sorted.subList(0, MAX_DEPARTMENTS - 1));
      sorted.add("other");
    }
    return sorted;
  }

  private static String department(Participant p) {
    return p.attributes().getOrDefault(DEPARTMENT, "(none)");
  }

  private static int column(List<String> departments, Participant p) {
    int i = departments.indexOf(department(p));
    return i >= 0 ? i : departments.size() - 1;
  }

  /**
   * Pairs by the departments of their two people: mentor's department across, mentee's up (a pool
   * counts each pair in both cells).
   */
  static HeatMapChart departmentPairs(Run run, PreparedProblem prepared, List<String> departments) {
    MatchingProblem problem = prepared.problem();
    HeatMapChart chart =
        new HeatMapChartBuilder()
            .width(WIDTH)
            .height(Math.max(420, 150 + 26 * departments.size()))
            .title("Pairs between departments: " + run.label())
            .xAxisTitle(problem.isPool() ? "department" : "mentor's department")
            .yAxisTitle(problem.isPool() ? "department" : "mentee's department")
            .build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotBackgroundColor(Color.WHITE);
    chart.getStyler().setLocale(Locale.ROOT);
    chart.getStyler().setXAxisLabelRotation(35);
    chart.getStyler().setShowValue(true);
    chart.getStyler().setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    chart.getStyler().setHeatMapValueDecimalPattern("#");
    chart
        .getStyler()
        .setRangeColors(
            new Color[] {new Color(0xf7fbff), new Color(0x6baed6), new Color(0x08306b)});
    chart.getStyler().setBaseFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    Map<String, Participant> byId = new HashMap<>();
    problem.participants().forEach(p -> byId.put(p.id(), p));
    int d = departments.size();
    long[][] count = new long[d][d];
    for (MatchedPair pair : run.matching().pairs()) {
      int x = column(departments, byId.get(pair.first()));
      int y = column(departments, byId.get(pair.second()));
      count[x][y]++;
      if (problem.isPool() && x != y) {
        count[y][x]++;
      }
    }
    List<Number[]> cells = new ArrayList<>();
    for (int x = 0; x < d; x++) {
      for (int y = 0; y < d; y++) {
        cells.add(new Number[] {x, y, count[x][y]});
      }
    }
    chart.addSeries("pairs", departments, departments, cells);
    return chart;
  }

  /** The share of each department's people who have a partner, per run. */
  static CategoryChart coverageByDepartment(
      List<Run> runs, PreparedProblem prepared, List<String> departments) {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(460)
            .title("Coverage by department: share of each department's people with a partner")
            .xAxisTitle("")
            .yAxisTitle("share matched")
            .build();
    style(chart);
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setXAxisLabelRotation(30);
    MatchingProblem problem = prepared.problem();
    Map<String, Participant> byId = new HashMap<>();
    int[] people = new int[departments.size()];
    for (Participant p : problem.participants()) {
      byId.put(p.id(), p);
      people[column(departments, p)]++;
    }
    for (Run r : runs) {
      Map<String, Boolean> matched = new LinkedHashMap<>();
      for (MatchedPair pair : r.matching().pairs()) {
        matched.put(pair.first(), true);
        matched.put(pair.second(), true);
      }
      for (Trio t : r.matching().trios()) {
        matched.put(t.joiner(), true);
      }
      int[] covered = new int[departments.size()];
      for (String id : matched.keySet()) {
        covered[column(departments, byId.get(id))]++;
      }
      List<Double> shares = new ArrayList<>();
      for (int i = 0; i < departments.size(); i++) {
        shares.add(people[i] == 0 ? 0.0 : (double) covered[i] / people[i]);
      }
      chart.addSeries(r.label(), departments, shares);
    }
    return chart;
  }

  private static Map<String, Integer> index(MatchingProblem problem) {
    Map<String, Integer> index = new HashMap<>();
    List<Participant> participants = problem.participants();
    for (int i = 0; i < participants.size(); i++) {
      index.put(participants.get(i).id(), i);
    }
    return index;
  }

  private static void style(Chart<? extends AxesChartStyler, ?> chart) {
    AxesChartStyler s = chart.getStyler();
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderVisible(false);
    s.setPlotGridLinesColor(new Color(0xdddddd));
    s.setPlotGridLinesStroke(new BasicStroke(0.6f));
    s.setLegendPosition(Styler.LegendPosition.OutsideE);
    s.setLegendBorderColor(Color.WHITE);
    s.setSeriesColors(PALETTE);
    s.setLocale(Locale.ROOT);
    s.setYAxisDecimalPattern("0.00");
    s.setBaseFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    s.setChartTitleBoxVisible(false);
    s.setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
  }
}
