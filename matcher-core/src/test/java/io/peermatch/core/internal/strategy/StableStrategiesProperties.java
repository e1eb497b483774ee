package io.peermatch.core.internal.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.MatchingStatus;
import io.peermatch.api.Participant;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.preferences.ScorePreferences;
import io.peermatch.core.kernel.stable.BruteForceStable;
import io.peermatch.core.kernel.stable.DenseProblems;
import io.peermatch.core.kernel.stable.StabilityChecker;
import io.peermatch.core.kernel.stable.StableMarriageInstance;
import io.peermatch.core.kernel.stable.StableMarriageMatching;
import io.peermatch.core.kernel.stable.StableRoommatesInstance;
import io.peermatch.core.testing.FeasibilityChecker;
import io.peermatch.core.testing.RandomProblems;
import io.peermatch.core.testing.RandomProblems.Settings;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The stable strategies on random matching problems: feasible (capacities, hard rules, pins),
 * stable under the own-view preferences rebuilt independently ({@link OwnViews}), and optimal
 * against a brute force over every stable matching of small derived instances.
 */
class StableStrategiesProperties {

  private static final CandidateOptions ONE_THREAD = CandidateOptions.DEFAULTS.withThreads(1);
  private static final GraphStrategy MENTEES_PROPOSE = new GaleShapleyStrategy(ONE_THREAD);
  private static final GraphStrategy MENTORS_PROPOSE = new GaleShapleyStrategy(ONE_THREAD, true);
  private static final GraphStrategy EGALITARIAN = new EgalitarianStableStrategy(ONE_THREAD);
  private static final GraphStrategy MIN_REGRET = new MinimumRegretStableStrategy(ONE_THREAD);
  private static final GraphStrategy BALANCED = new BalancedStableStrategy(ONE_THREAD);
  private static final GraphStrategy ROOMMATES = new StableRoommatesStrategy(ONE_THREAD);

  private static MatchingProblem twoSided(long seed, int maxSize) {
    return RandomProblems.generate(
        seed, Settings.everything(maxSize).withShape(RandomProblems.Shape.TWO_SIDED));
  }

  /** The same people with every mentee (right side) at capacity 1, or null if a pin then breaks. */
  private static MatchingProblem menteesAtOne(MatchingProblem p) {
    List<Participant> right = new ArrayList<>();
    for (Participant r : p.right()) {
      right.add(new Participant(r.id(), r.attributes(), r.offers(), r.seeks(), 1));
    }
    try {
      return MatchingProblem.twoSided(p.left(), right)
          .scoring(p.scoring())
          .constraints(p.constraints())
          .seed(p.seed())
          .build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      return null;
    }
  }

  private static void assertStableAndFeasible(MatchingProblem problem, Matching m) {
    FeasibilityChecker.assertFeasible(problem, m);
    assertThat(m.status()).isEqualTo(MatchingStatus.OK);
    StabilityChecker.MarriageReport report = OwnViews.marriage(problem, m);
    assertThat(report.blockingPairs()).as("blocking pairs under own views").isZero();
    assertThat(m.diagnostics().values().get("blocking_pairs_own_views")).isEqualTo(0.0);
    assertThat(m.diagnostics().values().get("egalitarian_cost_own_views"))
        .isEqualTo((double) report.egalitarianCost());
  }

  @Property(tries = 1500, seed = "20261129")
  void galeShapley_bothProposers_feasibleAndStable_withCapacitiesOnBothSides(@ForAll long seed) {
    MatchingProblem problem = twoSided(seed, 9);
    assertStableAndFeasible(problem, MENTEES_PROPOSE.match(problem));
    assertStableAndFeasible(problem, MENTORS_PROPOSE.match(problem));
  }

