package io.peermatch.core.internal.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.SkillVector;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.candidates.Prepared;
import io.peermatch.core.kernel.stable.StableMarriageInstance;
import io.peermatch.core.kernel.stable.StableRoommatesInstance;
import io.peermatch.core.testing.RandomProblems;
import io.peermatch.core.testing.RandomProblems.Settings;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The derived lists hold exactly the positive-weight candidates and are sorted by each person's own
 * view, recomputed here from the participants' skill vectors through the public API (not from the
 * compiled matrices the production code reads). Dyadic levels and weights make every view exact, so
 * equal views are real ties whatever the summation order.
 */
class ScorePreferencesProperties {

  private static final double EPS = 1e-9;

  @Property(tries = 1500, seed = "20261129")
  void lists_areThePositiveCandidates_sortedByOwnView(@ForAll long seed) {
    MatchingProblem problem =
        RandomProblems.generate(seed, Settings.everything(9).withDyadic(true));
    Prepared prepared = Prepared.prepare(problem);
    CandidateGraph g = prepared.graph();
    int n = g.vertexCount();
    int[][] lists = new int[n][];
    if (problem.isPool()) {
      StableRoommatesInstance in = ScorePreferences.roommates(g, prepared).instance();
      for (int x = 0; x < n; x++) {
        lists[x] = in.list(x);
      }
    } else {
      StableMarriageInstance in = ScorePreferences.marriage(g, prepared).instance();
      int nl = g.leftCount();
      for (int l = 0; l < nl; l++) {
        lists[l] = in.leftList(l);
        for (int k = 0; k < lists[l].length; k++) {
          lists[l][k] += nl;
        }
      }
      for (int r = 0; r < g.rightCount(); r++) {
        lists[nl + r] = in.rightList(r);
      }
    }
    for (int x = 0; x < n; x++) {
      int positive = 0;
      for (int k = g.adjacencyStart(x); k < g.adjacencyEnd(x); k++) {
        if (g.weight(g.adjacentEdge(k)) > 0) {
          positive++;
        }
      }
      assertThat(lists[x]).hasSize(positive);
      for (int k = 0; k < lists[x].length; k++) {
        int y = lists[x][k];
        int e = g.edgeBetween(x, y);
        assertThat(e).isGreaterThanOrEqualTo(0);
        assertThat(g.weight(e)).isPositive();
        if (k > 0) {
          int prev = lists[x][k - 1];
          int pe = g.edgeBetween(x, prev);
          double vPrev = view(problem, prepared, x, prev, pe);
          double v = view(problem, prepared, x, y, e);
          assertThat(vPrev).as("view of %d then %d by %d", prev, y, x).isGreaterThan(v - EPS);
          // A mentor's share is a quotient, rounded; only equal shares make an exact tie there.
          boolean exactTie =
              problem.isPool()
                  || x >= g.leftCount()
                  || share(prepared, x, prev) == share(prepared, x, y);
          if (Math.abs(vPrev - v) < EPS && exactTie) {
            assertThat(g.weight(pe)).isGreaterThan(g.weight(e) - EPS);
          }
        }
      }
    }
  }

  /** x's own view of y, straight from the definitions. */
  private static double view(MatchingProblem problem, Prepared prepared, int x, int y, int e) {
    CandidateGraph g = prepared.graph();
    double soft = g.weight(e) - g.relevance(e);
    Participant px = prepared.compiled().participant(x);
    Participant py = prepared.compiled().participant(y);
    if (problem.isPool()) {
      return py.offers().dot(px.seeks()) + 0.5 * px.offers().dot(py.seeks()) + soft;
    }
    boolean xIsMentor = x < g.leftCount();
    if (!xIsMentor) {
      return py.offers().dot(px.seeks()) + soft;
    }
    return share(prepared, x, y) + soft;
  }

  /** Mentor x's share: Σ min(offers(x), seeks(y)) / Σ offers(x), 0 when x offers nothing. */
  private static double share(Prepared prepared, int x, int y) {
    SkillVector offers = prepared.compiled().participant(x).offers();
    SkillVector seeks = prepared.compiled().participant(y).seeks();
    double mass = 0;
    double overlap = 0;
    for (int i = 0; i < offers.size(); i++) {
      mass += offers.level(i);
      overlap += Math.min(offers.level(i), seeks.level(offers.skill(i)));
    }
    return mass > 0 ? overlap / mass : 0.0;
  }
}
