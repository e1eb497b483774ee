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
 * <p>Three kinds:
 *
 * <ul>
 *   <li>a {@link PairRule} is a hard rule: a pair that breaks it is never proposed;
 *   <li>{@link PinnedPairs} are pairs an administrator requires; they are matched first and count
 *       against capacities;
 *   <li>a {@link Preference} is soft: it adds its weight (a bonus, or a penalty when negative) to
 *       the weight of every pair for which its rule holds.
 * </ul>
 *
 * <p>An attribute that a participant lacks never equals anything: {@code differentValue} holds and
 * {@code sameValue} fails for such a pair. Immutable and thread-safe.
 */
public sealed interface Constraint
    permits Constraint.PairRule, Constraint.PinnedPairs, Constraint.Preference {

  /** A readable name, such as {@code "different team"}. */
  String name();

  /** A hard rule on a directed pair (first on the left side in a two-sided problem). */
  sealed interface PairRule extends Constraint
      permits DifferentValue, SameValue, NotPairedWithin, ForbiddenPairs, MinimumScore {

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
   * @param weight finite; negative for a penalty
   */
  record Preference(PairRule rule, double weight) implements Constraint {
    /** Validates the weight. */
    public Preference {
      Objects.requireNonNull(rule, "rule");
      if (!Double.isFinite(weight)) {
        throw new IllegalArgumentException(
            "preference weight must be finite but was " + weight + " for '" + rule.name() + "'");
      }
    }

    @Override
    public String name() {
      return "prefer " + rule.name();
    }
  }

  private static void requireAttribute(String attribute) {
    Objects.requireNonNull(attribute, "attribute");
    if (attribute.isBlank()) {
      throw new IllegalArgumentException("attribute name must not be blank");
    }
  }
}
