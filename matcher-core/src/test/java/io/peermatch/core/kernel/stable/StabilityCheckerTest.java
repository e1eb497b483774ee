package io.peermatch.core.kernel.stable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class StabilityCheckerTest {

  private static final StableMarriageInstance SAME =
      StableMarriageInstance.of(new int[][] {{0, 1}, {0, 1}}, new int[][] {{0, 1}, {0, 1}});

  @Test
  void checkMarriage_findsTheBlockingPairAndRanks() {
    StableMarriageMatching crossed =
        StableMarriageMatching.ofPairs(2, 2, new int[] {0, 1}, new int[] {1, 0});
    StabilityChecker.MarriageReport r = StabilityChecker.checkMarriage(SAME, crossed);
    assertThat(r.blockingPairs()).isEqualTo(1);
    assertThat(r.firstBlockingLeft()).isZero();
    assertThat(r.firstBlockingRight()).isZero();
    // Left ranks 2 + 1, right ranks 2 + 1.
    assertThat(r.egalitarianCost()).isEqualTo(6);
    assertThat(r.rankMax()).isEqualTo(2);
    assertThat(r.rankMean()).isEqualTo(1.5);

    StabilityChecker.MarriageReport ok =
        StabilityChecker.checkMarriage(
            SAME, StableMarriageMatching.ofPairs(2, 2, new int[] {0, 1}, new int[] {0, 1}));
    assertThat(ok.isStable()).isTrue();
    assertThat(ok.egalitarianCost()).isEqualTo(6);
    assertThat(ok.leftCost()).isEqualTo(3);
  }

  @Test
  void checkMarriage_unmatchedAcceptablePairBlocks() {
    StableMarriageMatching empty = StableMarriageMatching.ofPairs(2, 2, new int[0], new int[0]);
    StabilityChecker.MarriageReport r = StabilityChecker.checkMarriage(SAME, empty);
    assertThat(r.blockingPairs()).isEqualTo(4);
    assertThat(r.rankMean()).isZero();
  }

  @Test
  void checkMarriage_tiesWeakVersusSuper() {
    // Left 0 is indifferent between right 0 and right 1; right 1 ranks left 0 first.
    StableMarriageInstance in =
        StableMarriageInstance.builder(new int[][] {{0, 1}}, new int[][] {{0}, {0}})
            .leftRanks(new int[][] {{0, 0}})
            .build();
    StableMarriageMatching m = StableMarriageMatching.ofPairs(1, 2, new int[] {0}, new int[] {0});
    StabilityChecker.MarriageReport r = StabilityChecker.checkMarriage(in, m);
    assertThat(r.isStable()).isTrue();
    assertThat(r.isSuperStable()).isFalse();
    assertThat(r.superBlockingPairs()).isEqualTo(1);
  }

  @Test
  void checkMarriage_rejectsInfeasible() {
    StableMarriageInstance in =
        StableMarriageInstance.of(new int[][] {{0}, {0, 1}}, new int[][] {{0, 1}, {1}});
    assertThatThrownBy(
            () ->
                StabilityChecker.checkMarriage(
                    in, StableMarriageMatching.ofPairs(2, 2, new int[] {0}, new int[] {1})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "matching pairs left agent 0 with right agent 1 but the pair is not acceptable");
    assertThatThrownBy(
            () ->
                StabilityChecker.checkMarriage(
                    in, StableMarriageMatching.ofPairs(2, 2, new int[] {0, 1}, new int[] {0, 0})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("matching exceeds capacity 1 of right agent 0 with 2 partners");
    assertThatThrownBy(
            () ->
                StabilityChecker.checkMarriage(
                    in, StableMarriageMatching.ofPairs(2, 3, new int[] {0}, new int[] {0})))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checkRoommates_blockingAndInfeasible() {
    StableRoommatesInstance in = StableRoommatesInstance.of(new int[][] {{1, 2}, {0, 2}, {0, 1}});
    StabilityChecker.RoommatesReport r = StabilityChecker.checkRoommates(in, new int[] {2, -1, 0});
    assertThat(r.blockingPairs()).isEqualTo(1); // 0 and 1 prefer each other
    assertThat(r.firstBlockingA()).isZero();
    assertThat(r.firstBlockingB()).isEqualTo(1);
    assertThat(StabilityChecker.checkRoommates(in, new int[] {1, 0, -1}).isStable()).isTrue();
    assertThat(StabilityChecker.checkRoommates(in, new int[] {1, 0, -1}).cost()).isEqualTo(2);
    assertThatThrownBy(() -> StabilityChecker.checkRoommates(in, new int[] {1, 2, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mates must be symmetric but agent 0 has mate 1");
  }

  /** The checker agrees with a definition-level oracle on the raw input, for random matchings. */
  @Property(tries = 1500, seed = "20261129")
  void checkMarriage_agreesWithRawOracle(@ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    RandomStableInstances.Raw raw =
        RandomStableInstances.marriage(
            rnd,
            1 + rnd.nextInt(6),
            1 + rnd.nextInt(6),
            rnd.nextDouble() * 0.5,
            rnd.nextBoolean() ? 0 : 0.4,
            1 + rnd.nextInt(3),
            1 + rnd.nextInt(3));
    StableMarriageInstance in = raw.build();
    StableMarriageMatching m = randomMatching(in, rnd);
    StabilityChecker.MarriageReport r = StabilityChecker.checkMarriage(in, m);
    assertThat(r.blockingPairs()).isEqualTo(BruteForceStable.rawBlockingPairs(raw, m));
    // The sorted-list lookup (large instances) agrees with the dense table.
    assertThat(StabilityChecker.checkMarriage(in, m, 0)).isEqualTo(r);
    assertThat(r.size()).isEqualTo(m.size());
  }

  static StableMarriageMatching randomMatching(StableMarriageInstance in, SplittableRandom rnd) {
    List<int[]> pairs = new ArrayList<>();
    for (int l = 0; l < in.leftCount(); l++) {
      for (int r : in.leftList(l)) {
        pairs.add(new int[] {l, r});
      }
    }
    int[] degL = new int[in.leftCount()];
    int[] degR = new int[in.rightCount()];
    List<int[]> chosen = new ArrayList<>();
    while (!pairs.isEmpty()) {
      int[] p = pairs.remove(rnd.nextInt(pairs.size()));
      if (rnd.nextInt(4) > 0
          && degL[p[0]] < in.leftCapacity(p[0])
          && degR[p[1]] < in.rightCapacity(p[1])) {
        degL[p[0]]++;
        degR[p[1]]++;
        chosen.add(p);
      }
    }
    int[] l = new int[chosen.size()];
    int[] r = new int[chosen.size()];
    for (int i = 0; i < l.length; i++) {
      l[i] = chosen.get(i)[0];
      r[i] = chosen.get(i)[1];
    }
    return StableMarriageMatching.ofPairs(in.leftCount(), in.rightCount(), l, r);
  }
}
