package io.peermatch.api;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a strategy measured about its own run.
 *
 * @param strategy the strategy's name
 * @param solveNanos wall time of the strategy itself, in nanoseconds
 * @param candidateNanos wall time of building the candidate graph, in nanoseconds
 * @param candidateEdges the number of candidate pairs considered
 * @param iterations the strategy's own count of main-loop steps (proposals, augmentations, ...)
 * @param values further named figures, such as a dual bound or an approximation ratio, sorted by
 *     name
 */
public record Diagnostics(
    String strategy,
    long solveNanos,
    long candidateNanos,
    long candidateEdges,
    long iterations,
    Map<String, Double> values) {

  /** Copies the values. */
  public Diagnostics {
    Objects.requireNonNull(strategy, "strategy");
    values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  /** Solve time in milliseconds. */
  public double solveMillis() {
    return solveNanos / 1e6;
  }
}
