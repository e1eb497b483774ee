package io.peermatch.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.strategy.GreedyStrategy;
import io.peermatch.core.testing.BruteForce;
import io.peermatch.core.testing.RandomProblems;
import io.peermatch.core.testing.RandomProblems.Settings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Every metric recomputed from its definition (DESIGN.md, Evaluation javadoc) through the public
 * API, on greedy matchings of random problems. Preferences and pins are off so that the candidate
 * pairs are exactly the allowed pairs of positive relevance.
 */
class EvaluationProperties {

  private static final double EPS = 1e-9;

  @Property(tries = 500, seed = "20261129")
  void evaluate_agreesWithTheDefinitions(@ForAll long seed) {
    MatchingProblem problem =
        RandomProblems.generate(
            seed, Settings.everything(10).withPreferences(false).withPins(false));
    Matching m = new GreedyStrategy(CandidateOptions.DEFAULTS.withThreads(1)).match(problem);
    Metrics metrics = Evaluation.evaluate(problem, m);

    List<Participant> all = problem.participants();
    int n = all.size();
    Map<String, Integer> index = BruteForce.indexById(problem);
    int[] degree = new int[n];
    double[] received = new double[n];
    double[] worst = new double[n];
    java.util.Arrays.fill(worst, Double.POSITIVE_INFINITY);
    Set<Long> matched = new HashSet<>();
    double total = 0;
    double min = Double.POSITIVE_INFINITY;
    for (MatchedPair p : m.pairs()) {
      int a = index.get(p.first());
      int b = index.get(p.second());
      degree[a]++;
      degree[b]++;
      received[a] += p.score();
      received[b] += p.score();
      worst[a] = Math.min(worst[a], p.weight());
      worst[b] = Math.min(worst[b], p.weight());
      matched.add((long) Math.min(a, b) * n + Math.max(a, b));
      total += p.score();
      min = Math.min(min, p.score());
    }
    int size = m.size();
    int covered = 0;
    for (int d : degree) {
      covered += d > 0 ? 1 : 0;
    }
    assertThat(metrics.get("size")).isEqualTo(size);
    assertThat(metrics.get("coverage")).isCloseTo(n == 0 ? 0 : (double) covered / n, within(EPS));
    assertThat(metrics.get("relevance_total")).isCloseTo(total, within(EPS));
    assertThat(metrics.get("relevance_mean")).isCloseTo(size == 0 ? 0 : total / size, within(EPS));
    assertThat(metrics.get("relevance_min")).isCloseTo(size == 0 ? 0 : min, within(EPS));

    // Candidates: the allowed pairs of positive weight.
    List<BruteForce.Pair> candidates = BruteForce.positivePairs(problem);
    long blocking = 0;
    List<List<Double>> weightsOf = new ArrayList<>();
    for (int x = 0; x < n; x++) {
      weightsOf.add(new ArrayList<>());
    }
    for (BruteForce.Pair p : candidates) {
      weightsOf.get(p.a()).add(p.weight());
      weightsOf.get(p.b()).add(p.weight());
      if (matched.contains(p.key(n))) {
        continue;
      }
      boolean aWants = degree[p.a()] < all.get(p.a()).capacity() || p.weight() > worst[p.a()];
      boolean bWants = degree[p.b()] < all.get(p.b()).capacity() || p.weight() > worst[p.b()];
      if (aWants && bWants) {
        blocking++;
      }
    }
    assertThat(metrics.get("blocking_pairs")).isEqualTo(blocking);

    long rankSum = 0;
    long rankMax = 0;
    for (MatchedPair p : m.pairs()) {
      for (String id : List.of(p.first(), p.second())) {
        long rank = 1;
        for (double w : weightsOf.get(index.get(id))) {
          if (w > p.weight() + EPS) {
            rank++;
          }
        }
        rankSum += rank;
        rankMax = Math.max(rankMax, rank);
      }
    }
    assertThat(metrics.get("egalitarian_cost")).isEqualTo(rankSum);
    assertThat(metrics.get("rank_max")).isEqualTo(rankMax);
    assertThat(metrics.get("rank_mean"))
        .isCloseTo(size == 0 ? 0 : rankSum / (2.0 * size), within(EPS));

    for (String attribute : List.of("department", "team", "location")) {
      boolean present = false;
      for (Participant p : all) {
        present |= p.attributes().containsKey(attribute);
      }
      assertThat(metrics.has("cross_" + attribute + "_rate")).isEqualTo(present);
      if (!present) {
        continue;
      }
      int cross = 0;
      for (MatchedPair p : m.pairs()) {
        String a = all.get(index.get(p.first())).attributes().get(attribute);
        String b = all.get(index.get(p.second())).attributes().get(attribute);
        cross += Objects.equals(a, b) ? 0 : 1;
      }
      assertThat(metrics.get("cross_" + attribute + "_rate"))
          .isCloseTo(size == 0 ? 0 : (double) cross / size, within(EPS));
      assertThat(metrics.get("blau_" + attribute))
          .isCloseTo(blau(problem, m, attribute, index), within(EPS));
    }
    assertThat(metrics.get("gini_relevance")).isCloseTo(gini(received), within(EPS));
  }

  private static double blau(
      MatchingProblem problem, Matching m, String attribute, Map<String, Integer> index) {
    List<Participant> all = problem.participants();
    double sum = 0;
    int people = 0;
    for (Participant x : all) {
      List<String> partners = m.partnersOf(x.id());
      if (partners.isEmpty()) {
        continue;
      }
      Map<String, Integer> counts = new HashMap<>();
      counts.merge(String.valueOf(x.attributes().get(attribute)), 1, Integer::sum);
      for (String id : partners) {
        counts.merge(
            String.valueOf(all.get(index.get(id)).attributes().get(attribute)), 1, Integer::sum);
      }
      double group = partners.size() + 1;
      double concentration = 0;
      for (int c : counts.values()) {
        concentration += (c / group) * (c / group);
      }
      sum += 1 - concentration;
      people++;
    }
    return people == 0 ? 0 : sum / people;
  }

  /** Gini by its definition: the mean absolute difference over twice the mean. */
  private static double gini(double[] x) {
    int n = x.length;
    double total = 0;
    for (double v : x) {
      total += v;
    }
    if (n == 0 || total <= 0) {
      return 0;
    }
    double diff = 0;
    for (double a : x) {
      for (double b : x) {
        diff += Math.abs(a - b);
      }
    }
    return diff / (2.0 * n * n * (total / n));
  }
}
