package io.peermatch.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peermatch.api.Constraints;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.core.synthetic.Organisation;
import io.peermatch.core.synthetic.SyntheticOrganisation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private static final Organisation ORG = SyntheticOrganisation.generate(3000, 5);
  private static final MatchingProblem PROBLEM =
      MatchingProblem.twoSided(ORG.mentors(), ORG.mentees())
          .constraint(Constraints.differentValue("team"))
          .build();
  private static final Suggestions SUGGESTIONS = Suggestions.build(PROBLEM, 10);

  private static final Map<String, Participant> BY_ID = new HashMap<>();

  static {
    for (Participant p : ORG.people()) {
      BY_ID.put(p.id(), p);
    }
  }

  @Test
  void suggest_givesDistinctAllowedPartnersWithExplanations() {
    Participant mentee = ORG.mentees().get(7);
    List<Suggestion> list = SUGGESTIONS.suggest(mentee.id(), 5);
    assertThat(list).hasSize(5);
    Set<String> ids = new HashSet<>();
    for (Suggestion s : list) {
      Participant mentor = BY_ID.get(s.id());
      assertThat(mentor.attributes().get("role")).isEqualTo("mentor");
      assertThat(PROBLEM.allows(mentor, mentee)).isTrue();
      assertThat(s.score()).isEqualTo(PROBLEM.relevance(mentor, mentee), within());
      assertThat(s.explanation().skills()).isNotEmpty();
      assertThat(ids.add(s.id())).isTrue();
    }
  }

  @Test
  void lowerLambda_spreadsTheListOverMoreDepartments() {
    int relevanceOnly = 0;
    int diverse = 0;
    for (Participant mentee : ORG.mentees().subList(0, 60)) {
      relevanceOnly += departments(SUGGESTIONS.suggest(mentee.id(), 5, 1.0));
      diverse += departments(SUGGESTIONS.suggest(mentee.id(), 5, 0.3));
    }
    assertThat(diverse).isGreaterThan(relevanceOnly);
  }

  @Test
  void lambdaOne_isOrderedByExposureAdjustedWeight_andDeterministic() {
    String id = ORG.mentees().get(11).id();
    assertThat(SUGGESTIONS.suggest(id, 10, 1.0)).isEqualTo(SUGGESTIONS.suggest(id, 10, 1.0));
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> SUGGESTIONS.suggest("nobody", 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown participant 'nobody'");
    String id = ORG.mentees().get(0).id();
    assertThatThrownBy(() -> SUGGESTIONS.suggest(id, 11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[1, 10] but was 11");
    assertThatThrownBy(() -> SUGGESTIONS.suggest(id, 3, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lambda must be in [0, 1] but was 1.5");
    assertThatThrownBy(() -> Suggestions.build(PROBLEM, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 but was 0");
  }

  private static int departments(List<Suggestion> list) {
    Set<String> departments = new HashSet<>();
    for (Suggestion s : list) {
      departments.add(BY_ID.get(s.id()).attributes().get("department"));
    }
    return departments.size();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
