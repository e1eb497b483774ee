package io.peermatch.core.internal.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.api.Constraints;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.Scoring;
import io.peermatch.core.graph.CandidateGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateGeneratorTest {

  private final Participant mentor =
      Participant.builder("m").attribute("department", "d1").offers("go:1").build();
  private final Participant mentee =
      Participant.builder("e").attribute("department", "d2").seeks("sql:1").build();

  @Test
  void exactMode_zeroRelevancePairWithPositiveBonus_isACandidate() {
    // m offers go, e seeks sql: relevance 0; different departments: weight 0 + 0.5 = 0.5.
    MatchingProblem problem =
        MatchingProblem.twoSided(List.of(mentor), List.of(mentee))
            .constraint(Constraints.prefer(Constraints.differentValue("department"), 0.5))
            .build();
    CandidateGraph g =
        CandidateGeneratorProperties.generate(problem, CandidateOptions.DEFAULTS).graph();
    assertThat(g.edgeCount()).isEqualTo(1);
    assertThat(g.weight(0)).isEqualTo(0.5);
  }

  @Test
  void exactMode_customScoring_keepsPairsThatShareNoSkill() {
    MatchingProblem problem =
        MatchingProblem.twoSided(List.of(mentor), List.of(mentee))
            .scoring(Scoring.custom("constant", (a, b) -> 0.25))
            .build();
    CandidateGraph g =
        CandidateGeneratorProperties.generate(problem, CandidateOptions.DEFAULTS).graph();
    assertThat(g.edgeCount()).isEqualTo(1);
    assertThat(g.relevance(0)).isEqualTo(0.25);
  }

  @Test
  void pinnedPair_ofZeroWeight_isInTheGraph() {
    MatchingProblem problem =
        MatchingProblem.twoSided(List.of(mentor), List.of(mentee))
            .constraint(Constraints.pinned(IdPair.of("e", "m")))
            .build();
    for (CandidateOptions options :
        List.of(CandidateOptions.DEFAULTS, CandidateOptions.DEFAULTS.withExactPairLimit(0))) {
      CandidateGraph g = CandidateGeneratorProperties.generate(problem, options).graph();
      assertThat(g.edgeBetween(0, 1)).isEqualTo(0);
      assertThat(g.weight(0)).isZero();
    }
  }
}
