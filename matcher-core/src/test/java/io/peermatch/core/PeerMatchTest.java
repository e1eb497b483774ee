package io.peermatch.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peermatch.api.Constraints;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.MatchingStrategy;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.strategy.GaleShapleyStrategy;
import io.peermatch.core.kernel.InstanceKind;
import io.peermatch.core.synthetic.Organisation;
import io.peermatch.core.synthetic.SyntheticOrganisation;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The facade: typed names, the one registry, options, and prepare once, run many. */
class PeerMatchTest {

  private static final Organisation ORG = SyntheticOrganisation.generate(400, 5);

  private static MatchingProblem mentoring() {
    return MatchingProblem.twoSided(ORG.mentors(), ORG.mentees())
        .constraint(Constraints.differentValue("team"))
        .seed(3)
        .build();
  }

  private static MatchingProblem pool() {
    return MatchingProblem.pool(ORG.people())
        .constraint(Constraints.differentValue("team"))
        .build();
  }

  @Test
  void labels_areTheStableNamesInRegistryOrder() {
    assertThat(Strategy.labels())
        .containsExactly(
            "greedy",
            "max-weight",
            "suitor",
            "auction",
            "gale-shapley",
            "egalitarian-stable",
            "minimum-regret-stable",
            "balanced-stable",
            "stable-roommates",
            "diversity-seeking");
    for (Strategy s : Strategy.values()) {
      assertThat(Strategy.of(s.label())).isEqualTo(s);
      assertThat(StrategyRegistry.create(s, MatchOptions.DEFAULTS).name()).isEqualTo(s.label());
      assertThat(PeerMatch.strategy(s).name()).isEqualTo(s.label());
    }
  }

