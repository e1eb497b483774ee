package io.peermatch.core;

import io.peermatch.api.History;
import io.peermatch.api.Matching;
import java.util.List;
import java.util.Objects;

/**
 * What to measure beyond the fixed metrics.
 *
 * @param attributes attributes for {@code cross_<attribute>_rate} and {@code blau_<attribute>};
 *     those absent from the problem are skipped
 * @param departmentAttribute the attribute whose pairs {@code department_pair_entropy} counts
 * @param reference the max-weight matching of the same problem, for {@code price_of_diversity};
 *     null to skip it
 * @param history earlier rounds, for {@code repeats}; null to use the problem's own cool-down
 *     history, if any
 */
public record EvaluationOptions(
    List<String> attributes, String departmentAttribute, Matching reference, History history) {

  /** Department, team, location and seniority; no reference; the problem's history. */
  public static final EvaluationOptions DEFAULTS =
      new EvaluationOptions(
          List.of("department", "team", "location", "seniority"), "department", null, null);

  /** Copies the list. */
  public EvaluationOptions {
    attributes = List.copyOf(attributes);
    Objects.requireNonNull(departmentAttribute, "departmentAttribute");
  }

  /** These options with a reference matching for {@code price_of_diversity}. */
  public EvaluationOptions withReference(Matching reference) {
    return new EvaluationOptions(attributes, departmentAttribute, reference, history);
  }

  /** These options with a history for {@code repeats}. */
  public EvaluationOptions withHistory(History history) {
    return new EvaluationOptions(attributes, departmentAttribute, reference, history);
  }
}
