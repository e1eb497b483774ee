package io.peermatch.core.kernel.stable;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.api.MatchingStatus;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

class IrvingStableRoommatesTest {

  /** Converts 1-based lists to 0-based ids. */
  static int[][] zeroBased(int[][] oneBased) {
    int[][] out = new int[oneBased.length][];
    for (int a = 0; a < oneBased.length; a++) {
      out[a] = new int[oneBased[a].length];
      for (int k = 0; k < oneBased[a].length; k++) {
        out[a][k] = oneBased[a][k] - 1;
      }
    }
    return out;
  }

  /**
   * The 8-person instance of Irving (1985), which has stable matchings: the result must be stable
   * and one of the brute-force stable matchings.
   */
  @Test
  void irving1985_eightPersons() {
    StableRoommatesInstance in =
        StableRoommatesInstance.of(
            zeroBased(
                new int[][] {
                  {2, 5, 4, 6, 7, 8, 3},
                  {3, 6, 1, 7, 8, 5, 4},
                  {4, 7, 2, 8, 5, 6, 1},
                  {1, 8, 3, 5, 6, 7, 2},
                  {6, 1, 8, 2, 3, 4, 7},
                  {7, 2, 5, 3, 4, 1, 8},
                  {8, 3, 6, 4, 1, 2, 5},
                  {5, 4, 7, 1, 2, 3, 6}
                }));
    StableRoommatesMatching m = IrvingStableRoommates.solve(in);
    assertThat(m.status()).isEqualTo(MatchingStatus.OK);
    assertThat(m.size()).isEqualTo(4);
    assertThat(StabilityChecker.checkRoommates(in, m.mates()).isStable()).isTrue();
    assertThat(BruteForceStable.stableRoommates(in)).isNotEmpty();
  }

  /**
   * The 6-person instance used in the literature after Irving (1985) (as on the Wikipedia page of
   * the problem): Irving's algorithm ends with {1,6}, {2,4}, {3,5}, one of the two stable
   * matchings.
   */
  @Test
  void sixPersons_walkthroughResult() {
    StableRoommatesInstance in =
        StableRoommatesInstance.of(
            zeroBased(
                new int[][] {
                  {3, 4, 2, 6, 5},
                  {6, 5, 4, 1, 3},
                  {2, 4, 5, 1, 6},
                  {5, 2, 3, 6, 1},
                  {3, 1, 2, 4, 6},
                  {5, 1, 3, 4, 2}
                }));
    StableRoommatesMatching m = IrvingStableRoommates.solve(in);
    assertThat(m.status()).isEqualTo(MatchingStatus.OK);
    assertThat(m.mates()).containsExactly(5, 3, 4, 1, 2, 0);
    assertThat(BruteForceStable.stableRoommates(in))
        .hasSize(2)
        .anySatisfy(s -> assertThat(s).containsExactly(5, 3, 4, 1, 2, 0));
  }

  /**
   * Gale and Shapley (1962): A, B, C rank each other cyclically first and D last; no stable
   * matching exists.
   */
  @Test
  void galeShapley1962_noStableMatching() {
    StableRoommatesInstance in =
        StableRoommatesInstance.of(new int[][] {{1, 2, 3}, {2, 0, 3}, {0, 1, 3}, {0, 1, 2}});
    StableRoommatesMatching m = IrvingStableRoommates.solve(in);
    assertThat(m.status()).isEqualTo(MatchingStatus.NO_STABLE_MATCHING);
    assertThat(BruteForceStable.stableRoommates(in)).isEmpty();
    assertThat(m.setAside()).isNotEmpty();
    // Best effort: stable among the agents kept.
    assertThat(m.size()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void emptyAndOddPools() {
    assertThat(IrvingStableRoommates.solve(StableRoommatesInstance.of(new int[0][])).size())
        .isZero();
    StableRoommatesInstance three = StableRoommatesInstance.of(new int[][] {{1}, {0, 2}, {1}});
    StableRoommatesMatching m = IrvingStableRoommates.solve(three);
    assertThat(m.status()).isEqualTo(MatchingStatus.OK);
    assertThat(m.mates()).containsExactly(1, 0, -1);
  }

  /** Against brute force: OK iff a stable matching exists, and then the result is one of them. */
  @Property(tries = 10_000, seed = "20261129")
  void agreesWithBruteForce(@ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 1 + rnd.nextInt(8);
    StableRoommatesInstance in =
        StableRoommatesInstance.of(
            RandomStableInstances.roommates(rnd, n, rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble()));
    List<int[]> stable = BruteForceStable.stableRoommates(in);
    StableRoommatesMatching m = IrvingStableRoommates.solve(in);
    StabilityChecker.RoommatesReport report = StabilityChecker.checkRoommates(in, m.mates());
    if (stable.isEmpty()) {
      assertThat(m.status()).isEqualTo(MatchingStatus.NO_STABLE_MATCHING);
    } else {
      assertThat(m.status()).isEqualTo(MatchingStatus.OK);
      assertThat(report.isStable()).isTrue();
      assertThat(stable).anySatisfy(s -> assertThat(s).containsExactly(m.mates()));
    }
  }

  /**
   * Without a stable matching, the best effort is stable among the agents it matches and as large
   * as the brute-force maximum of such matchings (Tan's maximum stable matching size).
   */
  @Property(tries = 3000, seed = "20261129")
  void noStableMatching_bestEffortIsMaximum(@ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 3 + rnd.nextInt(6);
    StableRoommatesInstance in =
        StableRoommatesInstance.of(
            RandomStableInstances.roommates(
                rnd, n, rnd.nextInt(2) == 0 ? 0 : rnd.nextDouble() * 0.6));
    StableRoommatesMatching m = IrvingStableRoommates.solve(in);
    Statistics.collect(m.status(), m.setAside().length);
    if (m.status() == MatchingStatus.OK) {
      return;
    }
    assertThat(BruteForceStable.internallyStable(in, m.mates())).isTrue();
    assertThat(m.size()).isEqualTo(BruteForceStable.maxInternallyStable(in));
  }

  @Property(tries = 100, seed = "20261129")
  void medium_okMeansStable(@ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 2 + rnd.nextInt(200);
    StableRoommatesInstance in =
        StableRoommatesInstance.of(RandomStableInstances.roommates(rnd, n, rnd.nextDouble()));
    StableRoommatesMatching m = IrvingStableRoommates.solve(in);
    StabilityChecker.RoommatesReport report = StabilityChecker.checkRoommates(in, m.mates());
    if (m.status() == MatchingStatus.OK) {
      assertThat(report.isStable()).isTrue();
    } else {
      assertThat(m.setAside()).isNotEmpty();
    }
  }
}
