package io.peermatch.cli;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Raw weighted instances: {@code left,right,weight} (assignment, bipartite) or {@code u,v,weight}
 * (general, one pool). Ids are strings, numbered in order of first appearance (the left and right
 * sides of an assignment are separate name spaces). A pair listed twice keeps its heavier weight.
 */
final class EdgeListCsv {

  /** A parsed instance: the graph and the id of every vertex. */
  record Instance(CandidateGraph graph, List<String> ids) {}

  private EdgeListCsv() {}

  static Instance read(Path file, boolean bipartite) {
    return CsvInput.read(file, (reader, name) -> read(reader, name, bipartite));
  }

  static Instance read(Reader reader, String name, boolean bipartite) throws IOException {
    String a = bipartite ? "left" : "u";
    String b = bipartite ? "right" : "v";
    Map<String, Integer> left = new LinkedHashMap<>();
    Map<String, Integer> right = bipartite ? new LinkedHashMap<>() : left;
    List<int[]> ends = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(reader, CsvInput.HEADED)) {
      List<String> header = parser.getHeaderNames();
      CsvInput.requireColumns(header, List.of(a, b, "weight"), name);
      for (CSVRecord record : parser) {
        long line = CsvInput.line(record);
        CsvInput.requireConsistent(record, header, name);
        String x = record.get(a);
        String y = record.get(b);
        if (x.isEmpty() || y.isEmpty()) {
          throw new IllegalArgumentException(name + " line " + line + ": empty id");
        }
        if (!bipartite && x.equals(y)) {
          throw new IllegalArgumentException(
              name + " line " + line + ": self-pair: '" + x + "' is paired with itself");
        }
        double w = weight(record.get("weight"), name, line);
        int xi = left.computeIfAbsent(x, k -> left.size());
        int yi = right.computeIfAbsent(y, k -> right.size());
        ends.add(new int[] {xi, yi});
        weights.add(w);
        lines.add(line);
      }
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      throw new IllegalArgumentException(name + ": malformed CSV: " + e.getMessage());
    }
    int offset = bipartite ? left.size() : 0;
    CandidateGraphBuilder builder =
        bipartite
            ? CandidateGraphBuilder.bipartite(left.size(), right.size())
            : CandidateGraphBuilder.general(left.size());
    for (int i = 0; i < ends.size(); i++) {
      builder.addEdge(ends.get(i)[0], ends.get(i)[1] + offset, weights.get(i));
    }
    List<String> ids = new ArrayList<>(left.keySet());
    if (bipartite) {
      ids.addAll(right.keySet());
    }
    return new Instance(builder.build(), ids);
  }

  private static double weight(String text, String name, long line) {
    double w;
    try {
      w = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " line " + line + ": weight is not a number: '" + text + "'");
    }
    if (!Double.isFinite(w)) {
      throw new IllegalArgumentException(
          name + " line " + line + ": weight must be finite but was " + text);
    }
    return w;
  }
}
