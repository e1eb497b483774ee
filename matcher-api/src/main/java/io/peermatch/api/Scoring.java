package io.peermatch.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How much a pair is worth: the relevance score that strategies maximise.
 *
 * <p>A scoring scores a <em>directed</em> pair {@code (first, second)}: in a two-sided problem
 * {@code first} is the left participant (the mentor) and {@code second} the right one (the mentee).
 * In a pool, where pairs are unordered, the weight of {@code {a, b}} is {@code max(score(a, b),
 * score(b, a))}: the better direction counts.
 *
 * <p>The built-in scorings are inner products of skill vectors, which is what lets the candidate
 * generator find the best partners without scoring all pairs:
 *
 * <ul>
 *   <li>{@link #complementarity()}: {@code Σ_s first.offers[s] · second.seeks[s]}, how much of what
 *       the second wants to learn the first can teach;
 *   <li>{@link #mutualExchange()}: complementarity in both directions, added;
 *   <li>{@link #similarity()}: {@code Σ_s first.offers[s] · second.offers[s]}, shared expertise;
 *   <li>{@link #blend()}: a weighted sum of scorings;
 *   <li>{@link #custom(String, PairScorer)}: a user function, scored exactly on every pair that the
 *       candidate generator proposes.
 * </ul>
 *
 * <p>All scorings are immutable and thread-safe.
 */
public sealed interface Scoring
    permits Scoring.Complementarity,
        Scoring.MutualExchange,
        Scoring.Similarity,
        Scoring.Blend,
        Scoring.Custom {

  /** A stable name for reports, such as {@code "complementarity"}. */
  String name();

  /** The score of the directed pair {@code (first, second)}. */
  double score(Participant first, Participant second);

  /**
   * The per-skill parts of {@link #score}, in no particular order; their amounts add up to the
   * score for the built-in scorings and are empty for a custom one.
   */
  List<SkillContribution> contributions(Participant first, Participant second);

  /** First's offers against second's seeks: the mentoring default. */
  static Scoring complementarity() {
    return Complementarity.INSTANCE;
  }

  /** Complementarity in both directions, added: for peers who teach each other. */
  static Scoring mutualExchange() {
    return MutualExchange.INSTANCE;
  }

  /** Offers against offers: shared expertise, for communities of practice. */
  static Scoring similarity() {
    return Similarity.INSTANCE;
  }

  /**
   * Starts a weighted blend, for example {@code blend().add(0.7, complementarity()).add(0.3,
   * similarity()).build()}.
   */
  static Blend.Builder blend() {
    return new Blend.Builder();
  }

  /** A user function with a name for reports. */
  static Scoring custom(String name, PairScorer scorer) {
    return new Custom(name, scorer);
  }

  /** See {@link Scoring#complementarity()}. */
  record Complementarity() implements Scoring {
    static final Complementarity INSTANCE = new Complementarity();

    @Override
    public String name() {
      return "complementarity";
    }

    @Override
    public double score(Participant first, Participant second) {
      return first.offers().dot(second.seeks());
    }

    @Override
    public List<SkillContribution> contributions(Participant first, Participant second) {
      return products(
          first.offers(), second.seeks(), SkillContribution.Direction.FIRST_TEACHES_SECOND);
    }
  }

  /** See {@link Scoring#mutualExchange()}. */
  record MutualExchange() implements Scoring {
    static final MutualExchange INSTANCE = new MutualExchange();

    @Override
    public String name() {
      return "mutual-exchange";
    }

    @Override
    public double score(Participant first, Participant second) {
      return first.offers().dot(second.seeks()) + second.offers().dot(first.seeks());
    }

    @Override
    public List<SkillContribution> contributions(Participant first, Participant second) {
      List<SkillContribution> all =
          products(
              first.offers(), second.seeks(), SkillContribution.Direction.FIRST_TEACHES_SECOND);
      all.addAll(
          products(
              second.offers(), first.seeks(), SkillContribution.Direction.SECOND_TEACHES_FIRST));
      return all;
    }
  }

  /** See {@link Scoring#similarity()}. */
  record Similarity() implements Scoring {
    static final Similarity INSTANCE = new Similarity();

    @Override
    public String name() {
      return "similarity";
    }

    @Override
    public double score(Participant first, Participant second) {
      return first.offers().dot(second.offers());
    }

    @Override
    public List<SkillContribution> contributions(Participant first, Participant second) {
      return products(first.offers(), second.offers(), SkillContribution.Direction.SHARED);
    }
  }

  /**
   * A weighted sum of scorings.
   *
   * @param components the parts, in the order added
   */
  record Blend(List<Component> components) implements Scoring {

    /**
     * One part of a blend.
     *
     * @param weight at most {@link Constraints#MAX_WEIGHT} in magnitude
     * @param scoring not a blend's own self
     */
    public record Component(double weight, Scoring scoring) {
      /** Validates the weight. */
      public Component {
        if (!(Math.abs(weight) <= Constraints.MAX_WEIGHT)) {
          throw new IllegalArgumentException(
              "blend weight must be finite and at most 1e12 in magnitude (so that sums stay"
                  + " finite) but was "
                  + weight);
        }
        Objects.requireNonNull(scoring, "scoring");
      }
    }

    /** Copies the list and checks it is not empty. */
    public Blend {
      components = List.copyOf(components);
      if (components.isEmpty()) {
        throw new IllegalArgumentException("a blend needs at least one component");
      }
    }

    @Override
    public String name() {
      StringBuilder sb = new StringBuilder("blend(");
      for (int i = 0; i < components.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        Component c = components.get(i);
        sb.append(SkillVector.formatLevel(c.weight())).append('*').append(c.scoring().name());
      }
      return sb.append(')').toString();
    }

    @Override
    public double score(Participant first, Participant second) {
      double sum = 0.0;
      for (Component c : components) {
        sum += c.weight() * c.scoring().score(first, second);
      }
      return sum;
    }

    @Override
    public List<SkillContribution> contributions(Participant first, Participant second) {
      Map<String, SkillContribution> merged = new LinkedHashMap<>();
      for (Component c : components) {
        for (SkillContribution part : c.scoring().contributions(first, second)) {
          String key = part.skill() + '\u0000' + part.direction();
          SkillContribution old = merged.get(key);
          double amount = c.weight() * part.amount() + (old == null ? 0.0 : old.amount());
          merged.put(key, new SkillContribution(part.skill(), amount, part.direction()));
        }
      }
      return new ArrayList<>(merged.values());
    }

    /** A builder of {@link Blend}; not thread-safe. */
    public static final class Builder {
      private final List<Component> components = new ArrayList<>();

      Builder() {}

      /** Adds {@code weight · scoring}. */
      public Builder add(double weight, Scoring scoring) {
        components.add(new Component(weight, scoring));
        return this;
      }

      /** Builds the blend. */
      public Blend build() {
        return new Blend(components);
      }
    }
  }

  /**
   * A user function.
   *
   * @param name for reports; not blank
   * @param scorer the function
   */
  record Custom(String name, PairScorer scorer) implements Scoring {
    /** Validates the name. */
    public Custom {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(scorer, "scorer");
      if (name.isBlank()) {
        throw new IllegalArgumentException("custom scoring name must not be blank");
      }
    }

    @Override
    public double score(Participant first, Participant second) {
      return scorer.score(first, second);
    }

    @Override
    public List<SkillContribution> contributions(Participant first, Participant second) {
      return new ArrayList<>();
    }
  }

  private static List<SkillContribution> products(
      SkillVector a, SkillVector b, SkillContribution.Direction direction) {
    List<SkillContribution> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      int c = a.skill(i).compareTo(b.skill(j));
      if (c == 0) {
        out.add(new SkillContribution(a.skill(i), a.level(i) * b.level(j), direction));
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return out;
  }
}
