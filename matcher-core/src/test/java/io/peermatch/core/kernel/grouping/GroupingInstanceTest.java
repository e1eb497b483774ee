package io.peermatch.core.kernel.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GroupingInstanceTest {

  private static double[] zeros(int n) {
    return new double[n * n];
  }

  @Test
  void dense_itemCountZero_rejected() {
    assertThatThrownBy(() -> GroupingInstance.dense(0, new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item count must be at least 1 but was 0");
  }

  @Test
  void dense_wrongLength_rejected() {
    assertThatThrownBy(() -> GroupingInstance.dense(3, new double[8]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dense values must have n * n = 9 entries for n = 3 but had 8");
  }

  @Test
  void dense_asymmetric_rejected() {
    double[] w = zeros(3);
    w[1] = 2.0;
    w[3] = 2.5;
    assertThatThrownBy(() -> GroupingInstance.dense(3, w))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "dense values must be symmetric but values[0][1] was 2.0 and values[1][0] was 2.5");
  }

  @Test
  void dense_nonZeroDiagonal_rejected() {
    double[] w = zeros(2);
    w[3] = 1.0;
    assertThatThrownBy(() -> GroupingInstance.dense(2, w))
        .hasMessage("dense values must have a zero diagonal but values[1][1] was 1.0");
  }

  @Test
  void dense_nan_rejected() {
    double[] w = zeros(2);
    w[1] = Double.NaN;
    w[2] = Double.NaN;
    assertThatThrownBy(() -> GroupingInstance.dense(2, w))
        .hasMessage(
            "values must be finite and at most 1e100 in magnitude (so that sums stay finite) but"
                + " values[0][1] was NaN");
    double[] huge = zeros(2);
    huge[1] = -1e300;
    huge[2] = -1e300;
    assertThatThrownBy(() -> GroupingInstance.dense(2, huge))
        .hasMessageEndingWith("values[0][1] was -1.0E300");
  }

  @Test
  void dense_copiesTheArray() {
    double[] w = zeros(2);
    w[1] = 1;
    w[2] = 1;
    GroupingInstance instance = GroupingInstance.dense(2, w).groupsOf(2).build();
    w[1] = 7;
    assertThat(instance.value(0, 1)).isEqualTo(1.0);
  }

  @Test
  void sparse_itemOutOfRange_rejected() {
    assertThatThrownBy(
            () -> GroupingInstance.sparse(3, new int[] {0}, new int[] {3}, new double[] {1}))
        .hasMessage("items must be in 0..2 but pair 0 had item 3");
  }

  @Test
  void sparse_selfPair_rejected() {
    assertThatThrownBy(
            () -> GroupingInstance.sparse(3, new int[] {1}, new int[] {1}, new double[] {1}))
        .hasMessage("pair 0 joins item 1 to itself");
  }

  @Test
  void sparse_duplicatePair_rejected() {
    assertThatThrownBy(
            () ->
                GroupingInstance.sparse(3, new int[] {0, 2}, new int[] {2, 0}, new double[] {1, 1}))
        .hasMessage("pair (0, 2) appears more than once");
  }

  @Test
  void sparse_unequalLengths_rejected() {
    assertThatThrownBy(
            () -> GroupingInstance.sparse(3, new int[] {0}, new int[] {1, 2}, new double[] {1}))
        .hasMessage("pair arrays must have equal lengths but had 1, 2 and 1");
  }

  @Test
  void sparse_infiniteValue_rejected() {
    assertThatThrownBy(
            () ->
                GroupingInstance.sparse(
                    3, new int[] {0}, new int[] {1}, new double[] {Double.POSITIVE_INFINITY}))
        .hasMessage(
            "values must be finite and at most 1e100 in magnitude (so that sums stay finite) but"
                + " pair (0, 1) had Infinity");
    assertThatThrownBy(
            () -> GroupingInstance.sparse(3, new int[] {0}, new int[] {2}, new double[] {1e101}))
        .hasMessageEndingWith("pair (0, 2) had 1.0E101");
  }

  @Test
  void sparse_valuesByBinarySearch() {
    GroupingInstance instance =
        GroupingInstance.sparse(
                5, new int[] {4, 0, 3}, new int[] {0, 2, 1}, new double[] {1.5, 2.5, 3.5})
            .groupsOf(5)
            .build();
    assertThat(instance.value(0, 4)).isEqualTo(1.5);
    assertThat(instance.value(4, 0)).isEqualTo(1.5);
    assertThat(instance.value(2, 0)).isEqualTo(2.5);
    assertThat(instance.value(1, 3)).isEqualTo(3.5);
    assertThat(instance.value(1, 2)).isZero();
    assertThat(instance.storedPairCount()).isEqualTo(3);
  }

  @Test
  void groupsOf_sizeDividing_equalGroups() {
    GroupingInstance instance = GroupingInstance.dense(12, zeros(12)).groupsOf(4).build();
    assertThat(instance.groupCount()).isEqualTo(3);
    assertThat(instance.minSize()).isEqualTo(4);
    assertThat(instance.maxSize()).isEqualTo(4);
  }

  @Test
  void groupsOf_sizeNotDividing_someGroupsOneLarger() {
    GroupingInstance instance = GroupingInstance.dense(14, zeros(14)).groupsOf(4).build();
    assertThat(instance.groupCount()).isEqualTo(3);
    assertThat(instance.minSize()).isEqualTo(4);
    assertThat(instance.maxSize()).isEqualTo(5);
  }

  @Test
  void groupsOf_fewerItemsThanSize_oneGroup() {
    GroupingInstance instance = GroupingInstance.dense(3, zeros(3)).groupsOf(4).build();
    assertThat(instance.groupCount()).isEqualTo(1);
    assertThat(instance.minSize()).isEqualTo(3);
  }

  @Test
  void groupsOfRange_fewestGroups() {
    GroupingInstance instance = GroupingInstance.dense(11, zeros(11)).groupsOf(3, 5).build();
    assertThat(instance.groupCount()).isEqualTo(3);
    assertThat(instance.minSize()).isEqualTo(3);
    assertThat(instance.maxSize()).isEqualTo(5);
  }

  @Test
  void groupsOf_zero_rejected() {
    assertThatThrownBy(() -> GroupingInstance.dense(4, zeros(4)).groupsOf(0))
        .hasMessage("group size must be at least 1 but was 0");
  }

  @Test
  void groupsOfRange_inverted_rejected() {
    assertThatThrownBy(() -> GroupingInstance.dense(4, zeros(4)).groupsOf(4, 3))
        .hasMessage("maximum group size must be at least the minimum 4 but was 3");
  }

  @Test
  void groups_tooFewItems_rejected() {
    assertThatThrownBy(() -> GroupingInstance.dense(7, zeros(7)).groups(2, 4, 5).build())
        .hasMessage("7 items cannot fill 2 groups of at least 4 (need 8)");
  }

  @Test
  void groups_tooManyItems_rejected() {
    assertThatThrownBy(() -> GroupingInstance.dense(11, zeros(11)).groups(2, 4, 5).build())
        .hasMessage("11 items do not fit in 2 groups of at most 5");
  }

  @Test
  void forbid_itemOutOfRange_rejected() {
    assertThatThrownBy(() -> GroupingInstance.dense(4, zeros(4)).forbid(1, 4))
        .hasMessage("items must be in 0..3 but forbidden pair (1, 4) had item 4");
  }

  @Test
  void pin_sameItem_rejected() {
    assertThatThrownBy(() -> GroupingInstance.dense(4, zeros(4)).pin(2, 2))
        .hasMessage("pinned pair joins item 2 to itself");
  }

  @Test
  void pins_largerThanAGroup_rejected() {
    assertThatThrownBy(
            () -> GroupingInstance.dense(6, zeros(6)).groupsOf(2).pin(0, 1).pin(1, 2).build())
        .hasMessage("pins join 3 items (with item 0) into one group but groups hold at most 2");
  }

  @Test
  void pinAndForbid_samePairThroughPins_rejected() {
    assertThatThrownBy(
            () ->
                GroupingInstance.dense(6, zeros(6))
                    .groupsOf(3)
                    .pin(0, 1)
                    .pin(1, 2)
                    .forbid(2, 0)
                    .build())
        .hasMessage("items 0 and 2 are forbidden from one group but pinned into one");
  }

  @Test
  void rules_deduplicatedAndQueried() {
    GroupingInstance instance =
        GroupingInstance.dense(6, zeros(6)).groupsOf(3).forbid(4, 1).forbid(1, 4).pin(0, 5).build();
    assertThat(instance.forbiddenCount()).isEqualTo(1);
    assertThat(instance.isForbidden(1, 4)).isTrue();
    assertThat(instance.isForbidden(4, 1)).isTrue();
    assertThat(instance.isForbidden(0, 1)).isFalse();
    assertThat(instance.isPinned(5, 0)).isTrue();
    assertThat(instance.pinnedComponent(5)).isEqualTo(0);
    assertThat(instance.pinnedComponentSize(0)).isEqualTo(2);
  }

  @Test
  void objective_wrongLength_rejected() {
    GroupingInstance instance = GroupingInstance.dense(4, zeros(4)).groupsOf(2).build();
    assertThatThrownBy(() -> instance.objective(new int[3]))
        .hasMessage("grouping must have one group per item (4) but had 3");
  }

  @Test
  void improve_startWithBadSizes_rejected() {
    GroupingInstance instance = GroupingInstance.dense(4, zeros(4)).groupsOf(2).build();
    assertThatThrownBy(
            () ->
                IteratedMaximaSearchGrouping.improve(
                    instance, new int[] {0, 0, 0, 1}, GroupingOptions.DEFAULTS))
        .hasMessage("start group sizes must be in [2, 2] but group 0 had 3");
  }

  @Test
  void options_negativeIterations_rejected() {
    assertThatThrownBy(() -> GroupingOptions.DEFAULTS.withMaxIterations(-1))
        .hasMessage("maximum iterations must not be negative but was -1");
  }

  @Test
  void branchAndBound_tooLarge_rejected() {
    GroupingInstance instance = GroupingInstance.dense(31, zeros(31)).groupsOf(3).build();
    assertThatThrownBy(() -> BranchAndBoundGrouping.solve(instance, GroupingOptions.DEFAULTS))
        .hasMessage("branch and bound accepts at most 30 items but the instance has 31");
  }
}
