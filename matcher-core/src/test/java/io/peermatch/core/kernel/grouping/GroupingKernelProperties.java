package io.peermatch.core.kernel.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Every grouping kernel against independent checks on seeded random small instances: the exact
 * method against brute force, the heuristics for feasibility, the recomputed objective, never worse
 * than their start and never above the bound, and the bound never below the optimum.
 */
class GroupingKernelProperties {

  private static final double TOL = 1e-6;

  @Property(tries = 3000, seed = "20261205")
  void branchAndBound_equalsBruteForce(@ForAll long seed) {
    RawGrouping raw = RawGrouping.random(new SplittableRandom(seed), 10, seed % 3 == 0);
    GroupingInstance instance = raw.instance();
    double optimum = raw.bruteForceOptimum();
    GroupingResult r = BranchAndBoundGrouping.solve(instance, GroupingOptions.DEFAULTS);
    if (optimum == Double.NEGATIVE_INFINITY) {
      assertThat(r.status()).isEqualTo(GroupingStatus.INFEASIBLE);
      assertThat(r.groupOf()).isNull();
      return;
    }
    assertThat(r.status()).isEqualTo(GroupingStatus.OPTIMAL);
    assertThat(raw.shapeProblem(r.groupOf())).isNull();
    assertThat(raw.brokenRules(r.groupOf())).isZero();
    assertThat(raw.objective(r.groupOf()))
        .isCloseTo(optimum, org.assertj.core.data.Offset.offset(TOL));
    assertThat(r.objective()).isCloseTo(optimum, org.assertj.core.data.Offset.offset(TOL));
    assertThat(r.upperBound()).isGreaterThanOrEqualTo(optimum - TOL);
  }

  @Property(tries = 1500, seed = "20261205")
  void upperBound_neverBelowOptimum_andNoWeakerThanHalvedLargestValues(@ForAll long seed) {
    RawGrouping raw = RawGrouping.random(new SplittableRandom(seed), 10, seed % 2 == 0);
    double optimum = raw.bruteForceOptimum();
    double bound = GroupingUpperBound.of(raw.instance());
    if (optimum != Double.NEGATIVE_INFINITY) {
      assertThat(bound).isGreaterThanOrEqualTo(optimum - TOL);
    }
    assertThat(bound).isLessThanOrEqualTo(halvedLargestValues(raw) + TOL * (1 + bound));
  }

  /**
   * The classic bound: for each item the sum of its (maxSize - 1) largest positive values, halved.
   */
  private static double halvedLargestValues(RawGrouping raw) {
    double total = 0;
    for (int u = 0; u < raw.n; u++) {
      double[] row = new double[raw.n];
      int c = 0;
      for (int v = 0; v < raw.n; v++) {
        if (v != u && !raw.forbidden.contains(RawGrouping.key(u, v))) {
          row[c++] = Math.max(0, raw.w[u][v]);
        }
      }
      java.util.Arrays.sort(row, 0, c);
      for (int t = 0; t < Math.min(c, raw.maxSize - 1); t++) {
        total += row[c - 1 - t];
      }
    }
    return total / 2;
  }

  @Property(tries = 1500, seed = "20261205")
  void iteratedMaximaSearch_feasibleAndNeverWorseThanStartNorAboveBound(@ForAll long seed) {
    RawGrouping raw = RawGrouping.random(new SplittableRandom(seed), 14, seed % 2 == 0);
    GroupingInstance instance = raw.instance();
    GroupingInstance dense = instance.isDense() ? instance : Groupings.toDense(instance);
    int[] start =
        GreedyGroupingConstruction.construct(dense, new SplittableRandom(seed ^ 0x5DEECE66DL));
    assertThat(raw.shapeProblem(start)).isNull();
    GroupingResult r =
        IteratedMaximaSearchGrouping.improve(
            dense, start, GroupingOptions.DEFAULTS.withSeed(seed).withMaxIterations(300));
    checkHeuristic(raw, r);
    // Lexicographic: fewer broken rules, or as many and an objective at least the start's.
    int startBroken = raw.brokenRules(start);
    int broken = raw.brokenRules(r.groupOf());
    assertThat(broken).isLessThanOrEqualTo(startBroken);
    if (broken == startBroken) {
      assertThat(raw.objective(r.groupOf())).isGreaterThanOrEqualTo(raw.objective(start) - TOL);
    }
  }

