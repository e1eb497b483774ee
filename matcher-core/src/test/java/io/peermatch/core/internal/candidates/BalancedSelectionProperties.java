package io.peermatch.core.internal.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.api.MatchingProblem;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.internal.problem.CompiledRules;
import io.peermatch.core.internal.problem.CompiledScoring;
import io.peermatch.core.internal.strategy.MaxWeightStrategy;
import io.peermatch.core.testing.BruteForce;
import io.peermatch.core.testing.RandomProblems;
import io.peermatch.core.testing.RandomProblems.Scorings;
import io.peermatch.core.testing.RandomProblems.Settings;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The guarantees of the balanced selection ({@link BalancedSelection}). */
class BalancedSelectionProperties {

  /** Second searches without limit: the selection runs to the end. */
  private static final int UNLIMITED = 100_000;

  static CandidateGraph balanced(MatchingProblem problem, CandidateOptions options) {
    CompiledProblem compiled = CompiledProblem.compile(problem);
    return CandidateGenerator.balanced(
        compiled,
        CompiledScoring.of(compiled),
        CompiledRules.of(compiled),
        options,
        UNLIMITED,
        1e18);
  }

  static int budget(MatchingProblem problem, CompiledProblem compiled, int x, int k) {
    int n = compiled.size();
    long partners =
        compiled.isPool()
            ? n - 1
            : (x < compiled.leftCount() ? n - compiled.leftCount() : compiled.leftCount());
    return (int) Math.min(partners, (long) k * compiled.capacity(x));
  }

  /**
   * With exact searches and the selection run to the end, every allowed pair of positive weight
   * that is not a candidate has an end with its whole budget of candidates: nobody is left short
   * while a partner who could take them is short too.
   */
  @Property(tries = 1500, seed = "20261205")
  void everyMissingPair_hasAnEndWithAFullBudget(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int k) {
    MatchingProblem problem =
        RandomProblems.generate(
            seed, Settings.everything(14).withScorings(Scorings.LINEAR).withPreferences(false));
    CandidateOptions options =
        CandidateOptions.DEFAULTS.withK(k).withPostingLimit(Integer.MAX_VALUE).withThreads(1);
    CandidateGraph g = balanced(problem, options);
    CompiledProblem compiled = CompiledProblem.compile(problem);
    int n = compiled.size();
    for (BruteForce.Pair p : BruteForce.positivePairs(problem)) {
      if (g.edgeBetween(p.a(), p.b()) >= 0) {
        continue;
      }
      boolean aFull = g.degree(p.a()) >= budget(problem, compiled, p.a(), k);
      boolean bFull = g.degree(p.b()) >= budget(problem, compiled, p.b(), k);
      assertThat(aFull || bFull)
          .as(
              "missing pair (%d, %d) of weight %s: degrees %d and %d, budgets %d and %d (n %d)",
              p.a(),
              p.b(),
              p.weight(),
              g.degree(p.a()),
              g.degree(p.b()),
              budget(problem, compiled, p.a(), k),
              budget(problem, compiled, p.b(), k),
              n)
          .isTrue();
    }
  }