  @Property(tries = 1000, seed = "20261129")
  void latticeStrategies_feasibleAndStable_withMentorCapacities(@ForAll long seed) {
    MatchingProblem problem = menteesAtOne(twoSided(seed, 9));
    Assume.that(problem != null);
    assertStableAndFeasible(problem, EGALITARIAN.match(problem));
    assertStableAndFeasible(problem, MIN_REGRET.match(problem));
    assertStableAndFeasible(problem, BALANCED.match(problem));
  }

  /**
   * On small derived instances every stable matching is enumerated: the lattice strategies reach
   * the optimum of their objective, and mentee-proposing Gale-Shapley gives every mentee its best
   * stable partner (one-to-one) while mentor-proposing gives every mentor its best.
   */
  @Property(tries = 1000, seed = "20261129")
  void strategies_areOptimal_againstBruteForce(@ForAll long seed) {
    MatchingProblem problem =
        seed % 2 == 0 ? menteesAtOne(twoSided(seed, 5)) : DenseProblems.twoSided(seed, 4, 4, 2);
    Assume.that(problem != null);
    StableMarriageInstance in = OwnViews.marriageInstance(problem);
    Assume.that(in.acceptablePairCount() <= 13);
    List<StableMarriageMatching> stable = BruteForceStable.stable(in);
    long bestCost = Long.MAX_VALUE;
    int bestRegret = Integer.MAX_VALUE;
    long bestBalance = Long.MAX_VALUE;
    for (StableMarriageMatching s : stable) {
      StabilityChecker.MarriageReport r = StabilityChecker.checkMarriage(in, s);
      bestCost = Math.min(bestCost, r.egalitarianCost());
      bestRegret = Math.min(bestRegret, r.rankMax());
      bestBalance = Math.min(bestBalance, r.sexEqualityCost());
    }
    assertThat(OwnViews.marriage(problem, EGALITARIAN.match(problem)).egalitarianCost())
        .isEqualTo(bestCost);
    assertThat(OwnViews.marriage(problem, MIN_REGRET.match(problem)).rankMax())
        .isEqualTo(bestRegret);
    assertThat(OwnViews.marriage(problem, BALANCED.match(problem)).sexEqualityCost())
        .isEqualTo(bestBalance);
    if (in.isOneToOne()) {
      assertProposerOptimal(problem, in, stable, MENTEES_PROPOSE, false);
      assertProposerOptimal(problem, in, stable, MENTORS_PROPOSE, true);
    }
  }

  private static void assertProposerOptimal(
      MatchingProblem problem,
      StableMarriageInstance in,
      List<StableMarriageMatching> stable,
      GraphStrategy strategy,
      boolean left) {
    StableMarriageMatching got = asInstanceMatching(problem, strategy.match(problem));
    int[] mates = left ? got.leftMates() : got.rightMates();
    for (StableMarriageMatching s : stable) {
      int[] other = left ? s.leftMates() : s.rightMates();
      for (int x = 0; x < mates.length; x++) {
        int[] list = left ? in.leftList(x) : in.rightList(x);
        assertThat(position(list, mates[x]))
            .as("agent %d of the proposing side does at least as well as in %s", x, s)
            .isLessThanOrEqualTo(position(list, other[x]));
      }
    }
  }

  private static int position(int[] list, int y) {
    for (int k = 0; k < list.length; k++) {
      if (list[k] == y) {
        return k;
      }
    }
    return Integer.MAX_VALUE; // unmatched is worst
  }

  private static StableMarriageMatching asInstanceMatching(MatchingProblem problem, Matching m) {
    var prepared = io.peermatch.core.internal.candidates.Prepared.prepare(problem);
    var residual = OwnViews.residual(prepared);
    return ScorePreferences.marriage(residual, prepared)
        .matchingOf(OwnViews.residualEdges(prepared, residual, m));
  }

