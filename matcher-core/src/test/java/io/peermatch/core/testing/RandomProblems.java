package io.peermatch.core.testing;

import io.peermatch.api.Constraint;
import io.peermatch.api.Constraints;
import io.peermatch.api.History;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.Scoring;
import io.peermatch.api.SkillVector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random {@link MatchingProblem}s for property tests: small organisations with few skills
 * (so that many pairs share one), attributes that are sometimes missing, capacities, every built-in
 * scoring, blends (negative weights too), a custom scoring, hard rules, soft preferences and pinned
 * pairs. The same seed and settings always give the same problem.
 *
 * <p>With {@link Settings#dyadic()} every level and weight is a multiple of 1/4, so every score is
 * computed exactly in binary floating point and ties are real ties whatever the summation order.
 */
public final class RandomProblems {

  /** Which shape to generate. */
  public enum Shape {
    TWO_SIDED,
    POOL,
    EITHER
  }

  /** Which scorings may be drawn. */
  public enum Scorings {
    /** Complementarity, mutual exchange, similarity and blends of them. */
    LINEAR,
    /** The linear ones and a custom function (alone or in a blend). */
    ALL
  }

  /**
   * What to generate.
   *
   * @param shape two-sided, pool or either
   * @param maxSize participants at most (two-sided: per side)
   * @param maxCapacity capacities are drawn from 1..maxCapacity
   * @param dyadic levels and weights on a grid of quarters, so that arithmetic is exact
   * @param scorings which scorings to draw
   * @param rules whether to add hard rules
   * @param preferences whether to add soft preferences
   * @param pins whether to add pinned pairs
   */
  public record Settings(
      Shape shape,
      int maxSize,
      int maxCapacity,
      boolean dyadic,
      Scorings scorings,
      boolean rules,
      boolean preferences,
      boolean pins) {

    /** Everything on, both shapes, up to {@code maxSize} people, capacities up to 3. */
    public static Settings everything(int maxSize) {
      return new Settings(Shape.EITHER, maxSize, 3, false, Scorings.ALL, true, true, true);
    }

    public Settings withShape(Shape s) {
      return new Settings(s, maxSize, maxCapacity, dyadic, scorings, rules, preferences, pins);
    }

    public Settings withDyadic(boolean d) {
      return new Settings(shape, maxSize, maxCapacity, d, scorings, rules, preferences, pins);
    }

    public Settings withScorings(Scorings s) {
      return new Settings(shape, maxSize, maxCapacity, dyadic, s, rules, preferences, pins);
    }

    public Settings withPins(boolean p) {
      return new Settings(shape, maxSize, maxCapacity, dyadic, scorings, rules, preferences, p);
    }

    public Settings withMaxCapacity(int c) {
      return new Settings(shape, maxSize, c, dyadic, scorings, rules, preferences, pins);
    }

    public Settings withPreferences(boolean p) {
      return new Settings(shape, maxSize, maxCapacity, dyadic, scorings, rules, p, pins);
    }

    public Settings withRules(boolean r) {
      return new Settings(shape, maxSize, maxCapacity, dyadic, scorings, r, preferences, pins);
    }
  }

  private static final double[] DYADIC_BLEND = {-1, -0.5, 0.25, 0.5, 1, 2};
  private static final double[] DYADIC_PREFERENCE = {-0.5, -0.25, 0.25, 0.5};

  private RandomProblems() {}

  /** A random problem drawn from {@code seed}. */
  public static MatchingProblem generate(long seed, Settings settings) {
    Random rnd = new Random(seed);
    boolean pool =
        switch (settings.shape()) {
          case POOL -> true;
          case TWO_SIDED -> false;
          case EITHER -> rnd.nextBoolean();
        };
    int skills = 2 + rnd.nextInt(5);
    List<Participant> left = new ArrayList<>();
    List<Participant> right = new ArrayList<>();
    int leftSize = size(rnd, settings.maxSize());
    for (int i = 0; i < leftSize; i++) {
      left.add(participant(rnd, (pool ? "p" : "l") + i, skills, settings));
    }
    if (!pool) {
      int rightSize = size(rnd, settings.maxSize());
      for (int i = 0; i < rightSize; i++) {
        right.add(participant(rnd, "r" + i, skills, settings));
      }
    }
    Scoring scoring = scoring(rnd, settings);
    List<Participant> all = new ArrayList<>(left);
    all.addAll(right);
    List<Constraint> constraints = new ArrayList<>();
    if (settings.rules()) {
      addRules(rnd, all, settings, constraints);
    }
    if (settings.preferences()) {
      addPreferences(rnd, all, settings, constraints);
    }
    MatchingProblem.Builder builder = builder(pool, left, right, scoring, constraints, seed);
    MatchingProblem unpinned = builder.build();
    if (!settings.pins() || all.size() < 2 || rnd.nextInt(3) != 0) {
      return unpinned;
    }
    List<IdPair> pins = pins(rnd, unpinned);
    if (pins.isEmpty()) {
      return unpinned;
    }
    constraints.add(Constraints.pinned(pins));
    return builder(pool, left, right, scoring, constraints, seed).build();
  }

  private static MatchingProblem.Builder builder(
      boolean pool,
      List<Participant> left,
      List<Participant> right,
      Scoring scoring,
      List<Constraint> constraints,
      long seed) {
    MatchingProblem.Builder b =
        pool ? MatchingProblem.pool(left) : MatchingProblem.twoSided(left, right);
    return b.scoring(scoring).constraints(constraints).seed(seed);
  }

  private static int size(Random rnd, int max) {
    // Now and then an empty side or a single person.
    int r = rnd.nextInt(20);
    if (r == 0) {
      return 0;
    }
    if (r == 1) {
      return Math.min(1, max);
    }
    return rnd.nextInt(max + 1);
  }

  private static Participant participant(Random rnd, String id, int skills, Settings settings) {
    Participant.Builder b = Participant.builder(id);
    if (rnd.nextInt(10) < 8) {
      b.attribute("team", "t" + rnd.nextInt(3));
    }
    if (rnd.nextInt(10) < 9) {
      b.attribute("department", "d" + rnd.nextInt(3));
    }
    if (rnd.nextInt(10) < 8) {
      b.attribute("location", "x" + rnd.nextInt(2));
    }
    b.offers(vector(rnd, skills, settings.dyadic()));
    b.seeks(vector(rnd, skills, settings.dyadic()));
    b.capacity(1 + rnd.nextInt(settings.maxCapacity()));
    return b.build();
  }

  private static SkillVector vector(Random rnd, int skills, boolean dyadic) {
    Map<String, Double> levels = new HashMap<>();
    for (int s = 0; s < skills; s++) {
      if (rnd.nextInt(10) < 4) {
        double level = dyadic ? (1 + rnd.nextInt(4)) / 4.0 : 1.0 - rnd.nextDouble();
        levels.put("s" + s, level);
      }
    }
    return SkillVector.of(levels);
  }

  private static Scoring scoring(Random rnd, Settings settings) {
    int choices = settings.scorings() == Scorings.ALL ? 7 : 5;
    return switch (rnd.nextInt(choices)) {
      case 0 -> Scoring.complementarity();
      case 1 -> Scoring.mutualExchange();
      case 2 -> Scoring.similarity();
      case 3, 4 ->
          Scoring.blend()
              .add(weight(rnd, settings), linear(rnd))
              .add(weight(rnd, settings), linear(rnd))
              .build();
      case 5 -> custom();
      default ->
          Scoring.blend()
              .add(weight(rnd, settings), linear(rnd))
              .add(weight(rnd, settings), custom())
              .build();
    };
  }

  private static double weight(Random rnd, Settings settings) {
    return settings.dyadic()
        ? DYADIC_BLEND[rnd.nextInt(DYADIC_BLEND.length)]
        : -1 + 3 * rnd.nextDouble();
  }

  private static Scoring linear(Random rnd) {
    return switch (rnd.nextInt(3)) {
      case 0 -> Scoring.complementarity();
      case 1 -> Scoring.mutualExchange();
      default -> Scoring.similarity();
    };
  }

  /**
   * A custom scoring that is not an inner product: it gives some pairs that share no skill a
   * positive score and some a negative one. Multiples of 1/4 on dyadic inputs.
   */
  public static Scoring custom() {
    return Scoring.custom(
        "skills-and-ids",
        (a, b) -> {
          int h = (a.id().hashCode() * 31 + b.id().hashCode()) & 3;
          return 0.5 * a.offers().dot(b.seeks()) + 0.25 * h - 0.25;
        });
  }

  private static void addRules(
      Random rnd, List<Participant> all, Settings settings, List<Constraint> out) {
    if (rnd.nextInt(10) < 3) {
      out.add(Constraints.differentValue("team"));
    }
    if (rnd.nextInt(10) < 2) {
      out.add(Constraints.sameValue("location"));
    }
    if (rnd.nextInt(10) < 2) {
      double[] minimum = {0, 0.1, 0.25, 0.5};
      out.add(Constraints.minimumScore(minimum[rnd.nextInt(minimum.length)]));
    }
    if (all.size() >= 2 && rnd.nextInt(10) < 3) {
      out.add(Constraints.forbidden(randomPairs(rnd, all, 1 + rnd.nextInt(3))));
    }
    if (all.size() >= 2 && rnd.nextInt(10) < 3) {
      out.add(Constraints.notPairedWithinLastRounds(rnd.nextInt(3), history(rnd, all)));
    }
  }

  private static void addPreferences(
      Random rnd, List<Participant> all, Settings settings, List<Constraint> out) {
    if (rnd.nextInt(10) < 3) {
      out.add(Constraints.prefer(Constraints.differentValue("department"), pref(rnd, settings)));
    }
    if (rnd.nextInt(10) < 2) {
      out.add(Constraints.prefer(Constraints.sameValue("location"), pref(rnd, settings)));
    }
    if (all.size() >= 2 && rnd.nextInt(10) < 2) {
      out.add(
          Constraints.prefer(
              Constraints.notPairedWithinLastRounds(1 + rnd.nextInt(2), history(rnd, all)),
              pref(rnd, settings)));
    }
  }

  private static double pref(Random rnd, Settings settings) {
    return settings.dyadic()
        ? DYADIC_PREFERENCE[rnd.nextInt(DYADIC_PREFERENCE.length)]
        : -0.5 + rnd.nextDouble();
  }

  private static History history(Random rnd, List<Participant> all) {
    History.Builder h = History.builder();
    int rounds = 1 + rnd.nextInt(3);
    for (int r = 0; r < rounds; r++) {
      h.round(randomPairs(rnd, all, 1 + rnd.nextInt(3)));
    }
    return h.build();
  }

  private static List<IdPair> randomPairs(Random rnd, List<Participant> all, int count) {
    List<IdPair> pairs = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      int a = rnd.nextInt(all.size());
      int b = rnd.nextInt(all.size() - 1);
      if (b >= a) {
        b++;
      }
      pairs.add(IdPair.of(all.get(a).id(), all.get(b).id()));
    }
    return pairs;
  }

  /** Up to three pairs that the problem allows, within capacities, in random order. */
  private static List<IdPair> pins(Random rnd, MatchingProblem problem) {
    List<Participant[]> candidates = new ArrayList<>();
    if (problem.isPool()) {
      List<Participant> p = problem.left();
      for (int i = 0; i < p.size(); i++) {
        for (int j = i + 1; j < p.size(); j++) {
          candidates.add(new Participant[] {p.get(i), p.get(j)});
        }
      }
    } else {
      for (Participant a : problem.left()) {
        for (Participant b : problem.right()) {
          candidates.add(new Participant[] {a, b});
        }
      }
    }
    java.util.Collections.shuffle(candidates, rnd);
    int want = 1 + rnd.nextInt(3);
    Map<String, Integer> used = new HashMap<>();
    Set<IdPair> chosen = new HashSet<>();
    List<IdPair> pins = new ArrayList<>();
    for (Participant[] c : candidates) {
      if (pins.size() == want) {
        break;
      }
      Participant a = c[0];
      Participant b = c[1];
      if (!problem.allows(a, b)
          || used.getOrDefault(a.id(), 0) >= a.capacity()
          || used.getOrDefault(b.id(), 0) >= b.capacity()) {
        continue;
      }
      used.merge(a.id(), 1, Integer::sum);
      used.merge(b.id(), 1, Integer::sum);
      // Two-sided pins may be given in either order; pool pins too.
      IdPair pair = rnd.nextBoolean() ? IdPair.of(a.id(), b.id()) : IdPair.of(b.id(), a.id());
      if (chosen.add(pair.unordered())) {
        pins.add(pair);
      }
    }
    return pins;
  }
}
