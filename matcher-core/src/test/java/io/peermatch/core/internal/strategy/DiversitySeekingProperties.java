package io.peermatch.core.internal.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.core.DiversityOptions;
import io.peermatch.core.MatchOptions;
import io.peermatch.core.PeerMatch;
import io.peermatch.core.Strategy;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.candidates.Prepared;
import io.peermatch.core.testing.FeasibilityChecker;
import io.peermatch.core.testing.RandomProblems;
import io.peermatch.core.testing.RandomProblems.Settings;
import java.util.Map;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@code diversity-seeking} on random domain problems (both shapes, capacities, hard rules, soft
 * preferences, pins): feasible by the independent checker, {@code max-weight} at λ = 1,
 * deterministic, and never below its own first (pure blend) iteration.
 */
class DiversitySeekingProperties {

  private static final CandidateOptions ONE_THREAD = CandidateOptions.DEFAULTS.withThreads(1);

  /** Attributes RandomProblems draws (sometimes missing for some people). */
  private static final DiversityOptions RANDOM_ATTRIBUTES =
      DiversityOptions.DEFAULTS.withDistanceWeights(Map.of("department", 0.6, "location", 0.4));

  private static MatchingProblem problem(long seed) {
    return RandomProblems.generate(seed, Settings.everything(12));
  }

  private static boolean hasAttributes(MatchingProblem problem) {
    Prepared prepared = Prepared.prepare(problem);
    return prepared.compiled().hasAttribute("department")
        && prepared.compiled().hasAttribute("location");
  }

  @Property(tries = 1500, seed = "20261129")
  void registryDefaults_areFeasible(@ForAll long seed) {
    MatchingProblem problem = problem(seed);
    Matching m =
        PeerMatch.strategy(
                Strategy.of(DiversitySeekingStrategy.NAME), MatchOptions.DEFAULTS.withThreads(1))
            .match(problem);
    FeasibilityChecker.assertFeasible(problem, m);
  }

  @Property(tries = 1000, seed = "20261129")
  void floorAndSpread_areFeasible(@ForAll long seed) {
    MatchingProblem problem = problem(seed);
    Assume.that(hasAttributes(problem));
    DiversityOptions options =
        RANDOM_ATTRIBUTES
            .withLambda(Math.floorMod(seed, 11) / 10.0)
            .withFloor(0.8)
            .withSpread(3.0)
            .withIterations(5);
    Matching m = new DiversitySeekingStrategy(ONE_THREAD, options).match(problem);
    FeasibilityChecker.assertFeasible(problem, m);
    Map<String, Double> values = m.diagnostics().values();
    assertThat(values.get("objective")).isLessThanOrEqualTo(values.get("objective_upper_bound"));
    assertThat(values.get("cross_department_share")).isBetween(0.0, 1.0);
  }

  @Property(tries = 1000, seed = "20261129")
  void lambdaOne_hasTheMaxWeightObjective(@ForAll long seed) {
    MatchingProblem problem = problem(seed);
    Assume.that(hasAttributes(problem));
    Prepared prepared = Prepared.prepare(problem, ONE_THREAD);
    Matching reference = new MaxWeightStrategy(ONE_THREAD).match(prepared);
    Matching m =
        new DiversitySeekingStrategy(ONE_THREAD, RANDOM_ATTRIBUTES.withLambda(1.0)).match(prepared);
    assertThat(m.objective())
        .isCloseTo(reference.objective(), within(1e-9 * (1 + Math.abs(reference.objective()))));
    assertThat(m.diagnostics().values().get("iterations")).isEqualTo(1.0);
  }

  @Property(tries = 500, seed = "20261129")
  void sameInput_sameMatching(@ForAll long seed) {
    MatchingProblem problem = problem(seed);
    Matching a =
        PeerMatch.strategy(
                Strategy.of(DiversitySeekingStrategy.NAME), MatchOptions.DEFAULTS.withThreads(1))
            .match(problem);
    Matching b =
        PeerMatch.strategy(
                Strategy.of(DiversitySeekingStrategy.NAME), MatchOptions.DEFAULTS.withThreads(1))
            .match(problem);
    assertThat(a.pairs()).isEqualTo(b.pairs());
    assertThat(a.diagnostics().values().get("objective"))
        .isEqualTo(b.diagnostics().values().get("objective"));
  }

  @Property(tries = 1000, seed = "20261129")
  void objective_isAtLeastThePureBlendMatchings(@ForAll long seed) {
    MatchingProblem problem = problem(seed);
    Assume.that(hasAttributes(problem));
    Prepared prepared = Prepared.prepare(problem, ONE_THREAD);
    DiversityOptions options = RANDOM_ATTRIBUTES.withSpread(2.0).withFloor(0.5);
    Map<String, Double> many =
        new DiversitySeekingStrategy(ONE_THREAD, options.withIterations(5))
            .match(prepared)
            .diagnostics()
            .values();
    Map<String, Double> one =
        new DiversitySeekingStrategy(ONE_THREAD, options.withIterations(1))
            .match(prepared)
            .diagnostics()
            .values();
    assertThat(many.get("objective")).isGreaterThanOrEqualTo(one.get("objective") - 1e-9);
    assertThat(many.get("objective")).isLessThanOrEqualTo(many.get("objective_upper_bound") + 1e-9);
  }
}