  @Property(tries = 1000, seed = "20261205")
  void iteratedMaximaSearch_findsTheOptimumOfSmallInstances(@ForAll long seed) {
    RawGrouping raw = RawGrouping.random(new SplittableRandom(seed), 10, false);
    GroupingInstance instance = raw.instance();
    GroupingInstance dense = instance.isDense() ? instance : Groupings.toDense(instance);
    GroupingResult r =
        IteratedMaximaSearchGrouping.solve(
            dense, GroupingOptions.DEFAULTS.withSeed(seed).withMaxIterations(2000));
    assertThat(raw.objective(r.groupOf()))
        .isCloseTo(raw.bruteForceOptimum(), org.assertj.core.data.Offset.offset(TOL));
  }

  @Property(tries = 1500, seed = "20261205")
  void sparseLocalSearch_feasibleAndNeverWorseThanGreedyNorAboveBound(@ForAll long seed) {
    RawGrouping raw = RawGrouping.random(new SplittableRandom(seed), 16, seed % 2 == 0);
    GroupingInstance instance = raw.instance();
    if (instance.isDense()) {
      return;
    }
    GroupingOptions options = GroupingOptions.DEFAULTS.withSeed(seed);
    int[] start =
        GreedyGroupingConstruction.construct(instance, new SplittableRandom(options.seed()));
    GroupingResult r = SparseLocalSearchGrouping.solve(instance, options);
    checkHeuristic(raw, r);
    int startBroken = raw.brokenRules(start);
    int broken = raw.brokenRules(r.groupOf());
    assertThat(broken).isLessThanOrEqualTo(startBroken);
    if (broken == startBroken) {
      assertThat(raw.objective(r.groupOf())).isGreaterThanOrEqualTo(raw.objective(start) - TOL);
    }
  }

  @Property(tries = 600, seed = "20261205")
  void groupingsSolve_keepsTheRulesWheneverTheExactMethodCan(@ForAll long seed) {
    RawGrouping raw = RawGrouping.random(new SplittableRandom(seed), 12, true);
    GroupingInstance instance = raw.instance();
    GroupingResult r = Groupings.solve(instance, GroupingOptions.DEFAULTS.withSeed(seed));
    double optimum = raw.bruteForceOptimum();
    if (optimum == Double.NEGATIVE_INFINITY) {
      assertThat(r.status()).isEqualTo(GroupingStatus.INFEASIBLE);
      return;
    }
    assertThat(r.rulesHeld()).isTrue();
    assertThat(raw.objective(r.groupOf()))
        .isCloseTo(optimum, org.assertj.core.data.Offset.offset(TOL));
  }

  private static void checkHeuristic(RawGrouping raw, GroupingResult r) {
    int[] g = r.groupOf();
    assertThat(raw.shapeProblem(g)).isNull();
    assertThat(r.objective()).isCloseTo(raw.objective(g), org.assertj.core.data.Offset.offset(TOL));
    assertThat(r.forbiddenTogether() + r.pinsBroken()).isEqualTo(raw.brokenRules(g));
    double optimum = raw.n <= 10 ? raw.bruteForceOptimum() : Double.NEGATIVE_INFINITY;
    if (r.rulesHeld()) {
      assertThat(r.objective()).isLessThanOrEqualTo(r.upperBound() + TOL);
      assertThat(r.gap()).isGreaterThanOrEqualTo(0.0);
    }
    if (optimum != Double.NEGATIVE_INFINITY) {
      assertThat(r.upperBound()).isGreaterThanOrEqualTo(optimum - TOL);
      if (r.rulesHeld()) {
        assertThat(r.objective()).isLessThanOrEqualTo(optimum + TOL);
      }
    }
  }
}
