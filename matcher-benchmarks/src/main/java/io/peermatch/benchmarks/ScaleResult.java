package io.peermatch.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One forked scale run: what ran, how long each phase took, how much heap it needed and whether it
 * finished. Times are wall-clock milliseconds (-1 when the phase did not run); bytes are -1 when
 * unknown. Travels from the child JVM to {@link ScaleRun} as one tab-separated line.
 *
 * @param shape {@code mentoring} (two-sided) or {@code pool} (one pool of capacity 1)
 * @param strategy the registry name
 * @param people the size of the synthetic organisation
 * @param heap the {@code -Xmx} value the run had, e.g. {@code 4g}
 * @param edges candidate graph edges
 * @param pairs pairs of the matching
 * @param capacityFill pairs / the pairs the capacities allow ({@code capacity_fill}); -1 unknown
 * @param graphRecall recall@K of the candidate graph against an exact reference for a sample of
 *     people; -1 when not measured
 * @param searchRecall recall@K of one person's own search on the same sample; -1 when not measured
 * @param generateMs generating the organisation and building the problem
 * @param candidatesMs compiling and building the candidate graph
 * @param strategyMs matching, explanations included
 * @param evaluationMs every metric
 * @param peakBytes the peak heap occupancy (see {@link HeapPeak})
 * @param afterGcBytes the largest heap left after a collection (see {@link HeapPeak})
 * @param gcLogMaxBytes the largest heap before a collection in the JVM's {@code -Xlog:gc} file
 * @param gcMs time spent in collections
 * @param status {@code ok}, {@code out-of-memory in <phase>}, {@code unsupported: ...}, {@code
 *     timeout after N s} or {@code failed ...}
 */
record ScaleResult(
    String shape,
    String strategy,
    int people,
    String heap,
    long edges,
    long pairs,
    double capacityFill,
    double graphRecall,
    double searchRecall,
    long generateMs,
    long candidatesMs,
    long strategyMs,
    long evaluationMs,
    long peakBytes,
    long afterGcBytes,
    long gcLogMaxBytes,
    long gcMs,
    String status) {

  static final String PREFIX = "SCALE-RESULT";

  /** A run that produced no result line. */
  static ScaleResult missing(String shape, String strategy, int people, String heap, String why) {
    return new ScaleResult(
        shape, strategy, people, heap, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, why);
  }

  boolean ok() {
    return status.equals("ok");
  }

  boolean outOfMemory() {
    return status.startsWith("out-of-memory");
  }

  /**
   * Candidates + strategy + evaluation: the run after the organisation exists; -1 if unfinished.
   */
  long totalMs() {
    if (candidatesMs < 0 || strategyMs < 0 || evaluationMs < 0) {
      return -1;
    }
    return candidatesMs + strategyMs + evaluationMs;
  }

  /** This result with the recall of another run of the same shape (the graph is the same). */
  ScaleResult withRecall(double graph, double search) {
    return new ScaleResult(
        shape,
        strategy,
        people,
        heap,
        edges,
        pairs,
        capacityFill,
        graph,
        search,
        generateMs,
        candidatesMs,
        strategyMs,
        evaluationMs,
        peakBytes,
        afterGcBytes,
        gcLogMaxBytes,
        gcMs,
        status);
  }

  /** This result with another status and GC-log figure (set by the parent). */
  ScaleResult with(String newStatus, long newGcLogMaxBytes) {
    return new ScaleResult(
        shape,
        strategy,
        people,
        heap,
        edges,
        pairs,
        capacityFill,
        graphRecall,
        searchRecall,
        generateMs,
        candidatesMs,
        strategyMs,
        evaluationMs,
        peakBytes,
        afterGcBytes,
        newGcLogMaxBytes,
        gcMs,
        newStatus);
  }

  /** The line the child prints: the prefix, then {@code key=value} fields separated by tabs. */
  String toLine() {
    StringBuilder b = new StringBuilder(PREFIX);
    fields().forEach((k, v) -> b.append('\t').append(k).append('=').append(clean(v)));
    return b.toString();
  }

  private Map<String, String> fields() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("shape", shape);
    f.put("strategy", strategy);
    f.put("people", Integer.toString(people));
    f.put("heap", heap);
    f.put("edges", Long.toString(edges));
    f.put("pairs", Long.toString(pairs));
    f.put("capacityFill", Double.toString(capacityFill));
    f.put("graphRecall", Double.toString(graphRecall));
    f.put("searchRecall", Double.toString(searchRecall));
    f.put("generateMs", Long.toString(generateMs));
    f.put("candidatesMs", Long.toString(candidatesMs));
    f.put("strategyMs", Long.toString(strategyMs));
    f.put("evaluationMs", Long.toString(evaluationMs));
    f.put("peakBytes", Long.toString(peakBytes));
    f.put("afterGcBytes", Long.toString(afterGcBytes));
    f.put("gcLogMaxBytes", Long.toString(gcLogMaxBytes));
    f.put("gcMs", Long.toString(gcMs));
    f.put("status", status);
    return f;
  }

  private static String clean(String v) {
    return v.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  /**
   * Parses a line made by {@link #toLine}.
   *
   * @throws IllegalArgumentException if the line is not a result line or lacks a field
   */
  static ScaleResult parse(String line) {
    String[] parts = line.split("\t");
    if (!parts[0].equals(PREFIX)) {
      throw new IllegalArgumentException("not a scale result line: '" + line + "'");
    }
    Map<String, String> f = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("field " + i + " has no '=' in '" + line + "'");
      }
      f.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
    }
    return new ScaleResult(
        field(f, "shape"),
        field(f, "strategy"),
        Integer.parseInt(field(f, "people")),
        field(f, "heap"),
        Long.parseLong(field(f, "edges")),
        Long.parseLong(field(f, "pairs")),
        Double.parseDouble(field(f, "capacityFill")),
        Double.parseDouble(field(f, "graphRecall")),
        Double.parseDouble(field(f, "searchRecall")),
        Long.parseLong(field(f, "generateMs")),
        Long.parseLong(field(f, "candidatesMs")),
        Long.parseLong(field(f, "strategyMs")),
        Long.parseLong(field(f, "evaluationMs")),
        Long.parseLong(field(f, "peakBytes")),
        Long.parseLong(field(f, "afterGcBytes")),
        Long.parseLong(field(f, "gcLogMaxBytes")),
        Long.parseLong(field(f, "gcMs")),
        field(f, "status"));
  }

  private static String field(Map<String, String> f, String name) {
    String v = f.get(name);
    if (v == null) {
      throw new IllegalArgumentException("scale result line lacks field '" + name + "'");
    }
    return v;
  }
}
