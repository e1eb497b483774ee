package io.peermatch.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A rule about who may, must, or had better meet whom. Built with the factories of {@link
 * Constraints}, which read like sentences; each constraint has a {@link #name()} that appears in
 * explanations and error messages.
 *
 * <p>Four kinds:
 *
 * <ul>
 *   <li>a {@link PairRule} is a hard rule: a pair that breaks it is never proposed; an
 *       organisation's own rule is a {@link CustomRule} ({@link Constraints#rule});
 *   <li>{@link PinnedPairs} are pairs an administrator requires; they are matched first and count
 *       against capacities;
 *   <li>a {@link Preference} is soft: it adds its weight (a bonus, or a penalty when negative) to
 *       the weight of every pair for which its rule holds;
 *   <li>a {@link CustomBonus} is soft too: it adds what a user function scores ({@link
 *       Constraints#bonus}).
 * </ul>
 *
 * <p>The built-in rules are compiled to int codes and tested on millions of pairs cheaply; the user
 * functions of {@link CustomRule} and {@link CustomBonus} are called only on candidate pairs (those
 * the skill search proposes), after the built-in rules.
 *
 * <p>An attribute that a participant lacks never equals anything: {@code differentValue} holds and
 * {@code sameValue} fails for such a pair. Immutable and thread-safe.
 */
public sealed interface Constraint
    permits Constraint.PairRule,
        Constraint.PinnedPairs,
        Constraint.Preference,
        Constraint.CustomBonus {

  /** A readable name, such as {@code "different team"}. */
  String name();

  /** A hard rule on a directed pair (first on the left side in a two-sided problem). */
  sealed interface PairRule extends Constraint
      permits DifferentValue, SameValue, NotPairedWithin, ForbiddenPairs, MinimumScore, CustomRule {

    /**
     * Whether the pair may meet; {@code score} is the pair's relevance under the problem's scoring.
     */
    boolean allows(Participant first, Participant second, double score);
  }

  /**
   * The two must differ in {@code attribute}.
   *
   * @param attribute attribute name
   */
  record DifferentValue(String attribute) implements PairRule {
    /** Validates the name. */
    public DifferentValue {
      requireAttribute(attribute);
    }

    @Override
    public String name() {
      return "different " + attribute;
    }

    @Override
    public boolean allows(Participant first, Participant second, double score) {
      String a = first.attributes().get(attribute);
      return a == null || !a.equals(second.attributes().get(attribute));
    }
  }

  /**
   * The two must share {@code attribute}.
   *
   * @param attribute attribute name
   */
  record SameValue(String attribute) implements PairRule {
    /** Validates the name. */
    public SameValue {
      requireAttribute(attribute);
    }

    @Override
    public String name() {
      return "same " + attribute;
    }

    @Override
    public boolean allows(Participant first, Participant second, double score) {
      String a = first.attributes().get(attribute);
      return a != null && a.equals(second.attributes().get(attribute));
    }
  }

  /**
   * The two must not have met in the last {@code rounds} rounds of {@code history}.
   *
   * @param rounds the cool-down, at least 0 (0 allows every pair)
   * @param history earlier rounds
   */
  record NotPairedWithin(int rounds, History history) implements PairRule {
    /** Validates the cool-down. */
    public NotPairedWithin {
      if (rounds < 0) {
        throw new IllegalArgumentException("cool-down must be at least 0 rounds but was " + rounds);
      }
      Objects.requireNonNull(history, "history");
    }

    @Override
    public String name() {
      return "not paired within the last " + rounds + " rounds";
    }

    @Override
    public boolean allows(Participant first, Participant second, double score) {
      return history.roundsAgo(first.id(), second.id()) > rounds;
    }
  }

  /**
   * The listed pairs must not meet (in either order).
   *
   * @param pairs unordered pairs
   */
  record ForbiddenPairs(Set<IdPair> pairs) implements PairRule {
    /** Normalises and copies the pairs. */
    public ForbiddenPairs {
      Set<IdPair> unordered = new LinkedHashSet<>();
      for (IdPair p : pairs) {
        unordered.add(p.unordered());
      }
      pairs = Set.copyOf(unordered);
    }

    @Override
    public String name() {
      return "forbidden pair";
    }

    @Override
    public boolean allows(Participant first, Participant second, double score) {
      return !pairs.contains(IdPair.of(first.id(), second.id()).unordered());
    }
  }

  /**
   * The pair's relevance must be at least {@code minimum}.
   *
   * @param minimum finite
   */
  record MinimumScore(double minimum) implements PairRule {
    /** Validates the bound. */
    public MinimumScore {
      if (!Double.isFinite(minimum)) {
        throw new IllegalArgumentException("minimum score must be finite but was " + minimum);
      }
    }

    @Override
    public String name() {
      return "minimum score " + SkillVector.formatLevel(minimum);
    }

    @Override
    public boolean allows(Participant first, Participant second, double score) {
      return score >= minimum;
    }
  }

  /**
   * Pairs that must be in every matching. In a two-sided problem each pair is (left id, right id).
   *
   * @param pairs the pinned pairs
   */
  record PinnedPairs(List<IdPair> pairs) implements Constraint {
    /** Copies the pairs. */
    public PinnedPairs {
      pairs = List.copyOf(pairs);
    }

    @Override
    public String name() {
      return "pinned pair";
    }
  }

  /**
   * A soft preference: adds {@code weight} to a pair's weight whenever {@code rule} holds.
   *
   * @param rule the condition
   * @param weight at most {@link Constraints#MAX_WEIGHT} in magnitude; negative for a penalty
   */
  record Preference(PairRule rule, double weight) implements Constraint {
    /** Validates the weight. */
    public Preference {
      Objects.requireNonNull(rule, "rule");
      if (!(Math.abs(weight) <= Constraints.MAX_WEIGHT)) {
        throw new IllegalArgumentException(
            "preference weight must be finite and at most 1e12 in magnitude (so that sums stay"
                + " finite) but was "
                + weight
                + " for '"
                + rule.name()
                + "'");
      }
    }

    @Override
    public String name() {
      return "prefer " + rule.name();
    }
  }

  /**
   * An organisation's own hard rule: the pair may meet only when {@code predicate} holds. Its name
   * appears in error messages (a pinned pair that breaks it) and, as a preference, in explanations.
   *
   * @param name a readable name, such as {@code "not in the same reporting line"}; not blank
   * @param predicate the test; see {@link PairPredicate} for what it must honour
   */
  record CustomRule(String name, PairPredicate predicate) implements PairRule {
    /** Validates the name. */
    public CustomRule {
      requireName(name, "rule");
      Objects.requireNonNull(predicate, "predicate");
    }

    @Override
    public boolean allows(Participant first, Participant second, double score) {
      return predicate.test(first, second);
    }
  }

  /**
   * A soft term from a user function: {@code scorer(first, second)} is added to the pair's weight
   * (a penalty when negative) and shown in its explanation under {@link #name()} when not zero.
   *
   * @param name a readable name, such as {@code "same mentoring circle"}; not blank
   * @param scorer the function; its values must be at least {@code -}{@link
   *     Constraints#MAX_WEIGHT}, at most {@code maximum}, and obey what {@link PairScorer} says
   *     (deterministic, thread-safe, quick)
   * @param maximum the largest value the scorer returns (in [0, {@link Constraints#MAX_WEIGHT}]):
   *     the candidate search counts on it to know when no unread partner can still win, so a value
   *     above it fails with an {@link IllegalStateException} naming this bonus
   */
  record CustomBonus(String name, PairScorer scorer, double maximum) implements Constraint {
    /** Validates the name and the maximum. */
    public CustomBonus {
      requireName(name, "bonus");
      Objects.requireNonNull(scorer, "scorer");
      if (!(maximum >= 0 && maximum <= Constraints.MAX_WEIGHT)) {
        throw new IllegalArgumentException(
            "bonus maximum must be in [0, 1e12] (so that sums stay finite) but was "
                + maximum
                + " for '"
                + name
                + "'");
      }
    }

    /**
     * The bonus of the pair, checked.
     *
     * @throws IllegalStateException if the scorer returns a value that is not finite or exceeds
     *     {@link #maximum()}
     */
    public double bonus(Participant first, Participant second) {
      double b = scorer.score(first, second);
      if (!(b <= maximum && b >= -Constraints.MAX_WEIGHT)) {
        throw new IllegalStateException(
            "bonus '"
                + name
                + "' must be finite, at least -1e12 and at most "
                + maximum
                + " but was "
                + b
                + " for pair ("
                + first.id()
                + ", "
                + second.id()
                + ")");
      }
      return b;
    }
  }

  private static void requireName(String name, String what) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException(what + " name must not be blank");
    }
  }

  private static void requireAttribute(String attribute) {
    Objects.requireNonNull(attribute, "attribute");
    if (attribute.isBlank()) {
      throw new IllegalArgumentException("attribute name must not be blank");
    }
  }
}
