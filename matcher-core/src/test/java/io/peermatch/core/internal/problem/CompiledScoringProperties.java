package io.peermatch.core.internal.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.Scoring;
import io.peermatch.core.testing.RandomProblems;
import io.peermatch.core.testing.RandomProblems.Settings;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CompiledScoringProperties {

  private static final Settings SETTINGS = Settings.everything(9).withPins(false);

  /** CompiledScoring.relevance agrees with the API reference on every ordered pair. */
  @Property(tries = 1000, seed = "20261129")
  void relevance_equalsApiRelevance(@ForAll long seed) {
    MatchingProblem problem = RandomProblems.generate(seed, SETTINGS);
    CompiledProblem compiled = CompiledProblem.compile(problem);
    CompiledScoring scoring = CompiledScoring.of(compiled);
    List<Participant> all = problem.participants();
    int n = all.size();
    int left = compiled.leftCount();
    for (int a = 0; a < left; a++) {
      for (int b = problem.isPool() ? 0 : left; b < n; b++) {
        if (a == b) {
          continue;
        }
        double expected = problem.relevance(all.get(a), all.get(b));
        assertThat(scoring.relevance(a, b))
            .as("relevance(%d, %d) under %s", a, b, problem.scoring().name())
            .isCloseTo(expected, within(1e-12));
      }
    }
  }

  @Property(tries = 300, seed = "20261129")
  void forwardIsBetter_pointsAtTheDirectionThatScores(@ForAll long seed) {
    MatchingProblem problem =
        RandomProblems.generate(seed, SETTINGS.withShape(RandomProblems.Shape.POOL));
    CompiledProblem compiled = CompiledProblem.compile(problem);
    CompiledScoring scoring = CompiledScoring.of(compiled);
    Scoring s = problem.scoring();
    for (int a = 0; a < compiled.size(); a++) {
      for (int b = 0; b < compiled.size(); b++) {
        if (a != b) {
          Participant pa = compiled.participant(a);
          Participant pb = compiled.participant(b);
          assertThat(scoring.forwardIsBetter(a, b)).isEqualTo(s.score(pa, pb) >= s.score(pb, pa));
        }
      }
    }
  }

  @Test
  void coefficients_ofEachBuiltIn() {
    assertThat(CompiledScoring.coefficients(Scoring.complementarity())).containsExactly(1, 0, 0);
    assertThat(CompiledScoring.coefficients(Scoring.mutualExchange())).containsExactly(1, 1, 0);
    assertThat(CompiledScoring.coefficients(Scoring.similarity())).containsExactly(0, 0, 1);
    Scoring blend =
        Scoring.blend()
            .add(0.5, Scoring.complementarity())
            .add(2, Scoring.mutualExchange())
            .add(-1, Scoring.similarity())
            .build();
    // c1 = 0.5 + 2 = 2.5; c2 = 2; c3 = -1
    assertThat(CompiledScoring.coefficients(blend)).containsExactly(2.5, 2, -1);
    assertThat(CompiledScoring.coefficients(RandomProblems.custom())).isNull();
    Scoring withCustom =
        Scoring.blend().add(1, Scoring.similarity()).add(1, RandomProblems.custom()).build();
    assertThat(CompiledScoring.coefficients(withCustom)).isNull();
  }
}
