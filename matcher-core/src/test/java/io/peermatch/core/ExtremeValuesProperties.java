package io.peermatch.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import io.peermatch.core.kernel.GraphKernel;
import io.peermatch.core.kernel.InstanceKind;
import io.peermatch.core.kernel.KernelResult;
import io.peermatch.core.kernel.MarriageResult;
import io.peermatch.core.kernel.general.GeneralMatchingChecker;
import io.peermatch.core.kernel.stable.StableMarriageInstance;
import io.peermatch.core.testing.FeasibilityChecker;
import io.peermatch.core.testing.RandomProblems;
import io.peermatch.core.testing.RandomProblems.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Extreme values against every strategy (issue 15): capacities far above what the other side can
 * use (up to {@code Integer.MAX_VALUE}) cost nothing and change nothing, empty sides and single
 * people are fine, and weights from {@code 1e-12} to {@code 1e12} (or all equal) give finite
 * objectives and feasible matchings, each checked by the independent checkers.
 */
class ExtremeValuesProperties {

  private static final MatchOptions ONE_THREAD = MatchOptions.DEFAULTS.withThreads(1);

  private static final int[] HUGE = {
    Integer.MAX_VALUE, 100_000_000, Integer.MAX_VALUE - 1, 1 << 20
  };

  /** The same problem with some capacities replaced by {@code capacity.apply(original)}. */
  private static MatchingProblem withCapacities(
      MatchingProblem p, java.util.function.ToIntBiFunction<Participant, Integer> capacity) {
    int otherForLeft =
        p.isPool() ? Math.max(1, p.left().size() - 1) : Math.max(1, p.right().size());
    int otherForRight = Math.max(1, p.left().size());
    List<Participant> left = new ArrayList<>();
    for (Participant x : p.left()) {
      left.add(copy(x, capacity.applyAsInt(x, otherForLeft)));
    }
    List<Participant> right = new ArrayList<>();
    for (Participant x : p.right()) {
      right.add(copy(x, capacity.applyAsInt(x, otherForRight)));
    }
    MatchingProblem.Builder b =
        p.isPool() ? MatchingProblem.pool(left) : MatchingProblem.twoSided(left, right);
    return b.scoring(p.scoring()).constraints(p.constraints()).seed(p.seed()).build();
  }

  private static Participant copy(Participant x, int capacity) {
    return new Participant(x.id(), x.attributes(), x.offers(), x.seeks(), capacity);
  }

  @Property(tries = 300, seed = "20261205")
  void hugeCapacities_matchAsIfClampedToTheOtherSide_everyStrategy(@ForAll long seed) {
    MatchingProblem base =
        RandomProblems.generate(seed, Settings.everything(7).withPins(false).withMaxCapacity(3));
    Random rnd = new Random(seed);
    // Half the people keep their capacity, the others get a huge one.
    long mask = rnd.nextLong();
    int[] index = {0};
    MatchingProblem huge =
        withCapacities(
            base,
            (x, other) ->
                ((mask >>> (index[0]++ % 64)) & 1) == 0 ? x.capacity() : HUGE[rnd.nextInt(4)]);
    MatchingProblem clamped = withCapacities(huge, (x, other) -> Math.min(x.capacity(), other));
    for (Strategy s : Strategy.values()) {
      Matching a;
      try {
        a = PeerMatch.match(huge, s, ONE_THREAD);
      } catch (IllegalArgumentException unsupported) {
        // A shape or capacities the strategy does not take: the clamped problem is refused alike.
        assertThatThrownBy(() -> PeerMatch.match(clamped, s, ONE_THREAD))
            .as("%s refuses the huge capacities (%s) but not the clamped ones", s, unsupported)
            .isInstanceOf(IllegalArgumentException.class);
        continue;
      }
      FeasibilityChecker.assertFeasible(huge, a);
      Matching b = PeerMatch.match(clamped, s, ONE_THREAD);
      assertThat(Double.isFinite(a.objective())).isTrue();
      assertThat(a.objective())
          .as("%s: huge capacities against clamped ones", s)
          .isCloseTo(b.objective(), within(1e-9 * (1 + Math.abs(b.objective()))));
    }
  }

