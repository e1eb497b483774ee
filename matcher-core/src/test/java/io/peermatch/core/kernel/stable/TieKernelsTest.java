package io.peermatch.core.kernel.stable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The kernels for preferences with ties against exhaustive enumeration of every matching of small
 * random instances, judged by the independent {@link StabilityChecker} (and its counts against an
 * oracle written from the definitions on the raw lists).
 */
class TieKernelsTest {

  /** A random small instance with ties and holes; right capacities up to {@code maxRightCap}. */
  private static RandomStableInstances.Raw instance(long seed, int maxRightCap) {
    SplittableRandom rnd = new SplittableRandom(seed);
    return RandomStableInstances.marriage(
        rnd,
        1 + rnd.nextInt(5),
        1 + rnd.nextInt(maxRightCap > 1 ? 4 : 5),
        rnd.nextDouble() * 0.5,
        0.2 + 0.6 * rnd.nextDouble(),
        1,
        maxRightCap);
  }

  @Property(tries = 4000, seed = "20261205")
  void kiraly_weaklyStable_andTwoThirdsOfTheMaximum(@ForAll long seed) {
    StableMarriageInstance in = instance(seed, seed % 3 == 0 ? 3 : 1).build();
    StableMarriageMatching got = KiralyMaximumStableMatching.solve(in);
    assertThat(StabilityChecker.blockingPairs(in, got, Stability.WEAK)).isZero();
    int maximum = 0;
    for (StableMarriageMatching m : BruteForceStable.allMatchings(in)) {
      if (StabilityChecker.blockingPairs(in, m, Stability.WEAK) == 0) {
        maximum = Math.max(maximum, m.size());
      }
    }
    assertThat(3 * got.size()).isGreaterThanOrEqualTo(2 * maximum);
  }

  @Test
  void kiraly_findsTheLargerMatchingWhereGaleShapleyMayNot() {
    // m0: w0 ~ w1 (tie); m1: w0 only. Women: w0: m0 ~ m1 (tie); w1: m0. Breaking m0's tie towards
    // w0 leaves one pair; the maximum weakly stable matching has two, and maidens-first finds it.
    StableMarriageInstance in =
        StableMarriageInstance.builderFromTieGroups(
                new int[][][] {{{0, 1}}, {{0}}}, new int[][][] {{{0, 1}}, {{0}}})
            .build();
    StableMarriageMatching got = KiralyMaximumStableMatching.solve(in);
    assertThat(got.size()).isEqualTo(2);
    assertThat(StabilityChecker.blockingPairs(in, got, Stability.WEAK)).isZero();
  }

