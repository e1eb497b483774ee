package io.peermatch.cli;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Raw weighted instances: {@code left,right,weight} (assignment, bipartite) or {@code u,v,weight}
 * (general, one pool). Ids are strings, numbered in order of first appearance (the left and right
 * sides of an assignment are separate name spaces). A pair listed twice keeps its heavier weight;
 * pairs are merged as they are read.
 */
final class EdgeListCsv {

  /** The most distinct ids on one side (or in the pool): the people limit of the command. */
  static final int MAX_IDS = Limits.MAX_PEOPLE;

  /** A parsed instance: the graph and the id of every vertex. */
  record Instance(CandidateGraph graph, List<String> ids) {}

  private EdgeListCsv() {}

  static Instance read(Path file, boolean bipartite) {
    return CsvInput.read(file, sheet -> read(sheet, bipartite));
  }

  static Instance read(CsvInput.Sheet sheet, boolean bipartite) {
    String name = sheet.name();
    String a = bipartite ? "left" : "u";
    String b = bipartite ? "right" : "v";
    Map<String, Integer> left = new LinkedHashMap<>();
    Map<String, Integer> right = bipartite ? new LinkedHashMap<>() : left;
    sheet.requireColumns(List.of(a, b, "weight"));
    int aColumn = sheet.column(a);
    int bColumn = sheet.column(b);
    int weightColumn = sheet.column("weight");
    // Pairs are merged while reading (the heavier weight counts), so that a file repeating one
    // pair ten million times takes the memory of one pair.
    PairTable pairs = new PairTable();
    for (CsvInput.Row row : sheet) {
      long line = row.line();
      String x = row.get(aColumn);
      String y = row.get(bColumn);
      if (x.isEmpty() || y.isEmpty()) {
        throw new IllegalArgumentException(
            name + " line " + line + ": empty id in column " + (x.isEmpty() ? a : b));
      }
      if (!bipartite && x.equals(y)) {
        throw new IllegalArgumentException(
            name
                + " line "
                + line
                + ": self-pair: '"
                + Texts.shorten(x)
                + "' is paired with itself");
      }
      double w = weight(row.get(weightColumn), name, line);
      int xi = id(left, x, name, line);
      int yi = id(right, y, name, line);
      if (!bipartite && xi > yi) {
        int t = xi;
        xi = yi;
        yi = t;
      }
      if (!pairs.put(xi, yi, w)) {
        throw new IllegalArgumentException(
            name
                + " line "
                + line
                + ": more than "
                + PairTable.MAX_PAIRS
                + " distinct pairs, the most an edge list may have");
      }
    }
    int offset = bipartite ? left.size() : 0;
    CandidateGraphBuilder builder =
        bipartite
            ? CandidateGraphBuilder.bipartite(left.size(), right.size())
            : CandidateGraphBuilder.general(left.size());
    for (int i = 0; i < pairs.size(); i++) {
      builder.addEdge(pairs.u(i), pairs.v(i) + offset, pairs.weight(i));
    }
    List<String> ids = new ArrayList<>(left.keySet());
    if (bipartite) {
      ids.addAll(right.keySet());
    }
    return new Instance(builder.build(), ids);
  }

  private static int id(Map<String, Integer> ids, String id, String name, long line) {
    Integer known = ids.get(id);
    if (known != null) {
      return known;
    }
    Texts.requireNoControl(id, name + " line " + line + ": ");
    if (ids.size() >= MAX_IDS) {
      throw new IllegalArgumentException(
          name + " line " + line + ": more than " + MAX_IDS + " distinct ids on one side");
    }
    ids.put(id, ids.size());
    return ids.size() - 1;
  }

  private static double weight(String text, String name, long line) {
    double w;
    try {
      w = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " line " + line + ": weight is not a number: '" + Texts.shorten(text) + "'");
    }
    if (!Double.isFinite(w)) {
      throw new IllegalArgumentException(
          name + " line " + line + ": weight must be finite but was " + Texts.shorten(text));
    }
    if (!Texts.isDecimal(text)) {
      throw new IllegalArgumentException(
          name
              + " line "
              + line
              + ": weight is not a decimal number: '"
              + Texts.shorten(text)
              + "' (digits, a point, an exponent)");
    }
    if (Math.abs(w) > CandidateGraph.MAX_WEIGHT) {
      throw new IllegalArgumentException(
          name
              + " line "
              + line
              + ": weight must be at most 1e100 in magnitude (so that sums stay finite) but was "
              + Texts.shorten(text));
    }
    return w;
  }
}
