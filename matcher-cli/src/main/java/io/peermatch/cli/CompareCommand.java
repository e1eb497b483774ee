package io.peermatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peermatch.api.Diagnostics;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.MatchingStatus;
import io.peermatch.api.Participant;
import io.peermatch.core.CandidateSelection;
import io.peermatch.core.Evaluation;
import io.peermatch.core.EvaluationOptions;
import io.peermatch.core.GroupOptions;
import io.peermatch.core.Grouping;
import io.peermatch.core.MatchOptions;
import io.peermatch.core.Metrics;
import io.peermatch.core.PeerMatch;
import io.peermatch.core.PreparedProblem;
import io.peermatch.core.Strategy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code peermatch compare}: several strategies on the same people and the same candidate pairs,
 * one row of metrics each; a narrow table by default, every metric with {@code --metrics all}.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Runs strategies on the same people and the same candidate pairs and prints one row of"
          + " metrics per strategy: by default a table of the main columns (time, pairs, coverage"
          + " or capacity fill, relevance, blocking pairs, cross-department rate, price of"
          + " diversity) that fits a terminal; --metrics for more.",
      "With --sweep, runs diversity-seeking for each value of lambda instead: the"
          + " relevance/diversity trade-off curve. With --groups, compares groupings of one pool"
          + " instead. With --report, also writes an HTML report with charts (for --groups: the"
          + " figures, group sizes, diversity and the groups)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  peermatch compare --synthetic 20000 --seed 1",
      "  peermatch compare --input examples/org.csv --rules examples/rules.yaml \\",
      "      --report report.html",
      "  peermatch compare --input org.csv --strategies greedy,max-weight \\",
      "      --metrics all --out metrics.csv",
      "  peermatch compare --synthetic 5000 --sweep lambda=0:1:0.1 --format csv",
      ""
    })
final class CompareCommand implements Callable<Integer> {

  /** The values of λ a report's trade-off curve uses when no {@code --sweep} is given. */
  static final double[] REPORT_LAMBDAS = {0.0, 0.25, 0.5, 0.75, 1.0};

  @Spec CommandSpec spec;

  @Mixin PeopleOptions people = new PeopleOptions();

  @Mixin RuleOptions ruleOptions = new RuleOptions();

  @Mixin ShapeOptions shape = new ShapeOptions();

  @Mixin PairingOptions pairing = new PairingOptions();

  @Mixin OutputOptions output = new OutputOptions();

  @Option(
      names = "--strategies",
      split = ",",
      paramLabel = "NAME",
      description = "Strategies to compare (default: every strategy that supports the problem).")
  List<String> strategies;

  @Option(
      names = "--metrics",
      split = ",",
      paramLabel = "NAME",
      description =
          "Metric columns: 'all', or names such as size,coverage,rank_mean (default: the main"
              + " columns in a table, all in csv and json).")
  List<String> metrics;

