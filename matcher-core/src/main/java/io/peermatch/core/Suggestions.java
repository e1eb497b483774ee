package io.peermatch.core;

import io.peermatch.api.MatchingProblem;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.candidates.CandidateSearch;
import io.peermatch.core.internal.candidates.Prepared;
import io.peermatch.core.internal.strategy.MatchingAssembler;
import java.util.ArrayList;
import java.util.List;

/**
 * Ranked partner suggestions for people who pick their own partner: the top N for one person,
 * re-ranked for diversity, with exposure limited by capacity.
 *
 * <p>Built once per problem (the candidate graph of everyone, to know how much each person is in
 * demand, and the skill index for single searches); each request then reads only the asking
 * person's lists. For a request, the best {@code 4N} allowed partners by weight are fetched, and
 * then:
 *
 * <ol>
 *   <li><b>Exposure.</b> A partner {@code c} who appears in the candidate lists of more people than
 *       {@code K · capacity(c)} is over-exposed; their weight is scaled by {@code capacity(c) /
 *       (capacity(c) + overload(c))} with {@code overload(c) = demand(c) / K − capacity(c)}, so
 *       that a mentor with room for two is not everyone's first suggestion.
 *   <li><b>Maximal marginal relevance</b> (Carbonell and Goldstein 1998): partners are picked one
 *       at a time by {@code λ · w(c) / w_max − (1 − λ) · max_{s picked} sim(c, s)}, where {@code
 *       sim} is 0.6 for the same department plus 0.4 for the same location, so that the list does
 *       not show five people of one team.
 * </ol>
 *
 * <p>Thread-safe; deterministic.
 */
public final class Suggestions {

  /** The default weight of relevance against diversity in the re-ranking. */
  public static final double DEFAULT_LAMBDA = 0.7;

  private final Prepared prepared;
  private final CandidateSearch search;
  private final int[] demand;
  private final int k;
  private final int maxSuggestions;
  private final int[] department;
  private final int[] location;

  private Suggestions(Prepared prepared, int maxSuggestions) {
    this.prepared = prepared;
    this.maxSuggestions = maxSuggestions;
    CandidateGraph graph = prepared.graph();
    this.k = prepared.candidates().exact() ? Math.max(1, averageDegree(graph)) : 16;
    this.demand = new int[graph.vertexCount()];
    for (int x = 0; x < graph.vertexCount(); x++) {
      demand[x] = graph.degree(x);
    }
    CandidateOptions options = CandidateOptions.DEFAULTS.withK(Math.max(4 * maxSuggestions, 16));
    this.search =
        CandidateSearch.of(prepared.compiled(), prepared.scoring(), prepared.rules(), options);
    this.department = prepared.compiled().attributeCodes("department");
    this.location = prepared.compiled().attributeCodes("location");
  }

  /**
   * Builds the index for {@code problem}, for requests of up to {@code maxSuggestions} partners.
   *
   * @throws IllegalArgumentException if {@code maxSuggestions < 1}
   */
  public static Suggestions build(MatchingProblem problem, int maxSuggestions) {
    if (maxSuggestions < 1) {
      throw new IllegalArgumentException(
          "suggestions per request must be at least 1 but was " + maxSuggestions);
    }
    return new Suggestions(Prepared.prepare(problem), maxSuggestions);
  }

  private static int averageDegree(CandidateGraph graph) {
    return graph.vertexCount() == 0 ? 1 : (int) (2L * graph.edgeCount() / graph.vertexCount());
  }

  /** Up to {@code n} suggestions for participant {@code id}, with {@link #DEFAULT_LAMBDA}. */
  public List<Suggestion> suggest(String id, int n) {
    return suggest(id, n, DEFAULT_LAMBDA);
  }

  /**
   * Up to {@code n} suggestions for participant {@code id}, best first.
   *
   * @param lambda relevance against diversity, in [0, 1] (1 = by weight only)
   * @throws IllegalArgumentException for an unknown id, {@code n} outside [1, the maximum given
   *     when built] or {@code lambda} outside [0, 1]
   */
  public List<Suggestion> suggest(String id, int n, double lambda) {
    int q = prepared.compiled().indexOf(id);
    if (q < 0) {
      throw new IllegalArgumentException("unknown participant '" + id + "'");
    }
    if (n < 1 || n > maxSuggestions) {
      throw new IllegalArgumentException(
          "suggestions per request must be in [1, " + maxSuggestions + "] but was " + n);
    }
    if (!(lambda >= 0 && lambda <= 1)) {
      throw new IllegalArgumentException("lambda must be in [0, 1] but was " + lambda);
    }
    int[] partners = new int[search.k()];
    double[] weights = new double[search.k()];
    int found = search.search(q, partners, weights);
    double[] adjusted = new double[found];
    double best = 0.0;
    for (int i = 0; i < found; i++) {
      adjusted[i] = weights[i] * exposure(partners[i]);
      best = Math.max(best, adjusted[i]);
    }
    boolean[] picked = new boolean[found];
    List<Suggestion> out = new ArrayList<>(n);
    int[] chosen = new int[Math.min(n, found)];
    int chosenCount = 0;
    while (out.size() < Math.min(n, found)) {
      int pick = -1;
      double pickScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < found; i++) {
        if (picked[i] || weights[i] <= 0) {
          continue;
        }
        double similarity = 0.0;
        for (int k = 0; k < chosenCount; k++) {
          similarity = Math.max(similarity, similarity(partners[i], chosen[k]));
        }
        double mmr = lambda * (best > 0 ? adjusted[i] / best : 0.0) - (1 - lambda) * similarity;
        if (mmr > pickScore) {
          pickScore = mmr;
          pick = i;
        }
      }
      if (pick < 0) {
        break;
      }
      picked[pick] = true;
      chosen[chosenCount++] = partners[pick];
      out.add(suggestion(q, partners[pick], weights[pick]));
    }
    return out;
  }

  private double exposure(int c) {
    double capacity = prepared.compiled().capacity(c);
    double overload = Math.max(0.0, (double) demand[c] / k - capacity);
    return capacity / (capacity + overload);
  }

  private double similarity(int a, int b) {
    double s = 0.0;
    if (department[a] >= 0 && department[a] == department[b]) {
      s += 0.6;
    }
    if (location[a] >= 0 && location[a] == location[b]) {
      s += 0.4;
    }
    return s;
  }

  private Suggestion suggestion(int q, int c, double weight) {
    boolean qLeft = prepared.compiled().isPool() || q < prepared.compiled().leftCount();
    int a = qLeft ? q : c;
    int b = qLeft ? c : q;
    double relevance = prepared.scoring().relevance(a, b);
    return new Suggestion(
        prepared.compiled().id(c),
        relevance,
        weight,
        MatchingAssembler.explain(prepared, a, b, relevance));
  }
}