  /**
   * Every candidate is an allowed pair with its exact weight, pinned pairs are in, and nobody has
   * more than twice their budget (what they hold and what they proposed), whatever the limits.
   */
  @Property(tries = 1500, seed = "20261205")
  void candidates_areAllowedPairs_andDegreesBounded(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3) int k,
      @ForAll @IntRange(min = 1, max = 6) int postingLimit,
      @ForAll @IntRange(min = 0, max = 2) int searches) {
    MatchingProblem problem = RandomProblems.generate(seed, Settings.everything(12));
    CompiledProblem compiled = CompiledProblem.compile(problem);
    CandidateOptions options =
        CandidateOptions.DEFAULTS.withK(k).withPostingLimit(postingLimit).withThreads(1);
    CandidateGraph g =
        CandidateGenerator.balanced(
            compiled,
            CompiledScoring.of(compiled),
            CompiledRules.of(compiled),
            options,
            searches,
            1e18);
    CandidateGeneratorTopKProperties.assertEdgesAreCandidates(problem, g);
    for (int[] pin : BruteForce.pinned(problem)) {
      assertThat(g.edgeBetween(pin[0], pin[1])).as("pinned pair").isNotNegative();
    }
    int pins = BruteForce.pinned(problem).size();
    for (int x = 0; x < compiled.size(); x++) {
      assertThat(g.degree(x))
          .as("degree of %d", x)
          .isLessThanOrEqualTo(2 * budget(problem, compiled, x, k) + pins);
    }
  }

  /**
   * Where every participant's nearest partners are the same few, the balanced graph still lets
   * almost as many pairs form as the complete graph does (99.6 % two-sided and 98.6 % in the pool,
   * measured; 98 % asserted): a tight posting budget (every search reads the heads of the lists).
   * The nearest-partner graph of the same searches is the control: it loses a large share, so the
   * measure can fail.
   */
  @Test
  void tightBudget_balancedFillsWhereNearestDoesNot() {
    for (boolean pool : new boolean[] {false, true}) {
      MatchingProblem problem =
          CandidateGeneratorTopKProperties.organisation(3, pool, pool ? 3000 : 1500, 40);
      double complete =
          pairs(
              CandidateGeneratorProperties.generate(
                      problem, CandidateOptions.DEFAULTS.withExactPairLimit(Long.MAX_VALUE))
                  .graph());
      CandidateOptions options =
          CandidateOptions.DEFAULTS.withExactPairLimit(0).withK(8).withPostingLimit(48);
      double nearest =
          pairs(
              CandidateGeneratorProperties.generate(
                      problem, options.withSelection(CandidateOptions.Selection.NEAREST))
                  .graph());
      double balanced = pairs(CandidateGeneratorProperties.generate(problem, options).graph());
      assertThat(nearest / complete).as("nearest, pool %s", pool).isLessThan(0.9);
      assertThat(balanced / complete).as("balanced, pool %s", pool).isGreaterThanOrEqualTo(0.98);
    }
  }

  /**
   * Second searches that read assortative windows (no head searches left in the allowance) reach
   * partners who can take people whose lists ran out: on the tight-budget organisations they fill
   * at least 98 % of the complete graph's pairs (99.9 % measured, two-sided and pool), and more
   * than the same selection without second searches (95.3 % and 95.6%: the control, so the measure
   * can fail).
   */
  @Test
  void tightBudget_windowSearchesFill() {
    for (boolean pool : new boolean[] {false, true}) {
      MatchingProblem problem =
          CandidateGeneratorTopKProperties.organisation(3, pool, pool ? 3000 : 1500, 40);
      CompiledProblem compiled = CompiledProblem.compile(problem);
      double complete =
          pairs(
              CandidateGeneratorProperties.generate(
                      problem, CandidateOptions.DEFAULTS.withExactPairLimit(Long.MAX_VALUE))
                  .graph());
      CandidateOptions options = CandidateOptions.DEFAULTS.withK(8).withPostingLimit(48);
      double[] filled = new double[2];
      int[] searches = {0, BalancedSelection.MAX_SEARCHES};
      for (int i = 0; i < 2; i++) {
        filled[i] =
            pairs(
                    CandidateGenerator.balanced(
                        compiled,
                        CompiledScoring.of(compiled),
                        CompiledRules.of(compiled),
                        options,
                        searches[i],
                        0))
                / complete;
      }
      assertThat(filled[1]).as("windows, pool %s", pool).isGreaterThanOrEqualTo(0.98);
      assertThat(filled[1]).as("windows against none, pool %s", pool).isGreaterThan(filled[0]);
    }
  }

  /** Pairs of the maximum-weight matching of {@code g}. */
  static double pairs(CandidateGraph g) {
    return MaxWeightStrategy.solve(g).edges().length;
  }
}
