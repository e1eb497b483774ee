package io.peermatch.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named metric values of one matching, in a stable order (the order of {@link Evaluation}'s
 * javadoc). Immutable and thread-safe.
 */
public final class Metrics {

  private final Map<String, Double> values;

  Metrics(LinkedHashMap<String, Double> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The value of metric {@code name}. */
  public double get(String name) {
    Double v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException(
          "unknown metric '" + name + "'; metrics are: " + String.join(", ", values.keySet()));
    }
    return v;
  }

  /** Whether metric {@code name} was computed. */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The metric names in order. */
  public List<String> names() {
    return List.copyOf(values.keySet());
  }

  /** The values by name, in order. */
  public Map<String, Double> asMap() {
    return values;
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
