package io.peermatch.core.kernel.stable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StableInstancesTest {

  @Test
  void marriage_idOutOfRange() {
    assertThatThrownBy(
            () -> StableMarriageInstance.of(new int[][] {{0, 2}}, new int[][] {{0}, {0}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("right agent id must be in [0, 2) but was 2 at position 1 of left agent 0");
    assertThatThrownBy(() -> StableMarriageInstance.of(new int[][] {{0}}, new int[][] {{-1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("left agent id must be in [0, 1) but was -1 at position 0 of right agent 0");
  }

  @Test
  void marriage_rankedTwice() {
    assertThatThrownBy(
            () ->
                StableMarriageInstance.of(new int[][] {{0}, {1, 0, 1}}, new int[][] {{0, 1}, {1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "right agent 1 must be ranked at most once but is ranked twice by left agent 1"
                + " (positions 0 and 2)");
  }

  @Test
  void marriage_capacityBelowOne() {
    assertThatThrownBy(
            () ->
                StableMarriageInstance.builder(new int[][] {{0}}, new int[][] {{0}})
                    .rightCapacities(new int[] {0})
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity must be at least 1 but was 0 for right agent 0");
    assertThatThrownBy(
            () ->
                StableMarriageInstance.builder(new int[][] {{0}}, new int[][] {{0}})
                    .leftCapacities(new int[] {1, 1})
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("left capacities must have one entry per agent (1) but had 2");
  }

  @Test
  void marriage_nullList() {
    assertThatThrownBy(() -> StableMarriageInstance.of(new int[][] {null}, new int[][] {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("preference list must not be null for left agent 0");
  }

  @Test
  void marriage_ranksMustBeNonDecreasingAndMatchTheList() {
    assertThatThrownBy(
            () ->
                StableMarriageInstance.builder(new int[][] {{0, 1}}, new int[][] {{0}, {0}})
                    .leftRanks(new int[][] {{2, 1}})
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ranks must be non-decreasing along a list but left agent 0 has rank 1 at position 1"
                + " after rank 2");
    assertThatThrownBy(
            () ->
                StableMarriageInstance.builder(new int[][] {{0, 1}}, new int[][] {{0}, {0}})
                    .leftRanks(new int[][] {{1}})
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "left ranks must have one entry per list position for left agent 0 (2) but had 1");
  }

  @Test
  void marriage_asymmetricEntriesAreDroppedAndRanksRecomputed() {
    // Left 0 lists right 1 (who does not list it back), then right 0 and right 2 tied.
    StableMarriageInstance in =
        StableMarriageInstance.builder(new int[][] {{1, 0, 2}, {}}, new int[][] {{0}, {1}, {0}})
            .leftRanks(new int[][] {{0, 1, 1}, {}})
            .build();
    assertThat(in.leftList(0)).containsExactly(0, 2);
    assertThat(in.leftRankAt(0, 0)).isZero();
    assertThat(in.leftRankAt(0, 1)).isZero();
    assertThat(in.hasTies()).isTrue();
    assertThat(in.rightList(1)).isEmpty();
    assertThat(in.leftList(1)).isEmpty();
    assertThat(in.acceptablePairCount()).isEqualTo(2);
  }

  @Test
  void marriage_emptyListsAndEmptySidesAreValid() {
    StableMarriageInstance in = StableMarriageInstance.of(new int[][] {{}, {}}, new int[][] {});
    assertThat(in.leftCount()).isEqualTo(2);
    assertThat(GaleShapleyStableMatching.leftOptimal(in).size()).isZero();
  }

  @Test
  void roommates_badInput() {
    assertThatThrownBy(() -> StableRoommatesInstance.of(new int[][] {{1}, {1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an agent must not rank itself but agent 1 does at position 0");
    assertThatThrownBy(() -> StableRoommatesInstance.of(new int[][] {{1, 1}, {0}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "agent 1 must be ranked at most once but is ranked twice by agent 0 (positions 0 and 1)");
    assertThatThrownBy(() -> StableRoommatesInstance.of(new int[][] {{3}, {0}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agent id must be in [0, 2) but was 3 at position 0 of agent 0");
    assertThatThrownBy(() -> StableRoommatesInstance.of(new int[][] {{1}, null}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("preference list must not be null for agent 1");
  }

  @Test
  void roommates_asymmetricEntriesAreDropped() {
    StableRoommatesInstance in = StableRoommatesInstance.of(new int[][] {{1, 2}, {2}, {1, 0}});
    assertThat(in.list(0)).containsExactly(2);
    assertThat(in.list(1)).containsExactly(2);
    assertThat(in.list(2)).containsExactly(1, 0);
    assertThat(in.acceptablePairCount()).isEqualTo(2);
  }
}
