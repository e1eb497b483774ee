package io.peermatch.core;

import io.peermatch.api.Explanation;
import io.peermatch.api.MatchingProblem;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.candidates.CandidateSearch;
import io.peermatch.core.internal.candidates.Prepared;
import io.peermatch.core.internal.strategy.MatchingAssembler;
import io.peermatch.core.kernel.SolveControl;
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
 * <p>Every constraint of the problem applies: hard rules, forbidden pairs and user rules remove
 * partners; soft preferences and user bonuses are in the weight and in the explanations; capacities
 * limit exposure. A pinned pair's partners come first in each other's list (they meet anyway, with
 * the term {@value #PINNED_TERM} in the explanation); a person whose pinned pairs fill their
 * capacity is suggested to nobody else and gets only their pinned partners, and pinned pairs count
 * against the capacity that exposure divides.
 *
 * <p>Thread-safe; deterministic. {@link #build(MatchingProblem, int, MatchOptions)} honours the
 * options' candidate settings, timeout or deadline, progress listener and executor while the index
 * is built; a request is a short search of one person's lists (well under a millisecond) and is not
 * bounded.
 */
public final class Suggestions {

  /** The default weight of relevance against diversity in the re-ranking. */
  public static final double DEFAULT_LAMBDA = 0.7;

  /** The explanation term of a partner one is pinned to. */
  public static final String PINNED_TERM = "pinned pair";

  private final Prepared prepared;
  private final CandidateSearch search;
  private final int[] demand;
  private final int k;
  private final int maxSuggestions;
  private final int[] department;
  private final int[] location;
  // Pinned partners of each person, CSR; and how many pinned pairs each person has.
  private final int[] pinnedStart;
  private final int[] pinnedPartner;

  private Suggestions(Prepared prepared, int maxSuggestions, SolveControl control) {
    this.prepared = prepared;
    this.maxSuggestions = maxSuggestions;
    CandidateGraph graph = prepared.graph();
    this.k = prepared.candidates().exact() ? Math.max(1, averageDegree(graph)) : 16;
    this.demand = new int[graph.vertexCount()];
    for (int x = 0; x < graph.vertexCount(); x++) {
      demand[x] = graph.degree(x);
    }
    control.check(PHASE);
    CandidateOptions options = CandidateOptions.DEFAULTS.withK(Math.max(4 * maxSuggestions, 16));
    this.search =
        CandidateSearch.of(prepared.compiled(), prepared.scoring(), prepared.rules(), options);
    control.check(PHASE);
    this.department = prepared.compiled().attributeCodes("department");
    this.location = prepared.compiled().attributeCodes("location");
    int n = graph.vertexCount();
    int[] pins = prepared.pinnedEdges();
    this.pinnedStart = new int[n + 1];
    for (int e : pins) {
      pinnedStart[graph.u(e) + 1]++;
      pinnedStart[graph.v(e) + 1]++;
    }
    for (int x = 0; x < n; x++) {
      pinnedStart[x + 1] += pinnedStart[x];
    }
    this.pinnedPartner = new int[pinnedStart[n]];
    int[] fill = java.util.Arrays.copyOf(pinnedStart, n);
    for (int e : pins) {
      pinnedPartner[fill[graph.u(e)]++] = graph.v(e);
      pinnedPartner[fill[graph.v(e)]++] = graph.u(e);
    }
    control.progress(PHASE, 1.0);
  }

  /** The progress phase of building the index (after {@code compile} and {@code candidates}). */
  static final String PHASE = "suggestions";

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
    return new Suggestions(Prepared.prepare(problem), maxSuggestions, SolveControl.none());
  }

  /**
   * Builds the index for {@code problem} with the candidate settings and seed of {@code options},
   * under its timeout or deadline, progress listener and executor.
   *
   * @throws IllegalArgumentException if {@code maxSuggestions < 1}
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static Suggestions build(
      MatchingProblem problem, int maxSuggestions, MatchOptions options) {
    if (maxSuggestions < 1) {
      throw new IllegalArgumentException(
          "suggestions per request must be at least 1 but was " + maxSuggestions);
    }
    SolveControl control = options.startControl();
    long seed = options.seed().orElse(problem.seed());
    return new Suggestions(
        Prepared.prepare(problem, options.candidateOptions(), seed, control),
        maxSuggestions,
        control);
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
    List<Suggestion> out = new ArrayList<>(n);
    for (int k = pinnedStart[q]; k < pinnedStart[q + 1] && out.size() < n; k++) {
      int c = pinnedPartner[k];
      int e = prepared.graph().edgeBetween(q, c);
      Suggestion s = suggestion(q, c, prepared.graph().weight(e));
      out.add(
          new Suggestion(
              s.id(),
              s.score(),
              s.weight(),
              s.explanation().withTerm(new Explanation.Term(PINNED_TERM, 0.0))));
    }
    if (free(q) <= 0) {
      return out; // the pinned pairs fill this person's capacity
    }
    // A search returns at most everyone else, whatever its K (which is unbounded when no pair is
    // possible at all): size by what can come back, never by K alone.
    int most = (int) Math.min(search.k(), (long) prepared.compiled().size());
    int[] partners = new int[most];
    double[] weights = new double[most];
    int found = search.search(q, partners, weights);
    double[] adjusted = new double[found];
    double best = 0.0;
    boolean[] picked = new boolean[found];
    for (int i = 0; i < found; i++) {
      // Pinned partners are listed already; fully booked ones are suggested to nobody.
      picked[i] = free(partners[i]) <= 0 || pinnedTo(q, partners[i]);
      adjusted[i] = picked[i] ? 0.0 : weights[i] * exposure(partners[i]);
      best = Math.max(best, adjusted[i]);
    }
    int[] chosen = new int[Math.min(n, found)];
    int chosenCount = 0;
    int wanted = Math.min(n, out.size() + found);
    while (out.size() < wanted) {
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

  /** Capacity left once pinned pairs are counted. */
  private int free(int x) {
    return prepared.compiled().capacity(x) - (pinnedStart[x + 1] - pinnedStart[x]);
  }

  private boolean pinnedTo(int q, int c) {
    for (int k = pinnedStart[q]; k < pinnedStart[q + 1]; k++) {
      if (pinnedPartner[k] == c) {
        return true;
      }
    }
    return false;
  }

  private double exposure(int c) {
    double capacity = free(c);
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