  @Option(
      names = "--sweep",
      paramLabel = "lambda=FROM:TO:STEP",
      description =
          "Instead of comparing strategies, run diversity-seeking for each lambda in the range"
              + " (for example lambda=0:1:0.1): the relevance/diversity trade-off curve.")
  String sweep;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description =
          "Also write a self-contained HTML report with charts (opens offline; no script).")
  Path report;

  @Option(
      names = "--groups",
      split = ",",
      paramLabel = "SIZE[@LAMBDA]",
      description =
          "Instead of strategies, compare groupings of one pool: a size S or range MIN-MAX, each"
              + " optionally with @LAMBDA (for example 4,4@1,3-5@0.2); one row of group metrics"
              + " each (and with --report, a report of the groupings).")
  List<String> groups;

  @Option(
      names = "--time-limit",
      defaultValue = "3",
      paramLabel = "SECONDS",
      description = "With --groups, the search time of each grouping (default: ${DEFAULT-VALUE}).")
  double timeLimit;

  /** The group metrics compared side by side, in this order (those present). */
  static final List<String> GROUP_METRICS =
      List.of(
          "groups",
          "coverage",
          "unplaced",
          "relevance_total",
          "relevance_pair_mean",
          "cross_department_rate",
          "groups_crossing_department",
          "blau_department",
          "cross_location_rate",
          "blau_location",
          "objective",
          "gap");

  @Override
  public Integer call() throws Exception {
    OutputOptions.Format format = output.format();
    if (groups != null) {
      return compareGroups(format);
    }
    output.check(
        AtomicOutput.named("--input", people.file(), "--rules", ruleOptions.file),
        AtomicOutput.named("--report", report),
        false);
    double[] lambdas = sweep == null ? null : LambdaSweep.parse(sweep);
    if (lambdas != null && strategies != null) {
      throw new IllegalArgumentException(
          "--sweep runs diversity-seeking only; it cannot be combined with --strategies");
    }
    List<Strategy> chosen = new ArrayList<>();
    if (lambdas == null) {
      for (String name : strategies == null ? Strategy.labels() : strategies) {
        Strategy s = Strategy.of(name.trim());
        if (chosen.contains(s)) {
          // The same strategy twice would print two identical rows (or two timings of one).
          throw new IllegalArgumentException(
              "--strategies lists '" + s.label() + "' twice; give each strategy once");
        }
        chosen.add(s);
      }
    }
    int reportRuns = report == null ? 0 : (lambdas != null ? 0 : REPORT_LAMBDAS.length);
    PeerMatchCommand root = (PeerMatchCommand) spec.root().userObject();
    try (Progress progress =
        Progress.start(
            "compare",
            4 + 2 * ((lambdas != null ? lambdas.length : chosen.size()) + reportRuns),
            output.quiet ? null : root.terminal())) {
      progress.phase("reading people");
      People everyone = people.read();
      if (lambdas != null) {
        everyone.requireDiversity(People.DIVERSITY, "--sweep");
      } else if (strategies != null && chosen.contains(Strategy.DIVERSITY_SEEKING)) {
        everyone.requireDiversity(People.DIVERSITY, "--strategies diversity-seeking");
      }
      Rules rules = ruleOptions.rules(everyone);
      MatchingProblem problem =
          Problems.build(
              everyone, rules, shape.pool, shape.scoring(), pairing.trios, people.seed());
      if (strategies == null) {
        chosen.removeIf(s -> !s.supports(problem.kind()));
      }
      int runs = lambdas != null ? lambdas.length : chosen.size();
      progress.phases(4 + 2 * (runs + reportRuns));
      progress.phase("preparing candidates");
      MatchOptions matchOptions = pairing.matchOptions();
      PreparedProblem prepared = PeerMatch.prepare(problem, matchOptions);
      List<String> selected = selectedMetrics(prepared, format);

      progress.phase("max-weight (reference)");
      int reuse = lambdas == null ? chosen.indexOf(Strategy.MAX_WEIGHT) : -1;
      Matching reference = prepared.match(Strategy.MAX_WEIGHT);
      EvaluationOptions measure = EvaluationOptions.DEFAULTS.withReference(reference);
      List<ReportCharts.Run> rows = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        String label =
            lambdas == null ? chosen.get(i).label() : "lambda=" + Formats.number(lambdas[i]);
        progress.phase(label);
        Matching matching =
            lambdas != null
                ? prepared.match(Strategy.DIVERSITY_SEEKING, matchOptions.withLambda(lambdas[i]))
                : i == reuse ? reference : prepared.match(chosen.get(i));
        progress.phase("evaluating " + label);
        rows.add(
            new ReportCharts.Run(
                label, Evaluation.evaluate(prepared, matching, measure), matching));
      }
      List<ReportCharts.Run> curve = rows;
      if (report != null && lambdas == null) {
        curve = new ArrayList<>();
        for (double lambda : REPORT_LAMBDAS) {
          String label = "lambda=" + Formats.number(lambda);
          progress.phase("trade-off " + label);
          Matching matching =
              prepared.match(Strategy.DIVERSITY_SEEKING, matchOptions.withLambda(lambda));
          progress.phase("evaluating " + label);
          curve.add(
              new ReportCharts.Run(
                  label, Evaluation.evaluate(prepared, matching, measure), matching));
        }
      }
      progress.phase("writing");
      String title =
          String.format(
              Locale.ROOT,
              "%d people%s, %d candidate pairs (%s, %.0f ms)",
              problem.size(),
              rules.skipped().isEmpty() ? "" : " (" + rules.skipped().size() + " skipped)",
              prepared.candidateGraph().edgeCount(),
              prepared.exactCandidates()
                  ? "exact"
                  : prepared.options().candidateSelection() == CandidateSelection.BALANCED
                      ? "balanced top-K"
                      : "nearest top-K",
              prepared.candidateNanos() / 1e6);
      if (format == OutputOptions.Format.JSON) {
        String json = json(problem.size(), prepared, rows, selected);
        output.write(w -> w.write(json + "\n"), spec.commandLine().getOut());
      } else {
        output.write(table(rows, selected, format, title), spec.commandLine().getOut());
      }
      if (report != null) {
        List<ReportCharts.Run> heat = heatMapRuns(rows);
        HtmlReport.write(
            report,
            spec.commandLine().getOut(),
            new HtmlReport.Content(
                "PeerMatch: " + (lambdas == null ? "strategies compared" : "the trade-off curve"),
                facts(everyone, rules, problem, prepared),
                table(rows, null, OutputOptions.Format.TABLE, title),
                rows,
                curve,
                heat,
                prepared));
      }
    }
    return 0;
  }

  /** {@code --groups}: one grouping per specification, one row of group metrics each. */
  private int compareGroups(OutputOptions.Format format) {
    if (strategies != null || sweep != null) {
      throw new IllegalArgumentException(
          "--groups compares groupings; it cannot be combined with --strategies or --sweep");
    }
    if (!(timeLimit > 0) || timeLimit > 86_400) {
      throw new IllegalArgumentException(
          "--time-limit must be in (0, 86400] seconds but was " + timeLimit);
    }
    List<String> labels = new ArrayList<>();
    List<GroupOptions> variants = new ArrayList<>();
    for (String given : groups) {
      String text = given.trim();
      int at = text.indexOf('@');
      int[] range = GroupingSolver.range(at < 0 ? text : text.substring(0, at));
      GroupOptions o =
          GroupOptions.ofSizes(range[0], range[1])
              .withTimeLimit(Duration.ofMillis(Math.max(1, Math.round(timeLimit * 1000))));
      if (at >= 0) {
        double lambda;
        try {
          lambda = Double.parseDouble(text.substring(at + 1).trim());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "--groups lambda must be a number in [0, 1] but was '" + given + "'");
        }
        if (!(lambda >= 0 && lambda <= 1)) {
          throw new IllegalArgumentException(
              "--groups lambda must be a number in [0, 1] but was '" + given + "'");
        }
        o = o.withLambda(lambda);
      }
      labels.add(text);
      variants.add(o);
    }
    output.check(
        AtomicOutput.named("--input", people.file(), "--rules", ruleOptions.file),
        AtomicOutput.named("--report", report),
        false);
    PeerMatchCommand root = (PeerMatchCommand) spec.root().userObject();
    try (Progress progress =
        Progress.start(
            "compare",
            2 + variants.size() + (report != null ? 1 : 0),
            output.quiet ? null : root.terminal())) {
      progress.phase("reading people");
      People everyone = people.read();
      Rules rules = ruleOptions.rules(everyone);
      MatchingProblem problem =
          GroupsCommand.poolProblem(rules.participants(everyone), rules, people.seed());
      List<Table.Column> columns = new ArrayList<>();
      columns.add(Table.Column.of("options"));
      columns.add(Table.Column.of("lambda", Table.Style.EXACT));
      columns.add(Table.Column.of("time_ms", Table.Style.MILLIS));
      List<Map<String, Double>> measured = new ArrayList<>();
      List<Double> millis = new ArrayList<>();
      List<String> present = new ArrayList<>();
      List<GroupReport.Run> runs = new ArrayList<>();
      for (int i = 0; i < variants.size(); i++) {
        progress.phase(labels.get(i));
        long start = System.nanoTime();
        Grouping grouping = PeerMatch.groups(problem, variants.get(i));
        millis.add((System.nanoTime() - start) / 1e6);
        Metrics metrics = Evaluation.evaluate(problem, grouping, EvaluationOptions.DEFAULTS);
        runs.add(new GroupReport.Run(labels.get(i), grouping, metrics, 0));
        Map<String, Double> values = new java.util.LinkedHashMap<>(metrics.asMap());
        values.put("objective", grouping.objective());
        values.put("gap", grouping.gap());
        measured.add(values);
      }
      for (String name : GROUP_METRICS) {
        if (measured.stream().allMatch(m -> m.containsKey(name))) {
          present.add(name);
          columns.add(Table.Column.of(name, Table.Style.COMPACT));
        }
      }
      String heading =
          String.format(
              Locale.ROOT,
              "%d people in groups%s",
              problem.size(),
              rules.skipped().isEmpty() ? "" : " (" + rules.skipped().size() + " skipped)");
      Table table = new Table(columns).title(heading);
      for (int i = 0; i < variants.size(); i++) {
        Object[] row = new Object[columns.size()];
        row[0] = labels.get(i);
        row[1] = variants.get(i).lambda();
        row[2] = millis.get(i);
        for (int c = 0; c < present.size(); c++) {
          row[3 + c] = measured.get(i).get(present.get(c));
        }
        table.row(row);
      }
      progress.phase("writing");
      output.write(table, spec.commandLine().getOut());
      if (report != null) {
        progress.phase("writing the report");
        GroupReport.write(
            report,
            spec.commandLine().getOut(),
            new GroupReport.Content(
                "PeerMatch: groupings compared",
                List.of(
                    heading + " from " + everyone.origin(),
                    "Each grouping: a size S or range MIN-MAX and its lambda (the share of"
                        + " relevance; the rest is diversity), "
                        + Formats.number(timeLimit)
                        + " s of search each"),
                runs,
                false,
                everyone.byId()));
      }
    }
    return 0;
  }

  /** The facts a report starts with. */
  static List<String> facts(
      People everyone, Rules rules, MatchingProblem problem, PreparedProblem prepared) {
    List<String> facts = new ArrayList<>();
    facts.add(peopleFact(everyone, rules, problem));
    facts.add(
        String.format(
            Locale.ROOT,
            "%d candidate pairs (%s), built in %.0f ms",
            prepared.candidateGraph().edgeCount(),
            prepared.exactCandidates() ? "every allowed pair" : "top-K per person",
            prepared.candidateNanos() / 1e6));
    facts.add(rulesFact(rules, problem));
    return facts;
  }

  /** Who a report is about: how many people, from where, skipped, one pool or two sides. */
  static String peopleFact(People everyone, Rules rules, MatchingProblem problem) {
    return String.format(
        Locale.ROOT,
        "%d people from %s%s; %s",
        everyone.size(),
        everyone.origin(),
        rules.skipped().isEmpty() ? "" : ", " + rules.skipped().size() + " skipped",
        problem.isPool()
            ? "one pool"
            : problem.left().size() + " mentors and " + problem.right().size() + " mentees");
  }

  /** The rules a report's result keeps, by name, and where they came from. */
  static String rulesFact(Rules rules, MatchingProblem problem) {
    List<String> names = new ArrayList<>();
    problem.constraints().forEach(c -> names.add(c.name()));
    return "Rules: "
        + (names.isEmpty() ? "none" : String.join(", ", new LinkedHashSet<>(names)))
        + (rules.file() == null ? "" : " (from " + rules.file() + " and the options)");
  }

  /** Two heat maps tell the story best: max-weight against diversity-seeking, or the ends. */
  static List<ReportCharts.Run> heatMapRuns(List<ReportCharts.Run> rows) {
    List<ReportCharts.Run> out = new ArrayList<>();
    for (String label : List.of("max-weight", "diversity-seeking")) {
      rows.stream().filter(r -> r.label().equals(label)).findFirst().ifPresent(out::add);
    }
    if (out.isEmpty() && !rows.isEmpty()) {
      out.add(rows.get(0));
      if (rows.size() > 1) {
        out.add(rows.get(rows.size() - 1));
      }
    }
    return out;
  }

  /**
   * The metric columns: those of {@code --metrics} (checked against the names the evaluation gives,
   * so a typo fails before any strategy runs), every metric ({@code all}), or null for the default
   * (the main columns in a table, every metric in csv and json).
   */
  private List<String> selectedMetrics(PreparedProblem prepared, OutputOptions.Format format) {
    if (metrics == null) {
      return format == OutputOptions.Format.TABLE ? null : List.of("all");
    }
    if (metrics.size() == 1 && metrics.get(0).trim().equals("all")) {
      return List.of("all");
    }
    List<String> known = metricNames(prepared);
    List<String> out = new ArrayList<>();
    for (String m : metrics) {
      String name = m.trim();
      if (name.equals("all")) {
        throw new IllegalArgumentException(
            "--metrics all means every metric; give it alone, not with other names");
      }
      if (out.contains(name)) {
        throw new IllegalArgumentException(
            "--metrics lists '" + Texts.shorten(name) + "' twice; give each metric once");
      }
      if (!known.contains(name)) {
        throw new IllegalArgumentException(
            "unknown metric '"
                + name
                + "' in --metrics; metrics here are: all, "
                + String.join(", ", known));
      }
      out.add(name);
    }
    return out;
  }

  /** The metrics {@link Evaluation} gives on this problem, found on the empty matching. */
  static List<String> metricNames(PreparedProblem prepared) {
    List<String> everyone = new ArrayList<>();
    for (Participant p : prepared.problem().participants()) {
      everyone.add(p.id());
    }
    Matching empty =
        new Matching(
            MatchingStatus.OK,
            List.of(),
            everyone,
            0.0,
            new Diagnostics("none", 0, 0, 0, 0, Map.of()));
    return Evaluation.evaluate(prepared, empty, EvaluationOptions.DEFAULTS.withReference(empty))
        .names();
  }

  /** The narrow default: header, then the metric each column shows. */
  private static List<Table.Column> defaultColumns(Metrics m) {
    List<Table.Column> columns = new ArrayList<>();
    columns.add(new Table.Column("size", "pairs", Table.Style.PLAIN));
    String coverage = ReportCharts.coverageMetric(m);
    columns.add(
        new Table.Column(
            coverage,
            coverage.equals("coverage") ? "coverage" : "capacity fill",
            Table.Style.COMPACT));
    columns.add(new Table.Column("relevance_total", "relevance", Table.Style.COMPACT));
    columns.add(
        new Table.Column(
            m.has("blocking_pairs_own_views") ? "blocking_pairs_own_views" : "blocking_pairs",
            "blocking",
            Table.Style.PLAIN));
    columns.add(new Table.Column("cross_department_rate", "cross-dept", Table.Style.COMPACT));
    columns.add(new Table.Column("price_of_diversity", "price of div.", Table.Style.COMPACT));
    return columns;
  }

  static Table table(
      List<ReportCharts.Run> rows,
      List<String> selected,
      OutputOptions.Format format,
      String title) {
    List<Table.Column> columns = new ArrayList<>();
    columns.add(Table.Column.of("strategy"));
    columns.add(
        new Table.Column(
            "solve_ms",
            format == OutputOptions.Format.TABLE ? "ms" : "solve_ms",
            Table.Style.MILLIS));
    List<Table.Column> metricColumns = new ArrayList<>();
    boolean narrow = selected == null;
    if (!rows.isEmpty()) {
      Metrics first = rows.get(0).metrics();
      if (narrow) {
        for (Table.Column c : defaultColumns(first)) {
          if (first.has(c.name())) {
            metricColumns.add(c);
          }
        }
      } else {
        List<String> names = selected.equals(List.of("all")) ? first.names() : selected;
        for (String name : names) {
          metricColumns.add(Table.Column.of(name, Table.Style.COMPACT));
        }
      }
    }
    columns.addAll(metricColumns);
    Table table = new Table(columns).title(title);
    for (ReportCharts.Run r : rows) {
      Object[] cells = new Object[columns.size()];
      cells[0] = r.label();
      cells[1] = r.matching().diagnostics().solveMillis();
      for (int c = 0; c < metricColumns.size(); c++) {
        String name = metricColumns.get(c).name();
        if (r.metrics().has(name)) {
          cells[c + 2] = r.metrics().get(name);
        }
      }
      table.row(cells);
    }
    if (narrow) {
      if (metricColumns.stream().anyMatch(c -> c.header().equals("blocking"))) {
        table.note(
            "blocking: pairs who would both rather meet each other"
                + (metricColumns.stream().anyMatch(c -> c.name().endsWith("own_views"))
                    ? " (each by their own view)"
                    : ""));
      }
      table.note("price of div.: relevance / max-weight's relevance; ms: solve time");
      table.note("every metric: --metrics all; a choice: --metrics a,b,c");
    }
    return table;
  }

  private static String json(
      int people, PreparedProblem prepared, List<ReportCharts.Run> rows, List<String> selected)
      throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("people", people);
    ObjectNode candidates = root.putObject("candidates");
    candidates.put("edges", prepared.candidateGraph().edgeCount());
    candidates.put("exact", prepared.exactCandidates());
    candidates.put("build_ms", round(prepared.candidateNanos() / 1e6));
    ArrayNode list = root.putArray("strategies");
    for (ReportCharts.Run row : rows) {
      ObjectNode node = list.addObject();
      node.put("strategy", row.label());
      node.put("solve_ms", round(row.matching().diagnostics().solveMillis()));
      ObjectNode metrics = node.putObject("metrics");
      for (Map.Entry<String, Double> e : row.metrics().asMap().entrySet()) {
        if (selected == null || selected.equals(List.of("all")) || selected.contains(e.getKey())) {
          metrics.put(e.getKey(), e.getValue());
        }
      }
    }
    return mapper.writeValueAsString(root);
  }

  private static double round(double x) {
    return Math.round(x * 1000.0) / 1000.0;
  }
}
