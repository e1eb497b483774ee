package io.peermatch.core.internal.strategy;

import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.candidates.Prepared;
import io.peermatch.core.internal.preferences.ScorePreferences;
import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.kernel.stable.StabilityChecker;
import io.peermatch.core.kernel.stable.StableMarriageInstance;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Test helper: the derived ("own view") instance a stable strategy should have been stable for,
 * rebuilt from scratch from the public matching: the residual graph (pinned pairs removed,
 * capacities reduced, exhausted people dropped) is built here again rather than taken from the
 * strategy layer, and the matching's non-pinned pairs are mapped onto it.
 */
final class OwnViews {

  private OwnViews() {}

  /** The residual candidate graph of {@code prepared}, built independently. */
  static CandidateGraph residual(Prepared prepared) {
    CandidateGraph full = prepared.graph();
    CompiledProblem compiled = prepared.compiled();
    int n = full.vertexCount();
    int[] cap = new int[n];
    for (int x = 0; x < n; x++) {
      cap[x] = full.capacity(x);
    }
    Set<Long> pinned = pinnedKeys(prepared);
    for (long key : pinned) {
      cap[(int) (key >>> 32)]--;
      cap[(int) key]--;
    }
    CandidateGraphBuilder b =
        full.isBipartite()
            ? CandidateGraphBuilder.bipartite(full.leftCount(), full.rightCount())
            : CandidateGraphBuilder.general(n);
    for (int x = 0; x < n; x++) {
      b.capacity(x, Math.max(1, cap[x]));
    }
    for (int e = 0; e < full.edgeCount(); e++) {
      int u = full.u(e);
      int v = full.v(e);
      if (!pinned.contains(key(u, v)) && cap[u] > 0 && cap[v] > 0) {
        b.addEdge(u, v, full.weight(e), full.relevance(e));
      }
    }
    if (compiled.size() != n) {
      throw new AssertionError("graph and problem disagree on the number of people");
    }
    return b.build();
  }

  private static long key(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  private static Set<Long> pinnedKeys(Prepared prepared) {
    Set<Long> keys = new HashSet<>();
    CompiledProblem c = prepared.compiled();
    for (var p : prepared.problem().pinnedPairs()) {
      keys.add(key(c.indexOf(p.first()), c.indexOf(p.second())));
    }
    return keys;
  }

  /** The matching's pairs that are not pinned, as edges of {@code residual}. */
  static int[] residualEdges(Prepared prepared, CandidateGraph residual, Matching m) {
    Set<Long> pinned = pinnedKeys(prepared);
    CompiledProblem c = prepared.compiled();
    List<MatchedPair> pairs = m.pairs();
    int[] edges = new int[pairs.size()];
    int k = 0;
    for (MatchedPair p : pairs) {
      int a = c.indexOf(p.first());
      int b = c.indexOf(p.second());
      if (pinned.contains(key(a, b))) {
        continue;
      }
      int e = residual.edgeBetween(a, b);
      if (e < 0) {
        throw new AssertionError("pair " + p.first() + "-" + p.second() + " is not a candidate");
      }
      edges[k++] = e;
    }
    return java.util.Arrays.copyOf(edges, k);
  }

  /** The marriage report of {@code m} under the own views of the residual graph. */
  static StabilityChecker.MarriageReport marriage(MatchingProblem problem, Matching m) {
    return marriage(problem, m, CandidateOptions.DEFAULTS);
  }

  /** As {@link #marriage(MatchingProblem, Matching)} with the candidate options used to match. */
  static StabilityChecker.MarriageReport marriage(
      MatchingProblem problem, Matching m, CandidateOptions options) {
    Prepared prepared = Prepared.prepare(problem, options);
    CandidateGraph residual = residual(prepared);
    ScorePreferences.Marriage prefs = ScorePreferences.marriage(residual, prepared);
    return StabilityChecker.checkMarriage(
        prefs.instance(), prefs.matchingOf(residualEdges(prepared, residual, m)));
  }

  /** The derived marriage instance of the residual graph. */
  static StableMarriageInstance marriageInstance(MatchingProblem problem) {
    Prepared prepared = Prepared.prepare(problem);
    return ScorePreferences.marriage(residual(prepared), prepared).instance();
  }

  /** The roommates report of {@code m} under the own views of the residual graph. */
  static StabilityChecker.RoommatesReport roommates(MatchingProblem problem, Matching m) {
    return roommates(problem, m, CandidateOptions.DEFAULTS);
  }

  /** As {@link #roommates(MatchingProblem, Matching)} with the candidate options used to match. */
  static StabilityChecker.RoommatesReport roommates(
      MatchingProblem problem, Matching m, CandidateOptions options) {
    Prepared prepared = Prepared.prepare(problem, options);
    CandidateGraph residual = residual(prepared);
    ScorePreferences.Roommates prefs = ScorePreferences.roommates(residual, prepared);
    return StabilityChecker.checkRoommates(
        prefs.instance(), prefs.matesOf(residualEdges(prepared, residual, m)));
  }
}
