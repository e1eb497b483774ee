package io.peermatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {

  private final History history =
      History.builder()
          .round(IdPair.of("ana", "ben"), IdPair.of("cai", "dee"))
          .round(IdPair.of("ana", "cai"))
          .round(IdPair.of("eve", "ben"))
          .build();

  @Test
  void roundsAgo_countsFromTheLatestRound() {
    assertThat(history.size()).isEqualTo(3);
    assertThat(history.roundsAgo("eve", "ben")).isEqualTo(1);
    assertThat(history.roundsAgo("ana", "cai")).isEqualTo(2);
    assertThat(history.roundsAgo("ana", "ben")).isEqualTo(3);
    assertThat(history.roundsAgo("cai", "dee")).isEqualTo(3);
  }

  @Test
  void roundsAgo_isUnordered() {
    assertThat(history.roundsAgo("ben", "ana")).isEqualTo(3);
    assertThat(history.roundsAgo("ben", "eve")).isEqualTo(1);
  }

  @Test
  void roundsAgo_neverMet_isMaxValue() {
    assertThat(history.roundsAgo("ana", "dee")).isEqualTo(Integer.MAX_VALUE);
    assertThat(History.empty().roundsAgo("ana", "ben")).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void roundsAgo_repeatedMeeting_countsTheLatest() {
    History h =
        History.builder()
            .round(IdPair.of("a", "b"))
            .round(IdPair.of("c", "d"))
            .round(IdPair.of("b", "a"))
            .round(IdPair.of("c", "d"))
            .build();
    assertThat(h.roundsAgo("a", "b")).isEqualTo(2);
    assertThat(h.roundsAgo("c", "d")).isEqualTo(1);
  }

  @Test
  void selfPair_rejectedNamingRoundAndId() {
    assertThatThrownBy(
            () -> History.builder().round(IdPair.of("a", "b")).round(IdPair.of("c", "c")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("round 2")
        .hasMessageContaining("c with itself");
  }

  @Test
  void participantIds_inOrderOfFirstAppearance() {
    assertThat(history.participantIds()).containsExactly("ana", "ben", "cai", "dee", "eve");
  }

  @Test
  void of_emptyList_isEmptyHistory() {
    assertThat(History.of(List.of())).isEqualTo(History.empty());
    assertThat(History.empty().size()).isZero();
  }

  @Test
  void rounds_areImmutable() {
    assertThatThrownBy(() -> history.rounds().add(List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> history.rounds().get(0).add(IdPair.of("x", "y")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
