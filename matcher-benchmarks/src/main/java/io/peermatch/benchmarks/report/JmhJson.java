package io.peermatch.benchmarks.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the files JMH writes with {@code -rf json -rff FILE}. */
final class JmhJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JmhJson() {}

  /** The results of one file, in the file's order, with the raw JSON array for merging. */
  record Parsed(List<JmhResult> results, ArrayNode raw) {}

  static Parsed read(Path file) throws ReportException {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new ReportException(file + ": no such file");
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new ReportException(file + ": not JMH JSON (invalid JSON" + where + ")");
    } catch (IOException e) {
      throw new ReportException(file + ": cannot read (" + e.getMessage() + ")");
    }
    if (root == null || root.isMissingNode()) {
      throw new ReportException(file + ": not JMH JSON (the file is empty)");
    }
    if (!root.isArray()) {
      throw new ReportException(file + ": not JMH JSON (expected an array of benchmark results)");
    }
    if (root.isEmpty()) {
      throw new ReportException(file + ": holds no benchmark results");
    }
    List<JmhResult> results = new ArrayList<>(root.size());
    for (int i = 0; i < root.size(); i++) {
      results.add(result(file, i, root.get(i)));
    }
    return new Parsed(results, (ArrayNode) root);
  }

  private static JmhResult result(Path file, int index, JsonNode node) throws ReportException {
    String benchmark = text(file, index, node, "benchmark");
    String mode = text(file, index, node, "mode");
    JsonNode primary = node.path("primaryMetric");
    double score = number(file, index, primary.get("score"), "primaryMetric.score");
    JsonNode errorNode = primary.get("scoreError");
    double error = errorNode == null ? Double.NaN : number(file, index, errorNode, "scoreError");
    String unit = primary.path("scoreUnit").asText("");
    Unit parsed = Unit.parse(unit);
    if (parsed == null) {
      throw new ReportException(
          file + ": unknown score unit '" + unit + "' in result " + index + " (" + benchmark + ")");
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.path("params").properties()) {
      params.put(field.getKey(), field.getValue().asText());
    }
    return new JmhResult(
        benchmark,
        mode,
        params,
        score * parsed.factor,
        error * parsed.factor,
        parsed.throughput,
        allocation(node.path("secondaryMetrics")),
        node.path("jmhVersion").asText(""));
  }

  /** JMH 1.37 names it {@code gc.alloc.rate.norm}; older versions prefix a middle dot. */
  private static double allocation(JsonNode secondary) {
    for (String name : new String[] {"gc.alloc.rate.norm", "·gc.alloc.rate.norm"}) {
      JsonNode metric = secondary.get(name);
      if (metric != null && "B/op".equals(metric.path("scoreUnit").asText())) {
        return asDouble(metric.get("score"));
      }
    }
    return Double.NaN;
  }

  private static String text(Path file, int index, JsonNode node, String field)
      throws ReportException {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw new ReportException(
          file + ": not JMH JSON (result " + index + " has no \"" + field + "\")");
    }
    return value.asText();
  }

  private static double number(Path file, int index, JsonNode value, String field)
      throws ReportException {
    double d = asDouble(value);
    if (value == null || (Double.isNaN(d) && !"NaN".equals(value.asText()))) {
      throw new ReportException(
          file + ": not JMH JSON (result " + index + " has no numeric " + field + ")");
    }
    return d;
  }

  /** JMH writes NaN and infinities as strings. */
  private static double asDouble(JsonNode value) {
    if (value == null) {
      return Double.NaN;
    }
    if (value.isNumber()) {
      return value.asDouble();
    }
    if (value.isTextual()) {
      try {
        return Double.parseDouble(value.asText());
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    return Double.NaN;
  }

  /** A JMH score unit: time per operation (to milliseconds) or throughput (to ops per second). */
  private record Unit(double factor, boolean throughput) {

    static Unit parse(String unit) {
      int slash = unit.indexOf('/');
      if (slash < 0) {
        return null;
      }
      String left = unit.substring(0, slash);
      String right = unit.substring(slash + 1);
      if (right.equals("op")) {
        double ms = millis(left);
        return Double.isNaN(ms) ? null : new Unit(ms, false);
      }
      if (left.equals("ops")) {
        double ms = millis(right);
        return Double.isNaN(ms) ? null : new Unit(1000.0 / ms, true);
      }
      return null;
    }

    /** JMH's names for {@link java.util.concurrent.TimeUnit}s, as milliseconds. */
    private static double millis(String name) {
      return switch (name) {
        case "ns" -> 1e-6;
        case "us" -> 1e-3;
        case "ms" -> 1.0;
        case "s" -> 1e3;
        case "min" -> 60e3;
        case "hr" -> 3600e3;
        case "day" -> 86400e3;
        default -> Double.NaN;
      };
    }
  }
}
