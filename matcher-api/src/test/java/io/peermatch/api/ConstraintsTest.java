package io.peermatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConstraintsTest {

  private final Participant coreOslo =
      Participant.builder("a").attribute("team", "core").attribute("location", "oslo").build();
  private final Participant coreBergen =
      Participant.builder("b").attribute("team", "core").attribute("location", "bergen").build();
  private final Participant webOslo =
      Participant.builder("c").attribute("team", "web").attribute("location", "oslo").build();
  private final Participant noAttributes = Participant.builder("d").build();
  private final Participant alsoNoAttributes = Participant.builder("e").build();

  @Test
  void differentValue_allowsOnlyDifferentValues() {
    Constraint.PairRule rule = Constraints.differentValue("team");
    assertThat(rule.allows(coreOslo, coreBergen, 1)).isFalse();
    assertThat(rule.allows(coreOslo, webOslo, 1)).isTrue();
    assertThat(rule.allows(webOslo, coreOslo, 1)).isTrue();
    assertThat(rule.name()).isEqualTo("different team");
  }

  @Test
  void differentValue_missingAttribute_neverEqualsAnything() {
    Constraint.PairRule rule = Constraints.differentValue("team");
    assertThat(rule.allows(coreOslo, noAttributes, 1)).isTrue();
    assertThat(rule.allows(noAttributes, coreOslo, 1)).isTrue();
    // Two people who both lack the attribute do not share a value either.
    assertThat(rule.allows(noAttributes, alsoNoAttributes, 1)).isTrue();
  }

  @Test
  void sameValue_allowsOnlyEqualValues() {
    Constraint.PairRule rule = Constraints.sameValue("location");
    assertThat(rule.allows(coreOslo, webOslo, 0)).isTrue();
    assertThat(rule.allows(coreOslo, coreBergen, 0)).isFalse();
    assertThat(rule.name()).isEqualTo("same location");
  }

  @Test
  void sameValue_missingAttribute_neverEqualsAnything() {
    Constraint.PairRule rule = Constraints.sameValue("location");
    assertThat(rule.allows(coreOslo, noAttributes, 1)).isFalse();
    assertThat(rule.allows(noAttributes, coreOslo, 1)).isFalse();
    assertThat(rule.allows(noAttributes, alsoNoAttributes, 1)).isFalse();
  }

  @Test
  void attributeName_blank_rejected() {
    assertThatThrownBy(() -> Constraints.differentValue(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attribute name must not be blank");
    assertThatThrownBy(() -> Constraints.sameValue(""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void notPairedWithin_forbidsOnlyTheLastRounds() {
    History history =
        History.builder()
            .round(IdPair.of("a", "b")) // 3 rounds ago
            .round(IdPair.of("a", "c")) // 2 rounds ago
            .round(IdPair.of("b", "c")) // last round
            .build();
    Constraint.PairRule two = Constraints.notPairedWithinLastRounds(2, history);
    assertThat(two.allows(coreOslo, coreBergen, 1)).isTrue(); // met 3 rounds ago
    assertThat(two.allows(coreOslo, webOslo, 1)).isFalse(); // met 2 rounds ago
    assertThat(two.allows(webOslo, coreBergen, 1)).isFalse(); // met last round, reversed order
    assertThat(two.allows(coreOslo, noAttributes, 1)).isTrue(); // never met
    Constraint.PairRule zero = Constraints.notPairedWithinLastRounds(0, history);
    assertThat(zero.allows(webOslo, coreBergen, 1)).isTrue();
    Constraint.PairRule three = Constraints.notPairedWithinLastRounds(3, history);
    assertThat(three.allows(coreOslo, coreBergen, 1)).isFalse();
    assertThat(two.name()).isEqualTo("not paired within the last 2 rounds");
  }

  @Test
  void notPairedWithin_negativeCoolDown_rejectedNamingValue() {
    assertThatThrownBy(() -> Constraints.notPairedWithinLastRounds(-1, History.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cool-down must be at least 0 rounds but was -1");
  }

  @Test
  void forbidden_forbidsTheListedPairsInEitherOrder() {
    Constraint.PairRule rule = Constraints.forbidden(IdPair.of("b", "a"));
    assertThat(rule.allows(coreOslo, coreBergen, 1)).isFalse();
    assertThat(rule.allows(coreBergen, coreOslo, 1)).isFalse();
    assertThat(rule.allows(coreOslo, webOslo, 1)).isTrue();
    assertThat(rule.name()).isEqualTo("forbidden pair");
  }

  @Test
  void minimumScore_comparesTheGivenScore() {
    Constraint.PairRule rule = Constraints.minimumScore(0.2);
    assertThat(rule.allows(coreOslo, webOslo, 0.2)).isTrue();
    assertThat(rule.allows(coreOslo, webOslo, 0.19999)).isFalse();
    assertThat(rule.allows(coreOslo, webOslo, 5)).isTrue();
    assertThat(rule.name()).isEqualTo("minimum score 0.2");
  }

  @Test
  void minimumScore_nonFinite_rejectedNamingValue() {
    assertThatThrownBy(() -> Constraints.minimumScore(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimum score must be finite but was NaN");
    assertThatThrownBy(() -> Constraints.minimumScore(Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-Infinity");
  }

  @Test
  void prefer_nonFiniteWeight_rejectedNamingValueAndRule() {
    assertThatThrownBy(() -> Constraints.prefer(Constraints.differentValue("team"), Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN")
        .hasMessageContaining("different team");
    assertThatThrownBy(
            () -> Constraints.prefer(Constraints.sameValue("location"), Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Infinity")
        .hasMessageContaining("same location");
  }

  @Test
  void prefer_weightWhoseSumsCouldOverflow_rejectedNamingTheLimitTheValueAndTheRule() {
    // Two preferences of 1e308 on one pair would sum to infinity.
    assertThatThrownBy(() -> Constraints.prefer(Constraints.differentValue("team"), 1e308))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "preference weight must be finite and at most 1e12 in magnitude (so that sums stay"
                + " finite) but was 1.0E308 for 'different team'");
    assertThatThrownBy(() -> Constraints.prefer(Constraints.sameValue("location"), -1.5e12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was -1.5E12 for 'same location'");
    assertThat(Constraints.prefer(Constraints.sameValue("location"), -1e12).weight())
        .isEqualTo(-Constraints.MAX_WEIGHT);
  }

  @Test
  void prefer_namesItsRule() {
    Constraint.Preference p = Constraints.prefer(Constraints.differentValue("department"), -0.5);
    assertThat(p.name()).isEqualTo("prefer different department");
    assertThat(p.weight()).isEqualTo(-0.5);
  }

  @Test
  void pinned_keepsOrder() {
    Constraint.PinnedPairs p = Constraints.pinned(IdPair.of("a", "c"), IdPair.of("b", "d"));
    assertThat(p.pairs()).containsExactly(IdPair.of("a", "c"), IdPair.of("b", "d"));
  }
}
