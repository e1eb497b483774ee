package io.peermatch.core.kernel;

import io.peermatch.api.Diagnostic;
import io.peermatch.api.MatchingStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a kernel returns: the chosen edges of the graph it was given, and what it measured.
 *
 * @param edges chosen edge ids
 * @param status {@link MatchingStatus#OK}, or {@link MatchingStatus#DEADLINE_REACHED} when a
 *     deadline stopped the kernel with the best matching it had
 * @param iterations the kernel's own count of main-loop steps
 * @param diagnostics typed figures (a dual bound, an upper bound, an approximation ratio, ...)
 */
public record KernelResult(
    int[] edges, MatchingStatus status, long iterations, List<Diagnostic> diagnostics) {

  /** Copies the figures. */
  public KernelResult {
    diagnostics = List.copyOf(diagnostics);
  }

  /** A plain result. */
  public static KernelResult of(int[] edges, long iterations) {
    return new KernelResult(edges, MatchingStatus.OK, iterations, List.of());
  }

  /** A result whose figures are named numbers only ({@link Diagnostic.Figure}s). */
  public static KernelResult of(
      int[] edges, MatchingStatus status, long iterations, Map<String, Double> values) {
    List<Diagnostic> figures = new ArrayList<>();
    for (Map.Entry<String, Double> e : new TreeMap<>(values).entrySet()) {
      figures.add(new Diagnostic.Figure(e.getKey(), e.getValue()));
    }
    return new KernelResult(edges, status, iterations, figures);
  }

  /**
   * The figures flattened to named numbers, sorted by name: a view ({@link Diagnostic#asValues}).
   */
  public Map<String, Double> values() {
    Map<String, Double> out = new TreeMap<>();
    for (Diagnostic d : diagnostics) {
      out.putAll(d.asValues());
    }
    return Collections.unmodifiableMap(out);
  }
}
