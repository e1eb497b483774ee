package io.peermatch.core.internal.groups;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.api.Constraints;
import io.peermatch.api.MatchingProblem;
import io.peermatch.core.DiversityOptions;
import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.internal.problem.CompiledRules;
import io.peermatch.core.internal.problem.CompiledScoring;
import io.peermatch.core.kernel.SolveControl;
import io.peermatch.core.synthetic.SyntheticOrganisation;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link GroupCandidates}: every sampled pair is allowed, listed once, and valued exactly as the
 * objective values it (recomputed here from the scoring, the rules and the distance, by the sorted
 * merge of {@link CompiledScoring#relevance}); the pairs do not depend on the thread count.
 */
class GroupCandidatesTest {

  @ParameterizedTest
  @CsvSource({"5000, 0.5, 1", "3100, 1.0, 2", "3500, 0.0, 3", "6000, 0.3, 4"})
  void sample_pairsAllowedDistinctExactlyValuedAndTheSameOnAnyThreadCount(
      int n, double lambda, long seed) {
    MatchingProblem problem =
        MatchingProblem.pool(SyntheticOrganisation.generate(n, seed).people())
            .constraint(Constraints.differentValue("team"))
            .seed(seed)
            .build();
    CompiledProblem compiled = CompiledProblem.compile(problem);
    CompiledScoring scoring = CompiledScoring.of(compiled);
    CompiledRules rules = CompiledRules.of(compiled);
    BoundaryDistance distance =
        new BoundaryDistance(compiled, DiversityOptions.DEFAULTS.distanceWeights());
    GroupCandidates.PairValue value =
        new GroupCandidates.PairValue(compiled, scoring, rules, distance);

    GroupCandidates.Pairs one =
        GroupCandidates.sample(compiled, value, lambda, seed, 1, SolveControl.none());
    GroupCandidates.Pairs two =
        GroupCandidates.sample(compiled, value, lambda, seed, 2, SolveControl.none());
    assertThat(two.us()).isEqualTo(one.us());
    assertThat(two.vs()).isEqualTo(one.vs());
    assertThat(two.values()).isEqualTo(one.values());
    assertThat(two.scale()).isEqualTo(one.scale());

    double scale = one.scale();
    assertThat(scale).isPositive();
    Set<Long> seen = new HashSet<>();
    int[] degree = new int[n];
    for (int e = 0; e < one.us().length; e++) {
      int u = one.us()[e];
      int v = one.vs()[e];
      assertThat(u).isLessThan(v);
      assertThat(seen.add((long) u * n + v)).as("pair %d-%d once", u, v).isTrue();
      assertThat(problem.allows(compiled.participant(u), compiled.participant(v))).isTrue();
      double relevance = scoring.relevance(u, v);
      double w = relevance + rules.softTerms(u, v, relevance);
      double expected = lambda * w + (1 - lambda) * scale * distance.of(u, v);
      assertThat(one.values()[e]).as("value of %d-%d", u, v).isEqualTo(expected);
      assertThat(one.values()[e]).isPositive();
      degree[u]++;
      degree[v]++;
    }
    // Each person keeps at most KEEP partners of its own, so there are at most n·KEEP pairs, and
    // (the sample finding someone of positive value for nearly everyone) nobody is left without.
    assertThat(one.us().length).isLessThanOrEqualTo(n * GroupCandidates.KEEP);
    int isolated = 0;
    for (int d : degree) {
      isolated += d == 0 ? 1 : 0;
    }
    assertThat(isolated).isLessThan(n / 100);
  }
}
