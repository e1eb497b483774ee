package io.peermatch.core.kernel;

import io.peermatch.api.Diagnostic;
import io.peermatch.core.kernel.stable.StableMarriageMatching;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link MarriageKernel} returns.
 *
 * @param matching the stable matching found
 * @param iterations the kernel's own count of steps (proposals, or rotations of the lattice)
 * @param diagnostics typed figures: {@link Diagnostic.DeferredAcceptance} for deferred acceptance,
 *     {@link Diagnostic.SexEquality} for the balanced kernel
 */
public record MarriageResult(
    StableMarriageMatching matching, long iterations, List<Diagnostic> diagnostics) {

  /** Copies the figures. */
  public MarriageResult {
    Objects.requireNonNull(matching, "matching");
    diagnostics = List.copyOf(diagnostics);
  }

  /** The first figure of the given kind, if any. */
  public <T extends Diagnostic> java.util.Optional<T> find(Class<T> kind) {
    for (Diagnostic d : diagnostics) {
      if (kind.isInstance(d)) {
        return java.util.Optional.of(kind.cast(d));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * The figures as named numbers, in order: {@code left_proposes} (1 or 0) for deferred acceptance,
   * {@code exact} (1 or 0) and {@code sex_equality_cost} for the balanced kernel. A view of {@link
   * #diagnostics()}.
   */
  public Map<String, Double> values() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Diagnostic d : diagnostics) {
      out.putAll(d.asValues());
    }
    return Collections.unmodifiableMap(out);
  }
}
