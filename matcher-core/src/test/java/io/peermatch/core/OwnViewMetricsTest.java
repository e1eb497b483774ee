package io.peermatch.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.api.Constraints;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.core.synthetic.Organisation;
import io.peermatch.core.synthetic.SyntheticOrganisation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The own-view stability metrics agree with what the stable strategies promise. */
class OwnViewMetricsTest {

  private static Metrics evaluate(PreparedProblem prepared, String strategy) {
    Matching m = prepared.match(Strategy.of(strategy));
    return Evaluation.evaluate(prepared, m, EvaluationOptions.DEFAULTS);
  }

  @Test
  void galeShapley_hasNoBlockingPairUnderOwnViews_whileMaxWeightMayHave() {
    Organisation org = SyntheticOrganisation.generate(600, 3);
    MatchingProblem problem =
        MatchingProblem.twoSided(org.mentors(), org.mentees())
            .constraint(Constraints.differentValue("team"))
            .build();
    PreparedProblem prepared = PeerMatch.prepare(problem);
    Metrics stable = evaluate(prepared, "gale-shapley");
    assertThat(stable.get("blocking_pairs_own_views")).isZero();
    assertThat(stable.get("rank_max_own_views")).isPositive();
    assertThat(stable.get("egalitarian_cost_own_views"))
        .isEqualTo(stable.get("rank_mean_own_views") * 2 * stable.get("size"), within());
    Metrics weighted = evaluate(prepared, "max-weight");
    assertThat(weighted.get("blocking_pairs_own_views")).isPositive();
  }

  @Test
  void stableRoommates_onAPoolWithAStableMatching_hasNoBlockingPair() {
    // Two obvious pairs: a and b teach each other go/sql, c and d rust/java.
    MatchingProblem pool =
        MatchingProblem.pool(
                List.of(
                    Participant.builder("a").offers("go:1").seeks("sql:1").build(),
                    Participant.builder("b").offers("sql:1").seeks("go:1").build(),
                    Participant.builder("c").offers("rust:1").seeks("java:1").build(),
                    Participant.builder("d").offers("java:1").seeks("rust:1").build()))
            .build();
    PreparedProblem prepared = PeerMatch.prepare(pool);
    Metrics m = evaluate(prepared, "stable-roommates");
    assertThat(m.get("size")).isEqualTo(2);
    assertThat(m.get("blocking_pairs_own_views")).isZero();
    assertThat(m.get("rank_max_own_views")).isEqualTo(1);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
