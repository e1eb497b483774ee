package io.peermatch.core.internal.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import java.util.Map;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The {@code suitor} strategy's certificate: {@code optimum_upper_bound} is never below the true
 * optimum (brute force without pins; the exact {@code max-weight} strategy, which honours pins,
 * with them), and {@code approximation_ratio_at_least} is the objective over that bound.
 */
class SuitorStrategyTest {

  private static final CandidateOptions ONE_THREAD = CandidateOptions.DEFAULTS.withThreads(1);

  private static Settings pools(boolean pins) {
    return Settings.everything(9)
        .withShape(RandomProblems.Shape.POOL)
        .withMaxCapacity(1)
        .withPins(pins);
  }

  @Property(tries = 1500, seed = "20261129")
  void bound_isAtLeastTheBruteForceOptimum(@ForAll long seed) {
    MatchingProblem problem = RandomProblems.generate(seed, pools(false));
    Assume.that(problem.isPool());
    List<BruteForce.Pair> pairs = BruteForce.positivePairs(problem);
    Assume.that(pairs.size() <= 22);
    Matching m =
        PeerMatch.strategy(Strategy.of(SuitorStrategy.NAME), MatchOptions.DEFAULTS.withThreads(1))
            .match(problem);
    FeasibilityChecker.assertFeasible(problem, m);
    double best = BruteForce.maxWeight(problem, pairs);
    assertCertificate(m, best);
  }

  @Property(tries = 1000, seed = "20261129")
  void bound_withPins_isAtLeastTheExactOptimum(@ForAll long seed) {
    MatchingProblem problem = RandomProblems.generate(seed, pools(true));
    Assume.that(problem.isPool());
    Matching m =
        PeerMatch.strategy(Strategy.of(SuitorStrategy.NAME), MatchOptions.DEFAULTS.withThreads(1))
            .match(problem);
    FeasibilityChecker.assertFeasible(problem, m);
    double best =
        PeerMatch.strategy(
                Strategy.of(MaxWeightStrategy.NAME), MatchOptions.DEFAULTS.withThreads(1))
            .match(problem)
            .objective();
    assertCertificate(m, best);
  }

  private static void assertCertificate(Matching m, double optimum) {
    Map<String, Double> values = m.diagnostics().values();
    double bound = values.get(SuitorStrategy.UPPER_BOUND);
    double ratio = values.get(SuitorStrategy.RATIO_AT_LEAST);
    assertThat(m.objective()).isLessThanOrEqualTo(optimum + 1e-9 * (1 + Math.abs(optimum)));
    assertThat(bound).isGreaterThanOrEqualTo(optimum - 1e-9 * (1 + Math.abs(optimum)));
    assertThat(ratio).isBetween(0.0, 1.0);
    if (bound > 0) {
      assertThat(ratio).isCloseTo(m.objective() / bound, within(1e-9));
      if (optimum > 0) {
        // Certified, so never above the true ratio.
        assertThat(ratio).isLessThanOrEqualTo(m.objective() / optimum + 1e-9);
      }
    } else {
      assertThat(ratio).isEqualTo(1.0);
    }
  }
}
