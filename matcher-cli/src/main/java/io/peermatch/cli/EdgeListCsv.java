package io.peermatch.cli;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
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
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString(), bipartite);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file");
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  static Instance read(Reader reader, String name, boolean bipartite) throws IOException {
    String a = bipartite ? "left" : "u";
    String b = bipartite ? "right" : "v";
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();
    Map<String, Integer> left = new LinkedHashMap<>();
    Map<String, Integer> right = bipartite ? new LinkedHashMap<>() : left;
    List<int[]> ends = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> header = parser.getHeaderNames();
      for (String column : List.of(a, b, "weight")) {
        if (!header.contains(column)) {
          throw new IllegalArgumentException(
              name
                  + ": missing column '"
                  + column
                  + "' (expected header "
                  + a
                  + ","
                  + b
                  + ",weight; found: "
                  + String.join(",", header)
                  + ")");
        }
      }
      for (CSVRecord record : parser) {
        long line = record.getRecordNumber() + 1;
        if (!record.isConsistent()) {
          throw new IllegalArgumentException(
              name
                  + " line "
                  + line
                  + ": expected "
                  + header.size()
                  + " fields but found "
                  + record.size());
        }
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
    } catch (UncheckedIOException | IllegalStateException e) {
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
