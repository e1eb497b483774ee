package io.peermatch.core.internal.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.SkillVector;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.testing.BruteForce;
import io.peermatch.core.testing.RandomProblems;
import io.peermatch.core.testing.RandomProblems.Scorings;
import io.peermatch.core.testing.RandomProblems.Settings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CandidateGeneratorTopKProperties {

  private static final double EPS = 1e-9;

  /** Top-K mode with each participant's own nearest partners (the searches' own quality). */
  static CandidateOptions topK(int k, int postingLimit, int threads) {
    return CandidateOptions.DEFAULTS
        .withExactPairLimit(0)
        .withK(k)
        .withPostingLimit(postingLimit)
        .withThreads(threads)
        .withSelection(CandidateOptions.Selection.NEAREST);
  }

  /** Each participant's candidates by brute force, best first (weight desc, partner index asc). */
  static List<List<BruteForce.Pair>> ranked(MatchingProblem problem) {
    int n = problem.size();
    List<List<BruteForce.Pair>> byPerson = new ArrayList<>();
    for (int x = 0; x < n; x++) {
      byPerson.add(new ArrayList<>());
    }
    for (BruteForce.Pair p : BruteForce.positivePairs(problem)) {
      byPerson.get(p.a()).add(p);
      byPerson.get(p.b()).add(p);
    }
    for (int x = 0; x < n; x++) {
      int self = x;
      byPerson
          .get(x)
          .sort(
              Comparator.comparingDouble((BruteForce.Pair p) -> -p.weight())
                  .thenComparingInt(p -> p.a() == self ? p.b() : p.a()));
    }
    return byPerson;
  }

  /**
   * Counts [found, wanted] of the brute-force top-k: each participant wants its k best partners;
   * ties at the k-th weight may be met by any partner of that weight.
   */
  static long[] recall(MatchingProblem problem, CandidateGraph g, int k) {
    long found = 0;
    long wanted = 0;
    List<List<BruteForce.Pair>> ranked = ranked(problem);
    for (int x = 0; x < ranked.size(); x++) {
      List<BruteForce.Pair> list = ranked.get(x);
      int want = Math.min(k, list.size());
      if (want == 0) {
        continue;
      }
      double kth = list.get(want - 1).weight();
      int strictlyBetter = 0;
      int strictlyBetterFound = 0;
      for (BruteForce.Pair p : list) {
        if (p.weight() > kth + EPS) {
          strictlyBetter++;
          if (g.edgeBetween(p.a(), p.b()) >= 0) {
            strictlyBetterFound++;
          }
        }
      }
      int tiedFound = 0;
      for (BruteForce.Pair p : list) {
        if (Math.abs(p.weight() - kth) <= EPS && g.edgeBetween(p.a(), p.b()) >= 0) {
          tiedFound++;
        }
      }
      wanted += want;
      found += strictlyBetterFound + Math.min(tiedFound, want - strictlyBetter);
    }
    return new long[] {found, wanted};
  }

  /**
   * With a budget that reads every posting list in full, top-K mode finds every participant's exact
   * top k.
   */
  @Property(tries = 800, seed = "20261129")
  void topK_unlimitedBudget_findsEveryTopK(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int k) {
    MatchingProblem problem =
        RandomProblems.generate(
            seed, Settings.everything(12).withScorings(Scorings.LINEAR).withPreferences(false));
    Candidates c = CandidateGeneratorProperties.generate(problem, topK(k, Integer.MAX_VALUE, 1));
    // Only a problem without any possible pair stays in exact mode when the limit is 0.
    assertThat(c.exact())
        .isEqualTo(
            problem.isPool()
                ? problem.size() < 2
                : c.graph().leftCount() * (long) c.graph().rightCount() == 0);
    long[] r = recall(problem, c.graph(), k);
    assertThat(r[0]).as("top-%d found of wanted", k).isEqualTo(r[1]);
    assertEdgesAreCandidates(problem, c.graph());
  }

  /** Every edge of a top-K graph is an allowed pair with its brute-force weight; pins are in. */
  @Property(tries = 800, seed = "20261129")
  void topK_edgesAreAllowedWithExactWeights_andPinsPresent(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int k) {
    MatchingProblem problem = RandomProblems.generate(seed, Settings.everything(10));
    Candidates c = CandidateGeneratorProperties.generate(problem, topK(k, 3, 1));
    assertEdgesAreCandidates(problem, c.graph());
    for (int[] pin : BruteForce.pinned(problem)) {
      assertThat(c.graph().edgeBetween(pin[0], pin[1])).as("pinned pair").isNotNegative();
    }
  }

  static void assertEdgesAreCandidates(MatchingProblem problem, CandidateGraph g) {
    int n = problem.size();
    Map<Long, double[]> expected = CandidateGeneratorProperties.expectedExact(problem);
    for (int e = 0; e < g.edgeCount(); e++) {
      double[] want = expected.get((long) g.u(e) * n + g.v(e));
      assertThat(want).as("edge (%d, %d) is a candidate", g.u(e), g.v(e)).isNotNull();
      assertThat(g.weight(e)).isCloseTo(want[0], within(1e-12));
      assertThat(g.relevance(e)).isCloseTo(want[1], within(1e-12));
    }
  }

  /** A skill-rich organisation: {@code skills} skills, each person offering and seeking a few. */
  static MatchingProblem organisation(long seed, boolean pool, int perSide, int skills) {
    return organisation(seed, pool, perSide, skills, false);
  }

  /**
   * {@link #organisation} with levels on a grid of twentieths, as in the synthetic organisations.
   */
  static MatchingProblem organisationOnGrid(long seed, boolean pool, int perSide, int skills) {
    return organisation(seed, pool, perSide, skills, true);
  }

  private static MatchingProblem organisation(
      long seed, boolean pool, int perSide, int skills, boolean grid) {
    Random rnd = new Random(seed);
    List<Participant> left = new ArrayList<>();
    List<Participant> right = new ArrayList<>();
    for (int i = 0; i < perSide; i++) {
      left.add(person(rnd, (pool ? "p" : "l") + i, skills, grid));
      if (!pool) {
        right.add(person(rnd, "r" + i, skills, grid));
      }
    }
    return pool
        ? MatchingProblem.pool(left).build()
        : MatchingProblem.twoSided(left, right).build();
  }

  private static Participant person(Random rnd, String id, int skills, boolean grid) {
    return Participant.builder(id)
        .attribute("department", "d" + rnd.nextInt(8))
        .offers(vector(rnd, skills, grid))
        .seeks(vector(rnd, skills, grid))
        .capacity(1 + rnd.nextInt(2))
        .build();
  }

  private static SkillVector vector(Random rnd, int skills, boolean grid) {
    java.util.Map<String, Double> m = new java.util.HashMap<>();
    int count = 1 + rnd.nextInt(4);
    for (int i = 0; i < count; i++) {
      // Skewed popularity: low skill ids are common, as in real organisations.
      int s = (int) (skills * Math.pow(rnd.nextDouble(), 2));
      double level = 0.05 + 0.95 * rnd.nextDouble();
      m.put("skill" + s, grid ? Math.ceil(level * 20) / 20 : level);
    }
    return SkillVector.of(m);
  }

  /** With a generous but partial posting limit, at least 95% of the exact top-k is found. */
  @Test
  void topK_generousPostingLimit_recallAtLeast95Percent() {
    long found = 0;
    long wanted = 0;
    for (long seed = 1; seed <= 4; seed++) {
      for (boolean pool : new boolean[] {true, false}) {
        MatchingProblem problem = organisation(seed, pool, 300, 12);
        int k = 5;
        // A budget of 160 entries over a query's (up to eight) lists: about 20-80 of each list of
        // about 60 to 150 entries, so reading stops early for most queries.
        Candidates c = CandidateGeneratorProperties.generate(problem, topK(k, 160, 1));
        long[] r = recall(problem, c.graph(), k);
        found += r[0];
        wanted += r[1];
      }
    }
    assertThat(wanted).isPositive();
    // The measure can fail: a budget of one entry per query loses most of the top-k.
    MatchingProblem probe = organisation(1, false, 300, 12);
    long[] truncated =
        recall(probe, CandidateGeneratorProperties.generate(probe, topK(5, 1, 1)).graph(), 5);
    assertThat((double) truncated[0] / truncated[1]).isLessThan(0.5);
    assertThat((double) found / wanted).isGreaterThanOrEqualTo(0.95);
  }

  /**
   * The graph does not depend on the number of worker threads (several blocks of queries), with
   * either selection. The balanced selection's organisations have 20,000 people, so that its rounds
   * answer in several ranges of receivers (one per 4,096 people, at most 64).
   */
  @Test
  void topK_threadCount_doesNotChangeTheGraph() {
    for (CandidateOptions.Selection selection : CandidateOptions.Selection.values()) {
      boolean balanced = selection == CandidateOptions.Selection.BALANCED;
      for (boolean pool : new boolean[] {true, false}) {
        int perSide = balanced ? (pool ? 20_000 : 10_000) : (pool ? 5000 : 2600);
        MatchingProblem problem = organisation(42, pool, perSide, 60);
        CandidateGraph one =
            CandidateGeneratorProperties.generate(problem, topK(4, 32, 1).withSelection(selection))
                .graph();
        CandidateGraph four =
            CandidateGeneratorProperties.generate(problem, topK(4, 32, 4).withSelection(selection))
                .graph();
        assertIdentical(one, four);
        assertThat(one.edgeCount()).isPositive();
      }
    }
  }

  /** Exact mode too: the same graph for 1 and 4 threads. */
  @Test
  void exact_threadCount_doesNotChangeTheGraph() {
    MatchingProblem problem = organisation(7, true, 2500, 400);
    CandidateOptions exact = CandidateOptions.DEFAULTS.withExactPairLimit(Long.MAX_VALUE);
    CandidateGraph one =
        CandidateGeneratorProperties.generate(problem, exact.withThreads(1)).graph();
    CandidateGraph four =
        CandidateGeneratorProperties.generate(problem, exact.withThreads(4)).graph();
    assertIdentical(one, four);
  }

  static void assertIdentical(CandidateGraph a, CandidateGraph b) {
    assertThat(b.edgeCount()).isEqualTo(a.edgeCount());
    for (int e = 0; e < a.edgeCount(); e++) {
      assertThat(b.u(e)).isEqualTo(a.u(e));
      assertThat(b.v(e)).isEqualTo(a.v(e));
      assertThat(Double.doubleToLongBits(b.weight(e)))
          .isEqualTo(Double.doubleToLongBits(a.weight(e)));
      assertThat(Double.doubleToLongBits(b.relevance(e)))
          .isEqualTo(Double.doubleToLongBits(a.relevance(e)));
    }
  }
}
