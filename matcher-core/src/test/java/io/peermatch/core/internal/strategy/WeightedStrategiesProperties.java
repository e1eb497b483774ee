package io.peermatch.core.internal.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.core.MatchOptions;
import io.peermatch.core.PeerMatch;
import io.peermatch.core.Strategy;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.testing.BruteForce;
import io.peermatch.core.testing.FeasibilityChecker;
import io.peermatch.core.testing.RandomProblems;
import io.peermatch.core.testing.RandomProblems.Settings;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The weighted strategies on domain problems: feasible (capacities, hard rules, pins) and, for
 * {@code max-weight}, exactly optimal against brute force; the approximations within their
 * guarantees.
 */
class WeightedStrategiesProperties {

  private static final CandidateOptions ONE_THREAD = CandidateOptions.DEFAULTS.withThreads(1);

  private static Settings tiny(long seed) {
    return Settings.everything(8)
        .withPins(false)
        .withShape(seed % 2 == 0 ? RandomProblems.Shape.POOL : RandomProblems.Shape.EITHER);
  }

  @Property(tries = 2000, seed = "20261129")
  void maxWeight_isFeasible(@ForAll long seed) {
    MatchingProblem problem = RandomProblems.generate(seed, Settings.everything(12));
    FeasibilityChecker.assertFeasible(
        problem,
        PeerMatch.strategy(Strategy.of("max-weight"), MatchOptions.DEFAULTS.withThreads(1))
            .match(problem));
  }

  @Property(tries = 2000, seed = "20261129")
  void maxWeight_equalsBruteForceOptimum(@ForAll long seed) {
    MatchingProblem problem = RandomProblems.generate(seed, tiny(seed));
    List<BruteForce.Pair> pairs = BruteForce.positivePairs(problem);
    Assume.that(pairs.size() <= 22);
    double best = BruteForce.maxWeight(problem, pairs);
    Matching m =
        PeerMatch.strategy(Strategy.of("max-weight"), MatchOptions.DEFAULTS.withThreads(1))
            .match(problem);
    assertThat(m.objective())
        .isCloseTo(best, org.assertj.core.api.Assertions.within(1e-9 * (1 + Math.abs(best))));
    if (m.diagnostics().values().containsKey("dual_bound")) {
      assertThat(m.diagnostics().values().get("dual_bound")).isGreaterThanOrEqualTo(best - 1e-9);
    }
  }

  @Property(tries = 1500, seed = "20261129")
  void suitor_onPools_isFeasibleAndAtLeastHalfTheOptimum(@ForAll long seed) {
    MatchingProblem problem =
        RandomProblems.generate(seed, tiny(0).withShape(RandomProblems.Shape.POOL));
    Assume.that(problem.isPool());
    // The suitor algorithm treats every capacity as 1, so its guarantee is against matchings.
    Assume.that(problem.left().stream().allMatch(p -> p.capacity() == 1));
    List<BruteForce.Pair> pairs = BruteForce.positivePairs(problem);
    Assume.that(pairs.size() <= 22);
    Matching m =
        PeerMatch.strategy(Strategy.of("suitor"), MatchOptions.DEFAULTS.withThreads(1))
            .match(problem);
    FeasibilityChecker.assertFeasible(problem, m);
    double best = BruteForce.maxWeight(problem, pairs);
    assertThat(m.objective()).isLessThanOrEqualTo(best + 1e-9);
    assertThat(m.objective()).isGreaterThanOrEqualTo(best / 2 - 1e-9);
  }

  @Property(tries = 1500, seed = "20261129")
  void auction_onTwoSided_isFeasibleAndWithinItsGap(@ForAll long seed) {
    MatchingProblem problem =
        RandomProblems.generate(seed, tiny(1).withShape(RandomProblems.Shape.TWO_SIDED));
    Assume.that(!problem.isPool());
    boolean leftUnit = problem.left().stream().allMatch(p -> p.capacity() == 1);
    boolean rightUnit = problem.right().stream().allMatch(p -> p.capacity() == 1);
    Assume.that(leftUnit || rightUnit);
    List<BruteForce.Pair> pairs = BruteForce.positivePairs(problem);
    Assume.that(pairs.size() <= 22);
    Matching m =
        PeerMatch.strategy(Strategy.of("auction"), MatchOptions.DEFAULTS.withThreads(1))
            .match(problem);
    FeasibilityChecker.assertFeasible(problem, m);
    double best = BruteForce.maxWeight(problem, pairs);
    assertThat(m.objective()).isLessThanOrEqualTo(best + 1e-9);
    double gap = m.diagnostics().values().get("gap_bound");
    assertThat(m.objective()).isGreaterThanOrEqualTo(best - gap - 1e-9);
  }
}