  /**
   * Stable roommates on random pools: feasible; status OK exactly when the own-view matching has no
   * blocking pair; NO_STABLE_MATCHING only when brute force finds no stable matching.
   */
  @Property(tries = 1500, seed = "20261129")
  void stableRoommates_statusIsTruthful(@ForAll long seed) {
    MatchingProblem problem =
        RandomProblems.generate(seed, Settings.everything(8).withShape(RandomProblems.Shape.POOL));
    Matching m = ROOMMATES.match(problem);
    FeasibilityChecker.assertFeasible(problem, m);
    StabilityChecker.RoommatesReport report = OwnViews.roommates(problem, m);
    assertThat(m.diagnostics().values().get("blocking_pairs_own_views"))
        .isEqualTo((double) report.blockingPairs());
    if (m.status() == MatchingStatus.OK) {
      assertThat(report.blockingPairs()).isZero();
    } else {
      assertThat(m.status()).isEqualTo(MatchingStatus.NO_STABLE_MATCHING);
      var prepared = io.peermatch.core.internal.candidates.Prepared.prepare(problem);
      StableRoommatesInstance in =
          ScorePreferences.roommates(OwnViews.residual(prepared), prepared).instance();
      for (int[] mate : BruteForceStable.allRoommatesMatchings(in)) {
        assertThat(StabilityChecker.checkRoommates(in, BruteForceStable.clean(mate)).isStable())
            .isFalse();
      }
    }
  }

  /** The same on pools where nearly every pair is a candidate (some have no stable matching). */
  @Property(tries = 1000, seed = "20261129")
  void stableRoommates_statusIsTruthful_onDensePools(@ForAll long seed) {
    MatchingProblem problem = DenseProblems.pool(seed, 7);
    Matching m = ROOMMATES.match(problem);
    FeasibilityChecker.assertFeasible(problem, m);
    StabilityChecker.RoommatesReport report = OwnViews.roommates(problem, m);
    var prepared = io.peermatch.core.internal.candidates.Prepared.prepare(problem);
    StableRoommatesInstance in = ScorePreferences.roommates(prepared.graph(), prepared).instance();
    boolean anyStable = false;
    for (int[] mate : BruteForceStable.allRoommatesMatchings(in)) {
      anyStable |= StabilityChecker.checkRoommates(in, BruteForceStable.clean(mate)).isStable();
    }
    assertThat(m.status() == MatchingStatus.OK).isEqualTo(anyStable);
    assertThat(report.blockingPairs() == 0).isEqualTo(anyStable);
  }

  /** In top-K candidate mode (a sparser graph) the results stay feasible and stable. */
  @Property(tries = 500, seed = "20261129")
  void topKCandidates_feasibleAndStable(@ForAll long seed) {
    CandidateOptions topK =
        CandidateOptions.DEFAULTS.withExactPairLimit(0).withK(2).withPostingLimit(2).withThreads(1);
    MatchingProblem problem = RandomProblems.generate(seed, Settings.everything(10));
    if (problem.isPool()) {
      Matching m = new StableRoommatesStrategy(topK).match(problem);
      FeasibilityChecker.assertFeasible(problem, m);
      StabilityChecker.RoommatesReport report = OwnViews.roommates(problem, m, topK);
      assertThat(report.blockingPairs() == 0).isEqualTo(m.status() == MatchingStatus.OK);
    } else {
      Matching m = new GaleShapleyStrategy(topK).match(problem);
      FeasibilityChecker.assertFeasible(problem, m);
      assertThat(OwnViews.marriage(problem, m, topK).blockingPairs()).isZero();
    }
  }

  /** The same problem and seed give the same pairs. */
  @Property(tries = 200, seed = "20261129")
  void strategies_areDeterministic(@ForAll long seed) {
    MatchingProblem problem = menteesAtOne(twoSided(seed, 9));
    Assume.that(problem != null);
    for (GraphStrategy s : List.of(MENTEES_PROPOSE, EGALITARIAN, MIN_REGRET, BALANCED)) {
      assertThat(s.match(problem).pairs()).isEqualTo(s.match(problem).pairs());
    }
  }
}
