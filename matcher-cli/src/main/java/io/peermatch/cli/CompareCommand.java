package io.peermatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.core.Evaluation;
import io.peermatch.core.EvaluationOptions;
import io.peermatch.core.MatchOptions;
import io.peermatch.core.Metrics;
import io.peermatch.core.PeerMatch;
import io.peermatch.core.PreparedProblem;
import io.peermatch.core.Strategy;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code peermatch compare}: several strategies on the same people and the same candidate graph,
 * one row of metrics each.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Runs strategies on the same people and prints one row of metrics per strategy.")
final class CompareCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  PeopleSource source;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--strategies",
      split = ",",
      paramLabel = "NAME",
      description = "Strategies to compare (default: every strategy that supports the problem).")
  List<String> strategies;

  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "FORMAT",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--sweep",
      paramLabel = "lambda=FROM:TO:STEP",
      description =
          "Instead of comparing strategies, run diversity-seeking for each lambda in the range"
              + " (for example lambda=0:1:0.1): the relevance/diversity trade-off curve.")
  String sweep;

  @Mixin ProblemOptions problemOptions = new ProblemOptions();

  @Override
  public Integer call() throws Exception {
    if (!format.equals("table") && !format.equals("json") && !format.equals("csv")) {
      throw new IllegalArgumentException(
          "unknown format '" + format + "'; formats are: table, csv, json");
    }
    double[] lambdas = sweep == null ? null : LambdaSweep.parse(sweep);
    MatchOptions matchOptions = problemOptions.matchOptions();
    // One row per run: a strategy with the shared options, or diversity-seeking with one lambda.
    List<Strategy> chosen = new ArrayList<>();
    if (lambdas != null) {
      for (int i = 0; i < lambdas.length; i++) {
        chosen.add(Strategy.DIVERSITY_SEEKING);
      }
    } else {
      for (String name : strategies == null ? Strategy.labels() : strategies) {
        chosen.add(Strategy.of(name.trim()));
      }
    }
    List<Participant> people = source.read(seed);
    MatchingProblem problem = problemOptions.build(people, seed, source.origin());
    if (strategies == null && lambdas == null) {
      chosen.removeIf(s -> !s.supports(problem.kind()));
    }
    PreparedProblem prepared = PeerMatch.prepare(problem, matchOptions);
    Matching reference = prepared.match(Strategy.MAX_WEIGHT);
    EvaluationOptions options = EvaluationOptions.DEFAULTS.withReference(reference);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      Strategy strategy = chosen.get(i);
      Matching matching =
          lambdas == null
              ? prepared.match(strategy)
              : prepared.match(strategy, matchOptions.withLambda(lambdas[i]));
      String label = lambdas == null ? strategy.label() : "lambda=" + Formats.number(lambdas[i]);
      rows.add(
          new Row(
              label,
              matching.diagnostics().solveMillis(),
              Evaluation.evaluate(prepared, matching, options)));
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "json" -> out.println(json(people.size(), prepared, rows));
      case "csv" -> printCsv(out, rows);
      default -> printTable(out, people.size(), prepared, rows);
    }
    return 0;
  }

  private record Row(String strategy, double solveMillis, Metrics metrics) {}

  private static String json(int people, PreparedProblem prepared, List<Row> rows)
      throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("people", people);
    ObjectNode candidates = root.putObject("candidates");
    candidates.put("edges", prepared.candidateGraph().edgeCount());
    candidates.put("exact", prepared.exactCandidates());
    candidates.put("build_ms", round(prepared.candidateNanos() / 1e6));
    ArrayNode list = root.putArray("strategies");
    for (Row row : rows) {
      ObjectNode node = list.addObject();
      node.put("strategy", row.strategy());
      node.put("solve_ms", round(row.solveMillis()));
      ObjectNode metrics = node.putObject("metrics");
      for (Map.Entry<String, Double> e : row.metrics().asMap().entrySet()) {
        metrics.put(e.getKey(), e.getValue());
      }
    }
    return mapper.writeValueAsString(root);
  }

  private static double round(double x) {
    return Math.round(x * 1000.0) / 1000.0;
  }

  private static List<String> header(List<Row> rows) {
    List<String> header = new ArrayList<>(List.of("strategy", "solve_ms"));
    if (!rows.isEmpty()) {
      header.addAll(rows.get(0).metrics().names());
    }
    return header;
  }

  private static List<List<String>> cells(List<String> header, List<Row> rows) {
    List<List<String>> cells = new ArrayList<>();
    for (Row row : rows) {
      List<String> line = new ArrayList<>();
      line.add(row.strategy());
      line.add(String.format(java.util.Locale.ROOT, "%.1f", row.solveMillis()));
      for (String name : header.subList(2, header.size())) {
        line.add(row.metrics().has(name) ? Formats.compact(row.metrics().get(name)) : "");
      }
      cells.add(line);
    }
    return cells;
  }

  private static void printCsv(PrintWriter out, List<Row> rows) {
    List<String> header = header(rows);
    out.println(String.join(",", header));
    for (List<String> line : cells(header, rows)) {
      out.println(String.join(",", line));
    }
  }

  private static void printTable(
      PrintWriter out, int people, PreparedProblem prepared, List<Row> rows) {
    out.printf(
        "%d people, %d candidate pairs (%s, %.0f ms)%n%n",
        people,
        prepared.candidateGraph().edgeCount(),
        prepared.exactCandidates() ? "exact" : "top-K",
        prepared.candidateNanos() / 1e6);
    List<String> header = header(rows);
    List<List<String>> cells = cells(header, rows);
    int[] width = new int[header.size()];
    for (int c = 0; c < header.size(); c++) {
      width[c] = header.get(c).length();
      for (List<String> line : cells) {
        width[c] = Math.max(width[c], line.get(c).length());
      }
    }
    out.println(format(header, width));
    for (List<String> line : cells) {
      out.println(format(line, width));
    }
  }

  private static String format(List<String> cells, int[] width) {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        sb.append("  ");
      }
      String cell = cells.get(c);
      if (c == 0) {
        sb.append(cell).append(" ".repeat(width[c] - cell.length()));
      } else {
        sb.append(" ".repeat(width[c] - cell.length())).append(cell);
      }
    }
    return sb.toString().stripTrailing();
  }
}
