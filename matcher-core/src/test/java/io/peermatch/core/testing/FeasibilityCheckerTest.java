package io.peermatch.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.api.Constraints;
import io.peermatch.api.Diagnostics;
import io.peermatch.api.Explanation;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.MatchingStatus;
import io.peermatch.api.Participant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checker must catch each kind of infeasibility: a checker that cannot fail is a defect. */
class FeasibilityCheckerTest {

  // m1 → e1: go 1*0.5 = 0.5; m1 → e2: 0; m2 → e2: sql 0.5*1 = 0.5; m2 → e1: 0
  private final MatchingProblem problem =
      MatchingProblem.twoSided(
              List.of(
                  Participant.builder("m1").attribute("team", "a").offers("go:1").build(),
                  Participant.builder("m2").attribute("team", "b").offers("sql:0.5").build()),
              List.of(
                  Participant.builder("e1").attribute("team", "b").seeks("go:0.5").build(),
                  Participant.builder("e2").attribute("team", "b").seeks("sql:1").build(),
                  Participant.builder("e3").attribute("team", "c").build()))
          .constraint(Constraints.differentValue("team"))
          .constraint(Constraints.pinned(IdPair.of("m1", "e1")))
          .build();

  private static MatchedPair pair(String a, String b, double score) {
    return new MatchedPair(a, b, score, score, Explanation.none());
  }

  private static Matching matching(List<MatchedPair> pairs, List<String> unmatched) {
    double objective = 0;
    for (MatchedPair p : pairs) {
      objective += p.weight();
    }
    return new Matching(
        MatchingStatus.OK,
        pairs,
        unmatched,
        objective,
        new Diagnostics("test", 0, 0, 0, 0, Map.of()));
  }

  @Test
  void violations_feasible_none() {
    Matching m = matching(List.of(pair("m1", "e1", 0.5)), List.of("m2", "e2", "e3"));
    assertThat(FeasibilityChecker.violations(problem, m)).isEmpty();
  }

  @Test
  void violations_missingPin() {
    Matching m = matching(List.of(), List.of("m1", "m2", "e1", "e2", "e3"));
    assertThat(FeasibilityChecker.violations(problem, m)).anyMatch(v -> v.contains("pinned"));
  }

  @Test
  void violations_hardRuleBroken() {
    // m2 and e2 share team b.
    Matching m = matching(List.of(pair("m1", "e1", 0.5), pair("m2", "e2", 0.5)), List.of("e3"));
    assertThat(FeasibilityChecker.violations(problem, m)).anyMatch(v -> v.contains("hard rule"));
  }

  @Test
  void violations_capacityExceeded() {
    Matching m =
        matching(List.of(pair("m1", "e1", 0.5), pair("m1", "e3", 0.0)), List.of("m2", "e2"));
    assertThat(FeasibilityChecker.violations(problem, m)).anyMatch(v -> v.contains("capacity"));
  }

  @Test
  void violations_wrongScore() {
    Matching m = matching(List.of(pair("m1", "e1", 0.7)), List.of("m2", "e2", "e3"));
    assertThat(FeasibilityChecker.violations(problem, m)).anyMatch(v -> v.contains("score"));
  }

  @Test
  void violations_wrongUnmatchedAndObjective() {
    Matching m =
        new Matching(
            MatchingStatus.OK,
            List.of(pair("m1", "e1", 0.5)),
            List.of("m2", "e2"),
            3.0,
            new Diagnostics("test", 0, 0, 0, 0, Map.of()));
    List<String> v = FeasibilityChecker.violations(problem, m);
    assertThat(v).anyMatch(s -> s.contains("unmatched"));
    assertThat(v).anyMatch(s -> s.contains("objective"));
  }

  @Test
  void violations_sidesSwappedUnknownAndDuplicate() {
    Matching swapped = matching(List.of(pair("e1", "m1", 0.5)), List.of("m2", "e2", "e3"));
    assertThat(FeasibilityChecker.violations(problem, swapped))
        .anyMatch(s -> s.contains("(left, right)"));
    Matching unknown =
        matching(List.of(pair("m1", "e1", 0.5), pair("m2", "zz", 0)), List.of("e2", "e3"));
    assertThat(FeasibilityChecker.violations(problem, unknown))
        .anyMatch(s -> s.contains("unknown"));
    Matching twice =
        matching(List.of(pair("m1", "e1", 0.5), pair("m1", "e1", 0.5)), List.of("m2", "e2", "e3"));
    assertThat(FeasibilityChecker.violations(problem, twice)).anyMatch(s -> s.contains("twice"));
  }
}
