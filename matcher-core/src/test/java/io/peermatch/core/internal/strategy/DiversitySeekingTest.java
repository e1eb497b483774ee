package io.peermatch.core.internal.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.api.Constraints;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.core.DiversityOptions;
import io.peermatch.core.Evaluation;
import io.peermatch.core.EvaluationOptions;
import io.peermatch.core.MatchOptions;
import io.peermatch.core.Metrics;
import io.peermatch.core.PeerMatch;
import io.peermatch.core.PreparedProblem;
import io.peermatch.core.Strategy;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.synthetic.Organisation;
import io.peermatch.core.synthetic.SyntheticOrganisation;
import io.peermatch.core.testing.FeasibilityChecker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-made cases, bad input, and the trade-off on a small synthetic organisation. */
class DiversitySeekingTest {

  private static Participant mentor(String id, String dept, String skills) {
    return Participant.builder(id).offers(skills).attribute("department", dept).build();
  }

  private static Participant mentee(String id, String dept, String skills) {
    return Participant.builder(id).seeks(skills).attribute("department", dept).build();
  }

  /**
   * Two mentors and two mentees; the same-department pairs are slightly more relevant (1 against
   * 0.8), so max-weight stays inside departments and any λ below 0.9 crosses them.
   */
  private static MatchingProblem twoByTwo() {
    return MatchingProblem.twoSided(
            List.of(mentor("m1", "eng", "go:1"), mentor("m2", "ops", "sql:1")),
            List.of(mentee("e1", "eng", "go:1;sql:0.8"), mentee("e2", "ops", "sql:1;go:0.8")))
        .build();
  }

  private static DiversityOptions departmentOnly() {
    return DiversityOptions.DEFAULTS.withDistanceWeights(Map.of("department", 1.0));
  }

  @Test
  void handCase_blendCrossesDepartments_andLambdaOneDoesNot() {
    MatchingProblem problem = twoByTwo();
    PreparedProblem prepared = PeerMatch.prepare(problem);
    Matching reference = prepared.match(Strategy.MAX_WEIGHT);
    Matching diverse =
        prepared.match(
            Strategy.DIVERSITY_SEEKING, MatchOptions.DEFAULTS.withDiversity(departmentOnly()));
    Matching relevant =
        prepared.match(
            Strategy.DIVERSITY_SEEKING,
            MatchOptions.DEFAULTS.withDiversity(departmentOnly().withLambda(1)));
    FeasibilityChecker.assertFeasible(problem, diverse);
    Metrics d = Evaluation.evaluate(prepared, diverse, EvaluationOptions.DEFAULTS);
    Metrics r = Evaluation.evaluate(prepared, reference, EvaluationOptions.DEFAULTS);
    assertThat(r.get("cross_department_rate")).isZero();
    assertThat(d.get("cross_department_rate")).isEqualTo(1.0);
    assertThat(relevant.pairs()).isEqualTo(reference.pairs());
    assertThat(diverse.diagnostics().values().get("cross_department_share")).isEqualTo(1.0);
    assertThat(diverse.diagnostics().values().get("lambda")).isEqualTo(0.5);
  }

  @Test
  void handCase_floorPushesAcrossAtLambdaOne() {
    MatchingProblem problem = twoByTwo();
    DiversityOptions options =
        departmentOnly().withLambda(1.0).withFloor(1.0).withFloorPenalty(2.0).withIterations(3);
    Matching m = new DiversitySeekingStrategy(CandidateOptions.DEFAULTS, options).match(problem);
    Map<String, Double> values = m.diagnostics().values();
    // Inside: weight 2 (two pairs of 1), penalty 2·S·2; across: 1.6, no penalty.
    assertThat(values.get("cross_department_share")).isEqualTo(1.0);
    assertThat(values.get("objective_floor_penalty")).isZero();
    assertThat(values.get("best_iteration")).isPositive();
    assertThat(values.get("floor_bonus")).isPositive();
  }

  @Test
  void distance_ordinalAttributes() {
    double[] seniority =
        DiversitySeekingStrategy.positions(
            "seniority", new String[] {"junior", "Executive", "cto"});
    assertThat(seniority[0]).isZero();
    assertThat(seniority[1]).isEqualTo(1.0);
    assertThat(seniority[2]).isNaN();
    double[] tenure =
        DiversitySeekingStrategy.positions("tenure", new String[] {"1.0", "5.0", "3", "n/a"});
    assertThat(tenure[0]).isZero();
    assertThat(tenure[1]).isEqualTo(1.0);
    assertThat(tenure[2]).isCloseTo(0.5, within(1e-12));
    assertThat(tenure[3]).isNaN();
    assertThat(DiversitySeekingStrategy.positions("location", new String[] {"x"})).isNull();
  }

