package io.peermatch.core.kernel.stable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peermatch.core.kernel.SolveControl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class StableMatchingLatticeTest {

  /**
   * The 8 x 8 instance of Gusfield and Irving (1989), The Stable Marriage Problem (men and women
   * numbered 1..8 there), which the book uses to illustrate rotations and the lattice; transcribed
   * as it circulates in public teaching code.
   */
  static StableMarriageInstance gusfieldIrving8() {
    int[][] men = {
      {5, 7, 1, 2, 6, 8, 4, 3},
      {2, 3, 7, 5, 4, 1, 8, 6},
      {8, 5, 1, 4, 6, 2, 3, 7},
      {3, 2, 7, 4, 1, 6, 8, 5},
      {7, 2, 5, 1, 3, 6, 8, 4},
      {1, 6, 7, 5, 8, 4, 2, 3},
      {2, 5, 7, 6, 3, 4, 8, 1},
      {3, 8, 4, 5, 7, 2, 6, 1}
    };
    int[][] women = {
      {5, 3, 7, 6, 1, 2, 8, 4},
      {8, 6, 3, 5, 7, 2, 1, 4},
      {1, 5, 6, 2, 4, 8, 7, 3},
      {8, 7, 3, 2, 4, 1, 5, 6},
      {6, 4, 7, 3, 8, 1, 2, 5},
      {2, 8, 5, 4, 6, 3, 7, 1},
      {7, 5, 2, 1, 8, 6, 4, 3},
      {7, 4, 1, 5, 2, 3, 6, 8}
    };
    return StableMarriageInstance.of(
        IrvingStableRoommatesTest.zeroBased(men), IrvingStableRoommatesTest.zeroBased(women));
  }

  @Test
  void gusfieldIrving8_latticeMatchesBruteForce() {
    StableMarriageInstance in = gusfieldIrving8();
    StableMatchingLattice lat = StableMatchingLattice.of(in);
    List<StableMarriageMatching> brute = BruteForceStable.stablePerfect(in);
    assertThat(lat.leftOptimal()).isEqualTo(GaleShapleyStableMatching.leftOptimal(in));
    assertThat(lat.rightOptimal()).isEqualTo(GaleShapleyStableMatching.rightOptimal(in));
    assertThat(enumerateAll(lat)).containsExactlyInAnyOrderElementsOf(brute);
    // Cross-checked above against brute force: 9 stable matchings, 5 rotations (0-based ids).
    assertThat(brute).hasSize(9);
    assertThat(lat.rotationCount()).isEqualTo(5);
    assertThat(lat.rotation(0)).containsExactly(0, 4, 2, 7);
    assertThat(lat.rotation(1)).containsExactly(0, 7, 1, 2, 3, 5);
    assertThat(lat.predecessors(4)).containsExactly(2, 3);
    checkOptima(in, lat, brute);
  }

  @Test
  void badInput() {
    StableMarriageInstance ties =
        StableMarriageInstance.builder(new int[][] {{0, 1}}, new int[][] {{0}, {0}})
            .leftRanks(new int[][] {{0, 0}})
            .build();
    assertThatThrownBy(() -> StableMatchingLattice.of(ties))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the lattice of stable matchings needs strict preferences but the instance has ties");
    StableMarriageInstance both =
        StableMarriageInstance.builder(new int[][] {{0}}, new int[][] {{0}})
            .leftCapacities(new int[] {2})
            .rightCapacities(new int[] {3})
            .build();
    assertThatThrownBy(() -> EgalitarianStableMatching.solve(both))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the lattice of stable matchings needs capacities on one side only but the largest are"
                + " 2 (left) and 3 (right)");
    StableMatchingLattice lat = StableMatchingLattice.of(gusfieldIrving8());
    int withPred = -1;
    for (int i = 0; i < lat.rotationCount(); i++) {
      if (lat.predecessors(i).length > 0) {
        withPred = i;
      }
    }
    assertThat(withPred).isNotNegative();
    boolean[] open = new boolean[lat.rotationCount()];
    open[withPred] = true;
    assertThatThrownBy(() -> lat.matchingOf(open))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "rotation set must be closed under predecessors but contains " + withPred);
  }

  @Test
  void sexEqual_limits() {
    StableMatchingLattice lat = StableMatchingLattice.of(gusfieldIrving8());
    assertThat(SexEqualStableMatching.solve(lat, Long.MAX_VALUE).exact()).isTrue();
    assertThat(SexEqualStableMatching.solve(lat, 9).exact()).isTrue();
    assertThat(SexEqualStableMatching.solve(lat, 8).exact()).isFalse();
    assertThatThrownBy(() -> SexEqualStableMatching.solve(lat, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exact limit must not be negative but was -1");
  }

  @Test
  void enumerate_respectsLimit() {
    StableMatchingLattice lat = StableMatchingLattice.of(gusfieldIrving8());
    Iterator<StableMarriageMatching> it = lat.enumerate(3);
    int c = 0;
    while (it.hasNext()) {
      it.next();
      c++;
    }
    assertThat(c).isEqualTo(3);
  }

  /** Strict lists, incomplete, unequal sides, capacities on one side: lattice = brute force. */
  @Property(tries = 10_000, seed = "20261129")
  void latticeAndOptimaAgreeWithBruteForce(@ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int kind = rnd.nextInt(3);
    RandomStableInstances.Raw raw =
        RandomStableInstances.marriage(
            rnd,
            1 + rnd.nextInt(kind == 0 ? 6 : 5),
            1 + rnd.nextInt(kind == 0 ? 6 : 4),
            rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble() * 0.5,
            0,
            kind == 1 ? 3 : 1,
            kind == 2 ? 3 : 1);
    StableMarriageInstance in = raw.build();
    StableMatchingLattice lat = StableMatchingLattice.of(in);
    List<StableMarriageMatching> brute = BruteForceStable.stable(in);
    List<StableMarriageMatching> all = enumerateAll(lat);
    assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(brute);
    assertThat(lat.leftOptimal()).isEqualTo(GaleShapleyStableMatching.leftOptimal(in));
    assertThat(lat.rightOptimal()).isEqualTo(GaleShapleyStableMatching.rightOptimal(in));
    for (int i = 0; i < lat.rotationCount(); i++) {
      for (int p : lat.predecessors(i)) {
        assertThat(p).isLessThan(i);
      }
    }
    Iterator<boolean[]> sets = lat.closedSets(Long.MAX_VALUE);
    while (sets.hasNext()) {
      boolean[] s = sets.next();
      StabilityChecker.MarriageReport r = StabilityChecker.checkMarriage(in, lat.matchingOf(s));
      assertThat(lat.leftCost(s)).isEqualTo(r.leftCost());
      assertThat(lat.rightCost(s)).isEqualTo(r.rightCost());
    }
    checkOptima(in, lat, brute);
  }

  /**
   * Instances of some thousand list entries (many checks of the control during the build): a
   * controlled build equals the plain one, and its optima too; successor lists are the transposed,
   * ascending, duplicate-free predecessor lists.
   */
  @Property(tries = 20, seed = "20261205")
  void controlledBuild_sameLatticeAndOptima(@ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    boolean capsRight = rnd.nextBoolean();
    StableMarriageInstance in =
        RandomStableInstances.marriage(
                rnd,
                200 + rnd.nextInt(200),
                100 + rnd.nextInt(200),
                0.5,
                0,
                capsRight ? 1 : 3,
                capsRight ? 3 : 1)
            .build();
    SolveControl control = SolveControl.none().withTimeout(Duration.ofHours(1));
    StableMatchingLattice plain = StableMatchingLattice.of(in);
    StableMatchingLattice controlled = StableMatchingLattice.of(in, control);
    int r = plain.rotationCount();
    assertThat(controlled.rotationCount()).isEqualTo(r);
    List<List<Integer>> succ = new ArrayList<>();
    for (int i = 0; i < r; i++) {
      succ.add(new ArrayList<>());
    }
    for (int i = 0; i < r; i++) {
      assertThat(controlled.rotation(i)).isEqualTo(plain.rotation(i));
      int[] pred = controlled.predecessors(i);
      assertThat(pred).isEqualTo(plain.predecessors(i)).isSorted().doesNotHaveDuplicates();
      for (int p : pred) {
        succ.get(p).add(i);
      }
    }
    for (int i = 0; i < r; i++) {
      assertThat(
              Arrays.copyOfRange(
                  controlled.succ, controlled.succStart[i], controlled.succStart[i + 1]))
          .containsExactly(succ.get(i).stream().mapToInt(Integer::intValue).toArray());
    }
    boolean[] egalitarian = EgalitarianStableMatching.optimalRotations(plain);
    assertThat(EgalitarianStableMatching.optimalRotations(controlled, control))
        .isEqualTo(egalitarian);
    assertThat(controlled.matchingOf(egalitarian, control))
        .isEqualTo(plain.matchingOf(egalitarian));
    assertThat(MinimumRegretStableMatching.optimalRotations(controlled, control))
        .isEqualTo(MinimumRegretStableMatching.optimalRotations(plain));
  }

  /**
   * Complete n x n instances near a cyclic Latin square (many stable matchings, deep posets with
   * type-2 precedences), perturbed by random swaps: lattice = brute force over the n! matchings.
   */
  @Property(tries = 300, seed = "20261129")
  void nearLatinSquares_agreeWithBruteForce(@ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 3 + rnd.nextInt(5);
    int[][] men = new int[n][n];
    int[][] women = new int[n][n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < n; k++) {
        men[i][k] = (i + k) % n;
        women[i][k] = (i + 1 + k) % n;
      }
    }
    int swaps = rnd.nextInt(4);
    for (int s = 0; s < swaps; s++) {
      int[] row = rnd.nextBoolean() ? men[rnd.nextInt(n)] : women[rnd.nextInt(n)];
      int a = rnd.nextInt(n);
      int b = rnd.nextInt(n);
      int t = row[a];
      row[a] = row[b];
      row[b] = t;
    }
    StableMarriageInstance in = StableMarriageInstance.of(men, women);
    StableMatchingLattice lat = StableMatchingLattice.of(in);
    List<StableMarriageMatching> brute = BruteForceStable.stablePerfect(in);
    assertThat(enumerateAll(lat))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(brute);
    checkOptima(in, lat, brute);
  }

  /** Medium instances: the heuristic sex-equal result is stable and no worse than its starts. */
  @Property(tries = 60, seed = "20261129")
  void sexEqualHeuristic_stableAndNoWorseThanStarts(@ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    StableMarriageInstance in =
        RandomStableInstances.marriage(rnd, 30 + rnd.nextInt(50), 30 + rnd.nextInt(50), 0, 0, 1, 1)
            .build();
    StableMatchingLattice lat = StableMatchingLattice.of(in);
    SexEqualStableMatching.Result h = SexEqualStableMatching.solve(lat, 0);
    StabilityChecker.MarriageReport r =
        StabilityChecker.checkMarriage(in, lat.matchingOf(h.rotations()));
    assertThat(r.isStable()).isTrue();
    assertThat(r.sexEqualityCost()).isEqualTo(h.sexEqualityCost());
    StabilityChecker.MarriageReport egal =
        StabilityChecker.checkMarriage(in, EgalitarianStableMatching.solve(in));
    assertThat(h.sexEqualityCost()).isLessThanOrEqualTo(egal.sexEqualityCost());
    assertThat(egal.isStable()).isTrue();
    assertThat(StabilityChecker.checkMarriage(in, MinimumRegretStableMatching.solve(in)).isStable())
        .isTrue();
  }

  static List<StableMarriageMatching> enumerateAll(StableMatchingLattice lat) {
    List<StableMarriageMatching> out = new ArrayList<>();
    Iterator<StableMarriageMatching> it = lat.enumerate(Long.MAX_VALUE);
    while (it.hasNext()) {
      out.add(it.next());
    }
    return out;
  }

  /** Egalitarian, minimum regret and exact sex-equal agree with the brute-force minima. */
  static void checkOptima(
      StableMarriageInstance in, StableMatchingLattice lat, List<StableMarriageMatching> brute) {
    long minEgal = Long.MAX_VALUE;
    int minRegret = Integer.MAX_VALUE;
    long minSexEq = Long.MAX_VALUE;
    Set<Long> unused = new HashSet<>();
    for (StableMarriageMatching m : brute) {
      StabilityChecker.MarriageReport r = StabilityChecker.checkMarriage(in, m);
      minEgal = Math.min(minEgal, r.egalitarianCost());
      minRegret = Math.min(minRegret, r.rankMax());
      minSexEq = Math.min(minSexEq, r.sexEqualityCost());
      unused.add(r.egalitarianCost());
    }
    StableMarriageMatching egal = lat.matchingOf(EgalitarianStableMatching.optimalRotations(lat));
    assertThat(StabilityChecker.checkMarriage(in, egal).egalitarianCost()).isEqualTo(minEgal);
    assertThat(EgalitarianStableMatching.solve(in)).isEqualTo(egal);
    StableMarriageMatching regret = MinimumRegretStableMatching.solve(in);
    assertThat(StabilityChecker.checkMarriage(in, regret).rankMax()).isEqualTo(minRegret);
    assertThat(brute).contains(regret, egal);
    SexEqualStableMatching.Result se = SexEqualStableMatching.solve(lat, 1000);
    assertThat(se.exact()).isTrue();
    assertThat(se.sexEqualityCost()).isEqualTo(minSexEq);
    assertThat(
            StabilityChecker.checkMarriage(in, SexEqualStableMatching.solve(in)).sexEqualityCost())
        .isEqualTo(minSexEq);
  }
}
