package io.peermatch.api;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Factories of {@link Constraint}s that read like sentences:
 *
 * <pre>{@code
 * Constraints.differentValue("team")                 // never two people of the same team
 * Constraints.sameValue("timezone")                  // only people in the same time zone
 * Constraints.notPairedWithinLastRounds(4, history)  // no repeat within four rounds
 * Constraints.forbidden(IdPair.of("ana", "ben"))     // an administrator's veto
 * Constraints.pinned(IdPair.of("cai", "dee"))        // an administrator's decision
 * Constraints.minimumScore(0.2)                      // no pointless meetings
 * Constraints.prefer(Constraints.differentValue("department"), 0.1) // a bonus for crossing silos
 * Constraints.rule("not in the same reporting line",                // an organisation's own rule
 *     (a, b) -> !reportingLine(a).contains(b.id()) && !reportingLine(b).contains(a.id()))
 * Constraints.bonus("shared guild", (a, b) -> sameGuild(a, b) ? 0.2 : 0.0, 0.2) // its own bonus
 * }</pre>
 */
public final class Constraints {

  /**
   * The largest magnitude of a weight that a user gives: a preference's weight, a blend's weight, a
   * custom bonus's maximum and each of its values (1e12). A pair's weight sums a handful of them
   * and a matching's objective up to a billion pairs, so with this limit every sum stays far below
   * the 1e100 that a candidate graph takes and never reaches infinity; a larger weight fails when
   * the constraint or scoring is made, naming it and the value.
   */
  public static final double MAX_WEIGHT = 1e12;

  private Constraints() {}

  /** The two must differ in {@code attribute} (for example never the same team or manager). */
  public static Constraint.DifferentValue differentValue(String attribute) {
    return new Constraint.DifferentValue(attribute);
  }

  /** The two must share {@code attribute} (for example the same location or time zone). */
  public static Constraint.SameValue sameValue(String attribute) {
    return new Constraint.SameValue(attribute);
  }

  /**
   * The two must not have met in the last {@code rounds} rounds of {@code history}.
   *
   * @throws IllegalArgumentException if {@code rounds < 0}
   */
  public static Constraint.NotPairedWithin notPairedWithinLastRounds(int rounds, History history) {
    return new Constraint.NotPairedWithin(rounds, history);
  }

  /** The given pairs must never meet. */
  public static Constraint.ForbiddenPairs forbidden(IdPair... pairs) {
    return new Constraint.ForbiddenPairs(new LinkedHashSet<>(Arrays.asList(pairs)));
  }

  /** The given pairs must never meet. */
  public static Constraint.ForbiddenPairs forbidden(Collection<IdPair> pairs) {
    return new Constraint.ForbiddenPairs(new LinkedHashSet<>(pairs));
  }

  /** The given pairs must meet; two-sided pairs are (left id, right id). */
  public static Constraint.PinnedPairs pinned(IdPair... pairs) {
    return new Constraint.PinnedPairs(List.of(pairs));
  }

  /** The given pairs must meet; two-sided pairs are (left id, right id). */
  public static Constraint.PinnedPairs pinned(Collection<IdPair> pairs) {
    return new Constraint.PinnedPairs(List.copyOf(pairs));
  }

  /** A pair's relevance must be at least {@code minimum}. */
  public static Constraint.MinimumScore minimumScore(double minimum) {
    return new Constraint.MinimumScore(minimum);
  }

  /**
   * An organisation's own hard rule: a pair meets only when {@code predicate} holds. The name shows
   * in messages (and in explanations when the rule is used as a preference).
   *
   * <pre>{@code
   * Constraints.rule("not in the same reporting line",
   *     (a, b) -> !a.id().equals(b.attributes().get("manager"))
   *         && !b.id().equals(a.attributes().get("manager")))
   * }</pre>
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public static Constraint.CustomRule rule(String name, PairPredicate predicate) {
    return new Constraint.CustomRule(name, predicate);
  }

  /**
   * An organisation's own soft bonus: {@code scorer(a, b)}, at most {@code maximum}, is added to
   * the weight of every candidate pair and shown in its explanation under {@code name} when not 0.
   *
   * <pre>{@code
   * Constraints.bonus("shared guild", (a, b) -> guild(a).equals(guild(b)) ? 0.2 : 0.0, 0.2)
   * }</pre>
   *
   * @throws IllegalArgumentException if the name is blank or the maximum negative or not finite
   */
  public static Constraint.CustomBonus bonus(String name, PairScorer scorer, double maximum) {
    return new Constraint.CustomBonus(name, scorer, maximum);
  }

  /** A soft preference: {@code weight} is added to every pair for which {@code rule} holds. */
  public static Constraint.Preference prefer(Constraint.PairRule rule, double weight) {
    return new Constraint.Preference(rule, weight);
  }
}