  @Test
  void of_unknownName_listsEveryName() {
    assertThatThrownBy(() -> Strategy.of("hungarian"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown strategy 'hungarian'; strategies are: greedy, max-weight, suitor, auction,"
                + " gale-shapley, egalitarian-stable, minimum-regret-stable, balanced-stable,"
                + " stable-roommates, diversity-seeking");
  }

  @Test
  void supporting_splitsTheStrategiesByShape() {
    assertThat(Strategy.supporting(MatchingProblem.Kind.TWO_SIDED))
        .containsExactlyElementsOf(
            EnumSet.complementOf(EnumSet.of(Strategy.SUITOR, Strategy.STABLE_ROOMMATES)));
    assertThat(Strategy.supporting(MatchingProblem.Kind.POOL))
        .containsExactly(
            Strategy.GREEDY,
            Strategy.MAX_WEIGHT,
            Strategy.SUITOR,
            Strategy.STABLE_ROOMMATES,
            Strategy.DIVERSITY_SEEKING);
  }

  @Test
  void kernels_byKindOfInstance() {
    assertThat(Strategy.withKernel(InstanceKind.ASSIGNMENT))
        .containsExactly(Strategy.GREEDY, Strategy.MAX_WEIGHT, Strategy.AUCTION);
    assertThat(Strategy.withKernel(InstanceKind.GENERAL))
        .containsExactly(Strategy.GREEDY, Strategy.MAX_WEIGHT, Strategy.SUITOR);
    assertThat(Strategy.withKernel(InstanceKind.MARRIAGE))
        .containsExactly(
            Strategy.GALE_SHAPLEY,
            Strategy.EGALITARIAN_STABLE,
            Strategy.MINIMUM_REGRET_STABLE,
            Strategy.BALANCED_STABLE);
    assertThat(Strategy.withKernel(InstanceKind.ROOMMATES))
        .containsExactly(Strategy.STABLE_ROOMMATES);
    assertThat(Strategy.of("auction", InstanceKind.ASSIGNMENT)).isEqualTo(Strategy.AUCTION);
    assertThatThrownBy(() -> Strategy.of("auction", InstanceKind.GENERAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "strategy 'auction' is not available for general problems; strategies are: greedy,"
                + " max-weight, suitor");
    assertThatThrownBy(() -> Strategy.DIVERSITY_SEEKING.assignmentKernel())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'diversity-seeking' has no kernel for assignment instances")
        .hasMessageContaining("greedy, max-weight, auction");
  }

  @Test
  void prepareOnce_runMany_equalsMatchingEachTime() {
    for (MatchingProblem problem : List.of(mentoring(), pool())) {
      PreparedProblem prepared = PeerMatch.prepare(problem);
      assertThat(prepared.problem()).isSameAs(problem);
      assertThat(prepared.options()).isEqualTo(MatchOptions.DEFAULTS);
      assertThat(prepared.candidateGraph().vertexCount()).isEqualTo(problem.size());
      assertThat(prepared.exactCandidates()).isTrue();
      for (Strategy s : Strategy.supporting(problem.kind())) {
        Matching once = prepared.match(s);
        Matching alone = PeerMatch.match(problem, s);
        assertThat(once.pairs()).as(s.label()).isEqualTo(alone.pairs());
        assertThat(once.diagnostics().strategy()).isEqualTo(s.label());
      }
    }
  }

  @Test
  void strategy_unsupportedShape_failsNamingAnAlternative() {
    MatchingStrategy suitor = PeerMatch.strategy(Strategy.SUITOR);
    assertThat(suitor.supports(MatchingProblem.Kind.POOL)).isTrue();
    assertThat(suitor.supports(MatchingProblem.Kind.TWO_SIDED)).isFalse();
    assertThatThrownBy(() -> suitor.match(mentoring()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "strategy 'suitor' does not support two-sided problems; use max-weight or auction for"
                + " two-sided problems");
    assertThatThrownBy(() -> PeerMatch.prepare(pool()).match(Strategy.GALE_SHAPLEY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("use stable-roommates");
  }

  @Test
  void proposer_left_isTheMentorOptimalGaleShapley() {
    MatchingProblem problem = mentoring();
    Matching viaFacade =
        PeerMatch.match(
            problem, Strategy.GALE_SHAPLEY, MatchOptions.DEFAULTS.withProposer(Side.LEFT));
    Matching direct = new GaleShapleyStrategy(CandidateOptions.DEFAULTS, true).match(problem);
    assertThat(viaFacade.pairs()).isEqualTo(direct.pairs());
    assertThat(viaFacade.diagnostics().values()).containsEntry("left_proposes", 1.0);
    Matching mentees = PeerMatch.match(problem, Strategy.GALE_SHAPLEY);
    assertThat(mentees.diagnostics().values()).containsEntry("left_proposes", 0.0);
  }

  @Test
  void diversity_explicitOptions_areStrict_lambdaKeepsTheDefaultsLenient() {
    MatchingProblem problem = mentoring();
    DiversityOptions planets =
        DiversityOptions.DEFAULTS.withDistanceWeights(Map.of("department", 1.0, "planet", 1.0));
    assertThatThrownBy(
            () ->
                PeerMatch.match(
                    problem,
                    Strategy.DIVERSITY_SEEKING,
                    MatchOptions.DEFAULTS.withDiversity(planets)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("planet");
    // A problem without tenure or seniority: the defaults skip what is missing.
    MatchingProblem bare =
        MatchingProblem.twoSided(
                List.of(
                    io.peermatch.api.Participant.builder("m")
                        .attribute("department", "a")
                        .offers("go:1")
                        .build()),
                List.of(
                    io.peermatch.api.Participant.builder("e")
                        .attribute("department", "b")
                        .seeks("go:1")
                        .build()))
            .build();
    Matching m =
        PeerMatch.match(bare, Strategy.DIVERSITY_SEEKING, MatchOptions.DEFAULTS.withLambda(0.2));
    assertThat(m.size()).isEqualTo(1);
    assertThat(m.diagnostics().values()).containsEntry("lambda", 0.2);
  }

  @Test
  void options_withers_copyAndValidate() {
    MatchOptions o =
        MatchOptions.DEFAULTS
            .withCandidates(32)
            .withExactPairLimit(0)
            .withThreads(2)
            .withSeed(7)
            .withProposer(Side.LEFT)
            .withLambda(0.25);
    assertThat(o.candidates()).isEqualTo(32);
    assertThat(o.exactPairLimit()).isZero();
    assertThat(o.threads()).isEqualTo(2);
    assertThat(o.seed()).hasValue(7);
    assertThat(o.proposer()).isEqualTo(Side.LEFT);
    assertThat(o.diversity().lambda()).isEqualTo(0.25);
    assertThat(MatchOptions.DEFAULTS.candidates()).isEqualTo(16);
    assertThat(MatchOptions.DEFAULTS.seed()).isEmpty();
    assertThat(MatchOptions.DEFAULTS.proposer()).isEqualTo(Side.RIGHT);
    assertThat(o).isEqualTo(o.withThreads(2)).isNotEqualTo(MatchOptions.DEFAULTS);
    assertThat(o.hashCode()).isEqualTo(o.withThreads(2).hashCode());
    assertThat(o.toString()).contains("candidates=32", "seed=7", "proposer=LEFT");
    assertThatThrownBy(() -> MatchOptions.DEFAULTS.withCandidates(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("candidates per participant must be at least 1 but was 0");
    assertThatThrownBy(() -> MatchOptions.DEFAULTS.withThreads(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must not be negative but was -1");
    assertThatThrownBy(() -> MatchOptions.DEFAULTS.withLambda(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lambda must be in [0, 1] but was 1.5");
  }

  @Test
  void prepared_otherCandidateSettings_areAConflict_otherThreadsAndLambdaAreNot() {
    PreparedProblem prepared = PeerMatch.prepare(mentoring(), MatchOptions.DEFAULTS);
    assertThatThrownBy(
            () -> prepared.match(Strategy.GREEDY, MatchOptions.DEFAULTS.withExactPairLimit(0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("options must match the preparation's candidate settings and seed");
    assertThatThrownBy(() -> prepared.match(Strategy.GREEDY, MatchOptions.DEFAULTS.withSeed(1)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(
            prepared
                .match(
                    Strategy.DIVERSITY_SEEKING, MatchOptions.DEFAULTS.withThreads(1).withLambda(1))
                .pairs())
        .isEqualTo(prepared.match(Strategy.MAX_WEIGHT).pairs());
  }

  @Test
  void seed_overridesTheProblemsSeed() {
    MatchingProblem seeded = mentoring();
    MatchingProblem unseeded =
        MatchingProblem.twoSided(ORG.mentors(), ORG.mentees())
            .constraint(Constraints.differentValue("team"))
            .build();
    MatchOptions seedThree = MatchOptions.DEFAULTS.withSeed(3);
    PreparedProblem prepared = PeerMatch.prepare(unseeded, seedThree);
    for (Strategy s : List.of(Strategy.GALE_SHAPLEY, Strategy.EGALITARIAN_STABLE)) {
      assertThat(prepared.match(s).pairs())
          .as(s.label())
          .isEqualTo(PeerMatch.match(seeded, s).pairs());
      assertThat(PeerMatch.match(unseeded, s, seedThree).pairs())
          .isEqualTo(PeerMatch.match(seeded, s).pairs());
    }
    Matching m = prepared.match(Strategy.GALE_SHAPLEY);
    assertThat(
            Evaluation.evaluate(prepared, m, EvaluationOptions.DEFAULTS)
                .get("blocking_pairs_own_views"))
        .isZero();
  }
}
