package io.peermatch.core.internal.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.api.MatchingProblem;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.candidates.Prepared;
import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.kernel.stable.StabilityChecker;
import io.peermatch.core.testing.RandomProblems;
import io.peermatch.core.testing.RandomProblems.Settings;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@link OwnViewStability} gives exactly what the independent {@link StabilityChecker} gives on the
 * preference lists {@link ScorePreferences} builds (the way {@code Evaluation} computed the
 * own-view metrics before), for random matchings of random problems: soft preferences, pins, hard
 * rules, capacities, and dyadic levels so that own views tie and the weight and hash tie-breaks
 * decide.
 */
class OwnViewStabilityProperties {

  @Property(tries = 1500, seed = "20261129")
  void ownViews_equalTheCheckerOnTheDerivedLists(@ForAll long seed) {
    Random rnd = new Random(seed);
    boolean pool = rnd.nextBoolean();
    Settings settings =
        Settings.everything(14)
            .withShape(pool ? RandomProblems.Shape.POOL : RandomProblems.Shape.TWO_SIDED)
            .withMaxCapacity(pool ? 1 : 3)
            .withDyadic(rnd.nextBoolean());
    MatchingProblem problem = RandomProblems.generate(seed, settings);
    Prepared prepared = Prepared.prepare(problem);
    CandidateGraph graph = prepared.graph();
    int[] edges = randomMatching(graph, rnd);
    CompiledProblem compiled = prepared.compiled();
    OwnViewStability.Report fast =
        OwnViewStability.of(graph, compiled.offers(), compiled.seeks(), problem.seed(), edges);

    if (graph.isBipartite()) {
      ScorePreferences.Marriage views = ScorePreferences.marriage(graph, prepared);
      StabilityChecker.MarriageReport r =
          StabilityChecker.checkMarriage(views.instance(), views.matchingOf(edges));
      assertThat(fast.blockingPairs()).isEqualTo(r.blockingPairs());
      assertThat(fast.cost()).isEqualTo(r.egalitarianCost());
      assertThat(fast.rankMax()).isEqualTo(r.rankMax());
      assertThat(fast.rankMean()).isEqualTo(r.rankMean());
    } else {
      ScorePreferences.Roommates views = ScorePreferences.roommates(graph, prepared);
      StabilityChecker.RoommatesReport r =
          StabilityChecker.checkRoommates(views.instance(), views.matesOf(edges));
      assertThat(fast.blockingPairs()).isEqualTo(r.blockingPairs());
      assertThat(fast.cost()).isEqualTo(r.cost());
      assertThat(fast.rankMax()).isEqualTo(r.rankMax());
      assertThat(fast.rankMean()).isEqualTo(r.rankMean());
    }
  }

  /**
   * A random matching of positive-weight edges within the graph's capacities (1 in a pool): every
   * edge is taken with probability 3/4 in a random order while both ends have room, so matchings
   * range from maximal to sparse.
   */
  static int[] randomMatching(CandidateGraph graph, Random rnd) {
    int m = graph.edgeCount();
    int[] order = new int[m];
    for (int e = 0; e < m; e++) {
      order[e] = e;
    }
    for (int i = m - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int[] used = new int[graph.vertexCount()];
    int[] edges = new int[m];
    int count = 0;
    for (int e : order) {
      int u = graph.u(e);
      int v = graph.v(e);
      int cu = graph.isBipartite() ? graph.capacity(u) : 1;
      int cv = graph.isBipartite() ? graph.capacity(v) : 1;
      if (graph.weight(e) > 0 && used[u] < cu && used[v] < cv && rnd.nextInt(4) != 0) {
        used[u]++;
        used[v]++;
        edges[count++] = e;
      }
    }
    return Arrays.copyOf(edges, count);
  }
}
