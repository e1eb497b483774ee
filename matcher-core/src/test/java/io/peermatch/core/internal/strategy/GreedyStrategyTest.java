package io.peermatch.core.internal.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.api.Constraints;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.Scoring;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.testing.FeasibilityChecker;
import java.util.List;
import org.junit.jupiter.api.Test;

class GreedyStrategyTest {

  private static final GreedyStrategy GREEDY = new GreedyStrategy(CandidateOptions.DEFAULTS);
  private static final GreedyStrategy TOP_K =
      new GreedyStrategy(CandidateOptions.DEFAULTS.withExactPairLimit(0).withK(1));

  private final Participant a = Participant.builder("a").offers("go:1").seeks("sql:1").build();
  private final Participant b = Participant.builder("b").offers("sql:0.5").seeks("go:0.5").build();
  private final Participant c = Participant.builder("c").offers("go:0.25").build();

  @Test
  void match_emptyProblems_giveEmptyMatchings() {
    for (MatchingProblem p :
        List.of(
            MatchingProblem.pool(List.of()).build(),
            MatchingProblem.twoSided(List.of(), List.of()).build(),
            MatchingProblem.twoSided(List.of(a, b), List.of()).build(),
            MatchingProblem.pool(List.of(a)).build())) {
      Matching m = GREEDY.match(p);
      assertThat(m.pairs()).isEmpty();
      assertThat(m.objective()).isZero();
      assertThat(m.unmatched()).hasSize(p.size());
      FeasibilityChecker.assertFeasible(p, m);
    }
  }

  @Test
  void match_pool_pairsTheBestMutualExchange() {
    // mutual exchange: a-b = go 1*0.5 + sql 0.5*1 = 1; a-c = 0; b-c = go 0.25*0.5 = 0.125
    MatchingProblem p = MatchingProblem.pool(List.of(a, b, c)).build();
    Matching m = GREEDY.match(p);
    assertThat(m.pairs()).hasSize(1);
    assertThat(m.pairs().get(0).ids().unordered()).isEqualTo(IdPair.of("a", "b"));
    assertThat(m.objective()).isCloseTo(1.0, within(1e-12));
    assertThat(m.unmatched()).containsExactly("c");
  }

  @Test
  void match_pinnedPairOfZeroWeight_isKept() {
    // a-c scores 0 under mutual exchange, but it is pinned; b is left alone.
    MatchingProblem p =
        MatchingProblem.pool(List.of(a, b, c))
            .constraint(Constraints.pinned(IdPair.of("c", "a")))
            .build();
    for (GreedyStrategy s : List.of(GREEDY, TOP_K)) {
      Matching m = s.match(p);
      assertThat(m.pairs())
          .extracting(MatchedPair::ids)
          .extracting(IdPair::unordered)
          .containsExactly(IdPair.of("a", "c"));
      assertThat(m.unmatched()).containsExactly("b");
      FeasibilityChecker.assertFeasible(p, m);
    }
  }

  @Test
  void match_customScoringReturningNaN_rejectedNamingScoringAndPair() {
    for (GreedyStrategy s : List.of(GREEDY, TOP_K)) {
      MatchingProblem p =
          MatchingProblem.twoSided(List.of(a), List.of(b))
              .scoring(Scoring.custom("broken", (x, y) -> Double.NaN))
              .build();
      assertThatThrownBy(() -> s.match(p))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'broken'")
          .hasMessageContaining("NaN")
          .hasMessageContaining("(a, b)");
      // Finite, but a billion pairs of it would not sum to a finite objective.
      MatchingProblem huge =
          MatchingProblem.twoSided(List.of(a), List.of(b))
              .scoring(Scoring.custom("huge", (x, y) -> 1e300))
              .build();
      assertThatThrownBy(() -> s.match(huge))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "scoring 'huge' must return finite scores of at most 1e12 in magnitude but returned"
                  + " 1.0E300 for pair (a, b)");
    }
  }

  @Test
  void match_supportsBothShapes() {
    assertThat(GREEDY.supports(MatchingProblem.Kind.POOL)).isTrue();
    assertThat(GREEDY.supports(MatchingProblem.Kind.TWO_SIDED)).isTrue();
    assertThat(GREEDY.name()).isEqualTo("greedy");
  }
}
