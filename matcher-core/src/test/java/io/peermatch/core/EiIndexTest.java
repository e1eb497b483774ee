package io.peermatch.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.api.Diagnostics;
import io.peermatch.api.Explanation;
import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.MatchingStatus;
import io.peermatch.api.Participant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code ei_index_<attribute>} worked out by hand: (E − I)/(E + I) over pairs (Krackhardt and Stern
 * 1988).
 *
 * <pre>
 * mentors  A (dept x, team t1) offers go:1;  B (dept y, team t2, cap 2) offers go:0.5, sql:1
 * mentees  C (dept x, team t1), D (dept y, team t1), E (dept x, team t3)
 * M = {A-E, B-C, B-D}
 * department: A-E internal, B-C external, B-D internal: (1 − 2)/3 = −1/3
 * team:       t1-t3, t2-t1, t2-t1 all external:          (3 − 0)/3 = 1
 * </pre>
 */
class EiIndexTest {

  private static Participant.Builder person(String id, String dept, String team) {
    return Participant.builder(id).attribute("department", dept).attribute("team", team);
  }

  private static MatchedPair pair(String a, String b) {
    return new MatchedPair(a, b, 0.5, 0.5, Explanation.none());
  }

  private static Matching matching(List<MatchedPair> pairs, List<String> unmatched) {
    return new Matching(
        MatchingStatus.OK,
        pairs,
        unmatched,
        0.5 * pairs.size(),
        new Diagnostics("hand", 0, 0, 0, 0, Map.of()));
  }

  @Test
  void twoSided_byHand() {
    MatchingProblem problem =
        MatchingProblem.twoSided(
                List.of(
                    person("A", "x", "t1").offers("go:1").build(),
                    person("B", "y", "t2").offers("go:0.5;sql:1").capacity(2).build()),
                List.of(
                    person("C", "x", "t1").seeks("go:1").build(),
                    person("D", "y", "t1").seeks("sql:0.5").build(),
                    person("E", "x", "t3").seeks("go:0.25;sql:0.5").build()))
            .build();
    Metrics m =
        Evaluation.evaluate(
            problem, matching(List.of(pair("A", "E"), pair("B", "C"), pair("B", "D")), List.of()));
    assertThat(m.get("ei_index_department")).isCloseTo(-1.0 / 3, within(1e-12));
    assertThat(m.get("ei_index_team")).isEqualTo(1.0);
    assertThat(m.has("ei_index_location")).isFalse();
  }

  @Test
  void absentValues_bothAbsentIsInternal_oneAbsentIsExternal() {
    MatchingProblem pool =
        MatchingProblem.pool(
                List.of(
                    Participant.builder("P").attribute("department", "x").seeks("go:1").build(),
                    Participant.builder("Q").offers("go:1").build(),
                    Participant.builder("R").offers("go:1").build(),
                    Participant.builder("S").seeks("go:1").build()))
            .build();
    // P-Q: x against absent, external; R-S: both absent, internal. (1 − 1)/2 = 0.
    Metrics m =
        Evaluation.evaluate(pool, matching(List.of(pair("P", "Q"), pair("R", "S")), List.of()));
    assertThat(m.get("ei_index_department")).isZero();
    Metrics empty = Evaluation.evaluate(pool, matching(List.of(), List.of("P", "Q", "R", "S")));
    assertThat(empty.get("ei_index_department")).isZero();
  }
}
