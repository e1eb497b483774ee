package io.peermatch.core.kernel;

import io.peermatch.api.MatchingStatus;
import java.util.Map;

/**
 * What a kernel returns: the chosen edges of the graph it was given, and what it measured.
 *
 * @param edges chosen edge ids
 * @param status {@link MatchingStatus#OK} unless the kernel reports otherwise
 * @param iterations the kernel's own count of main-loop steps
 * @param values further named figures (a dual bound, an approximation ratio, ...)
 */
public record KernelResult(
    int[] edges, MatchingStatus status, long iterations, Map<String, Double> values) {

  /** A plain result. */
  public static KernelResult of(int[] edges, long iterations) {
    return new KernelResult(edges, MatchingStatus.OK, iterations, Map.of());
  }
}
