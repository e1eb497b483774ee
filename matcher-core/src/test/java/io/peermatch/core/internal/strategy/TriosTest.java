package io.peermatch.core.internal.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.api.Constraints;
import io.peermatch.api.IdPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.Trio;
import io.peermatch.core.PeerMatch;
import io.peermatch.core.Strategy;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriosTest {

  private static Participant person(String id, String offers, String seeks) {
    return Participant.builder(id).offers(offers).seeks(seeks).build();
  }

  @Test
  void allowTrios_oddPool_placesTheLeftoverWhereItAddsMost() {
    // Mutual exchange (both directions added):
    //   a–c = a teaches c go 0.9·0.4 + c teaches a sql 0.5·0.5 = 0.36 + 0.25 = 0.61 (heaviest)
    //   b–c = b teaches c go 1·0.4 = 0.4;  a–b = a teaches b go 0.9·0.1 = 0.09
    // Greedy pairs a–c; b is left and joins (a, c), adding 0.09 + 0.4 = 0.49.
    MatchingProblem problem =
        MatchingProblem.pool(
                List.of(
                    person("a", "go:0.9", "sql:0.5"),
                    person("b", "go:1", "rust:0.9;go:0.1"),
                    person("c", "sql:0.5", "go:0.4")))
            .allowTrios()
            .build();
    Matching m = PeerMatch.strategy(Strategy.of("greedy")).match(problem);
    assertThat(m.pairs()).hasSize(1);
    assertThat(m.pairs().get(0).ids().unordered()).isEqualTo(IdPair.of("a", "c"));
    assertThat(m.trios()).hasSize(1);
    Trio trio = m.trios().get(0);
    assertThat(trio.joiner()).isEqualTo("b");
    assertThat(List.of(trio.first(), trio.second())).containsExactlyInAnyOrder("a", "c");
    assertThat(trio.addedWeight()).isCloseTo(0.49, within(1e-12));
    assertThat(m.unmatched()).isEmpty();
    assertThat(m.diagnostics().values().get("trio_weight")).isCloseTo(0.49, within(1e-12));
  }

  @Test
  void allowTrios_joinerMustBeAllowedWithBoth() {
    // c may not meet b (same team), so c cannot join the pair (a, b) and stays unmatched.
    Participant a =
        Participant.builder("a").attribute("team", "x").offers("go:0.9").seeks("sql:0.5").build();
    Participant b =
        Participant.builder("b").attribute("team", "y").offers("go:1").seeks("rust:0.9").build();
    Participant c =
        Participant.builder("c").attribute("team", "y").offers("sql:0.5").seeks("go:0.4").build();
    MatchingProblem problem =
        MatchingProblem.pool(List.of(a, b, c))
            .constraint(Constraints.differentValue("team"))
            .allowTrios()
            .build();
    Matching m = PeerMatch.strategy(Strategy.of("greedy")).match(problem);
    assertThat(m.trios()).isEmpty();
    assertThat(m.unmatched()).hasSize(1);
  }

  @Test
  void withoutTrios_theLeftoverStaysUnmatched() {
    MatchingProblem problem =
        MatchingProblem.pool(
                List.of(
                    person("a", "go:0.9", "sql:0.5"),
                    person("b", "go:1", "rust:0.9"),
                    person("c", "sql:0.5", "go:0.4")))
            .build();
    Matching m = PeerMatch.strategy(Strategy.of("greedy")).match(problem);
    assertThat(m.trios()).isEmpty();
    assertThat(m.unmatched()).hasSize(1);
  }

  @Test
  void allowTrios_twoSided_rejected() {
    assertThatThrownBy(
            () ->
                MatchingProblem.twoSided(
                        List.of(person("a", "go:1", "")), List.of(person("b", "", "go:1")))
                    .allowTrios()
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("one-pool");
  }

  @Test
  void allowTrios_capacityAboveOne_rejected() {
    Participant two = Participant.builder("a").offers("go:1").capacity(2).build();
    assertThatThrownBy(
            () -> MatchingProblem.pool(List.of(two, person("b", "", "go:1"))).allowTrios().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("participant a has capacity 2");
  }
}
