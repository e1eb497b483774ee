package io.peermatch.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peermatch.api.Constraints;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.preferences.OwnViewStability;
import io.peermatch.core.internal.preferences.ScorePreferences;
import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.kernel.stable.StabilityChecker;
import io.peermatch.core.synthetic.Organisation;
import io.peermatch.core.synthetic.SyntheticOrganisation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Evaluation's own-view metrics on seeded synthetic organisations equal the independent checker's
 * values on the lists {@link ScorePreferences} builds, for the matchings every strategy makes.
 */
class OwnViewStabilityTest {

  @Test
  void mentoring_everyStrategy_matchesTheChecker() {
    Organisation org = SyntheticOrganisation.generate(700, 11);
    MatchingProblem problem =
        MatchingProblem.twoSided(org.mentors(), org.mentees())
            .constraint(Constraints.differentValue("team"))
            .seed(5)
            .build();
    PreparedProblem prepared = PeerMatch.prepare(problem);
    for (String name :
        List.of(
            "greedy", "max-weight", "gale-shapley", "egalitarian-stable", "diversity-seeking")) {
      Metrics metrics = evaluate(prepared, name);
      ScorePreferences.Marriage views =
          ScorePreferences.marriage(prepared.graph(), prepared.engine());
      StabilityChecker.MarriageReport r =
          StabilityChecker.checkMarriage(
              views.instance(), views.matchingOf(positiveEdges(prepared, metrics, name)));
      assertThat(metrics.get("blocking_pairs_own_views")).as(name).isEqualTo(r.blockingPairs());
      assertThat(metrics.get("egalitarian_cost_own_views")).as(name).isEqualTo(r.egalitarianCost());
      assertThat(metrics.get("rank_max_own_views")).as(name).isEqualTo(r.rankMax());
      assertThat(metrics.get("rank_mean_own_views")).as(name).isEqualTo(r.rankMean());
    }
  }

  @Test
  void poolOfCapacityOne_everyStrategy_matchesTheChecker() {
    Organisation org = SyntheticOrganisation.generate(500, 12);
    List<Participant> people = new ArrayList<>();
    for (Participant p : org.people()) {
      people.add(new Participant(p.id(), p.attributes(), p.offers(), p.seeks(), 1));
    }
    MatchingProblem problem =
        MatchingProblem.pool(people).constraint(Constraints.differentValue("team")).seed(6).build();
    PreparedProblem prepared = PeerMatch.prepare(problem);
    for (String name : List.of("greedy", "max-weight", "suitor", "stable-roommates")) {
      Metrics metrics = evaluate(prepared, name);
      ScorePreferences.Roommates views =
          ScorePreferences.roommates(prepared.graph(), prepared.engine());
      StabilityChecker.RoommatesReport r =
          StabilityChecker.checkRoommates(
              views.instance(), views.matesOf(positiveEdges(prepared, metrics, name)));
      assertThat(metrics.get("blocking_pairs_own_views")).as(name).isEqualTo(r.blockingPairs());
      assertThat(metrics.get("egalitarian_cost_own_views")).as(name).isEqualTo(r.cost());
      assertThat(metrics.get("rank_max_own_views")).as(name).isEqualTo(r.rankMax());
      assertThat(metrics.get("rank_mean_own_views")).as(name).isEqualTo(r.rankMean());
    }
  }

  @Test
  void of_edgeTwice_isRejected() {
    PreparedProblem prepared = twoByTwo();
    CandidateGraph graph = prepared.graph();
    CompiledProblem c = prepared.compiled();
    assertThatThrownBy(() -> OwnViewStability.of(graph, c.offers(), c.seeks(), 1, new int[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
  }

  @Test
  void of_moreHolderPartnersThanCapacity_isRejected() {
    PreparedProblem prepared = twoByTwo();
    CandidateGraph graph = prepared.graph();
    CompiledProblem c = prepared.compiled();
    // Left vertex 0 has capacity 1 but both of its edges.
    int[] edges = {graph.edgeBetween(0, 2), graph.edgeBetween(0, 3)};
    assertThatThrownBy(() -> OwnViewStability.of(graph, c.offers(), c.seeks(), 1, edges))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("matching exceeds capacity 1 of vertex 0 with 2 partners");
  }

  private static PreparedProblem twoByTwo() {
    return PeerMatch.prepare(
        MatchingProblem.twoSided(
                List.of(
                    Participant.builder("a").offers("go:1").build(),
                    Participant.builder("b").offers("go:0.5").build()),
                List.of(
                    Participant.builder("x").seeks("go:1").build(),
                    Participant.builder("y").seeks("go:0.5").build()))
            .build());
  }

  private static Metrics evaluate(PreparedProblem prepared, String strategy) {
    Matching m = prepared.match(Strategy.of(strategy));
    return Evaluation.evaluate(prepared, m, EvaluationOptions.DEFAULTS);
  }

  /**
   * The edges of the strategy's matching that have positive weight (a fresh run: deterministic).
   */
  private static int[] positiveEdges(PreparedProblem prepared, Metrics metrics, String strategy) {
    Matching m = prepared.match(Strategy.of(strategy));
    CandidateGraph graph = prepared.graph();
    CompiledProblem c = prepared.compiled();
    int[] edges = new int[m.size()];
    int k = 0;
    for (var pair : m.pairs()) {
      int e = graph.edgeBetween(c.indexOf(pair.first()), c.indexOf(pair.second()));
      if (e >= 0 && graph.weight(e) > 0) {
        edges[k++] = e;
      }
    }
    assertThat(metrics.get("size")).isEqualTo(m.size());
    return java.util.Arrays.copyOf(edges, k);
  }
}
