package io.peermatch.core.kernel.general;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SuitorMatchingTest {

  /** Greedy by weight descending, then edge id ascending: the reference the suitor must equal. */
  static int[] greedy(CandidateGraph g) {
    Integer[] order = new Integer[g.edgeCount()];
    for (int e = 0; e < order.length; e++) {
      order[e] = e;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          int c = Double.compare(g.weight(b), g.weight(a));
          return c != 0 ? c : Integer.compare(a, b);
        });
    boolean[] used = new boolean[g.vertexCount()];
    int[] taken = new int[g.edgeCount()];
    int k = 0;
    for (int e : order) {
      if (g.weight(e) > 0 && !used[g.u(e)] && !used[g.v(e)]) {
        used[g.u(e)] = true;
        used[g.v(e)] = true;
        taken[k++] = e;
      }
    }
    int[] result = Arrays.copyOf(taken, k);
    Arrays.sort(result);
    return result;
  }

  @Property(tries = 2000, seed = "20261129")
  void solve_equalsGreedyUnderSameTieBreak(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 2 + r.nextInt(40);
    CandidateGraph g =
        SmallGraphs.random(r, n, (1.0 + 6 * r.nextDouble()) / n + 0.05, r.nextInt(4));
    GeneralMatchingResult s = SuitorMatching.solve(g);
    assertThat(GeneralMatchingChecker.feasibilityViolation(g, s.edges())).isNull();
    assertThat(s.edges()).containsExactly(greedy(g));
  }

  /**
   * The suitor along the weight-sorted lists (what the improved solvers start from) forms the same
   * matching as the full-scan suitor and as greedy, ties included (weights drawn from few values).
   */
  @Property(tries = 2000, seed = "20261205")
  void sortedListSuitor_equalsGreedyUnderSameTieBreak(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 2 + r.nextInt(60);
    CandidateGraph g =
        SmallGraphs.random(r, n, (1.0 + 8 * r.nextDouble()) / n + 0.05, r.nextInt(4));
    int[] sorted =
        SuitorMatching.suitorMateEdges(
            g, WeightSortedAdjacency.of(g), SolveControl.none(), new boolean[1]);
    assertThat(sorted).containsExactly(SuitorMatching.suitorMateEdges(g));
    assertThat(SuitorMatching.toResult(g, sorted).edges()).containsExactly(greedy(g));
  }

  @Test
  void solveImprovedWithBound_rejectsFewerThanOneThread() {
    CandidateGraph g = GeneralGraphGenerators.randomSparse(10, 3, 1);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> SuitorMatching.solveImprovedWithBound(g, SolveControl.none(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be at least 1 but was 0");
  }

  /** Lists sorted on several threads, in several chunks, are the lists sorted on one. */
  @Test
  void adjacencySortedOnThreads_equalsOneThread_andSoDoesTheResult() {
    CandidateGraph g = GeneralGraphGenerators.skillLike(40_000, 10, 40, 5);
    WeightSortedAdjacency one = WeightSortedAdjacency.of(g);
    WeightSortedAdjacency three = WeightSortedAdjacency.of(g, SolveControl.none(), "test", 3);
    assertThat(three.offset).isEqualTo(one.offset);
    assertThat(three.other).isEqualTo(one.other);
    assertThat(three.weight).isEqualTo(one.weight);
    GeneralMatchingResult a = SuitorMatching.solveImprovedWithBound(g, SolveControl.none(), 1);
    GeneralMatchingResult b = SuitorMatching.solveImprovedWithBound(g, SolveControl.none(), 3);
    assertThat(b.edges()).isEqualTo(a.edges());
    assertThat(b.upperBound()).isEqualTo(a.upperBound());
  }

  @Property(tries = 2000, seed = "20261129")
  void solveImproved_atLeastHalfOptimumAndAtLeastSuitor(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = r.nextInt(11);
    CandidateGraph g = SmallGraphs.random(r, n, 0.2 + 0.5 * r.nextDouble(), r.nextInt(4));
    if (g.edgeCount() > 24) {
      return;
    }
    double opt = BruteForceGeneralMatching.maxWeight(g);
    GeneralMatchingResult s = SuitorMatching.solve(g);
    GeneralMatchingResult i = SuitorMatching.solveImproved(g);
    assertThat(GeneralMatchingChecker.feasibilityViolation(g, i.edges())).isNull();
    assertThat(s.weight()).isGreaterThanOrEqualTo(opt / 2 - 1e-9);
    assertThat(i.weight()).isGreaterThanOrEqualTo(s.weight() - 1e-9);
    assertThat(i.weight()).isLessThanOrEqualTo(opt + 1e-9);
    assertThat(i.weight())
        .isCloseTo(g.totalWeight(i.edges()), org.assertj.core.api.Assertions.within(1e-9));
  }

  /**
   * Quality against the exact optimum (reported, and pinned a little below what we measure so that
   * a regression fails): random sparse graphs with uniform weights are the hard case for local
   * search (we measure 91.0 % for the suitor, 99.33 % improved); skill-like graphs, with many ties,
   * the easy one (99.98 %).
   */
  @Test
  void solveImproved_qualityAgainstExact() {
    CandidateGraph random = GeneralGraphGenerators.randomSparse(5000, 10, 11);
    CandidateGraph skills = GeneralGraphGenerators.skillLike(5000, 10, 40, 11);
    double optRandom = BlossomMaximumWeightMatching.solve(random).weight();
    double optSkills = BlossomMaximumWeightMatching.solve(skills).weight();
    double suitorRandom = SuitorMatching.solve(random).weight() / optRandom;
    double improvedRandom = SuitorMatching.solveImproved(random).weight() / optRandom;
    double improvedSkills = SuitorMatching.solveImproved(skills).weight() / optSkills;
    assertThat(suitorRandom).isGreaterThan(0.85);
    assertThat(improvedRandom).isGreaterThan(0.99).isGreaterThan(suitorRandom);
    assertThat(improvedSkills).isGreaterThan(0.998);
  }

  @Test
  void solve_pathOfThree_takesMiddleGreedilyAndImprovementFixesIt() {
    // 0-1 (2), 1-2 (3), 2-3 (2): greedy takes 1-2 (3); the optimum 0-1 + 2-3 (4) is one move away.
    CandidateGraph g =
        CandidateGraph.of(
            4, -1, new int[] {0, 1, 2}, new int[] {1, 2, 3}, new double[] {2, 3, 2}, null);
    assertThat(SuitorMatching.solve(g).weight()).isEqualTo(3.0);
    assertThat(SuitorMatching.solveImproved(g).weight()).isEqualTo(4.0);
  }
}
