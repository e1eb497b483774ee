package io.peermatch.core.internal.groups;

import io.peermatch.core.internal.control.Parallel;
import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.internal.problem.CompiledRules;
import io.peermatch.core.internal.problem.CompiledScoring;
import io.peermatch.core.internal.problem.SkillMatrix;
import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The pairs a large grouping may value, sampled instead of searched: for each person, {@value
 * #GUIDED} partners drawn through the skills (someone who offers a skill the person seeks, or seeks
 * one the person offers, alternately) and {@value #UNIFORM} drawn uniformly (who usually cross the
 * department, the diversity half of the objective), each scored exactly as {@code b = λ·w + (1 −
 * λ)·S·d}; the person keeps its {@value #KEEP} best of positive value, and the union over everyone
 * is the sparse instance.
 *
 * <p><b>Why not the candidate graph of pairs.</b> That graph is built for one partner each: every
 * person's best partners by relevance, searched exhaustively in an inverted index (at a million
 * people, 60–110 s of CPU for a pool, which alone exceeds the 60 s a grouping of a million people
 * is given). A group values diversity as much as relevance (λ = 0.5 by default), and a sample of
 * two dozen partners scored exactly finds people worth grouping with in O(skills) each.
 *
 * <p><b>Scale.</b> {@code S}, the mean weight of the pairs of positive weight, is estimated from
 * {@value #SCALE_SAMPLES} uniform pairs the hard rules allow (the dense instance's S is the same
 * mean over every pair).
 *
 * <p><b>Running time.</b> O(n·(G + U)·(k + a)) for {@code k} skills and {@code a} distance
 * attributes per person, plus sorting the O(n·{@value #KEEP}) kept pairs; O(n·{@value #KEEP})
 * memory beyond the problem. Parallel over blocks of people on the control's executor; each person
 * draws from its own generator seeded by the seed and its index, so the pairs do not depend on the
 * thread count. No guarantee: a heuristic neighbourhood, as a candidate graph is.
 *
 * <p>The guided draws favour high levels (of the person's skills and of the partner's), since
 * relevance is a product of levels; two uniform draws keep some partners from anywhere.
 *
 * <p>Reference: sampled neighbourhoods for large-scale local search follow the "candidate lists" of
 * D. S. Johnson and L. A. McGeoch, "The traveling salesman problem: a case study in local
 * optimization", in Local Search in Combinatorial Optimization (1997) 215–310.
 */
final class GroupCandidates {

  /** Partners drawn through the skills per person. */
  static final int GUIDED = 14;

  /** Partners drawn uniformly per person. */
  static final int UNIFORM = 2;

  /** Partners each person keeps. */
  static final int KEEP = 8;

  /** Uniform pairs the scale S is estimated from. */
  static final int SCALE_SAMPLES = 200_000;

  /** People per parallel block. */
  private static final int BLOCK = 4096;

  static final String PHASE = "group pairs";

  /** The sampled pairs ({@code us[e] < vs[e]}, distinct) with their values, and S. */
  record Pairs(int[] us, int[] vs, double[] values, double scale) {}

  /**
   * The values of pairs of people: hard rules, weight (relevance plus soft terms) and boundary
   * distance. One per thread: relevance to one person at a time ({@link #focus}) is computed from
   * that person's skills scattered into dense arrays, so that each partner costs one pass over its
   * own rows instead of two sorted merges (a merge's branches mispredict on random rows).
   */
  static final class PairValue {
    private final CompiledProblem compiled;
    private final CompiledScoring scoring;
    private final CompiledRules rules;
    private final BoundaryDistance distance;
    private final SkillMatrix offers;
    private final SkillMatrix seeks;
    private final boolean soft;
    private final double[] focusOffers;
    private final double[] focusSeeks;
    private int focus = -1;

    PairValue(
        CompiledProblem compiled,
        CompiledScoring scoring,
        CompiledRules rules,
        BoundaryDistance distance) {
      this.compiled = compiled;
      this.scoring = scoring;
      this.rules = rules;
      this.distance = distance;
      this.offers = compiled.offers();
      this.seeks = compiled.seeks();
      this.soft = rules.hasSoftPreferences();
      this.focusOffers = new double[compiled.skillCount()];
      this.focusSeeks = new double[compiled.skillCount()];
    }

    /** A value function of the same problem with its own scratch space. */
    PairValue copy() {
      return new PairValue(compiled, scoring, rules, distance);
    }

    /** Whether the pair may share a group. */
    boolean allowed(int a, int b) {
      return rules.allowsIgnoringScore(Math.min(a, b), Math.max(a, b));
    }

    /** Makes {@code u} the person whose pairs {@link #focusWeight} scores. */
    void focus(int u) {
      if (focus >= 0) {
        scatter(offers, focus, focusOffers, false);
        scatter(seeks, focus, focusSeeks, false);
      }
      focus = u;
      scatter(offers, u, focusOffers, true);
      scatter(seeks, u, focusSeeks, true);
    }

    private static void scatter(SkillMatrix m, int u, double[] dense, boolean set) {
      for (int k = m.start(u); k < m.end(u); k++) {
        dense[m.skill(k)] = set ? m.level(k) : 0.0;
      }
    }

    /** The weight of the pair of the focused person and {@code x}: as {@link #weight}. */
    double focusWeight(int x) {
      int u = focus;
      double relevance;
      if (scoring.isLinear()) {
        double t1 = dot(seeks, x, focusOffers); // what u offers that x seeks
        double t2 = dot(offers, x, focusSeeks); // what x offers that u seeks
        double t3 = scoring.c3() != 0 ? dot(offers, x, focusOffers) : 0.0;
        relevance = scoring.relevanceFromProducts(u, x, t1, t2, t3);
      } else {
        relevance = scoring.relevance(u, x);
      }
      return soft ? relevance + rules.softTerms(u, x, relevance) : relevance;
    }

    private static double dot(SkillMatrix m, int x, double[] dense) {
      double sum = 0.0;
      for (int k = m.start(x); k < m.end(x); k++) {
        sum += m.level(k) * dense[m.skill(k)];
      }
      return sum;
    }

    /** The pair's weight w (relevance plus soft terms). */
    double weight(int a, int b) {
      double relevance = scoring.relevance(a, b);
      return soft ? relevance + rules.softTerms(a, b, relevance) : relevance;
    }

    /** The pair's boundary distance in [0, 1]. */
    double distance(int a, int b) {
      return distance.of(a, b);
    }
  }

  private GroupCandidates() {}

  /**
   * Samples the pairs of {@code compiled}'s people.
   *
   * @param threads threads taking part, the calling one included
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the control's deadline
   */
  static Pairs sample(
      CompiledProblem compiled,
      PairValue value,
      double lambda,
      long seed,
      int threads,
      SolveControl control) {
    int n = compiled.size();
    double scale = scale(n, value, seed);
    SkillMatrix offers = compiled.offers();
    SkillMatrix seeks = compiled.seeks();
    int skills = compiled.skillCount();
    // Posting lists: who offers and who seeks each skill (people in index order).
    int[] offerStart = new int[skills + 1];
    int[] offerers = postings(offers, n, skills, offerStart);
    int[] seekStart = new int[skills + 1];
    int[] seekers = postings(seeks, n, skills, seekStart);

    int[] partner = new int[n * KEEP];
    Arrays.fill(partner, -1);
    double[] best = new double[n * KEEP];
    int blocks = (n + BLOCK - 1) / BLOCK;
    Parallel.forEach(
        blocks,
        threads,
        control.within(PHASE, 0.0, 0.8),
        PHASE,
        () -> {
          int[] drawn = new int[GUIDED + UNIFORM];
          PairValue own = value.copy();
          return (block, stop) -> {
            int end = Math.min(n, (block + 1) * BLOCK);
            for (int u = block * BLOCK; u < end; u++) {
              if ((u & 255) == 0 && stop.poll()) {
                return;
              }
              SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + u);
              int count = 0;
              for (int t = 0; t < GUIDED; t++) {
                int x =
                    (t & 1) == 0
                        ? draw(seeks, u, offerers, offerStart, rng)
                        : draw(offers, u, seekers, seekStart, rng);
                if (x < 0) {
                  x = rng.nextInt(n);
                }
                count = addDistinct(drawn, count, u, x);
              }
              for (int t = 0; t < UNIFORM; t++) {
                count = addDistinct(drawn, count, u, rng.nextInt(n));
              }
              keepBest(u, drawn, count, own, lambda, scale, partner, best);
            }
          };
        });
    control.progress(PHASE, 0.8);

    // The union of everyone's kept partners, each pair once: {u, x} is written by the smaller
    // of the two, or by the larger when the smaller did not keep it (values are symmetric).
    int m = 0;
    for (int u = 0; u < n; u++) {
      for (int p = u * KEEP; p < (u + 1) * KEEP && partner[p] >= 0; p++) {
        if (writes(partner, u, partner[p])) {
          m++;
        }
      }
    }
    control.check(PHASE);
    int[] us = new int[m];
    int[] vs = new int[m];
    double[] values = new double[m];
    int e = 0;
    for (int u = 0; u < n; u++) {
      for (int p = u * KEEP; p < (u + 1) * KEEP && partner[p] >= 0; p++) {
        int x = partner[p];
        if (writes(partner, u, x)) {
          us[e] = Math.min(u, x);
          vs[e] = Math.max(u, x);
          values[e] = best[p];
          e++;
        }
      }
    }
    control.progress(PHASE, 1.0);
    return new Pairs(us, vs, values, scale);
  }

  /** The mean weight of the allowed uniform pairs of positive weight (1 if none). */
  static double scale(int n, PairValue value, long seed) {
    SplittableRandom rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
    double sum = 0.0;
    long count = 0;
    for (int t = 0; t < SCALE_SAMPLES; t++) {
      int a = rng.nextInt(n);
      int b = rng.nextInt(n);
      if (a == b || !value.allowed(a, b)) {
        continue;
      }
      double w = value.weight(a, b);
      if (w > 0) {
        sum += w;
        count++;
      }
    }
    return count == 0 ? 1.0 : sum / count;
  }

  /**
   * Someone on the posting list of one of {@code u}'s skills, or -1 if none: of two random skills
   * of the row the one at the higher level, and on its list (highest level first) position {@code
   * ⌊len·r³⌋} for a uniform r, so that people who hold the skill at a high level are drawn more
   * often without the top few being drawn by everyone.
   */
  private static int draw(
      SkillMatrix row, int u, int[] postings, int[] postingStart, SplittableRandom rng) {
    int from = row.start(u);
    int to = row.end(u);
    if (from == to) {
      return -1;
    }
    int k = from + rng.nextInt(to - from);
    int other = from + rng.nextInt(to - from);
    if (row.level(other) > row.level(k)) {
      k = other;
    }
    int skill = row.skill(k);
    int a = postingStart[skill];
    int b = postingStart[skill + 1];
    if (a == b) {
      return -1;
    }
    double r = rng.nextDouble();
    return postings[a + (int) ((b - a) * r * r * r)];
  }

  /** Whether {@code u} writes the pair {@code {u, x}} that it keeps. */
  private static boolean writes(int[] partner, int u, int x) {
    if (u < x) {
      return true;
    }
    for (int p = x * KEEP; p < (x + 1) * KEEP && partner[p] >= 0; p++) {
      if (partner[p] == u) {
        return false;
      }
    }
    return true;
  }

  private static int addDistinct(int[] drawn, int count, int u, int x) {
    if (x == u) {
      return count;
    }
    for (int i = 0; i < count; i++) {
      if (drawn[i] == x) {
        return count;
      }
    }
    drawn[count] = x;
    return count + 1;
  }

  /**
   * Scores the drawn partners of {@code u} and keeps the {@value #KEEP} of largest positive value
   * that the rules allow, best first, in {@code partner[u·KEEP ..]} (-1 after the last) and their
   * values in {@code best}.
   */
  private static void keepBest(
      int u,
      int[] drawn,
      int count,
      PairValue value,
      double lambda,
      double scale,
      int[] partner,
      double[] best) {
    int base = u * KEEP;
    int kept = 0;
    value.focus(u);
    for (int i = 0; i < count; i++) {
      int x = drawn[i];
      if (!value.allowed(u, x)) {
        continue;
      }
      double b = lambda * value.focusWeight(x) + (1 - lambda) * scale * value.distance(u, x);
      if (!(b > 0) || (kept == KEEP && b <= best[base + KEEP - 1])) {
        continue;
      }
      // Insertion into the kept list, best first.
      int at = kept == KEEP ? KEEP - 1 : kept++;
      while (at > 0 && best[base + at - 1] < b) {
        best[base + at] = best[base + at - 1];
        partner[base + at] = partner[base + at - 1];
        at--;
      }
      best[base + at] = b;
      partner[base + at] = x;
    }
  }

  /**
   * The people of each skill's column of {@code matrix}, highest level first, equal levels in index
   * order ({@code start} filled).
   */
  private static int[] postings(SkillMatrix matrix, int n, int skills, int[] start) {
    for (int u = 0; u < n; u++) {
      for (int k = matrix.start(u); k < matrix.end(u); k++) {
        start[matrix.skill(k) + 1]++;
      }
    }
    for (int s = 0; s < skills; s++) {
      start[s + 1] += start[s];
    }
    int[] fill = Arrays.copyOf(start, skills);
    // Keys sort by level descending (the complement of a non-negative float's bits), then person.
    long[] keys = new long[start[skills]];
    for (int u = 0; u < n; u++) {
      for (int k = matrix.start(u); k < matrix.end(u); k++) {
        long level = Float.floatToIntBits((float) Math.max(0.0, matrix.level(k)));
        keys[fill[matrix.skill(k)]++] = ((0x7FFFFFFFL - level) << 32) | u;
      }
    }
    int[] out = new int[keys.length];
    for (int s = 0; s < skills; s++) {
      Arrays.sort(keys, start[s], start[s + 1]);
      for (int i = start[s]; i < start[s + 1]; i++) {
        out[i] = (int) keys[i];
      }
    }
    return out;
  }
}
