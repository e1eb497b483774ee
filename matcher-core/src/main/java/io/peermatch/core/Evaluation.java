package io.peermatch.core;

import io.peermatch.api.Constraint;
import io.peermatch.api.History;
import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.control.Parallel;
import io.peermatch.core.internal.preferences.OwnViewStability;
import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.kernel.SolveControl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one implementation of every metric of a matching, used by tests, the command line and the
 * benchmarks alike. For a matching M over participants P:
 *
 * <ul>
 *   <li>{@code size}: |M|; {@code coverage}: matched participants / |P|; {@code capacity_fill}: |M|
 *       / the pairs the capacities allow ({@link #attainablePairs}: for mentors with mentees, the
 *       smaller side's total capacity; for a pool of capacity 1, ⌊|P|/2⌋), 1 when none can form;
 *   <li>{@code relevance_total}, {@code relevance_mean}, {@code relevance_min}: over the pairs'
 *       scores (no soft terms); 0 for an empty matching;
 *   <li>{@code blocking_pairs}: candidate pairs {x, y} of positive weight, not in M, that both
 *       prefer each other: each has free capacity or values the pair above their worst partner.
 *       Preferences are derived from the candidate graph: everyone ranks their candidates by pair
 *       weight;
 *   <li>{@code rank_mean}, {@code rank_max}, {@code egalitarian_cost}: the rank of each partner in
 *       the person's own candidate list (1 = best; equal weights share the better rank), averaged,
 *       maximised (regret) and summed over both ends of every pair;
 *   <li>{@code blocking_pairs_own_views}, {@code rank_mean_own_views}, {@code rank_max_own_views},
 *       {@code egalitarian_cost_own_views}: the same under each person's own view of a pair (the
 *       preferences the stable strategies use: a mentee values a mentor by how much of its gaps the
 *       mentor covers, a mentor values a mentee by the share of its offer the mentee seeks, a pool
 *       member values what it would learn plus half of what it could teach), the values the
 *       independent {@link io.peermatch.core.kernel.stable.StabilityChecker} gives on that
 *       instance; only pairs of positive weight count. Not computed for a pool with capacities
 *       above 1 (stable roommates is one-to-one);
 *   <li>{@code cross_<attribute>_rate}: share of pairs whose two people differ in the attribute
 *       (two people who both lack it count as not crossing);
 *   <li>{@code department_pair_entropy}: Shannon entropy of the distribution of pairs over
 *       unordered department pairs, divided by its maximum {@code ln(D(D+1)/2)} for D departments
 *       (an absent department counts as one more; 0 when D = 1);
 *   <li>{@code blau_<attribute>}: Blau's heterogeneity index {@code 1 − Σ p²} over the attribute's
 *       values in each matched person's group (the person and their partners), averaged over
 *       matched people: 0.5 for a pair that crosses the attribute, 0 for one that does not;
 *   <li>{@code ei_index_<attribute>}: Krackhardt and Stern's E–I index {@code (E − I)/(E + I)} over
 *       pairs, E the pairs whose two people differ in the attribute and I those who share it (both
 *       absent counts as sharing); −1 all internal, +1 all external, 0 for no pairs (D. Krackhardt
 *       and R. N. Stern, "Informal networks and organizational crises: an experimental simulation",
 *       Social Psychology Quarterly 51(2), 1988, pp. 123–140);
 *   <li>{@code price_of_diversity}: relevance_total / relevance_total of the reference (max-weight)
 *       matching, when one is given;
 *   <li>{@code repeats}: pairs of M that met in any round of the history, when there is one;
 *   <li>{@code gini_relevance}: the Gini coefficient of the relevance each participant receives
 *       (the sum over their pairs; 0 if unmatched): 0 when all are served equally.
 * </ul>
 */
public final class Evaluation {

  private Evaluation() {}

  /** Every metric of {@code matching} with the default options; prepares the problem itself. */
  public static Metrics evaluate(MatchingProblem problem, Matching matching) {
    return evaluate(PeerMatch.prepare(problem), matching, EvaluationOptions.DEFAULTS);
  }

  /**
   * Every metric of a grouping of {@code problem}'s pool, recomputed from the people (not taken
   * from the grouping):
   *
   * <ul>
   *   <li>{@code groups}, {@code coverage} (placed people / everyone), {@code unplaced};
   *   <li>{@code relevance_total}: the relevance of every pair inside a group; {@code
   *       relevance_mean} per group, {@code relevance_pair_mean} per pair inside a group;
   *   <li>{@code cross_<attribute>_rate}: share of the pairs inside groups whose two people differ
   *       in the attribute (both absent counts as equal); {@code groups_crossing_<attribute>}:
   *       share of groups with at least two values;
   *   <li>{@code blau_<attribute>}: Blau's index {@code 1 − Σ p²} over the values in each person's
   *       group (absent counts as one more value), averaged over placed people;
   *   <li>{@code repeats}: pairs inside groups that met in any round of the history, when there is
   *       one ({@link EvaluationOptions#history()}, else the problem's cool-down history);
   *   <li>{@code group_size_<k>}: the number of groups of k people, for each size present.
   * </ul>
   *
   * @throws IllegalArgumentException if the grouping names a participant the problem lacks or
   *     places someone twice
   */
  public static Metrics evaluate(
      MatchingProblem problem, Grouping grouping, EvaluationOptions options) {
    return GroupMetrics.of(problem, grouping, options);
  }

  /**
   * Every metric of {@code matching}, a matching of the prepared problem. The options the problem
   * was prepared with apply: their timeout or deadline (from the start of this call), progress
   * listener (phase {@code "evaluate"}), threads and executor; and the thread's interruption.
   *
   * @throws IllegalArgumentException if the matching names a participant the problem lacks
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static Metrics evaluate(
      PreparedProblem prepared, Matching matching, EvaluationOptions options) {
    SolveControl control = prepared.options().startControl();
    control.check(PHASE);
    Metrics metrics = evaluate(prepared, matching, options, control);
    control.progress(PHASE, 1.0);
    return metrics;
  }

  /** The progress phase of an evaluation. */
  static final String PHASE = OwnViewStability.PHASE;

  private static Metrics evaluate(
      PreparedProblem prepared,
      Matching matching,
      EvaluationOptions options,
      SolveControl control) {
    CompiledProblem compiled = prepared.compiled();
    CandidateGraph graph = prepared.graph();
    int n = compiled.size();
    List<MatchedPair> pairs = matching.pairs();
    int m = pairs.size();
    int[] first = new int[m];
    int[] second = new int[m];
    double[] pairWeight = new double[m];
    int[] degree = new int[n];
    double[] received = new double[n];
    double[] worst = new double[n];
    Arrays.fill(worst, Double.POSITIVE_INFINITY);
    int[] pairEdge = new int[m];
    long[] matchedEdges = new long[(graph.edgeCount() + 63) >>> 6];
    for (int p = 0; p < m; p++) {
      if ((p & 0xFFF) == 0) {
        control.check(PHASE);
      }
      MatchedPair pair = pairs.get(p);
      int a = index(compiled, pair.first());
      int b = index(compiled, pair.second());
      first[p] = a;
      second[p] = b;
      int e = graph.edgeBetween(a, b);
      pairEdge[p] = e;
      if (e >= 0) {
        matchedEdges[e >>> 6] |= 1L << e;
      }
      pairWeight[p] = e >= 0 ? graph.weight(e) : pair.weight();
      degree[a]++;
      degree[b]++;
      received[a] += pair.score();
      received[b] += pair.score();
      worst[a] = Math.min(worst[a], pairWeight[p]);
      worst[b] = Math.min(worst[b], pairWeight[p]);
    }

    LinkedHashMap<String, Double> out = new LinkedHashMap<>();
    int matchedPeople = 0;
    for (int x = 0; x < n; x++) {
      if (degree[x] > 0) {
        matchedPeople++;
      }
    }
    double total = matching.relevanceTotal();
    double min = Double.POSITIVE_INFINITY;
    for (MatchedPair pair : pairs) {
      min = Math.min(min, pair.score());
    }
    out.put("size", (double) m);
    out.put("coverage", n == 0 ? 0.0 : (double) matchedPeople / n);
    long attainable = attainablePairs(compiled);
    out.put("capacity_fill", attainable == 0 ? 1.0 : (double) m / attainable);
    out.put("relevance_total", total);
    out.put("relevance_mean", m == 0 ? 0.0 : total / m);
    out.put("relevance_min", m == 0 ? 0.0 : min);
    // Four independent groups of metrics, each on one thread (at a million people they took a
    // second, one after another), then the own views, which split their work themselves. Each
    // group writes its own map; the maps are added in a fixed order, so the metrics come out in
    // the same order whatever the number of threads.
    List<Map<String, Double>> groups = new ArrayList<>();
    for (int g = 0; g < 4; g++) {
      groups.add(new LinkedHashMap<>());
    }
    Parallel.forEach(
        4,
        prepared.engine().threads(),
        control.withProgress(null),
        PHASE,
        () ->
            (group, stop) -> {
              Map<String, Double> part = groups.get(group);
              switch (group) {
                case 0 -> putRanks(part, graph, first, second, pairWeight);
                case 1 -> putDiversity(part, compiled, options, first, second, degree);
                case 2 ->
                    part.put(
                        "blocking_pairs",
                        (double) blockingPairs(graph, compiled, degree, worst, matchedEdges));
                default -> part.put("gini_relevance", gini(received));
              }
            });
    control.progress(PHASE, 0.2);
    out.putAll(groups.get(2));
    out.putAll(groups.get(0));
    putOwnViews(out, prepared, pairEdge, control.within(PHASE, 0.2, 0.9));
    control.check(PHASE);
    out.putAll(groups.get(1));
    if (options.reference() != null) {
      double reference = options.reference().relevanceTotal();
      out.put("price_of_diversity", reference == 0.0 ? 1.0 : total / reference);
    }
    History history = options.history() != null ? options.history() : problemHistory(prepared);
    if (history != null) {
      out.put("repeats", (double) repeats(history, pairs));
    }
    out.putAll(groups.get(3));
    return new Metrics(out);
  }

  /** The mixing metrics of the pairs: cross rates, department entropy, Blau and E-I indexes. */
  private static void putDiversity(
      Map<String, Double> out,
      CompiledProblem compiled,
      EvaluationOptions options,
      int[] first,
      int[] second,
      int[] degree) {
    for (String attribute : options.attributes()) {
      if (compiled.hasAttribute(attribute)) {
        out.put("cross_" + attribute + "_rate", crossRate(compiled, attribute, first, second));
      }
    }
    if (compiled.hasAttribute(options.departmentAttribute())) {
      out.put(
          "department_pair_entropy",
          pairEntropy(compiled, options.departmentAttribute(), first, second));
    }
    for (String attribute : options.attributes()) {
      if (compiled.hasAttribute(attribute)) {
        out.put("blau_" + attribute, blau(compiled, attribute, first, second, degree));
      }
    }
    for (String attribute : options.attributes()) {
      if (compiled.hasAttribute(attribute)) {
        out.put("ei_index_" + attribute, eiIndex(compiled, attribute, first, second));
      }
    }
  }

  /**
   * The most pairs the capacities allow if every pair were allowed: for a two-sided problem the
   * smaller side's total capacity (each capacity counted up to the size of the other side); for one
   * pool {@code min(⌊Σ b/2⌋, Σ b − max b)} with {@code b} each capacity counted up to {@code n − 1}
   * ({@code ⌊n/2⌋} when everyone has capacity 1), since every pair uses one unit of two people's
   * capacities and at least one of them is not the person with the largest capacity. Hard rules and
   * scores may allow fewer; {@code capacity_fill} divides the pairs formed by this number.
   */
  public static long attainablePairs(MatchingProblem problem) {
    if (problem.kind() == MatchingProblem.Kind.POOL) {
      List<Participant> pool = problem.left();
      int[] capacity = new int[pool.size()];
      for (int x = 0; x < capacity.length; x++) {
        capacity[x] = pool.get(x).capacity();
      }
      return attainablePoolPairs(capacity);
    }
    return Math.min(
        sideCapacity(problem.left(), problem.right().size()),
        sideCapacity(problem.right(), problem.left().size()));
  }

  private static long sideCapacity(List<Participant> side, int otherSide) {
    long sum = 0;
    for (Participant p : side) {
      sum += Math.min(p.capacity(), otherSide);
    }
    return sum;
  }

  private static long attainablePoolPairs(int[] capacity) {
    long sum = 0;
    long max = 0;
    for (int c : capacity) {
      long b = Math.min(c, capacity.length - 1L);
      sum += b;
      max = Math.max(max, b);
    }
    return Math.min(sum / 2, sum - max);
  }

  static long attainablePairs(CompiledProblem compiled) {
    int n = compiled.size();
    if (compiled.isPool()) {
      int[] capacity = new int[n];
      for (int x = 0; x < n; x++) {
        capacity[x] = compiled.capacity(x);
      }
      return attainablePoolPairs(capacity);
    }
    int left = compiled.leftCount();
    long leftSum = 0;
    long rightSum = 0;
    for (int x = 0; x < n; x++) {
      if (x < left) {
        leftSum += Math.min(compiled.capacity(x), (long) n - left);
      } else {
        rightSum += Math.min(compiled.capacity(x), (long) left);
      }
    }
    return Math.min(leftSum, rightSum);
  }

  /**
   * How much of the exact top K the candidate graph keeps, measured on a seeded random sample of
   * participants whose exact top K is found by scoring every possible partner (K is the candidates
   * per person of the preparation; ties at the K-th weight count as found).
   *
   * @param graph the share of the sample's exact top-K pairs that are candidates; the balanced
   *     selection leaves out by design pairs with people whose candidacies are full, so this is
   *     below the search recall
   * @param search the share found by each sampled person's own search of the skill index, the
   *     search that starts every candidate list
   * @param sampled the participants of the sample that have a possible partner
   */
  public record CandidateRecall(double graph, double search, int sampled) {}

  /**
   * Measures the {@link CandidateRecall} of {@code prepared}'s candidate graph on {@code sample}
   * participants drawn with {@code seed}: {@code sample} times the number of possible partners
   * scorings, so a thousand people of a million take about a minute.
   *
   * @throws IllegalArgumentException if {@code sample < 1}
   */
  public static CandidateRecall candidateRecall(PreparedProblem prepared, int sample, long seed) {
    if (sample < 1) {
      throw new IllegalArgumentException("sample must be at least 1 but was " + sample);
    }
    io.peermatch.core.internal.candidates.CandidateRecall.Sampled r =
        io.peermatch.core.internal.candidates.CandidateRecall.sampled(
            prepared.compiled(),
            prepared.graph(),
            prepared.options().candidateOptions(),
            sample,
            seed);
    return new CandidateRecall(r.graphRecall(), r.searchRecall(), r.sampled());
  }

  private static int index(CompiledProblem compiled, String id) {
    int i = compiled.indexOf(id);
    if (i < 0) {
      throw new IllegalArgumentException("matching names unknown participant '" + id + "'");
    }
    return i;
  }

  static long blockingPairs(
      CandidateGraph graph,
      CompiledProblem compiled,
      int[] degree,
      double[] worst,
      long[] matched) {
    // x wants a pair of weight w iff it has a free slot or w > worst[x], that is iff w exceeds
    // this threshold: one array read per end instead of three.
    int n = compiled.size();
    double[] threshold = new double[n];
    for (int x = 0; x < n; x++) {
      threshold[x] = degree[x] < compiled.capacity(x) ? Double.NEGATIVE_INFINITY : worst[x];
    }
    long count = 0;
    for (int e = 0; e < graph.edgeCount(); e++) {
      double w = graph.weight(e);
      if (w <= 0) {
        continue;
      }
      if ((matched[e >>> 6] & (1L << e)) != 0) {
        continue;
      }
      if (w > threshold[graph.u(e)] && w > threshold[graph.v(e)]) {
        count++;
      }
    }
    return count;
  }

  private static void putRanks(
      Map<String, Double> out, CandidateGraph graph, int[] first, int[] second, double[] weight) {
    long sum = 0;
    long max = 0;
    long count = 0;
    for (int p = 0; p < first.length; p++) {
      for (int end = 0; end < 2; end++) {
        int x = end == 0 ? first[p] : second[p];
        long rank = rank(graph, x, weight[p]);
        sum += rank;
        max = Math.max(max, rank);
        count++;
      }
    }
    out.put("rank_mean", count == 0 ? 0.0 : (double) sum / count);
    out.put("rank_max", (double) max);
    out.put("egalitarian_cost", (double) sum);
  }

  /**
   * Stability and ranks under the own-view preferences of the stable strategies, without building
   * the lists (see {@link OwnViewStability}).
   */
  private static void putOwnViews(
      Map<String, Double> out, PreparedProblem prepared, int[] pairEdge, SolveControl control) {
    CandidateGraph graph = prepared.graph();
    int[] edges = new int[pairEdge.length];
    int count = 0;
    for (int e : pairEdge) {
      if (e >= 0 && graph.weight(e) > 0) {
        edges[count++] = e;
      }
    }
    edges = Arrays.copyOf(edges, count);
    if (!graph.isBipartite()) {
      for (int x = 0; x < graph.vertexCount(); x++) {
        if (graph.capacity(x) > 1) {
          return;
        }
      }
    }
    CompiledProblem compiled = prepared.compiled();
    OwnViewStability.Report r =
        OwnViewStability.of(
            graph,
            compiled.offers(),
            compiled.seeks(),
            prepared.seed(),
            edges,
            control,
            prepared.engine().threads());
    out.put("blocking_pairs_own_views", (double) r.blockingPairs());
    out.put("rank_mean_own_views", r.rankMean());
    out.put("rank_max_own_views", (double) r.rankMax());
    out.put("egalitarian_cost_own_views", (double) r.cost());
  }

  /** 1 + the number of x's candidates strictly better than a partner worth {@code w}. */
  private static long rank(CandidateGraph graph, int x, double w) {
    long better = 0;
    for (int k = graph.adjacencyStart(x); k < graph.adjacencyEnd(x); k++) {
      if (graph.weight(graph.adjacentEdge(k)) > w) {
        better++;
      }
    }
    return better + 1;
  }

  private static double crossRate(CompiledProblem compiled, String attribute, int[] a, int[] b) {
    if (a.length == 0) {
      return 0.0;
    }
    int[] codes = compiled.attributeCodes(attribute);
    int cross = 0;
    for (int p = 0; p < a.length; p++) {
      if (codes[a[p]] != codes[b[p]]) {
        cross++;
      }
    }
    return (double) cross / a.length;
  }

  private static double eiIndex(CompiledProblem compiled, String attribute, int[] a, int[] b) {
    if (a.length == 0) {
      return 0.0;
    }
    int[] codes = compiled.attributeCodes(attribute);
    long external = 0;
    for (int p = 0; p < a.length; p++) {
      if (codes[a[p]] != codes[b[p]]) {
        external++;
      }
    }
    long internal = a.length - external;
    return (double) (external - internal) / a.length;
  }

  private static double pairEntropy(CompiledProblem compiled, String attribute, int[] a, int[] b) {
    int[] codes = compiled.attributeCodes(attribute);
    // Absent values count as one more "department", so that nobody is dropped.
    long d = compiled.attributeValues(attribute).length + 1L;
    Map<Long, Integer> counts = new HashMap<>();
    for (int p = 0; p < a.length; p++) {
      long x = codes[a[p]] + 1L;
      long y = codes[b[p]] + 1L;
      counts.merge(Math.min(x, y) * d + Math.max(x, y), 1, Integer::sum);
    }
    // Categories: the values present, plus "absent" when someone lacks the attribute.
    long departments = compiled.attributeValues(attribute).length;
    for (int code : codes) {
      if (code < 0) {
        departments++;
        break;
      }
    }
    double possible = departments * (departments + 1) / 2.0;
    if (a.length == 0 || possible <= 1) {
      return 0.0;
    }
    double h = 0.0;
    for (int c : counts.values()) {
      double p = (double) c / a.length;
      h -= p * Math.log(p);
    }
    return h / Math.log(possible);
  }

  private static double blau(
      CompiledProblem compiled, String attribute, int[] a, int[] b, int[] degree) {
    int n = compiled.size();
    int[] codes = compiled.attributeCodes(attribute);
    // Partners of each person in CSR form, to look at each person's group once.
    int[] start = new int[n + 1];
    for (int x = 0; x < n; x++) {
      start[x + 1] = start[x] + degree[x];
    }
    int[] fill = Arrays.copyOf(start, n);
    int[] partner = new int[start[n]];
    for (int p = 0; p < a.length; p++) {
      partner[fill[a[p]]++] = b[p];
      partner[fill[b[p]]++] = a[p];
    }
    double sum = 0.0;
    int people = 0;
    int[] group = new int[16];
    for (int x = 0; x < n; x++) {
      if (degree[x] == 0) {
        continue;
      }
      int size = degree[x] + 1;
      if (group.length < size) {
        group = new int[Math.max(size, 2 * group.length)];
      }
      group[0] = codes[x];
      for (int k = start[x], g = 1; k < start[x + 1]; k++, g++) {
        group[g] = codes[partner[k]];
      }
      // Σ_c (count_c / size)² = (ordered pairs of members with the same value) / size², counted
      // on the sorted values (absent is its own value, -1): no map and no boxing per person.
      Arrays.sort(group, 0, size);
      long same = 0;
      for (int i = 0; i < size; ) {
        int j = i + 1;
        while (j < size && group[j] == group[i]) {
          j++;
        }
        same += (long) (j - i) * (j - i);
        i = j;
      }
      sum += 1.0 - (double) same / ((double) size * size);
      people++;
    }
    return people == 0 ? 0.0 : sum / people;
  }

  private static History problemHistory(PreparedProblem prepared) {
    for (Constraint c : prepared.problem().constraints()) {
      if (c instanceof Constraint.NotPairedWithin n) {
        return n.history();
      }
      if (c instanceof Constraint.Preference p
          && p.rule() instanceof Constraint.NotPairedWithin n) {
        return n.history();
      }
    }
    return null;
  }

  private static long repeats(History history, List<MatchedPair> pairs) {
    long count = 0;
    for (MatchedPair pair : pairs) {
      if (history.roundsAgo(pair.first(), pair.second()) != Integer.MAX_VALUE) {
        count++;
      }
    }
    return count;
  }

  /** The Gini coefficient of non-negative amounts: {@code Σ_i Σ_j |x_i − x_j| / (2 n² mean)}. */
  static double gini(double[] amounts) {
    int n = amounts.length;
    double[] sorted = amounts.clone();
    Arrays.sort(sorted);
    double total = 0.0;
    double weighted = 0.0;
    for (int i = 0; i < n; i++) {
      total += sorted[i];
      weighted += (i + 1) * sorted[i];
    }
    if (n == 0 || total <= 0.0) {
      return 0.0;
    }
    return (2.0 * weighted) / (n * total) - (n + 1.0) / n;
  }
}
