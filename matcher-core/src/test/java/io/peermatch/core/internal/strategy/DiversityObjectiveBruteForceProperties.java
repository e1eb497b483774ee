package io.peermatch.core.internal.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.core.DiversityOptions;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.testing.BruteForce;
import io.peermatch.core.testing.RandomProblems;
import io.peermatch.core.testing.RandomProblems.Settings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The set-level objective F recomputed from scratch through the public API (an independent
 * implementation of the formula in {@link DiversitySeekingStrategy}'s javadoc) and maximised by
 * exhaustive search on tiny problems: the strategy reports F of what it returns, never beats the
 * optimum, and its upper bound holds.
 */
class DiversityObjectiveBruteForceProperties {

  private static final CandidateOptions ONE_THREAD = CandidateOptions.DEFAULTS.withThreads(1);

  private static final Map<String, Double> WEIGHTS = Map.of("department", 0.6, "location", 0.4);

  /** F of a set of pairs (indices into the problem's participants, with their weights). */
  static double objective(
      MatchingProblem problem, List<BruteForce.Pair> pairs, double scale, DiversityOptions o) {
    List<Participant> all = problem.participants();
    double lambda = o.lambda();
    double blend = 0.0;
    Map<String, Integer> counts = new HashMap<>();
    int crossing = 0;
    for (BruteForce.Pair p : pairs) {
      Participant a = all.get(p.a());
      Participant b = all.get(p.b());
      double distance = 0.0;
      for (Map.Entry<String, Double> w : WEIGHTS.entrySet()) {
        if (!Objects.equals(value(a, w.getKey()), value(b, w.getKey()))) {
          distance += w.getValue();
        }
      }
      blend += p.weight() > 0 ? lambda * p.weight() + (1 - lambda) * scale * distance : 0.0;
      String x = value(a, "department");
      String y = value(b, "department");
      counts.merge(x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x, 1, Integer::sum);
      if (!x.equals(y)) {
        crossing++;
      }
    }
    double sqrt = 0.0;
    for (int c : counts.values()) {
      sqrt += Math.sqrt(c);
    }
    double shortfall = Math.max(0.0, o.floor() * pairs.size() - crossing);
    return blend + (1 - lambda) * o.spread() * scale * sqrt - o.floorPenalty() * scale * shortfall;
  }

  private static String value(Participant p, String attribute) {
    return p.attribute(attribute).orElse("\u0000absent");
  }

  @Property(tries = 400, seed = "20261129")
  void reportedObjective_isExact_atMostTheOptimum_andBelowTheBound(@ForAll long seed) {
    MatchingProblem problem =
        RandomProblems.generate(
            seed, Settings.everything(5).withPins(false).withPreferences(seed % 2 == 0));
    List<BruteForce.Pair> positive = BruteForce.positivePairs(problem);
    Assume.that(positive.size() <= 14);
    boolean attributes =
        problem.participants().stream().anyMatch(p -> p.attribute("department").isPresent())
            && problem.participants().stream().anyMatch(p -> p.attribute("location").isPresent());
    Assume.that(attributes);
    DiversityOptions options =
        DiversityOptions.DEFAULTS
            .withDistanceWeights(WEIGHTS)
            .withLambda(Math.floorMod(seed, 5) / 4.0)
            .withSpread(Math.floorMod(seed >> 3, 3))
            .withFloor(Math.floorMod(seed >> 5, 3) / 2.0)
            .withIterations(4);
    double scale = 0.0;
    int weighty = 0;
    for (BruteForce.Pair p : positive) {
      if (p.weight() > 0) {
        scale += p.weight();
        weighty++;
      }
    }
    scale = weighty == 0 ? 1.0 : scale / weighty;

    Matching m = new DiversitySeekingStrategy(ONE_THREAD, options).match(problem);
    Map<String, Integer> index = BruteForce.indexById(problem);
    List<BruteForce.Pair> chosen = new ArrayList<>();
    for (MatchedPair pair : m.pairs()) {
      chosen.add(
          new BruteForce.Pair(
              index.get(pair.first()), index.get(pair.second()), pair.score(), pair.weight()));
    }
    double got = objective(problem, chosen, scale, options);
    Map<String, Double> values = m.diagnostics().values();
    assertThat(values.get("relevance_scale")).isCloseTo(scale, within(1e-9 * (1 + scale)));
    assertThat(values.get("objective")).isCloseTo(got, within(1e-9 * (1 + Math.abs(got))));

    double[] best = {Double.NEGATIVE_INFINITY};
    int[] capacity = problem.participants().stream().mapToInt(Participant::capacity).toArray();
    // The strategy never takes a pair of weight 0 or below, so F is maximised over the others.
    List<BruteForce.Pair> takeable = new ArrayList<>();
    for (BruteForce.Pair p : positive) {
      if (p.weight() > 0) {
        takeable.add(p);
      }
    }
    search(problem, takeable, 0, capacity, new ArrayList<>(), scale, options, best);
    assertThat(got).isLessThanOrEqualTo(best[0] + 1e-9 * (1 + Math.abs(best[0])));
    assertThat(values.get("objective_upper_bound"))
        .isGreaterThanOrEqualTo(best[0] - 1e-9 * (1 + Math.abs(best[0])));
  }

  /**
   * Issue 12: with pinned pairs, F counts them like any other pair (their blended weight, their
   * department pair, their crossing), is at most the optimum over the matchings that keep them, and
   * the upper bound holds over those.
   */
  @Property(tries = 400, seed = "20261205")
  void reportedObjective_withPinnedPairs_countsThem_andStaysBelowTheBound(@ForAll long seed) {
    MatchingProblem problem =
        RandomProblems.generate(
            seed, Settings.everything(5).withPins(true).withPreferences(seed % 2 == 0));
    Assume.that(!problem.pinnedPairs().isEmpty());
    List<BruteForce.Pair> allowed = BruteForce.allowedPairs(problem);
    Assume.that(allowed.size() <= 14);
    boolean attributes =
        problem.participants().stream().anyMatch(p -> p.attribute("department").isPresent());
    Assume.that(attributes);
    DiversityOptions options =
        DiversityOptions.DEFAULTS
            .withDistanceWeights(WEIGHTS)
            .withLambda(Math.floorMod(seed, 5) / 4.0)
            .withSpread(Math.floorMod(seed >> 3, 3))
            .withFloor(Math.floorMod(seed >> 5, 3) / 2.0)
            .withIterations(4);
    double scale = 0.0;
    int weighty = 0;
    for (BruteForce.Pair p : BruteForce.positivePairs(problem)) {
      if (p.weight() > 0) {
        scale += p.weight();
        weighty++;
      }
    }
    scale = weighty == 0 ? 1.0 : scale / weighty;
    Matching m = new DiversitySeekingStrategy(ONE_THREAD, options).match(problem);
    Map<String, Integer> index = BruteForce.indexById(problem);
    List<BruteForce.Pair> chosen = new ArrayList<>();
    for (MatchedPair pair : m.pairs()) {
      chosen.add(
          new BruteForce.Pair(
              index.get(pair.first()), index.get(pair.second()), pair.score(), pair.weight()));
    }
    double got = objective(problem, chosen, scale, options);
    Map<String, Double> values = m.diagnostics().values();
    assertThat(values.get("diversity_objective"))
        .isCloseTo(got, within(1e-9 * (1 + Math.abs(got))));

    int[] capacity = problem.participants().stream().mapToInt(Participant::capacity).toArray();
    List<BruteForce.Pair> pins = new ArrayList<>();
    List<BruteForce.Pair> rest = new ArrayList<>();
    List<int[]> pinned = BruteForce.pinned(problem);
    for (BruteForce.Pair p : allowed) {
      boolean isPin = pinned.stream().anyMatch(q -> q[0] == p.a() && q[1] == p.b());
      if (isPin) {
        pins.add(p);
        capacity[p.a()]--;
        capacity[p.b()]--;
      } else if (p.weight() > 0) {
        rest.add(p);
      }
    }
    double[] best = {Double.NEGATIVE_INFINITY};
    search(problem, rest, 0, capacity, new ArrayList<>(pins), scale, options, best);
    assertThat(got).isLessThanOrEqualTo(best[0] + 1e-9 * (1 + Math.abs(best[0])));
    assertThat(values.get("diversity_objective_upper_bound"))
        .isGreaterThanOrEqualTo(best[0] - 1e-9 * (1 + Math.abs(best[0])));
  }

  private static void search(
      MatchingProblem problem,
      List<BruteForce.Pair> pairs,
      int i,
      int[] capacity,
      List<BruteForce.Pair> chosen,
      double scale,
      DiversityOptions options,
      double[] best) {
    if (i == pairs.size()) {
      best[0] = Math.max(best[0], objective(problem, chosen, scale, options));
      return;
    }
    search(problem, pairs, i + 1, capacity, chosen, scale, options, best);
    BruteForce.Pair p = pairs.get(i);
    if (capacity[p.a()] > 0 && capacity[p.b()] > 0) {
      capacity[p.a()]--;
      capacity[p.b()]--;
      chosen.add(p);
      search(problem, pairs, i + 1, capacity, chosen, scale, options, best);
      chosen.remove(chosen.size() - 1);
      capacity[p.a()]++;
      capacity[p.b()]++;
    }
  }
}
