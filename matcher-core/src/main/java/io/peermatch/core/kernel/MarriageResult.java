package io.peermatch.core.kernel;

import io.peermatch.core.kernel.stable.StableMarriageMatching;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link MarriageKernel} returns.
 *
 * @param matching the stable matching found
 * @param iterations the kernel's own count of steps (proposals, or rotations of the lattice)
 * @param values further named figures: {@code left_proposes} (1 or 0) for deferred acceptance,
 *     {@code sex_equality_cost} and {@code exact} (1 or 0) for the balanced kernel
 */
public record MarriageResult(
    StableMarriageMatching matching, long iterations, Map<String, Double> values) {

  /** Copies the values, keeping their order. */
  public MarriageResult {
    Objects.requireNonNull(matching, "matching");
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