  @Test
  void kiraly_leftCapacities_rejected() {
    StableMarriageInstance in =
        StableMarriageInstance.builder(new int[][] {{0}}, new int[][] {{0}})
            .leftCapacities(new int[] {2})
            .build();
    assertThatThrownBy(() -> KiralyMaximumStableMatching.solve(in))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "király's algorithm needs capacity 1 on the proposing (left) side but left agent 0 has"
                + " capacity 2");
  }

  @Property(tries = 4000, seed = "20261206")
  void superStableHospitalsResidents_agreesWithBruteForce(@ForAll long seed) {
    StableMarriageInstance in = instance(seed, seed % 2 == 0 ? 3 : 1).build();
    List<StableMarriageMatching> all = BruteForceStable.allMatchings(in);
    List<StableMarriageMatching> superStable =
        all.stream()
            .filter(m -> StabilityChecker.blockingPairs(in, m, Stability.SUPER) == 0)
            .toList();
    Optional<StableMarriageMatching> got = SuperStableHospitalsResidents.solve(in);
    assertThat(got.isPresent()).isEqualTo(!superStable.isEmpty());
    if (got.isPresent()) {
      assertThat(superStable).contains(got.get());
      for (StableMarriageMatching m : superStable) {
        for (int l = 0; l < in.leftCount(); l++) {
          assertThat(leftRank(in, l, got.get())).isLessThanOrEqualTo(leftRank(in, l, m));
        }
      }
    }
    if (in.isOneToOne()) {
      assertThat(got).isEqualTo(SuperStableMatching.solve(in));
    }
  }

  @Property(tries = 4000, seed = "20261207")
  void stronglyStable_agreesWithBruteForce(@ForAll long seed) {
    StableMarriageInstance in = instance(seed, 1).build();
    boolean exists = false;
    for (StableMarriageMatching m : BruteForceStable.allMatchings(in)) {
      if (StabilityChecker.blockingPairs(in, m, Stability.STRONG) == 0) {
        exists = true;
        break;
      }
    }
    Optional<StableMarriageMatching> got = StronglyStableMatching.solve(in);
    assertThat(got.isPresent()).isEqualTo(exists);
    got.ifPresent(
        m -> assertThat(StabilityChecker.blockingPairs(in, m, Stability.STRONG)).isZero());
  }

  @Test
  void stronglyStable_noneWhenTwoMenTieForOneWoman() {
    // Both men rank w0 first and she is indifferent: whoever is left out blocks strongly.
    StableMarriageInstance in =
        StableMarriageInstance.builderFromTieGroups(
                new int[][][] {{{0}}, {{0}}}, new int[][][] {{{0, 1}}})
            .build();
    assertThat(StronglyStableMatching.solve(in)).isEmpty();
    assertThat(KiralyMaximumStableMatching.solve(in).size()).isEqualTo(1);
  }

  @Property(tries = 3000, seed = "20261208")
  void checker_strongAndSuperCounts_matchTheDefinitionsOnRawLists(@ForAll long seed) {
    RandomStableInstances.Raw raw = instance(seed, seed % 2 == 0 ? 2 : 1);
    StableMarriageInstance in = raw.build();
    List<StableMarriageMatching> all = BruteForceStable.allMatchings(in);
    StableMarriageMatching m = all.get(new SplittableRandom(seed).nextInt(all.size()));
    for (Stability s : Stability.values()) {
      assertThat(StabilityChecker.blockingPairs(in, m, s))
          .as(s.name())
          .isEqualTo(rawBlocking(raw, m, s));
    }
  }

  @Test
  void tieGroups_nestedListNotation() {
    StableMarriageInstance in =
        StableMarriageInstance.builderFromTieGroups(
                new int[][][] {{{1}, {0, 2}}}, new int[][][] {{{0}}, {{0}}, {{0}}})
            .build();
    assertThat(in.leftList(0)).containsExactly(1, 0, 2);
    assertThat(in.leftRankAt(0, 1)).isEqualTo(1);
    assertThat(in.leftRankAt(0, 2)).isEqualTo(1);
    assertThatThrownBy(
            () ->
                StableMarriageInstance.builderFromTieGroups(
                    new int[][][] {{{}}}, new int[][][] {{}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tie group 0 of left agent 0 must not be empty");
  }

  @Property(tries = 2000, seed = "20261209")
  void checker_roommatesWithTies_matchesTheDefinitionsOnRawLists(@ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 2 + rnd.nextInt(5);
    int[][] prefs = RandomStableInstances.roommates(rnd, n, rnd.nextDouble() * 0.4);
    int[][] ranks = RandomStableInstances.ranks(rnd, prefs, 0.2 + 0.6 * rnd.nextDouble());
    StableRoommatesInstance in = StableRoommatesInstance.of(prefs, ranks);
    List<int[]> all = BruteForceStable.allRoommatesMatchings(in);
    int[] mate = BruteForceStable.clean(all.get(rnd.nextInt(all.size())));
    for (Stability s : Stability.values()) {
      long expected = 0;
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          int ra = BruteForceStable.rawRank(prefs[a], ranks[a], b);
          int rb = BruteForceStable.rawRank(prefs[b], ranks[b], a);
          if (ra < 0 || rb < 0 || mate[a] == b) {
            continue;
          }
          int ma =
              mate[a] < 0
                  ? Integer.MAX_VALUE
                  : BruteForceStable.rawRank(prefs[a], ranks[a], mate[a]);
          int mb =
              mate[b] < 0
                  ? Integer.MAX_VALUE
                  : BruteForceStable.rawRank(prefs[b], ranks[b], mate[b]);
          boolean blocks =
              switch (s) {
                case WEAK -> ra < ma && rb < mb;
                case STRONG -> ra < ma && rb <= mb || ra <= ma && rb < mb;
                case SUPER -> ra <= ma && rb <= mb;
              };
          if (blocks) {
            expected++;
          }
        }
      }
      assertThat(StabilityChecker.blockingPairs(in, mate, s)).as(s.name()).isEqualTo(expected);
    }
  }

  @Test
  void roommatesWithTies_fromTieGroups_andIrvingRefusesThem() {
    StableRoommatesInstance in =
        StableRoommatesInstance.fromTieGroups(new int[][][] {{{1, 2}}, {{0}, {2}}, {{1}, {0}}});
    assertThat(in.hasTies()).isTrue();
    assertThat(in.rankAt(0, 1)).isZero();
    assertThatThrownBy(() -> IrvingStableRoommates.solve(in))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stable roommates needs strict lists but the instance has ties");
  }

  /** Blocking pairs under the definitions, straight from the raw lists (capacities included). */
  private static long rawBlocking(
      RandomStableInstances.Raw raw, StableMarriageMatching m, Stability s) {
    long count = 0;
    for (int l = 0; l < raw.left().length; l++) {
      for (int r = 0; r < raw.right().length; r++) {
        int[] lr = raw.leftRanks() == null ? null : raw.leftRanks()[l];
        int[] rr = raw.rightRanks() == null ? null : raw.rightRanks()[r];
        int a = BruteForceStable.rawRank(raw.left()[l], lr, r);
        int b = BruteForceStable.rawRank(raw.right()[r], rr, l);
        if (a < 0 || b < 0 || m.contains(l, r)) {
          continue;
        }
        int capL = raw.leftCap() == null ? 1 : raw.leftCap()[l];
        int capR = raw.rightCap() == null ? 1 : raw.rightCap()[r];
        int[] lp = m.leftPartners(l);
        int[] rp = m.rightPartners(r);
        boolean lStrict = lp.length < capL;
        boolean lWeak = lStrict;
        for (int x : lp) {
          int rank = BruteForceStable.rawRank(raw.left()[l], lr, x);
          lStrict |= rank > a;
          lWeak |= rank >= a;
        }
        boolean rStrict = rp.length < capR;
        boolean rWeak = rStrict;
        for (int x : rp) {
          int rank = BruteForceStable.rawRank(raw.right()[r], rr, x);
          rStrict |= rank > b;
          rWeak |= rank >= b;
        }
        boolean blocks =
            switch (s) {
              case WEAK -> lStrict && rStrict;
              case STRONG -> lStrict && rWeak || lWeak && rStrict;
              case SUPER -> lWeak && rWeak;
            };
        if (blocks) {
          count++;
        }
      }
    }
    return count;
  }

  private static int leftRank(StableMarriageInstance in, int l, StableMarriageMatching m) {
    int[] p = m.leftPartners(l);
    if (p.length == 0) {
      return Integer.MAX_VALUE;
    }
    int[] list = in.leftList(l);
    for (int k = 0; k < list.length; k++) {
      if (list[k] == p[0]) {
        return in.leftRankAt(l, k);
      }
    }
    throw new AssertionError();
  }
}
