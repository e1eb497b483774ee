package io.peermatch.core.kernel.stable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class GaleShapleyStableMatchingTest {

  /**
   * Gale and Shapley (1962), the 3 x 3 example with a cyclic structure: men and women get their
   * first choices in the man-optimal and woman-optimal matchings respectively, and there is a third
   * stable matching where everyone gets the second choice.
   */
  @Test
  void galeShapley1962_cyclicExample() {
    int[][] men = {{0, 1, 2}, {1, 2, 0}, {2, 0, 1}};
    int[][] women = {{1, 2, 0}, {2, 0, 1}, {0, 1, 2}};
    StableMarriageInstance in = StableMarriageInstance.of(men, women);
    assertThat(GaleShapleyStableMatching.leftOptimal(in).leftMates()).containsExactly(0, 1, 2);
    assertThat(GaleShapleyStableMatching.rightOptimal(in).rightMates()).containsExactly(1, 2, 0);
    assertThat(BruteForceStable.stable(in)).hasSize(3);
  }

  @Test
  void capacities_hospitalsResidents() {
    // Residents 0..3 propose; hospital 0 (capacity 2) prefers 3, 2, 1, 0; hospital 1 (capacity 2)
    // prefers 0, 1, 2, 3. Every resident prefers hospital 0.
    int[][] residents = {{0, 1}, {0, 1}, {0, 1}, {0, 1}};
    int[][] hospitals = {{3, 2, 1, 0}, {0, 1, 2, 3}};
    StableMarriageInstance in =
        StableMarriageInstance.builder(residents, hospitals)
            .rightCapacities(new int[] {2, 2})
            .build();
    StableMarriageMatching m = GaleShapleyStableMatching.leftOptimal(in);
    assertThat(m.rightPartners(0)).containsExactly(2, 3);
    assertThat(m.rightPartners(1)).containsExactly(0, 1);
    assertThat(m.proposals()).isEqualTo(6);
    assertThat(GaleShapleyStableMatching.rightOptimal(in)).isEqualTo(m);
  }

  @Test
  void ties_sameSeedSameResult() {
    SplittableRandom rnd = new SplittableRandom(7);
    StableMarriageInstance in = RandomStableInstances.marriage(rnd, 40, 40, 0.2, 0.6, 1, 1).build();
    assertThat(GaleShapleyStableMatching.solve(in, true, 3))
        .isEqualTo(GaleShapleyStableMatching.solve(in, true, 3));
    assertThat(StabilityChecker.checkMarriage(in, GaleShapleyStableMatching.solve(in, true, 3)))
        .matches(StabilityChecker.MarriageReport::isStable);
  }

  @Test
  void sparseAndDenseRankPathsAgree() {
    // 300 x 300 with short lists takes the twin-offset path; complete lists take the matrix.
    SplittableRandom rnd = new SplittableRandom(11);
    StableMarriageInstance sparse =
        RandomStableInstances.marriage(rnd, 300, 300, 0.97, 0, 1, 1).build();
    StableMarriageMatching m = GaleShapleyStableMatching.leftOptimal(sparse);
    assertThat(StabilityChecker.checkMarriage(sparse, m).isStable()).isTrue();
    StableMarriageInstance dense =
        RandomStableInstances.marriage(rnd, 300, 200, 0, 0, 1, 1).build();
    StableMarriageMatching d = GaleShapleyStableMatching.rightOptimal(dense);
    assertThat(StabilityChecker.checkMarriage(dense, d).isStable()).isTrue();
    assertThat(d.size()).isEqualTo(200);
  }

  /** Strict one-to-one: the proposer-optimal member of the brute-force stable set. */
  @Property(tries = 10_000, seed = "20261129")
  void strict_isProposerOptimal(@ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    StableMarriageInstance in =
        RandomStableInstances.marriage(
                rnd, 1 + rnd.nextInt(6), 1 + rnd.nextInt(6), rnd.nextDouble() * 0.5, 0, 1, 1)
            .build();
    List<StableMarriageMatching> all = BruteForceStable.stable(in);
    StableMarriageMatching left = GaleShapleyStableMatching.leftOptimal(in);
    StableMarriageMatching right = GaleShapleyStableMatching.rightOptimal(in);
    assertThat(all).contains(left, right);
    for (StableMarriageMatching m : all) {
      for (int l = 0; l < in.leftCount(); l++) {
        assertThat(leftRank(in, l, left)).isLessThanOrEqualTo(leftRank(in, l, m));
        assertThat(leftRank(in, l, right)).isGreaterThanOrEqualTo(leftRank(in, l, m));
      }
      for (int r = 0; r < in.rightCount(); r++) {
        assertThat(rightRank(in, r, right)).isLessThanOrEqualTo(rightRank(in, r, m));
      }
    }
  }

  /** Capacities on one or both sides (strict): pairwise stable, and in the brute-force set. */
  @Property(tries = 1500, seed = "20261129")
  void capacities_stableAndProposerOptimalForUnitProposers(@ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int capL = rnd.nextInt(3) == 0 ? 3 : 1;
    RandomStableInstances.Raw raw =
        RandomStableInstances.marriage(
            rnd, 1 + rnd.nextInt(5), 1 + rnd.nextInt(4), rnd.nextDouble() * 0.5, 0, capL, 3);
    StableMarriageInstance in = raw.build();
    List<StableMarriageMatching> all = BruteForceStable.stable(in);
    boolean leftProposes = rnd.nextBoolean();
    StableMarriageMatching m = GaleShapleyStableMatching.solve(in, leftProposes, 0);
    assertThat(BruteForceStable.rawBlockingPairs(raw, m)).isZero();
    assertThat(all).contains(m);
    if (leftProposes && capL == 1) {
      for (StableMarriageMatching s : all) {
        for (int l = 0; l < in.leftCount(); l++) {
          assertThat(leftRank(in, l, m)).isLessThanOrEqualTo(leftRank(in, l, s));
        }
      }
    }
  }

  /** Ties (and capacities): the result is weakly stable, by the checker and the raw oracle. */
  @Property(tries = 1500, seed = "20261129")
  void ties_weaklyStable(@ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    RandomStableInstances.Raw raw =
        RandomStableInstances.marriage(
            rnd,
            1 + rnd.nextInt(7),
            1 + rnd.nextInt(7),
            rnd.nextDouble() * 0.5,
            0.5,
            1 + rnd.nextInt(2),
            1 + rnd.nextInt(2));
    StableMarriageInstance in = raw.build();
    StableMarriageMatching m = GaleShapleyStableMatching.solve(in, rnd.nextBoolean(), seed);
    assertThat(StabilityChecker.checkMarriage(in, m).isStable()).isTrue();
    assertThat(BruteForceStable.rawBlockingPairs(raw, m)).isZero();
  }

  /** The sparse twin-offset path and the dense rank table give the same matching. */
  @Property(tries = 1000, seed = "20261129")
  void sparsePath_equalsDensePath(@ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    StableMarriageInstance in =
        RandomStableInstances.marriage(
                rnd,
                1 + rnd.nextInt(30),
                1 + rnd.nextInt(30),
                rnd.nextDouble(),
                rnd.nextBoolean() ? 0 : 0.5,
                1 + rnd.nextInt(3),
                1 + rnd.nextInt(3))
            .build();
    boolean leftProposes = rnd.nextBoolean();
    StableMarriageMatching sparse = GaleShapleyStableMatching.solve(in, leftProposes, seed, 0);
    assertThat(sparse).isEqualTo(GaleShapleyStableMatching.solve(in, leftProposes, seed));
    assertThat(sparse.proposals())
        .isEqualTo(GaleShapleyStableMatching.solve(in, leftProposes, seed).proposals());
  }

  /** Medium random instances (all features): stable by the checker. */
  @Property(tries = 200, seed = "20261129")
  void medium_stable(@ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    RandomStableInstances.Raw raw =
        RandomStableInstances.marriage(
            rnd,
            1 + rnd.nextInt(60),
            1 + rnd.nextInt(60),
            rnd.nextDouble(),
            rnd.nextBoolean() ? 0 : 0.5,
            1 + rnd.nextInt(3),
            1 + rnd.nextInt(3));
    StableMarriageInstance in = raw.build();
    StableMarriageMatching m = GaleShapleyStableMatching.solve(in, rnd.nextBoolean(), seed);
    assertThat(StabilityChecker.checkMarriage(in, m).isStable()).isTrue();
  }

  /** 1-based rank of l's partner (one-to-one), or a large value when unmatched. */
  static int leftRank(StableMarriageInstance in, int l, StableMarriageMatching m) {
    int[] p = m.leftPartners(l);
    if (p.length == 0) {
      return Integer.MAX_VALUE;
    }
    int[] list = in.leftList(l);
    for (int k = 0; k < list.length; k++) {
      if (list[k] == p[0]) {
        return k + 1;
      }
    }
    throw new AssertionError();
  }

  static int rightRank(StableMarriageInstance in, int r, StableMarriageMatching m) {
    int[] p = m.rightPartners(r);
    if (p.length == 0) {
      return Integer.MAX_VALUE;
    }
    int[] list = in.rightList(r);
    for (int k = 0; k < list.length; k++) {
      if (list[k] == p[0]) {
        return k + 1;
      }
    }
    throw new AssertionError();
  }
}
