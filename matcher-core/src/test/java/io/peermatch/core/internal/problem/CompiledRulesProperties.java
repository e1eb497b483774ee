package io.peermatch.core.internal.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.api.Constraint;
import io.peermatch.api.Explanation;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.core.testing.BruteForce;
import io.peermatch.core.testing.RandomProblems;
import io.peermatch.core.testing.RandomProblems.Settings;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class CompiledRulesProperties {

  /**
   * CompiledRules.allows agrees with every API PairRule.allows, and softTerms with the sum of the
   * preferences that hold, on every ordered pair (same-side pairs included: the rules do not care).
   */
  @Property(tries = 1000, seed = "20261129")
  void allowsAndSoftTerms_equalTheApiRules(@ForAll long seed) {
    MatchingProblem problem = RandomProblems.generate(seed, Settings.everything(9));
    CompiledProblem compiled = CompiledProblem.compile(problem);
    CompiledRules rules = CompiledRules.of(compiled);
    List<Participant> all = problem.participants();
    assertThat(rules.hasHardRules()).isEqualTo(!problem.hardRules().isEmpty());
    for (int a = 0; a < all.size(); a++) {
      for (int b = 0; b < all.size(); b++) {
        if (a == b) {
          continue;
        }
        Participant first = all.get(a);
        Participant second = all.get(b);
        double relevance = problem.relevance(first, second);
        boolean expected = true;
        for (Constraint.PairRule rule : problem.hardRules()) {
          expected &= rule.allows(first, second, relevance);
        }
        assertThat(rules.allows(a, b, relevance))
            .as("allows(%s, %s)", first.id(), second.id())
            .isEqualTo(expected);
        // MinimumScore must look at the relevance it is given, not at a cached one.
        for (double probe : new double[] {-1, 0, 0.3, 10}) {
          boolean e = true;
          for (Constraint.PairRule rule : problem.hardRules()) {
            e &= rule.allows(first, second, probe);
          }
          assertThat(rules.allows(a, b, probe)).isEqualTo(e);
        }
        double soft = BruteForce.softTerms(problem, first, second, relevance);
        assertThat(rules.softTerms(a, b, relevance)).isCloseTo(soft, within(1e-12));
        double listed = 0;
        for (Explanation.Term t : rules.softTermList(a, b, relevance)) {
          listed += t.amount();
        }
        assertThat(listed).isCloseTo(soft, within(1e-12));
      }
    }
  }
}