  @Test
  void badLambda_isRejectedWithItsValue() {
    assertThatThrownBy(() -> DiversityOptions.DEFAULTS.withLambda(1.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lambda must be in [0, 1] but was 1.2");
    assertThatThrownBy(() -> DiversityOptions.DEFAULTS.withLambda(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lambda must be in [0, 1] but was NaN");
  }

  @Test
  void badOptions_areRejected() {
    assertThatThrownBy(() -> DiversityOptions.DEFAULTS.withFloor(-0.1))
        .hasMessage("floor must be in [0, 1] but was -0.1");
    assertThatThrownBy(() -> DiversityOptions.DEFAULTS.withIterations(0))
        .hasMessage("iterations must be at least 1 but was 0");
    assertThatThrownBy(() -> DiversityOptions.DEFAULTS.withDistanceWeights(Map.of("team", -1.0)))
        .hasMessage(
            "distance weight must be in [0, 1e12] (so that their sum stays finite) but was -1.0"
                + " for attribute 'team'");
    // Two weights of 1e308 would sum to infinity and every distance would become 0.
    assertThatThrownBy(
            () ->
                DiversityOptions.DEFAULTS.withDistanceWeights(
                    Map.of("team", 1e308, "department", 1e308)))
        .hasMessageContaining("but was 1.0E308 for attribute");
    assertThatThrownBy(() -> DiversityOptions.DEFAULTS.withSpread(-1))
        .hasMessage("spread must be in [0, 1e12] (so that sums stay finite) but was -1.0");
    assertThatThrownBy(() -> DiversityOptions.DEFAULTS.withSpread(1e300))
        .hasMessage("spread must be in [0, 1e12] (so that sums stay finite) but was 1.0E300");
    assertThatThrownBy(() -> DiversityOptions.DEFAULTS.withFloorPenalty(1e13))
        .hasMessage("floor penalty must be in [0, 1e12] (so that sums stay finite) but was 1.0E13");
  }

  @Test
  void unknownAttribute_inDistanceWeights_isNamed() {
    DiversityOptions options =
        DiversityOptions.DEFAULTS.withDistanceWeights(Map.of("department", 1.0, "planet", 1.0));
    assertThatThrownBy(
            () ->
                new DiversitySeekingStrategy(CandidateOptions.DEFAULTS, options).match(twoByTwo()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown attribute 'planet' in distance weights; the problem's attributes are:"
                + " department");
  }

  @Test
  void unknownAttribute_forTheFloor_isNamed() {
    DiversityOptions options = departmentOnly().withDepartmentAttribute("division").withFloor(0.5);
    assertThatThrownBy(
            () ->
                new DiversitySeekingStrategy(CandidateOptions.DEFAULTS, options).match(twoByTwo()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown department attribute 'division'");
  }

  @Test
  void registryDefaults_runOnProblemsWithoutTheAttributes() {
    MatchingProblem problem =
        MatchingProblem.twoSided(
                List.of(Participant.builder("m").offers("go:1").build()),
                List.of(Participant.builder("e").seeks("go:1").build()))
            .build();
    Matching m = PeerMatch.strategy(Strategy.of("diversity-seeking")).match(problem);
    assertThat(m.pairs()).hasSize(1);
  }

  @Test
  void smallOrganisation_crossesMoreDepartments_keepingMostRelevance() {
    Organisation org = SyntheticOrganisation.generate(2000, 5);
    crossesMoreDepartments_keepingMostRelevance(
        MatchingProblem.twoSided(org.mentors(), org.mentees())
            .constraint(Constraints.differentValue("team"))
            .build());
  }

  @Test
  void smallOrganisationPool_crossesMoreDepartments_keepingMostRelevance() {
    Organisation org = SyntheticOrganisation.generate(1000, 6);
    crossesMoreDepartments_keepingMostRelevance(
        MatchingProblem.pool(org.people()).constraint(Constraints.differentValue("team")).build());
  }

  private static void crossesMoreDepartments_keepingMostRelevance(MatchingProblem problem) {
    PreparedProblem prepared = PeerMatch.prepare(problem);
    Matching reference = prepared.match(Strategy.MAX_WEIGHT);
    Matching diverse = prepared.match(Strategy.DIVERSITY_SEEKING);
    FeasibilityChecker.assertFeasible(problem, diverse);
    EvaluationOptions options = EvaluationOptions.DEFAULTS.withReference(reference);
    Metrics r = Evaluation.evaluate(prepared, reference, options);
    Metrics d = Evaluation.evaluate(prepared, diverse, options);
    assertThat(d.get("price_of_diversity")).isGreaterThanOrEqualTo(0.8);
    assertThat(d.get("cross_department_rate")).isGreaterThan(r.get("cross_department_rate"));
    assertThat(d.get("department_pair_entropy")).isGreaterThan(r.get("department_pair_entropy"));
    assertThat(d.get("ei_index_department")).isGreaterThan(r.get("ei_index_department"));
  }
}
