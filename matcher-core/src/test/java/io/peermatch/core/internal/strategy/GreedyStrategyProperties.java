package io.peermatch.core.internal.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.core.PeerMatch;
import io.peermatch.core.Strategy;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.testing.BruteForce;
import io.peermatch.core.testing.FeasibilityChecker;
import io.peermatch.core.testing.RandomProblems;
import io.peermatch.core.testing.RandomProblems.Settings;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class GreedyStrategyProperties {

  private static final GreedyStrategy GREEDY =
      new GreedyStrategy(CandidateOptions.DEFAULTS.withThreads(1));

  /** Greedy's matching is feasible on random problems of both shapes, capacities 1-3, pins. */
  @Property(tries = 3000, seed = "20261129")
  void match_isFeasible(@ForAll long seed) {
    MatchingProblem problem = RandomProblems.generate(seed, Settings.everything(12));
    FeasibilityChecker.assertFeasible(problem, GREEDY.match(problem));
  }

  /** The same in top-K mode: fewer candidates, still feasible. */
  @Property(tries = 1000, seed = "20261129")
  void match_topK_isFeasible(@ForAll long seed) {
    MatchingProblem problem = RandomProblems.generate(seed, Settings.everything(12));
    Matching m =
        new GreedyStrategy(
                CandidateOptions.DEFAULTS.withExactPairLimit(0).withK(2).withPostingLimit(2))
            .match(problem);
    FeasibilityChecker.assertFeasible(problem, m);
  }

  /** Greedy picks what the textbook greedy over all allowed pairs picks (no soft preferences). */
  @Property(tries = 2000, seed = "20261129")
  void match_equalsReferenceGreedy(@ForAll long seed) {
    MatchingProblem problem =
        RandomProblems.generate(
            seed, Settings.everything(9).withDyadic(true).withPreferences(false));
    assertThat(pairKeys(problem, GREEDY.match(problem)))
        .containsExactlyInAnyOrderElementsOf(BruteForce.referenceGreedy(problem));
  }

  /** The same with soft preferences. */
  @Property(tries = 2000, seed = "20261129")
  void match_withPreferences_equalsReferenceGreedy(@ForAll long seed) {
    MatchingProblem problem =
        RandomProblems.generate(seed, Settings.everything(9).withDyadic(true));
    assertThat(pairKeys(problem, GREEDY.match(problem)))
        .containsExactlyInAnyOrderElementsOf(BruteForce.referenceGreedy(problem));
  }

  /** Greedy keeps at least half of the maximum weight (Avis 1983) on tiny instances. */
  @Property(tries = 2000, seed = "20261129")
  void match_isAtLeastHalfTheMaximumWeight(@ForAll long seed) {
    MatchingProblem problem =
        RandomProblems.generate(
            seed,
            Settings.everything(8)
                .withPins(false)
                .withPreferences(false)
                .withShape(
                    seed % 2 == 0 ? RandomProblems.Shape.POOL : RandomProblems.Shape.EITHER));
    Assume.that(problem.isPool() ? problem.size() <= 8 : problem.size() <= 8);
    List<BruteForce.Pair> pairs = BruteForce.positivePairs(problem);
    Assume.that(pairs.size() <= 22);
    double best = BruteForce.maxWeight(problem, pairs);
    Matching m = GREEDY.match(problem);
    assertThat(m.objective()).isLessThanOrEqualTo(best + 1e-9);
    assertThat(m.objective()).isGreaterThanOrEqualTo(best / 2 - 1e-9);
  }

  /** Same problem, same answer; and the registry's greedy is this strategy. */
  @Property(tries = 300, seed = "20261129")
  void match_isDeterministic(@ForAll long seed) {
    MatchingProblem problem = RandomProblems.generate(seed, Settings.everything(12));
    Matching a = GREEDY.match(problem);
    Matching b = PeerMatch.strategy(Strategy.of("greedy")).match(problem);
    assertThat(b.pairs()).isEqualTo(a.pairs());
    assertThat(b.unmatched()).isEqualTo(a.unmatched());
    assertThat(b.objective()).isEqualTo(a.objective());
  }

  static Set<Long> pairKeys(MatchingProblem problem, Matching matching) {
    Map<String, Integer> index = BruteForce.indexById(problem);
    int n = problem.size();
    Set<Long> keys = new HashSet<>();
    for (MatchedPair p : matching.pairs()) {
      int a = index.get(p.first());
      int b = index.get(p.second());
      keys.add((long) Math.min(a, b) * n + Math.max(a, b));
    }
    return keys;
  }
}
