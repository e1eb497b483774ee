package io.peermatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingProblemTest {

  private final Participant m1 =
      Participant.builder("m1").attribute("team", "core").offers("go:0.8").build();
  private final Participant m2 =
      Participant.builder("m2").attribute("team", "web").offers("css:1").capacity(2).build();
  private final Participant e1 =
      Participant.builder("e1").attribute("team", "core").seeks("go:0.5").build();
  private final Participant e2 =
      Participant.builder("e2").attribute("team", "web").seeks("css:0.5;go:1").build();

  private MatchingProblem.Builder twoSided() {
    return MatchingProblem.twoSided(List.of(m1, m2), List.of(e1, e2));
  }

  @Test
  void build_twoSided_exposesEverything() {
    MatchingProblem p = twoSided().constraint(Constraints.differentValue("team")).seed(7).build();
    assertThat(p.kind()).isEqualTo(MatchingProblem.Kind.TWO_SIDED);
    assertThat(p.isPool()).isFalse();
    assertThat(p.size()).isEqualTo(4);
    assertThat(p.participants()).containsExactly(m1, m2, e1, e2);
    assertThat(p.seed()).isEqualTo(7);
    assertThat(p.scoring()).isEqualTo(Scoring.complementarity());
    assertThat(p.hardRules()).containsExactly(Constraints.differentValue("team"));
    assertThat(p.preferences()).isEmpty();
    assertThat(p.pinnedPairs()).isEmpty();
  }

  @Test
  void build_empty_isValid() {
    MatchingProblem twoSided = MatchingProblem.twoSided(List.of(), List.of()).build();
    assertThat(twoSided.size()).isZero();
    MatchingProblem pool = MatchingProblem.pool(List.of()).build();
    assertThat(pool.participants()).isEmpty();
  }

  @Test
  void pool_defaultScoring_isMutualExchange() {
    MatchingProblem p = MatchingProblem.pool(List.of(m1, e1)).build();
    assertThat(p.scoring()).isEqualTo(Scoring.mutualExchange());
    assertThat(p.kind()).isEqualTo(MatchingProblem.Kind.POOL);
  }

  @Test
  void pool_explicitScoring_isKept() {
    MatchingProblem p = MatchingProblem.pool(List.of(m1, e1)).scoring(Scoring.similarity()).build();
    assertThat(p.scoring()).isEqualTo(Scoring.similarity());
  }

  @Test
  void relevance_twoSidedIsDirectedAndPoolTakesTheBetterDirection() {
    MatchingProblem two = twoSided().build();
    // m2 → e2: css 1*0.5 = 0.5; e2 → m2: e2 offers nothing = 0
    assertThat(two.relevance(m2, e2)).isCloseTo(0.5, within(1e-15));
    assertThat(two.relevance(e2, m2)).isZero();
    MatchingProblem pool =
        MatchingProblem.pool(List.of(m1, m2, e1, e2)).scoring(Scoring.complementarity()).build();
    assertThat(pool.relevance(e2, m2)).isCloseTo(0.5, within(1e-15));
    assertThat(pool.relevance(m2, e2)).isCloseTo(0.5, within(1e-15));
  }

  @Test
  void allows_appliesEveryHardRule() {
    MatchingProblem p =
        twoSided()
            .constraint(Constraints.differentValue("team"))
            .constraint(Constraints.minimumScore(0.6))
            .build();
    assertThat(p.allows(m1, e1)).isFalse(); // same team
    assertThat(p.allows(m1, e2)).isTrue(); // 0.8 * 1 = 0.8 >= 0.6
    assertThat(p.allows(m2, e1)).isFalse(); // score 0 < 0.6
  }

  @Test
  void duplicateId_sameSide_rejected() {
    Participant copy = Participant.builder("m1").build();
    assertThatThrownBy(() -> MatchingProblem.twoSided(List.of(m1, copy), List.of(e1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate participant id 'm1'");
    assertThatThrownBy(() -> MatchingProblem.pool(List.of(m1, copy)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'m1'");
  }

  @Test
  void duplicateId_acrossSides_rejected() {
    Participant copy = Participant.builder("m1").build();
    assertThatThrownBy(() -> MatchingProblem.twoSided(List.of(m1), List.of(copy)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'m1'")
        .hasMessageContaining("both sides");
  }

  @Test
  void forbidden_unknownId_rejectedNamingId() {
    assertThatThrownBy(
            () -> twoSided().constraint(Constraints.forbidden(IdPair.of("m1", "zed"))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("forbidden pair")
        .hasMessageContaining("'zed'");
  }

  @Test
  void pinned_unknownId_rejectedNamingId() {
    assertThatThrownBy(
            () -> twoSided().constraint(Constraints.pinned(IdPair.of("ghost", "e1"))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pinned pair")
        .hasMessageContaining("'ghost'");
  }

  @Test
  void history_unknownId_rejectedNamingIdAndRound() {
    History history =
        History.builder().round(IdPair.of("m1", "e1")).round(IdPair.of("m2", "x9")).build();
    assertThatThrownBy(
            () -> twoSided().constraint(Constraints.notPairedWithinLastRounds(1, history)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("history round 2")
        .hasMessageContaining("'x9'");
  }

  @Test
  void history_unknownIdInPreference_rejected() {
    History history = History.builder().round(IdPair.of("m1", "x9")).build();
    assertThatThrownBy(
            () ->
                twoSided()
                    .constraint(
                        Constraints.prefer(Constraints.notPairedWithinLastRounds(1, history), 1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x9'");
  }

  @Test
  void forbidden_unknownIdInPreference_rejected() {
    assertThatThrownBy(
            () ->
                twoSided()
                    .constraint(
                        Constraints.prefer(Constraints.forbidden(IdPair.of("m1", "x9")), -1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x9'");
  }

  @Test
  void pinned_selfPair_rejected() {
    assertThatThrownBy(
            () ->
                MatchingProblem.pool(List.of(m1, e1))
                    .constraint(Constraints.pinned(IdPair.of("m1", "m1")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("m1 with itself");
    assertThatThrownBy(
            () -> twoSided().constraint(Constraints.pinned(IdPair.of("e1", "e1"))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("with itself");
  }

  @Test
  void pinned_sameSide_rejected() {
    assertThatThrownBy(
            () -> twoSided().constraint(Constraints.pinned(IdPair.of("m1", "m2"))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(m1, m2)")
        .hasMessageContaining("both are on the left");
    assertThatThrownBy(
            () -> twoSided().constraint(Constraints.pinned(IdPair.of("e1", "e2"))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both are on the right");
  }

  @Test
  void pinned_rightLeftOrder_isAccepted() {
    MatchingProblem p = twoSided().constraint(Constraints.pinned(IdPair.of("e2", "m1"))).build();
    assertThat(p.pinnedPairs()).containsExactly(IdPair.of("e2", "m1"));
  }

  @Test
  void pinned_breakingHardRule_rejectedNamingRule() {
    assertThatThrownBy(
            () ->
                twoSided()
                    .constraint(Constraints.differentValue("team"))
                    .constraint(Constraints.pinned(IdPair.of("m1", "e1")))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("(m1, e1)")
        .hasMessageContaining("'different team'");
  }

  @Test
  void pinned_breakingMinimumScore_rejectedNamingRule() {
    // m2 → e1: m2 offers css, e1 seeks go: score 0 < 0.1
    assertThatThrownBy(
            () ->
                twoSided()
                    .constraint(Constraints.pinned(IdPair.of("m2", "e1")))
                    .constraint(Constraints.minimumScore(0.1))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'minimum score 0.1'");
  }

  @Test
  void pinned_breakingForbidden_rejected() {
    assertThatThrownBy(
            () ->
                twoSided()
                    .constraint(Constraints.forbidden(IdPair.of("e2", "m1")))
                    .constraint(Constraints.pinned(IdPair.of("m1", "e2")))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'forbidden pair'");
  }

  @Test
  void pinned_exceedingCapacity_rejectedNamingIdAndCapacity() {
    // m1 has capacity 1 but is pinned twice.
    assertThatThrownBy(
            () ->
                twoSided()
                    .constraint(Constraints.pinned(IdPair.of("m1", "e1"), IdPair.of("m1", "e2")))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("capacity 1")
        .hasMessageContaining("m1");
  }

  @Test
  void pinned_withinCapacity_accepted() {
    // m2 has capacity 2.
    MatchingProblem p =
        twoSided()
            .constraint(Constraints.pinned(IdPair.of("m2", "e1")))
            .constraint(Constraints.pinned(IdPair.of("m2", "e2")))
            .build();
    assertThat(p.pinnedPairs()).hasSize(2);
  }

  @Test
  void pinned_listedTwice_rejected() {
    assertThatThrownBy(
            () ->
                MatchingProblem.pool(List.of(m2, e1, e2))
                    .constraint(Constraints.pinned(IdPair.of("m2", "e1")))
                    .constraint(Constraints.pinned(IdPair.of("e1", "m2")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("listed twice");
  }

  @Test
  void lists_areCopied() {
    java.util.ArrayList<Participant> left = new java.util.ArrayList<>(List.of(m1));
    MatchingProblem p = MatchingProblem.twoSided(left, List.of(e1)).build();
    left.add(m2);
    assertThat(p.left()).containsExactly(m1);
    assertThatThrownBy(() -> p.constraints().add(Constraints.minimumScore(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
