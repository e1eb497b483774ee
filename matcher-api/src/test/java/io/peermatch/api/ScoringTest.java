package io.peermatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.api.SkillContribution.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTest {

  private static final double EPS = 1e-12;

  // ana teaches go and sql and wants java; ben teaches java and wants go, sql and rust.
  private final Participant ana =
      Participant.builder("ana").offers("go:0.8;sql:0.5").seeks("java:0.4").build();
  private final Participant ben =
      Participant.builder("ben").offers("java:0.9;sql:0.6").seeks("go:0.5;rust:1;sql:0.2").build();

  @Test
  void complementarity_scoresFirstOffersAgainstSecondSeeks() {
    Scoring s = Scoring.complementarity();
    // ana→ben: go 0.8*0.5 + sql 0.5*0.2 = 0.4 + 0.1 = 0.5
    assertThat(s.score(ana, ben)).isCloseTo(0.5, within(EPS));
    // ben→ana: java 0.9*0.4 = 0.36
    assertThat(s.score(ben, ana)).isCloseTo(0.36, within(EPS));
    assertThat(s.name()).isEqualTo("complementarity");
    assertThat(s.contributions(ana, ben))
        .containsExactlyInAnyOrder(
            contribution("go", 0.4, Direction.FIRST_TEACHES_SECOND),
            contribution("sql", 0.1, Direction.FIRST_TEACHES_SECOND));
    assertSumsToScore(s, ana, ben);
    assertSumsToScore(s, ben, ana);
  }

  @Test
  void mutualExchange_addsBothDirections() {
    Scoring s = Scoring.mutualExchange();
    // 0.5 (ana teaches ben) + 0.36 (ben teaches ana) = 0.86, in either order
    assertThat(s.score(ana, ben)).isCloseTo(0.86, within(EPS));
    assertThat(s.score(ben, ana)).isCloseTo(0.86, within(EPS));
    assertThat(s.name()).isEqualTo("mutual-exchange");
    List<SkillContribution> parts = s.contributions(ana, ben);
    assertThat(parts).hasSize(3);
    assertThat(amount(parts, "go", Direction.FIRST_TEACHES_SECOND)).isCloseTo(0.4, within(EPS));
    assertThat(amount(parts, "sql", Direction.FIRST_TEACHES_SECOND)).isCloseTo(0.1, within(EPS));
    assertThat(amount(parts, "java", Direction.SECOND_TEACHES_FIRST)).isCloseTo(0.36, within(EPS));
    assertSumsToScore(s, ana, ben);
    assertSumsToScore(s, ben, ana);
  }

  @Test
  void similarity_scoresOffersAgainstOffers() {
    Scoring s = Scoring.similarity();
    // sql 0.5*0.6 = 0.3 (go and java are offered by one of them only)
    assertThat(s.score(ana, ben)).isCloseTo(0.3, within(EPS));
    assertThat(s.score(ben, ana)).isCloseTo(0.3, within(EPS));
    assertThat(s.contributions(ana, ben))
        .containsExactly(contribution("sql", 0.3, Direction.SHARED));
    assertSumsToScore(s, ana, ben);
  }

  @Test
  void blend_isTheWeightedSum() {
    Scoring s =
        Scoring.blend().add(0.7, Scoring.complementarity()).add(0.3, Scoring.similarity()).build();
    // 0.7*0.5 + 0.3*0.3 = 0.35 + 0.09 = 0.44
    assertThat(s.score(ana, ben)).isCloseTo(0.44, within(EPS));
    // 0.7*0.36 + 0.3*0.3 = 0.252 + 0.09 = 0.342
    assertThat(s.score(ben, ana)).isCloseTo(0.342, within(EPS));
    assertThat(s.name()).isEqualTo("blend(0.7*complementarity, 0.3*similarity)");
    assertSumsToScore(s, ana, ben);
    assertSumsToScore(s, ben, ana);
  }

  @Test
  void blend_mergesTheSameSkillAndDirection() {
    Scoring s =
        Scoring.blend().add(2, Scoring.complementarity()).add(-1, Scoring.mutualExchange()).build();
    // 2*0.5 - 0.86 = 0.14; go: 2*0.4 - 0.4 = 0.4; sql: 2*0.1 - 0.1 = 0.1; java: -0.36
    assertThat(s.score(ana, ben)).isCloseTo(0.14, within(EPS));
    List<SkillContribution> parts = s.contributions(ana, ben);
    assertThat(parts).hasSize(3);
    assertThat(amount(parts, "go", Direction.FIRST_TEACHES_SECOND)).isCloseTo(0.4, within(EPS));
    assertThat(amount(parts, "sql", Direction.FIRST_TEACHES_SECOND)).isCloseTo(0.1, within(EPS));
    assertThat(amount(parts, "java", Direction.SECOND_TEACHES_FIRST)).isCloseTo(-0.36, within(EPS));
    assertSumsToScore(s, ana, ben);
  }

  @Test
  void blend_empty_rejected() {
    assertThatThrownBy(() -> Scoring.blend().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one component");
  }

  @Test
  void blend_nonFiniteWeight_rejectedNamingValue() {
    assertThatThrownBy(() -> Scoring.blend().add(Double.NaN, Scoring.similarity()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> Scoring.blend().add(Double.POSITIVE_INFINITY, Scoring.similarity()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Infinity");
  }

  @Test
  void blend_weightWhoseSumsCouldOverflow_rejectedNamingTheLimitAndTheValue() {
    assertThatThrownBy(() -> Scoring.blend().add(1e300, Scoring.similarity()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "blend weight must be finite and at most 1e12 in magnitude (so that sums stay finite)"
                + " but was 1.0E300");
    assertThatThrownBy(() -> Scoring.blend().add(-2e12, Scoring.similarity()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was -2.0E12");
    assertThat(Scoring.blend().add(1e12, Scoring.similarity()).build().components()).hasSize(1);
  }

  @Test
  void custom_callsTheFunctionAndHasNoContributions() {
    Scoring s = Scoring.custom("id-length", (a, b) -> a.id().length() * 10 + b.id().length());
    assertThat(s.score(ana, ben)).isEqualTo(33.0);
    assertThat(s.name()).isEqualTo("id-length");
    assertThat(s.contributions(ana, ben)).isEmpty();
  }

  @Test
  void custom_blankName_rejected() {
    assertThatThrownBy(() -> Scoring.custom(" ", (a, b) -> 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name must not be blank");
  }

  @Test
  void builtIns_emptyVectorsScoreZero() {
    Participant nobody = Participant.of("x", SkillVector.empty(), SkillVector.empty());
    for (Scoring s :
        List.of(Scoring.complementarity(), Scoring.mutualExchange(), Scoring.similarity())) {
      assertThat(s.score(nobody, ben)).isZero();
      assertThat(s.score(ana, nobody)).isZero();
      assertThat(s.contributions(nobody, ben)).isEmpty();
    }
  }

  private static SkillContribution contribution(String skill, double amount, Direction d) {
    return new SkillContribution(skill, amount, d);
  }

  private static double amount(List<SkillContribution> parts, String skill, Direction d) {
    return parts.stream()
        .filter(c -> c.skill().equals(skill) && c.direction() == d)
        .mapToDouble(SkillContribution::amount)
        .sum();
  }

  private static void assertSumsToScore(Scoring s, Participant a, Participant b) {
    double sum = 0;
    for (SkillContribution c : s.contributions(a, b)) {
      sum += c.amount();
    }
    assertThat(sum).isCloseTo(s.score(a, b), within(EPS));
  }
}
