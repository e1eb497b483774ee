package io.peermatch.core.internal.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.api.MatchingProblem;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.internal.problem.CompiledRules;
import io.peermatch.core.internal.problem.CompiledScoring;
import io.peermatch.core.testing.BruteForce;
import io.peermatch.core.testing.RandomProblems;
import io.peermatch.core.testing.RandomProblems.Settings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class CandidateGeneratorProperties {

  static Candidates generate(MatchingProblem problem, CandidateOptions options) {
    CompiledProblem compiled = CompiledProblem.compile(problem);
    return CandidateGenerator.generate(
        compiled, CompiledScoring.of(compiled), CompiledRules.of(compiled), options);
  }

  /** Edges by key {@code u * n + v}: {weight, relevance}. */
  static Map<Long, double[]> edges(CandidateGraph g) {
    Map<Long, double[]> out = new HashMap<>();
    int n = g.vertexCount();
    for (int e = 0; e < g.edgeCount(); e++) {
      out.put((long) g.u(e) * n + g.v(e), new double[] {g.weight(e), g.relevance(e)});
    }
    return out;
  }

  /** The brute-force candidate set: allowed pairs scoring above zero, plus the pinned pairs. */
  static Map<Long, double[]> expectedExact(MatchingProblem problem) {
    int n = problem.size();
    Map<Long, double[]> expected = new HashMap<>();
    for (BruteForce.Pair p : BruteForce.positivePairs(problem)) {
      expected.put(p.key(n), new double[] {p.weight(), p.relevance()});
    }
    List<int[]> pins = BruteForce.pinned(problem);
    for (BruteForce.Pair p : BruteForce.allowedPairs(problem)) {
      for (int[] pin : pins) {
        if (pin[0] == p.a() && pin[1] == p.b()) {
          expected.put(p.key(n), new double[] {p.weight(), p.relevance()});
        }
      }
    }
    return expected;
  }

  static void assertSameEdges(Map<Long, double[]> actual, Map<Long, double[]> expected, int n) {
    assertThat(actual.keySet())
        .as("edge keys (u * %d + v)", n)
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (Map.Entry<Long, double[]> e : expected.entrySet()) {
      double[] a = actual.get(e.getKey());
      assertThat(a[0]).as("weight of %s", e.getKey()).isCloseTo(e.getValue()[0], within(1e-12));
      assertThat(a[1]).as("relevance of %s", e.getKey()).isCloseTo(e.getValue()[1], within(1e-12));
    }
  }

  /** Exact mode keeps exactly the allowed pairs of positive relevance or weight (and pins). */
  @Property(tries = 1500, seed = "20261129")
  void exactMode_equalsBruteForce(@ForAll long seed) {
    MatchingProblem problem = RandomProblems.generate(seed, Settings.everything(9));
    Candidates c = generate(problem, CandidateOptions.DEFAULTS.withThreads(1));
    assertThat(c.exact()).isTrue();
    CandidateGraph g = c.graph();
    assertThat(g.vertexCount()).isEqualTo(problem.size());
    assertThat(g.isBipartite()).isEqualTo(!problem.isPool());
    for (int x = 0; x < g.vertexCount(); x++) {
      assertThat(g.capacity(x)).isEqualTo(problem.participants().get(x).capacity());
    }
    assertSameEdges(edges(g), expectedExact(problem), problem.size());
  }

  /** Exact mode on problems without soft preferences (where no bonus can lift a zero pair). */
  @Property(tries = 1000, seed = "20261129")
  void exactMode_withoutPreferences_equalsBruteForce(@ForAll long seed) {
    MatchingProblem problem =
        RandomProblems.generate(seed, Settings.everything(9).withPreferences(false));
    Candidates c = generate(problem, CandidateOptions.DEFAULTS.withThreads(1));
    assertSameEdges(edges(c.graph()), expectedExact(problem), problem.size());
  }

  /**
   * Exact mode with preferences: every edge is a brute-force candidate with the same weight, and
   * every candidate of non-zero relevance is present (the pairs of zero relevance lifted by a bonus
   * are the known gap of the test above).
   */
  @Property(tries = 1500, seed = "20261129")
  void exactMode_keepsEveryCandidateOfNonZeroRelevance(@ForAll long seed) {
    MatchingProblem problem = RandomProblems.generate(seed, Settings.everything(9));
    Candidates c = generate(problem, CandidateOptions.DEFAULTS.withThreads(1));
    Map<Long, double[]> actual = edges(c.graph());
    Map<Long, double[]> expected = expectedExact(problem);
    for (Map.Entry<Long, double[]> e : actual.entrySet()) {
      assertThat(expected).containsKey(e.getKey());
      assertThat(e.getValue()[0]).isCloseTo(expected.get(e.getKey())[0], within(1e-12));
      assertThat(e.getValue()[1]).isCloseTo(expected.get(e.getKey())[1], within(1e-12));
    }
    for (Map.Entry<Long, double[]> e : expected.entrySet()) {
      if (e.getValue()[1] != 0.0) {
        assertThat(actual).containsKey(e.getKey());
      }
    }
  }
}