  /** A random bipartite graph with extreme weights and capacities far above the other side. */
  private static CandidateGraph extremeGraph(long seed, boolean bipartite) {
    Random rnd = new Random(seed);
    int left = rnd.nextInt(7);
    int right = bipartite ? rnd.nextInt(7) : 0;
    int n = left + right;
    int mode = rnd.nextInt(3);
    double equal = Math.pow(10, -12 + rnd.nextInt(25));
    CandidateGraphBuilder b =
        bipartite ? CandidateGraphBuilder.bipartite(left, right) : CandidateGraphBuilder.general(n);
    for (int u = 0; u < (bipartite ? left : n); u++) {
      for (int v = bipartite ? left : u + 1; v < n; v++) {
        if (rnd.nextInt(3) == 0) {
          continue;
        }
        double w =
            switch (mode) {
              case 0 -> equal;
              case 1 -> Math.pow(10, -12 + 24 * rnd.nextDouble());
              default -> rnd.nextBoolean() ? 1e12 : 1e-12;
            };
        b.addEdge(u, v, w);
      }
    }
    for (int x = 0; x < n; x++) {
      int c = rnd.nextInt(3);
      b.capacity(x, c == 0 ? 1 : c == 1 ? Integer.MAX_VALUE : 100_000_000);
    }
    return b.build();
  }

  @Property(tries = 300, seed = "20261205")
  void extremeWeightsAndCapacities_everyGraphKernel_feasibleAndFinite(@ForAll long seed) {
    for (boolean bipartite : new boolean[] {true, false}) {
      CandidateGraph g = extremeGraph(seed, bipartite);
      InstanceKind kind = bipartite ? InstanceKind.ASSIGNMENT : InstanceKind.GENERAL;
      for (Strategy s : Strategy.values()) {
        if (!s.hasKernel(kind)) {
          continue;
        }
        GraphKernel kernel = bipartite ? s.assignmentKernel() : s.generalKernel();
        KernelResult r;
        try {
          r = kernel.solve(g);
        } catch (IllegalArgumentException refused) {
          // A documented refusal (capacities on both sides for the auction, above 1 for blossom).
          assertThat(refused.getMessage()).contains("capacit");
          continue;
        }
        assertThat(GeneralMatchingChecker.feasibilityViolation(g, r.edges()))
            .as("%s on %s", s, kind)
            .isNull();
        double total = 0;
        for (int e : r.edges()) {
          total += g.weight(e);
        }
        assertThat(Double.isFinite(total)).isTrue();
        for (double v : r.values().values()) {
          assertThat(Double.isNaN(v)).as("%s: diagnostics %s", s, r.values()).isFalse();
        }
      }
    }
  }

  @Test
  void marriageWithTheLargestCapacity_everyMarriageKernel_answersAtOnce() {
    StableMarriageInstance instance =
        StableMarriageInstance.builder(new int[][] {{0, 1}, {1, 0}}, new int[][] {{0, 1}, {1, 0}})
            .leftCapacities(new int[] {Integer.MAX_VALUE, 1})
            .build();
    for (Strategy s : Strategy.values()) {
      if (!s.hasKernel(InstanceKind.MARRIAGE)) {
        continue;
      }
      MarriageResult r = s.marriageKernel().solve(instance, true);
      assertThat(r).as(s.label()).isNotNull();
    }
  }

  @Test
  void suggestions_whenNoPairIsPossible_areEmptyNotAnHugeArray() {
    Participant only = Participant.builder("a").offers("go:0.5").build();
    MatchingProblem alone = MatchingProblem.pool(List.of(only)).build();
    assertThat(Suggestions.build(alone, 10).suggest("a", 5)).isEmpty();
    Participant b = Participant.builder("b").offers("go:0.5").build();
    MatchingProblem onlyMentors = MatchingProblem.twoSided(List.of(only, b), List.of()).build();
    assertThat(Suggestions.build(onlyMentors, 10).suggest("a", 5)).isEmpty();
  }

  @Test
  void weightsBeyondTheLimit_areRejectedUpFrontWithTheEdge() {
    CandidateGraphBuilder b = CandidateGraphBuilder.bipartite(1, 1);
    assertThatThrownBy(() -> b.addEdge(0, 1, 1e308))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 1e100")
        .hasMessageContaining("(0, 1)");
    assertThatThrownBy(() -> CandidateGraphBuilder.bipartite(Integer.MAX_VALUE, Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most");
  }
}
