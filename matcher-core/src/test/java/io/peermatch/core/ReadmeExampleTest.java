package io.peermatch.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.api.Constraints;
import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.MatchingStatus;
import io.peermatch.api.Participant;
import io.peermatch.api.Scoring;
import io.peermatch.api.SkillContribution;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The five-line usage of the README, compiled and checked on a small organisation. */
class ReadmeExampleTest {

  private final List<Participant> mentors =
      List.of(
          Participant.builder("ana")
              .attribute("team", "core")
              .offers("kubernetes:0.9;go:0.6")
              .build(),
          Participant.builder("ben").attribute("team", "web").offers("css:0.8;sql:0.5").build());

  private final List<Participant> mentees =
      List.of(
          Participant.builder("cai").attribute("team", "web").seeks("kubernetes:1;go:0.2").build(),
          Participant.builder("dee").attribute("team", "core").seeks("css:0.9").build(),
          Participant.builder("eve").attribute("team", "web").seeks("go:0.5;sql:0.5").build());

  @Test
  void readmeExample_matchesAndExplains() {
    MatchingProblem problem =
        MatchingProblem.twoSided(mentors, mentees)
            .scoring(Scoring.complementarity())
            .constraint(Constraints.differentValue("team"))
            .build();
    Matching matching = PeerMatch.match(problem, Strategy.GREEDY);

    // Allowed pairs (different team) and scores:
    //   ana→cai: kubernetes 0.9*1 + go 0.6*0.2 = 1.02
    //   ana→eve: go 0.6*0.5 = 0.30
    //   ben→dee: css 0.8*0.9 = 0.72
    // ana→dee and ben→cai, ben→eve share a team. Greedy takes 1.02, then 0.72; ana is full.
    assertThat(matching.status()).isEqualTo(MatchingStatus.OK);
    assertThat(matching.pairs())
        .extracting(MatchedPair::first, MatchedPair::second)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ana", "cai"),
            org.assertj.core.groups.Tuple.tuple("ben", "dee"));
    assertThat(matching.unmatched()).containsExactly("eve");
    assertThat(matching.pairs().get(0).score()).isCloseTo(1.02, within(1e-12));
    assertThat(matching.pairs().get(1).score()).isCloseTo(0.72, within(1e-12));
    assertThat(matching.objective()).isCloseTo(1.74, within(1e-12));
    assertThat(matching.diagnostics().strategy()).isEqualTo("greedy");

    SkillContribution top = matching.pairs().get(0).explanation().skills().get(0);
    assertThat(top.skill()).isEqualTo("kubernetes");
    assertThat(top.amount()).isCloseTo(0.9, within(1e-12));
    assertThat(top.direction()).isEqualTo(SkillContribution.Direction.FIRST_TEACHES_SECOND);
    assertThat(matching.pairs().get(0).explanation().summary()).startsWith("kubernetes +0.900");
    assertThat(matching.pairs().get(1).explanation().summary()).contains("css");
  }

  @Test
  void strategies_unknownName_rejectedListingTheKnownOnes() {
    assertThatThrownBy(() -> Strategy.of("magic"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'magic'")
        .hasMessageContaining("greedy");
    assertThat(Strategy.labels()).contains("greedy");
    assertThat(Strategy.of("greedy")).isEqualTo(Strategy.GREEDY);
  }
}
