package io.peermatch.core.internal.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.api.Constraints;
import io.peermatch.api.Diagnostic;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.core.DiversityOptions;
import io.peermatch.core.MatchOptions;
import io.peermatch.core.PeerMatch;
import io.peermatch.core.Strategy;
import io.peermatch.core.testing.BruteForce;
import io.peermatch.core.testing.FeasibilityChecker;
import io.peermatch.core.testing.RandomProblems;
import io.peermatch.core.testing.RandomProblems.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Every bound a strategy reports bounds the same quantity as {@link Matching#objective()}: the
 * total weight of the pairs, pinned pairs included (issue 12: with a pinned pair, max-weight
 * reported a {@code dual_bound} of 23.73 below its objective of 24.00, because the bound was the
 * residual graph's, without the pinned pair). Checked against brute force over the matchings that
 * keep the pinned pairs, on random problems with pins.
 */
class BoundsWithPinnedPairsProperties {

  private static final MatchOptions ONE_THREAD = MatchOptions.DEFAULTS.withThreads(1);

  private static Settings pinned(long seed) {
    return Settings.everything(8)
        .withPins(true)
        .withShape(seed % 2 == 0 ? RandomProblems.Shape.POOL : RandomProblems.Shape.EITHER);
  }

  @Property(tries = 1500, seed = "20261205")
  void maxWeight_dualBound_coversTheObjectiveWithPins(@ForAll long seed) {
    MatchingProblem problem = RandomProblems.generate(seed, pinned(seed));
    Assume.that(!problem.pinnedPairs().isEmpty());
    List<BruteForce.Pair> pairs = BruteForce.allowedPairs(problem);
    Assume.that(pairs.size() <= 22);
    double best = optimumKeepingPins(problem, pairs);
    Matching m = PeerMatch.match(problem, Strategy.MAX_WEIGHT, ONE_THREAD);
    FeasibilityChecker.assertFeasible(problem, m);
    assertThat(m.objective()).isCloseTo(best, within(1e-9 * (1 + Math.abs(best))));
    m.diagnostics()
        .find(Diagnostic.DualBound.class)
        .ifPresent(
            b -> {
              assertThat(b.value()).isGreaterThanOrEqualTo(m.objective());
              assertThat(b.value()).isGreaterThanOrEqualTo(best - 1e-9);
              assertThat(b.gap(m.objective())).isLessThan(1e-6 * (1 + Math.abs(best)));
            });
  }

  @Property(tries = 1000, seed = "20261205")
  void heuristics_upperBounds_coverTheOptimumWithPins(@ForAll long seed) {
    MatchingProblem problem = RandomProblems.generate(seed, pinned(seed));
    Assume.that(!problem.pinnedPairs().isEmpty());
    List<BruteForce.Pair> pairs = BruteForce.allowedPairs(problem);
    Assume.that(pairs.size() <= 22);
    for (Strategy s : List.of(Strategy.SUITOR, Strategy.AUCTION)) {
      if (!s.supports(problem.kind()) || !unitWhereNeeded(problem, s)) {
        continue;
      }
      Matching m = PeerMatch.match(problem, s, ONE_THREAD);
      FeasibilityChecker.assertFeasible(problem, m);
      Diagnostic.UpperBound bound = m.diagnostics().find(Diagnostic.UpperBound.class).orElseThrow();
      double best = optimumKeepingPins(problem, pairs, s == Strategy.SUITOR);
      assertThat(bound.value()).as(s.label()).isGreaterThanOrEqualTo(best - 1e-9);
      assertThat(bound.value()).as(s.label()).isGreaterThanOrEqualTo(m.objective());
      assertThat(bound.gap())
          .as(s.label())
          .isCloseTo(bound.value() - m.objective(), within(1e-9 * (1 + bound.value())));
      m.diagnostics()
          .find(Diagnostic.ApproximationRatio.class)
          .ifPresent(r -> assertThat(r.atLeast()).isBetween(0.0, 1.0));
    }
  }

  /**
   * Issue 12's report, by hand: two mentors and two mentees, the pair (m1, e2) pinned; the bound
   * counts the pinned pair, so it is the objective (both optimal), where it was the objective less
   * the pinned pair's weight.
   */
  @Example
  void maxWeight_pinnedPair_boundIsTheObjective_issue12() {
    List<Participant> mentors =
        List.of(
            Participant.builder("m1").offers("go:1;sql:0.5").build(),
            Participant.builder("m2").offers("go:0.4").build());
    List<Participant> mentees =
        List.of(
            Participant.builder("e1").seeks("go:1").build(),
            Participant.builder("e2").seeks("sql:0.6").build());
    MatchingProblem problem =
        MatchingProblem.twoSided(mentors, mentees)
            .constraint(Constraints.pinned(IdPair.of("m1", "e2")))
            .build();
    Matching m = PeerMatch.match(problem, Strategy.MAX_WEIGHT);
    assertThat(m.pairs()).extracting(MatchedPair::ids).contains(IdPair.of("m1", "e2"));
    // m1-e2 (0.30, pinned) + m2-e1 (0.40).
    assertThat(m.objective()).isCloseTo(0.70, within(1e-12));
    double bound = m.diagnostics().find(Diagnostic.DualBound.class).orElseThrow().value();
    assertThat(bound).isCloseTo(m.objective(), within(1e-9));
    assertThat(m.diagnostics().values().get("dual_bound")).isEqualTo(bound);
  }

  /**
   * Issue 12's other report: diversity-seeking's F and {@link Matching#objective()} are two
   * quantities, now named apart ({@code diversity_objective} against the total weight), and F
   * counts the pinned pairs as the strategy's documentation says.
   */
  @Example
  void diversity_objectiveIsNamedApartFromTheTotalWeight_andCountsPinnedPairs_issue12() {
    List<Participant> mentors =
        List.of(
            Participant.builder("m1").attribute("department", "a").offers("go:1").build(),
            Participant.builder("m2").attribute("department", "b").offers("go:0.8").build());
    List<Participant> mentees =
        List.of(
            Participant.builder("e1").attribute("department", "a").seeks("go:1").build(),
            Participant.builder("e2").attribute("department", "a").seeks("go:0.5").build());
    MatchingProblem problem =
        MatchingProblem.twoSided(mentors, mentees)
            .constraint(Constraints.pinned(IdPair.of("m1", "e2")))
            .build();
    DiversityOptions options =
        DiversityOptions.DEFAULTS
            .withDistanceWeights(Map.of("department", 1.0))
            .withSpread(0.0)
            .withLambda(0.5);
    Matching m =
        PeerMatch.match(
            problem, Strategy.DIVERSITY_SEEKING, MatchOptions.DEFAULTS.withDiversity(options));
    Diagnostic.DiversityObjective f =
        m.diagnostics().find(Diagnostic.DiversityObjective.class).orElseThrow();
    // Weights: m1-e2 0.5 (pinned, same department), m2-e1 0.8 (across). S = mean of the positive
    // weights (1.0, 0.5, 0.8, 0.4) = 0.675. b = 0.5·w + 0.5·S·d.
    double s = (1.0 + 0.5 + 0.8 + 0.4) / 4;
    double expectedF = (0.5 * 0.5) + (0.5 * 0.8 + 0.5 * s);
    assertThat(f.value()).isCloseTo(expectedF, within(1e-12));
    assertThat(m.objective()).isCloseTo(0.5 + 0.8, within(1e-12));
    assertThat(m.objective()).isEqualTo(m.pairs().stream().mapToDouble(MatchedPair::weight).sum());
    Map<String, Double> view = m.diagnostics().values();
    assertThat(view.get("diversity_objective")).isEqualTo(f.value());
    assertThat(f.upperBound()).isGreaterThanOrEqualTo(f.value());
  }

  private static boolean unitWhereNeeded(MatchingProblem problem, Strategy s) {
    if (s == Strategy.SUITOR) {
      return problem.participants().stream().allMatch(p -> p.capacity() == 1);
    }
    boolean leftUnit = problem.left().stream().allMatch(p -> p.capacity() == 1);
    boolean rightUnit = problem.right().stream().allMatch(p -> p.capacity() == 1);
    return leftUnit || rightUnit;
  }

  private static double optimumKeepingPins(MatchingProblem problem, List<BruteForce.Pair> pairs) {
    return optimumKeepingPins(problem, pairs, false);
  }

  /**
   * The maximum total weight over the b-matchings that contain every pinned pair (with {@code
   * unitCapacities}, over matchings: the suitor treats every capacity as 1).
   */
  private static double optimumKeepingPins(
      MatchingProblem problem, List<BruteForce.Pair> pairs, boolean unitCapacities) {
    List<Participant> all = problem.participants();
    int n = all.size();
    int[] capacity = new int[n];
    for (int i = 0; i < n; i++) {
      capacity[i] = unitCapacities ? 1 : all.get(i).capacity();
    }
    double pinnedWeight = 0.0;
    List<BruteForce.Pair> rest = new ArrayList<>(pairs);
    for (int[] pin : BruteForce.pinned(problem)) {
      capacity[pin[0]]--;
      capacity[pin[1]]--;
      for (BruteForce.Pair p : pairs) {
        if (p.a() == pin[0] && p.b() == pin[1]) {
          pinnedWeight += p.weight();
          rest.remove(p);
        }
      }
    }
    double[] best = {0.0};
    search(rest, 0, capacity, 0.0, best);
    return pinnedWeight + best[0];
  }

  private static void search(
      List<BruteForce.Pair> pairs, int i, int[] capacity, double sum, double[] best) {
    best[0] = Math.max(best[0], sum);
    if (i == pairs.size()) {
      return;
    }
    BruteForce.Pair p = pairs.get(i);
    if (p.weight() > 0 && capacity[p.a()] > 0 && capacity[p.b()] > 0) {
      capacity[p.a()]--;
      capacity[p.b()]--;
      search(pairs, i + 1, capacity, sum + p.weight(), best);
      capacity[p.a()]++;
      capacity[p.b()]++;
    }
    search(pairs, i + 1, capacity, sum, best);
  }
}
