package io.peermatch.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.api.Constraints;
import io.peermatch.api.Diagnostics;
import io.peermatch.api.Explanation;
import io.peermatch.api.History;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.MatchingStatus;
import io.peermatch.api.Participant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every metric on a small organisation worked out by hand.
 *
 * <pre>
 * mentors  A (dept x, team t1, cap 1) offers go:1
 *          B (dept y, team t2, cap 2) offers go:0.5, sql:1
 * mentees  C (dept x, team t1) seeks go:1
 *          D (dept y, team t1) seeks sql:0.5
 *          E (dept x, team t3) seeks go:0.25, sql:0.5
 *          F (dept z, team t2) seeks nothing
 * complementarity: A-C 1, B-C 0.5, B-D 0.5, A-E 0.25, B-E 0.125 + 0.5 = 0.625
 * the matching M = {A-E 0.25, B-C 0.5, B-D 0.5}
 * </pre>
 */
class EvaluationTest {

  private static final double EPS = 1e-12;

  private final MatchingProblem problem =
      MatchingProblem.twoSided(
              List.of(
                  person("A", "x", "t1", 1).offers("go:1").build(),
                  person("B", "y", "t2", 2).offers("go:0.5;sql:1").build()),
              List.of(
                  person("C", "x", "t1", 1).seeks("go:1").build(),
                  person("D", "y", "t1", 1).seeks("sql:0.5").build(),
                  person("E", "x", "t3", 1).seeks("go:0.25;sql:0.5").build(),
                  person("F", "z", "t2", 1).build()))
          .build();

  private final Matching m =
      matching(pair("A", "E", 0.25), pair("B", "C", 0.5), pair("B", "D", 0.5));

  private static Participant.Builder person(String id, String dept, String team, int capacity) {
    return Participant.builder(id)
        .attribute("department", dept)
        .attribute("team", team)
        .capacity(capacity);
  }

  private static MatchedPair pair(String a, String b, double score) {
    return new MatchedPair(a, b, score, score, Explanation.none());
  }

  private static Matching matching(MatchedPair... pairs) {
    double objective = 0;
    List<String> ids = new ArrayList<>(List.of("A", "B", "C", "D", "E", "F"));
    for (MatchedPair p : pairs) {
      objective += p.weight();
      ids.remove(p.first());
      ids.remove(p.second());
    }
    return new Matching(
        MatchingStatus.OK,
        List.of(pairs),
        ids,
        objective,
        new Diagnostics("hand", 0, 0, 0, 0, Map.of()));
  }

  private Metrics metrics() {
    return Evaluation.evaluate(problem, m);
  }

  @Test
  void sizeAndCoverage() {
    assertThat(metrics().get("size")).isEqualTo(3); // three pairs
    // A, B, C, D, E matched; F not: 5 / 6
    assertThat(metrics().get("coverage")).isCloseTo(5.0 / 6, within(EPS));
  }

  @Test
  void relevanceTotalMeanMin() {
    assertThat(metrics().get("relevance_total")).isCloseTo(1.25, within(EPS)); // .25 + .5 + .5
    assertThat(metrics().get("relevance_mean")).isCloseTo(1.25 / 3, within(EPS)); // 1.25 / 3
    assertThat(metrics().get("relevance_min")).isCloseTo(0.25, within(EPS)); // A-E
  }

  @Test
  void blockingPairs() {
    // Unmatched candidates: A-C (1) and B-E (0.625). Worst partners: A .25, B .5, C .5, E .25.
    // A-C: A 1 > .25 and C 1 > .5: blocking. B-E: B is full but .625 > .5, E .625 > .25: blocking.
    assertThat(metrics().get("blocking_pairs")).isEqualTo(2);
  }

  @Test
  void ranks() {
    // rank = 1 + candidates strictly better than the partner.
    // A-E .25: A has C (1) better → 2; E has B (.625) better → 2.
    // B-C .5: B has E (.625) better (D ties) → 2; C has A (1) better → 2.
    // B-D .5: B → 2; D has only B → 1.
    // ranks 2, 2, 2, 2, 2, 1: sum 11, mean 11 / 6, max 2.
    assertThat(metrics().get("rank_mean")).isCloseTo(11.0 / 6, within(EPS));
    assertThat(metrics().get("rank_max")).isEqualTo(2);
    assertThat(metrics().get("egalitarian_cost")).isEqualTo(11);
  }

