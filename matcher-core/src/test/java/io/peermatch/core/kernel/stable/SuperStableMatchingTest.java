package io.peermatch.core.kernel.stable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SuperStableMatchingTest {

  @Test
  void indifferentManWantedByTwo_noSuperStableMatching() {
    StableMarriageInstance in =
        StableMarriageInstance.builder(new int[][] {{0, 1}}, new int[][] {{0}, {0}})
            .leftRanks(new int[][] {{0, 0}})
            .build();
    assertThat(SuperStableMatching.solve(in)).isEmpty();
    assertThat(GaleShapleyStableMatching.leftOptimal(in).size()).isEqualTo(1);
  }

  @Test
  void strictLists_equalsGaleShapley() {
    SplittableRandom rnd = new SplittableRandom(5);
    StableMarriageInstance in = RandomStableInstances.marriage(rnd, 50, 40, 0.3, 0, 1, 1).build();
    assertThat(SuperStableMatching.solve(in)).contains(GaleShapleyStableMatching.leftOptimal(in));
  }

  @Test
  void capacities_rejected() {
    StableMarriageInstance in =
        StableMarriageInstance.builder(new int[][] {{0}}, new int[][] {{0}})
            .rightCapacities(new int[] {2})
            .build();
    assertThatThrownBy(() -> SuperStableMatching.solve(in))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("super-stable matching needs capacities of 1 but right agent 0 has capacity 2");
  }

  /** Against brute force: exists iff the brute-force set is non-empty; left-optimal in it. */
  @Property(tries = 10_000, seed = "20261129")
  void agreesWithBruteForce(@ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    StableMarriageInstance in =
        RandomStableInstances.marriage(
                rnd,
                1 + rnd.nextInt(5),
                1 + rnd.nextInt(5),
                rnd.nextDouble() * 0.5,
                0.3 + 0.5 * rnd.nextDouble(),
                1,
                1)
            .build();
    List<StableMarriageMatching> superStable = new ArrayList<>();
    for (StableMarriageMatching m : BruteForceStable.allMatchings(in)) {
      if (StabilityChecker.checkMarriage(in, m).isSuperStable()) {
        superStable.add(m);
      }
    }
    Optional<StableMarriageMatching> got = SuperStableMatching.solve(in);
    assertThat(got.isPresent()).isEqualTo(!superStable.isEmpty());
    if (got.isPresent()) {
      assertThat(superStable).contains(got.get());
      for (StableMarriageMatching m : superStable) {
        for (int l = 0; l < in.leftCount(); l++) {
          assertThat(rank(in, l, got.get())).isLessThanOrEqualTo(rank(in, l, m));
        }
      }
    }
  }

  private static int rank(StableMarriageInstance in, int l, StableMarriageMatching m) {
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
