package io.peermatch.core.internal.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peermatch.api.Constraints;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.MatchingStatus;
import io.peermatch.api.Participant;
import io.peermatch.api.Scoring;
import io.peermatch.api.SkillVector;
import io.peermatch.core.PeerMatch;
import io.peermatch.core.Strategy;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.candidates.Prepared;
import io.peermatch.core.internal.preferences.ScorePreferences;
import io.peermatch.core.kernel.stable.StableMarriageInstance;
import io.peermatch.core.kernel.stable.StableRoommatesInstance;
import io.peermatch.core.testing.FeasibilityChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StableStrategiesTest {

  private static Participant person(String id, String offers, String seeks, int capacity) {
    return new Participant(
        id, Map.of(), SkillVector.parse(offers), SkillVector.parse(seeks), capacity);
  }

  private static List<String> pairs(Matching m) {
    List<String> out = new ArrayList<>();
    for (MatchedPair p : m.pairs()) {
      out.add(p.first() + "-" + p.second());
    }
    return out;
  }

  /**
   * a, b, c each learn most from the next one round a cycle (a from b, b from c, c from a) and d
   * teaches everyone only a little: under the own views (learn + half of teach) the derived lists
   * are a: b > c > d, b: c > a > d, c: a > b > d, Gale and Shapley's (1962) roommates instance
   * without a stable matching.
   */
  private static MatchingProblem cyclicPool() {
    return MatchingProblem.pool(
            List.of(
                person("a", "s3:1", "s1:1;s4:0.25", 1),
                person("b", "s1:1", "s2:1;s4:0.25", 1),
                person("c", "s2:1", "s3:1;s4:0.25", 1),
                person("d", "s4:0.25", "", 1)))
        .build();
  }

  @Test
  void scorePreferences_cyclicPool_givesTheClassicLists() {
    Prepared prepared = Prepared.prepare(cyclicPool());
    StableRoommatesInstance in = ScorePreferences.roommates(prepared.graph(), prepared).instance();
    assertThat(in.list(0)).containsExactly(1, 2, 3);
    assertThat(in.list(1)).containsExactly(2, 0, 3);
    assertThat(in.list(2)).containsExactly(0, 1, 3);
    assertThat(in.list(3)).containsExactlyInAnyOrder(0, 1, 2);
  }

  @Test
  void stableRoommates_noStableMatching_reportsStatusAndBestEffort() {
    Matching m = PeerMatch.strategy(Strategy.of("stable-roommates")).match(cyclicPool());
    assertThat(m.status()).isEqualTo(MatchingStatus.NO_STABLE_MATCHING);
    assertThat(m.pairs()).isNotEmpty();
    assertThat(m.diagnostics().values().get("blocking_pairs_own_views")).isPositive();
    assertThat(m.diagnostics().values().get("set_aside")).isPositive();
    FeasibilityChecker.assertFeasible(cyclicPool(), m);
  }

  /**
   * Two mentors, two mentees. Mentee e1 seeks go at 1 and sql at 0.5, e2 seeks go at 0.5 and sql at
   * 1; mentor m1 offers go at 1, m2 offers sql at 1. Mentee views (offers·seeks): e1 ranks m1 (1)
   * over m2 (0.5), e2 ranks m2 over m1. Mentor views (overlap share): m1 ranks e1 (1) over e2
   * (0.5), m2 ranks e2 over e1. Everyone's first choice is mutual: {m1-e1, m2-e2}.
   */
  @Test
  void galeShapley_mutualFirstChoices() {
    MatchingProblem problem =
        MatchingProblem.twoSided(
                List.of(person("m1", "go:1", "", 1), person("m2", "sql:1", "", 1)),
                List.of(person("e1", "", "go:1;sql:0.5", 1), person("e2", "", "go:0.5;sql:1", 1)))
            .build();
    for (String name :
        List.of("gale-shapley", "egalitarian-stable", "minimum-regret-stable", "balanced-stable")) {
      Matching m = PeerMatch.strategy(Strategy.of(name)).match(problem);
      assertThat(pairs(m)).as(name).containsExactly("m1-e1", "m2-e2");
      assertThat(m.diagnostics().values().get("egalitarian_cost_own_views")).isEqualTo(4.0);
      assertThat(m.diagnostics().values().get("rank_max_own_views")).isEqualTo(1.0);
    }
  }

  /** A pinned pair is kept; the rest is stable on the residual own views; capacities hold. */
  @Test
  void galeShapley_pinnedPair_isKept_andTheRestIsStable() {
    List<Participant> mentors =
        List.of(person("m1", "go:1;sql:0.5", "", 2), person("m2", "sql:1", "", 1));
    List<Participant> mentees =
        List.of(
            person("e1", "", "go:1", 1),
            person("e2", "", "sql:1", 1),
            person("e3", "", "go:0.5;sql:0.5", 1));
    MatchingProblem problem =
        MatchingProblem.twoSided(mentors, mentees)
            .constraint(Constraints.pinned(IdPair.of("m1", "e2")))
            .build();
    Matching m = PeerMatch.strategy(Strategy.of("gale-shapley")).match(problem);
    FeasibilityChecker.assertFeasible(problem, m);
    assertThat(pairs(m)).contains("m1-e2");
    assertThat(OwnViews.marriage(problem, m).blockingPairs()).isZero();
    // m1 has one slot left after the pin, m2 one: e1 (go) goes to m1, e3 to m2.
    assertThat(pairs(m)).containsExactlyInAnyOrder("m1-e2", "m1-e1", "m2-e3");
  }

  @Test
  void hardRule_forbidsThePair_forEveryStableStrategy() {
    MatchingProblem problem =
        MatchingProblem.twoSided(
                List.of(person("m1", "go:1", "", 1), person("m2", "go:0.5", "", 1)),
                List.of(person("e1", "", "go:1", 1)))
            .constraint(Constraints.forbidden(IdPair.of("m1", "e1")))
            .build();
    for (String name :
        List.of("gale-shapley", "egalitarian-stable", "minimum-regret-stable", "balanced-stable")) {
      assertThat(pairs(PeerMatch.strategy(Strategy.of(name)).match(problem)))
          .as(name)
          .containsExactly("m2-e1");
    }
  }

  @Test
  void galeShapley_onAPool_isRejected() {
    assertThatThrownBy(() -> PeerMatch.strategy(Strategy.of("gale-shapley")).match(cyclicPool()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'gale-shapley' does not support pool problems");
    assertThat(Strategy.of("stable-roommates").supports(MatchingProblem.Kind.TWO_SIDED)).isFalse();
    assertThat(Strategy.of("egalitarian-stable").supports(MatchingProblem.Kind.POOL)).isFalse();
  }

  @Test
  void latticeStrategies_capacitiesOnBothSides_failNamingTheCapacities() {
    MatchingProblem problem =
        MatchingProblem.twoSided(
                List.of(person("m1", "go:1", "", 2), person("m2", "go:0.5", "", 2)),
                List.of(person("e1", "", "go:1", 3), person("e2", "", "go:0.5", 2)))
            .build();
    assertThatThrownBy(() -> PeerMatch.strategy(Strategy.of("egalitarian-stable")).match(problem))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "strategy 'egalitarian-stable' needs capacities above 1 on one side only but the"
                + " largest remaining are 2 (left) and 2 (right); use gale-shapley for"
                + " many-to-many problems");
    Matching m = PeerMatch.strategy(Strategy.of("gale-shapley")).match(problem);
    assertThat(pairs(m)).containsExactly("m1-e1", "m1-e2", "m2-e1", "m2-e2");
    assertThat(OwnViews.marriage(problem, m).blockingPairs()).isZero();
  }

  /** A capacity larger than the list cannot bind: one mentee with capacity 3 and one mentor. */
  @Test
  void latticeStrategies_capacityAboveListLength_isNotABothSidesCase() {
    MatchingProblem problem =
        MatchingProblem.twoSided(
                List.of(person("m1", "go:1", "", 2)), List.of(person("e1", "", "go:1", 3)))
            .build();
    assertThat(pairs(PeerMatch.strategy(Strategy.of("egalitarian-stable")).match(problem)))
        .containsExactly("m1-e1");
  }

  @Test
  void registry_knowsTheStableNames() {
    assertThat(Strategy.labels())
        .contains(
            "gale-shapley",
            "egalitarian-stable",
            "minimum-regret-stable",
            "balanced-stable",
            "stable-roommates");
  }

  @Test
  void emptyProblems_giveEmptyMatchings() {
    MatchingProblem twoSided = MatchingProblem.twoSided(List.of(), List.of()).build();
    assertThat(PeerMatch.strategy(Strategy.of("balanced-stable")).match(twoSided).pairs())
        .isEmpty();
    MatchingProblem pool = MatchingProblem.pool(List.of()).build();
    Matching m = PeerMatch.strategy(Strategy.of("stable-roommates")).match(pool);
    assertThat(m.pairs()).isEmpty();
    assertThat(m.status()).isEqualTo(MatchingStatus.OK);
  }

  /** Zero-weight candidate pairs are not acceptable: nobody is matched on a negative blend. */
  @Test
  void nonPositiveWeights_areNotAcceptable() {
    MatchingProblem problem =
        MatchingProblem.twoSided(
                List.of(person("m1", "go:1", "", 1)), List.of(person("e1", "", "go:1", 1)))
            .scoring(Scoring.blend().add(-1.0, Scoring.complementarity()).build())
            .build();
    Prepared prepared = Prepared.prepare(problem);
    CandidateGraph g = prepared.graph();
    StableMarriageInstance in = ScorePreferences.marriage(g, prepared).instance();
    assertThat(in.acceptablePairCount()).isZero();
    assertThat(PeerMatch.strategy(Strategy.of("gale-shapley")).match(problem).pairs()).isEmpty();
  }
}
