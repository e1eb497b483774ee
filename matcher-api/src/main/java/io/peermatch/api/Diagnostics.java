package io.peermatch.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a strategy measured about its own run: its timings and counts, and its typed figures ({@link
 * Diagnostic}: certificates, bounds, stability reports). Immutable and thread-safe.
 *
 * <pre>{@code
 * Optional<Diagnostic.DualBound> bound = matching.diagnostics().find(Diagnostic.DualBound.class);
 * double solveMs = matching.diagnostics().timings().solveMillis();
 * }</pre>
 *
 * @param strategy the strategy's name
 * @param solveNanos wall time of the strategy itself, in nanoseconds
 * @param candidateNanos wall time of building the candidate graph, in nanoseconds
 * @param candidateEdges the number of candidate pairs considered
 * @param iterations the strategy's own count of main-loop steps (proposals, augmentations, ...)
 * @param figures the typed figures, in the order the strategy reported them
 */
public record Diagnostics(
    String strategy,
    long solveNanos,
    long candidateNanos,
    long candidateEdges,
    long iterations,
    List<Diagnostic> figures) {

  /** Copies the figures. */
  public Diagnostics {
    Objects.requireNonNull(strategy, "strategy");
    figures = List.copyOf(figures);
  }

  /**
   * Diagnostics from named numbers only, each a {@link Diagnostic.Figure} (in name order): for
   * hand-made matchings and tests.
   */
  public Diagnostics(
      String strategy,
      long solveNanos,
      long candidateNanos,
      long candidateEdges,
      long iterations,
      Map<String, Double> values) {
    this(strategy, solveNanos, candidateNanos, candidateEdges, iterations, figuresOf(values));
  }

  private static List<Diagnostic> figuresOf(Map<String, Double> values) {
    List<Diagnostic> out = new ArrayList<>();
    for (Map.Entry<String, Double> e : new TreeMap<>(values).entrySet()) {
      out.add(new Diagnostic.Figure(e.getKey(), e.getValue()));
    }
    return out;
  }

  /** The first figure of the given kind, if the strategy reported one. */
  public <T extends Diagnostic> Optional<T> find(Class<T> kind) {
    for (Diagnostic d : figures) {
      if (kind.isInstance(d)) {
        return Optional.of(kind.cast(d));
      }
    }
    return Optional.empty();
  }

  /**
   * Every figure flattened to named numbers, sorted by name: a view for reports and JSON, built
   * from {@link #figures()} ({@link Diagnostic#asValues()}); flags read 1 or 0 here. Read typed
   * values with {@link #find(Class)}.
   */
  public Map<String, Double> values() {
    Map<String, Double> out = new TreeMap<>();
    for (Diagnostic d : figures) {
      out.putAll(d.asValues());
    }
    return Collections.unmodifiableMap(out);
  }

  /** The timings of the run. */
  public Timings timings() {
    return new Timings(candidateNanos, solveNanos);
  }

  /** Solve time in milliseconds. */
  public double solveMillis() {
    return solveNanos / 1e6;
  }

  /**
   * Wall times of a run, in nanoseconds.
   *
   * @param candidateNanos building the candidate graph (shared by every strategy run on one
   *     prepared problem)
   * @param solveNanos the strategy itself, from the residual graph to its chosen pairs
   */
  public record Timings(long candidateNanos, long solveNanos) {

    /** Candidate generation in milliseconds. */
    public double candidateMillis() {
      return candidateNanos / 1e6;
    }

    /** The strategy in milliseconds. */
    public double solveMillis() {
      return solveNanos / 1e6;
    }
  }
}