  @Test
  void crossRates() {
    // departments: A-E x/x same, B-C y/x cross, B-D y/y same: 1 / 3
    assertThat(metrics().get("cross_department_rate")).isCloseTo(1.0 / 3, within(EPS));
    // teams: A-E t1/t3, B-C t2/t1, B-D t2/t1: all cross, 3 / 3
    assertThat(metrics().get("cross_team_rate")).isCloseTo(1.0, within(EPS));
    // nobody has a location or seniority: not measured
    assertThat(metrics().has("cross_location_rate")).isFalse();
    assertThat(metrics().has("blau_seniority")).isFalse();
  }

  @Test
  void departmentPairEntropy() {
    // D = 3 departments (x, y, z): ln(3 * 4 / 2) = ln 6 at most.
    // pairs {x,x}, {x,y}, {y,y}: each 1/3, H = ln 3; normalised ln 3 / ln 6.
    assertThat(metrics().get("department_pair_entropy"))
        .isCloseTo(Math.log(3) / Math.log(6), within(EPS));
  }

  @Test
  void blau() {
    // department groups (person + partners): A {x, x} 0; B {y, x, y} 1 - (4/9 + 1/9) = 4/9;
    // C {x, y} 1/2; D {y, y} 0; E {x, x} 0. Mean over 5 matched: (4/9 + 1/2) / 5 = 17/90.
    assertThat(metrics().get("blau_department")).isCloseTo(17.0 / 90, within(EPS));
    // team groups: A {t1, t3} 1/2; B {t2, t1, t1} 1 - (1/9 + 4/9) = 4/9; C {t1, t2} 1/2;
    // D {t1, t2} 1/2; E {t3, t1} 1/2. Mean: (2 + 4/9) / 5 = 22/45.
    assertThat(metrics().get("blau_team")).isCloseTo(22.0 / 45, within(EPS));
  }

  @Test
  void priceOfDiversity_withReference() {
    Matching reference = matching(pair("A", "C", 1), pair("B", "E", 0.625), pair("B", "D", 0.5));
    Metrics metrics =
        Evaluation.evaluate(
            PeerMatch.prepare(problem), m, EvaluationOptions.DEFAULTS.withReference(reference));
    // 1.25 / (1 + .625 + .5) = 1.25 / 2.125
    assertThat(metrics.get("price_of_diversity")).isCloseTo(1.25 / 2.125, within(EPS));
    assertThat(metrics().has("price_of_diversity")).isFalse();
  }

  @Test
  void repeats_withHistory() {
    History history =
        History.builder()
            .round(IdPair.of("A", "E"))
            .round(IdPair.of("D", "B"), IdPair.of("C", "F"))
            .build();
    Metrics metrics =
        Evaluation.evaluate(
            PeerMatch.prepare(problem), m, EvaluationOptions.DEFAULTS.withHistory(history));
    // A-E met in round 1, B-D (as D-B) in round 2; B-C never: 2
    assertThat(metrics.get("repeats")).isEqualTo(2);
    assertThat(metrics().has("repeats")).isFalse();
  }

  @Test
  void repeats_fromTheProblemsCoolDownHistory() {
    History history = History.builder().round(IdPair.of("B", "C")).build();
    MatchingProblem withHistory =
        MatchingProblem.twoSided(problem.left(), problem.right())
            .constraint(Constraints.prefer(Constraints.notPairedWithinLastRounds(1, history), -1))
            .build();
    // B-C met last round: 1
    assertThat(Evaluation.evaluate(withHistory, m).get("repeats")).isEqualTo(1);
  }

  @Test
  void giniRelevance() {
    // received: A .25, B .5 + .5 = 1, C .5, D .5, E .25, F 0; total 2.5, mean 2.5 / 6.
    // Σ_i Σ_j |x_i - x_j| over ordered pairs = 2 * (2.5 + 1.25 + 1.25 + .5 + .5) = 12
    // Gini = 12 / (2 * 6² * 2.5 / 6) = 12 / 30 = 0.4
    assertThat(metrics().get("gini_relevance")).isCloseTo(0.4, within(EPS));
  }

