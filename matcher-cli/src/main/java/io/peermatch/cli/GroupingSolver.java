package io.peermatch.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.kernel.grouping.BranchAndBoundGrouping;
import io.peermatch.core.kernel.grouping.GreedyGroupingConstruction;
import io.peermatch.core.kernel.grouping.GroupingInstance;
import io.peermatch.core.kernel.grouping.GroupingOptions;
import io.peermatch.core.kernel.grouping.GroupingResult;
import io.peermatch.core.kernel.grouping.Groupings;
import io.peermatch.core.kernel.grouping.IteratedMaximaSearchGrouping;
import io.peermatch.core.kernel.grouping.SparseLocalSearchGrouping;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code peermatch solve --problem grouping}: a CSV {@code u,v,weight} of pair values (a missing
 * pair counts 0, a pair listed twice keeps its larger value) partitioned into groups of a size or
 * size range, maximising the sum of the values inside groups. Writes {@code status}, {@code groups}
 * (ids, each group sorted in input order), {@code objective}, {@code upper_bound}, {@code gap},
 * {@code solve_ms}, {@code strategy}, {@code iterations}.
 */
final class GroupingSolver {

  static final List<String> METHODS =
      List.of("auto", "exact", "greedy", "iterated-maxima", "sparse-local-search");

  static final String METHODS_TEXT = "auto, exact, greedy, iterated-maxima, sparse-local-search";

  private GroupingSolver() {}

  static void solve(
      Path input, String method, String size, Double timeLimit, long seed, ObjectNode root) {
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException(
          "unknown grouping strategy '" + method + "'; strategies are: " + METHODS_TEXT);
    }
    int[] range = range(size);
    EdgeListCsv.Instance parsed = EdgeListCsv.read(input, false);
    CandidateGraph graph = parsed.graph();
    int n = graph.vertexCount();
    if (n < range[0]) {
      throw new IllegalArgumentException(
          input
              + ": groups of "
              + size
              + " need at least "
              + range[0]
              + " items but there were "
              + n);
    }
    boolean dense =
        method.equals("iterated-maxima")
            || (!method.equals("sparse-local-search") && n <= Groupings.DENSE_LIMIT);
    if (method.equals("iterated-maxima") && n > Groupings.DENSE_LIMIT) {
      throw new IllegalArgumentException(
          "iterated-maxima takes at most " + Groupings.DENSE_LIMIT + " items but there were " + n);
    }
    if (method.equals("exact") && n > BranchAndBoundGrouping.MAX_ITEMS) {
      throw new IllegalArgumentException(
          "exact takes at most " + BranchAndBoundGrouping.MAX_ITEMS + " items but there were " + n);
    }
    GroupingInstance.Builder builder;
    int m = graph.edgeCount();
    if (dense) {
      double[] values = new double[n * n];
      for (int e = 0; e < m; e++) {
        values[graph.u(e) * n + graph.v(e)] = graph.weight(e);
        values[graph.v(e) * n + graph.u(e)] = graph.weight(e);
      }
      builder = GroupingInstance.dense(n, values);
    } else {
      int[] us = new int[m];
      int[] vs = new int[m];
      double[] values = new double[m];
      for (int e = 0; e < m; e++) {
        us[e] = graph.u(e);
        vs[e] = graph.v(e);
        values[e] = graph.weight(e);
      }
      builder = GroupingInstance.sparse(n, us, vs, values);
    }
    if (range[0] == range[1]) {
      builder.groupsOf(range[0]);
    } else {
      builder.groupsOf(range[0], range[1]);
    }
    GroupingInstance instance;
    try {
      instance = builder.build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(input + ": " + e.getMessage());
    }
    GroupingOptions options = GroupingOptions.DEFAULTS.withSeed(seed);
    if (timeLimit != null) {
      if (!(timeLimit > 0) || timeLimit > 86_400) {
        throw new IllegalArgumentException(
            "--time-limit must be in (0, 86400] seconds but was " + timeLimit);
      }
      options = options.withTimeLimit(Duration.ofMillis(Math.max(1, Math.round(timeLimit * 1e3))));
    }
    long start = System.nanoTime();
    GroupingResult result =
        switch (method) {
          case "exact" -> BranchAndBoundGrouping.solve(instance, options);
          case "greedy" -> GreedyGroupingConstruction.solve(instance, options);
          case "iterated-maxima" -> IteratedMaximaSearchGrouping.solve(instance, options);
          case "sparse-local-search" -> SparseLocalSearchGrouping.solve(instance, options);
          default -> Groupings.solve(instance, options);
        };
    double millis = (System.nanoTime() - start) / 1e6;
    root.put("status", result.status().name().toLowerCase(Locale.ROOT));
    ArrayNode groups = root.putArray("groups");
    for (int[] group : result.groups()) {
      int[] members = group.clone();
      Arrays.sort(members);
      ArrayNode g = groups.addArray();
      for (int x : members) {
        g.add(parsed.ids().get(x));
      }
    }
    root.put("objective", result.objective());
    root.put("upper_bound", result.upperBound());
    root.put("gap", result.gap());
    root.put("solve_ms", Math.round(millis * 1000.0) / 1000.0);
    root.put("strategy", method);
    root.put("iterations", result.iterations());
    root.put("items", n);
    root.put("group_count", instance.groupCount());
  }

  /** {@code S} or {@code MIN-MAX}, each in [2, 64]. */
  static int[] range(String size) {
    String text = size.trim();
    int dash = text.indexOf('-', 1);
    int min;
    int max;
    try {
      if (dash > 0) {
        min = Integer.parseInt(text.substring(0, dash).trim());
        max = Integer.parseInt(text.substring(dash + 1).trim());
      } else {
        min = Integer.parseInt(text);
        max = min;
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--size must be a whole number or a range MIN-MAX but was '" + size + "'");
    }
    if (min < 2 || max > 64 || max < min) {
      throw new IllegalArgumentException(
          "--size must be within 2-64 with MIN <= MAX but was '" + size + "'");
    }
    return new int[] {min, max};
  }
}