  @Test
  void gini_equalAmountsIsZeroAndOneWinnerIsNearOne() {
    assertThat(Evaluation.gini(new double[] {2, 2, 2})).isCloseTo(0, within(EPS));
    // [0, 0, 0, 4]: Σ|xi - xj| = 2 * 3 * 4 = 24; 2 n² mean = 2 * 16 * 1 = 32; 24 / 32 = 0.75
    assertThat(Evaluation.gini(new double[] {0, 4, 0, 0})).isCloseTo(0.75, within(EPS));
    assertThat(Evaluation.gini(new double[0])).isZero();
  }

  @Test
  void emptyMatching_everyMetricIsZeroButBlockingPairs() {
    Metrics metrics = Evaluation.evaluate(problem, matching());
    assertThat(metrics.get("size")).isZero();
    assertThat(metrics.get("coverage")).isZero();
    assertThat(metrics.get("relevance_total")).isZero();
    assertThat(metrics.get("relevance_mean")).isZero();
    assertThat(metrics.get("relevance_min")).isZero();
    // every one of the 5 candidate pairs has two free ends
    assertThat(metrics.get("blocking_pairs")).isEqualTo(5);
    assertThat(metrics.get("rank_mean")).isZero();
    assertThat(metrics.get("rank_max")).isZero();
    assertThat(metrics.get("egalitarian_cost")).isZero();
    assertThat(metrics.get("cross_department_rate")).isZero();
    assertThat(metrics.get("department_pair_entropy")).isZero();
    assertThat(metrics.get("blau_department")).isZero();
    assertThat(metrics.get("gini_relevance")).isZero();
  }

  @Test
  void emptyProblem_isMeasurable() {
    MatchingProblem empty = MatchingProblem.pool(List.of()).build();
    Matching none =
        new Matching(
            MatchingStatus.OK, List.of(), List.of(), 0, new Diagnostics("x", 0, 0, 0, 0, Map.of()));
    Metrics metrics = Evaluation.evaluate(empty, none);
    assertThat(metrics.get("size")).isZero();
    assertThat(metrics.get("coverage")).isZero();
    assertThat(metrics.get("gini_relevance")).isZero();
  }

  @Test
  void unknownId_rejectedNamingIt() {
    assertThatThrownBy(() -> Evaluation.evaluate(problem, matching(pair("A", "zz", 0.1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("matching names unknown participant 'zz'");
  }

  @Test
  void metrics_unknownName_rejectedListingKnownOnes() {
    assertThatThrownBy(() -> metrics().get("happiness"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'happiness'")
        .hasMessageContaining("coverage");
    assertThat(metrics().names())
        .startsWith("size", "coverage", "capacity_fill", "relevance_total");
  }

  @Test
  void departmentPairEntropy_withMissingDepartments_staysWithinOne() {
    // Pool: x, x, y, y, x, -, -, -. Pairs {x,x}, {y,y}, {x,-}, {-,-}: four categories, H = ln 4,
    // but D = 2 gives ln 3 as the "maximum": ln 4 / ln 3 = 1.26.
    List<Participant> people = new ArrayList<>();
    String[] depts = {"x", "x", "y", "y", "x", null, null, null};
    for (int i = 0; i < depts.length; i++) {
      Participant.Builder b = Participant.builder("p" + i).offers("go:1").seeks("go:1");
      if (depts[i] != null) {
        b.attribute("department", depts[i]);
      }
      people.add(b.build());
    }
    MatchingProblem pool = MatchingProblem.pool(people).build();
    Matching pairs =
        new Matching(
            MatchingStatus.OK,
            List.of(
                pair("p0", "p1", 2), pair("p2", "p3", 2), pair("p4", "p5", 2), pair("p6", "p7", 2)),
            List.of(),
            8,
            new Diagnostics("hand", 0, 0, 0, 0, Map.of()));
    assertThat(Evaluation.evaluate(pool, pairs).get("department_pair_entropy")).isBetween(0.0, 1.0);
  }
}
