package io.peermatch.core.internal.strategy;

import io.peermatch.api.Diagnostic;
import io.peermatch.api.MatchingCancelledException;
import io.peermatch.api.MatchingStatus;
import io.peermatch.core.DiversityOptions;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.candidates.Prepared;
import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.kernel.KernelResult;
import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code diversity-seeking} strategy: a matching of the candidate graph that trades skill
 * relevance for pairs that bridge departments, locations, seniority and tenure, for two-sided and
 * one-pool problems, with capacities.
 *
 * <p><b>Objective.</b> With λ, the distance weights ω, μ ({@code spread}), q ({@code floor}) and φ
 * ({@code floorPenalty}) from {@link DiversityOptions}, for a matching M it maximises
 *
 * <pre>
 *   F(M) = Σ_{e ∈ M} b(e) + (1 − λ)·μ·S·Σ_g √c_g(M) − φ·S·max(0, q·|M| − x(M))
 *   b(e) = λ·w(e) + (1 − λ)·S·d(e)     for w(e) &gt; 0, and b(e) = 0 otherwise
 * </pre>
 *
 * where w(e) is the pair's weight (relevance plus soft terms, what {@code max-weight} maximises);
 * S, the <em>relevance scale</em>, is the mean weight of the candidate pairs of positive weight, so
 * that the terms are comparable; d(e) in [0, 1] is the boundary distance {@code Σ_a ω_a·δ_a / Σ_a
 * ω_a}, with δ_a = 1 when the two values of a categorical attribute differ (both absent: 0), for
 * {@code seniority} the difference of levels in the order {@link DiversityOptions#SENIORITY_ORDER}
 * divided by 7, for {@code tenure} the difference in years (parsed as numbers) divided by the range
 * of tenures, and δ_a = 1 for an unknown or absent seniority or tenure; c_g(M) is the number of
 * pairs (pinned ones included) whose department values form the unordered pair g (absent counts as
 * one more department), so that the term {@code Σ √c_g} has diminishing returns and rewards
 * bridging many department pairs over piling up pairs in one; x(M) is the number of pairs that
 * cross departments. Pairs of weight 0 or below are never taken. Every diversity term but the floor
 * is scaled by (1 − λ), so λ = 1 with q = 0 is exactly {@code max-weight}.
 *
 * <p><b>Method: iterative re-weighting over an exact matching</b>, a heuristic. Iteration 0 solves
 * the maximum of Σ b(e) exactly with {@link MaxWeightStrategy#solve(CandidateGraph)}. Each later
 * iteration linearises the concave set-level term at the previous matching: every edge of
 * department pair g gets the bonus {@code (1 − λ)·μ·S·(√(c_g + 1) − √c_g)} (for edges outside the
 * previous matching; {@code √c_g − √(c_g − 1)} for edges in it), and, if the previous matching's
 * cross-department share was below q, the cross-department bonus β grows by {@code φ·S·(q − share)}
 * (a penalty method for the soft floor); then the exact kernel runs again. The matching with the
 * highest F over all iterations is returned, so F never falls below the pure blend matching. There
 * is no approximation guarantee; the gap is measured instead against the upper bound {@code U = max
 * Σ b + (1 − λ)·μ·S·√(G·K)}, where G is the number of department pairs among the candidate edges
 * and K the largest possible number of pairs (Cauchy–Schwarz: Σ_g √c_g ≤ √(G·Σ_g c_g)), and
 * reported as {@code diversity_objective_gap = (U − F)/U}. Pinned pairs are in every matching: Σ b,
 * the counts c_g, x(M) and U all include them.
 *
 * <p><b>Two objectives, both named.</b> F is this strategy's own objective, reported as {@link
 * io.peermatch.api.Diagnostic.DiversityObjective} ({@code diversity_objective}); {@link
 * io.peermatch.api.Matching#objective()} is, as for every strategy, the total weight Σ w(e) of the
 * pairs, so that strategies compare on one scale. The two differ whenever λ &lt; 1 or a diversity
 * term is on.
 *
 * <p><b>Deadline.</b> When the deadline passes after the first iteration, the best iteration so far
 * is returned with status {@link MatchingStatus#DEADLINE_REACHED}; on one pool a deadline within
 * the first iteration returns the blossom kernel's matching so far (without U). On two sides a
 * deadline within the first iteration throws.
 *
 * <p><b>Running time:</b> {@code iterations} exact maximum-weight matchings of the candidate graph
 * plus O(iterations·(m + n)) for the weights, with m candidate edges and n people.
 *
 * <p><b>Diagnostics:</b> one {@link io.peermatch.api.Diagnostic.DiversityObjective}: in the numeric
 * view {@code diversity_objective} (F), {@code diversity_objective_blend}, {@code
 * diversity_objective_spread}, {@code diversity_objective_floor_penalty}, {@code
 * diversity_objective_upper_bound} (U), {@code diversity_objective_gap}, {@code lambda}, {@code
 * iterations} (run), {@code best_iteration}, {@code cross_department_share}, {@code
 * relevance_scale} (S) and {@code floor_bonus} (β/S at the end); the former names {@code
 * objective}, {@code objective_blend}, ... {@code objective_gap} remain as deprecated aliases.
 *
 * <p><b>Attributes.</b> With explicit options, every attribute named in the distance weights and
 * the department attribute must exist in the problem, else an {@link IllegalArgumentException}
 * names it. The registry's default instance instead skips attributes the problem lacks, so it runs
 * on any problem.
 *
 * <p>The blended weight follows the relevance/diversity trade-off of maximal marginal relevance (J.
 * Carbonell and J. Goldstein, "The use of MMR, diversity-based reranking for reordering documents
 * and producing summaries", SIGIR 1998, pp. 335–336); the set-level term is a concave function of
 * counts, i.e. a monotone submodular coverage reward as in H. Lin and J. Bilmes, "A class of
 * submodular functions for document summarization", ACL 2011, pp. 510–520.
 */
public final class DiversitySeekingStrategy extends GraphStrategy {

  /** The registry name. */
  public static final String NAME = "diversity-seeking";

  private static final int SENIORITY_SPAN = DiversityOptions.SENIORITY_ORDER.size() - 1;

  private final DiversityOptions diversity;
  private final boolean strict;

  /** With the given candidate options and {@link DiversityOptions#DEFAULTS}, lenient on names. */
  public DiversitySeekingStrategy(CandidateOptions options) {
    super(NAME, options);
    this.diversity = DiversityOptions.DEFAULTS;
    this.strict = false;
  }

  /** With the given options; every attribute they name must exist in the problem. */
  public DiversitySeekingStrategy(CandidateOptions options, DiversityOptions diversity) {
    this(options, diversity, true);
  }

  /**
   * With the given options; if {@code strict}, every attribute they name must exist in the problem,
   * else attributes the problem lacks are skipped.
   */
  public DiversitySeekingStrategy(
      CandidateOptions options, DiversityOptions diversity, boolean strict) {
    super(NAME, options);
    this.diversity = Objects.requireNonNull(diversity, "diversity");
    this.strict = strict;
  }

  /**
   * The default options with another λ, lenient on attribute names like the registry's instance:
   * what a sweep of the relevance/diversity trade-off runs.
   *
   * @throws IllegalArgumentException if {@code lambda} is outside [0, 1]
   */
  public static DiversitySeekingStrategy withLambda(CandidateOptions options, double lambda) {
    return new DiversitySeekingStrategy(
        options, DiversityOptions.DEFAULTS.withLambda(lambda), false);
  }

  /** The diversity options. */
  public DiversityOptions diversityOptions() {
    return diversity;
  }

  @Override
  protected KernelResult solve(CandidateGraph graph, Prepared prepared, SolveControl control) {
    CompiledProblem compiled = prepared.compiled();
    checkAttributes(compiled);
    double lambda = diversity.lambda();
    int m = graph.edgeCount();
    // The scale comes from the whole candidate graph, so that pinning pairs does not change it.
    CandidateGraph full = prepared.graph();
    double scale = relevanceScale(full);
    control.check(NAME);
    double[] distance = distances(graph, compiled, null, control);
    double[] blend = new double[m];
    for (int e = 0; e < m; e++) {
      tick(control, e);
      blend[e] = blend(graph.weight(e), distance[e], lambda, scale);
    }
    int[] dept = departmentCodes(compiled);
    int d = departmentSlots(compiled);
    int[] group = new int[m];
    boolean[] cross = new boolean[m];
    boolean[] present = new boolean[d * d];
    for (int e = 0; e < m; e++) {
      tick(control, e);
      int a = dept[graph.u(e)] + 1;
      int b = dept[graph.v(e)] + 1;
      group[e] = Math.min(a, b) * d + Math.max(a, b);
      cross[e] = a != b;
      if (graph.weight(e) > 0) {
        present[group[e]] = true;
      }
    }
    // Pinned pairs are part of every matching: their blended weight, department pairs and
    // crossings count in F and in its bound, like any other pair's.
    int[] pinnedEdges = prepared.pinnedEdges();
    double[] pinnedDistance = distances(full, compiled, pinnedEdges, control);
    double pinnedBlend = 0.0;
    int[] pinnedCounts = new int[d * d];
    int pinnedCross = 0;
    for (int i = 0; i < pinnedEdges.length; i++) {
      int e = pinnedEdges[i];
      int a = dept[full.u(e)] + 1;
      int b = dept[full.v(e)] + 1;
      pinnedCounts[Math.min(a, b) * d + Math.max(a, b)]++;
      present[Math.min(a, b) * d + Math.max(a, b)] = true;
      if (a != b) {
        pinnedCross++;
      }
      pinnedBlend += blend(full.weight(e), pinnedDistance[i], lambda, scale);
    }
    int pinned = pinnedEdges.length;
    double spread = (1 - lambda) * diversity.spread() * scale;
    double floor = diversity.floor();
    double floorPrice = diversity.floorPenalty() * scale;

    double[] weight = blend.clone();
    boolean[] inPrevious = new boolean[m];
    int[] counts = new int[d * d];
    double bonus = 0.0;
    int[] best = null;
    double bestObjective = Double.NEGATIVE_INFINITY;
    double[] bestParts = null;
    int bestIteration = 0;
    double blendBound = Double.NaN;
    long kernelSteps = 0;
    int run = 0;
    boolean stopped = false;
    int iterations = diversity.iterations();
    for (int t = 0; t < iterations; t++) {
      if (best != null && control.deadlinePassed()) {
        stopped = true;
        break;
      }
      KernelResult r;
      try {
        r =
            MaxWeightStrategy.solve(
                withWeights(graph, weight, control),
                control.within(NAME, (double) t / iterations, (t + 1.0) / iterations));
      } catch (MatchingCancelledException ex) {
        if (best == null || ex.reason() != MatchingCancelledException.Reason.DEADLINE) {
          throw ex;
        }
        stopped = true; // the best iteration so far stands
        break;
      }
      run++;
      boolean partial = r.status() == MatchingStatus.DEADLINE_REACHED;
      if (partial && best != null) {
        stopped = true; // an unfinished iteration is no candidate once a finished one exists
        break;
      }
      kernelSteps += r.iterations();
      int[] edges = r.edges();
      System.arraycopy(pinnedCounts, 0, counts, 0, counts.length);
      int crossing = pinnedCross;
      double blendSum = pinnedBlend;
      Arrays.fill(inPrevious, false);
      for (int e : edges) {
        counts[group[e]]++;
        if (cross[e]) {
          crossing++;
        }
        blendSum += blend[e];
        inPrevious[e] = true;
      }
      if (t == 0) {
        // The first iteration maximises Σ b exactly: its dual bound (or, without one, its value
        // when complete) bounds Σ b over every matching.
        Optional<Diagnostic.DualBound> dual =
            r.diagnostics().stream()
                .filter(Diagnostic.DualBound.class::isInstance)
                .map(Diagnostic.DualBound.class::cast)
                .findFirst();
        double residual = blendSum - pinnedBlend;
        blendBound =
            dual.isPresent()
                ? pinnedBlend + Math.max(dual.get().value(), residual)
                : partial ? Double.NaN : blendSum;
      }
      double sqrtSum = 0.0;
      for (int c : counts) {
        sqrtSum += Math.sqrt(c);
      }
      int size = edges.length + pinned;
      double shortfall = Math.max(0.0, floor * size - crossing);
      double objective = blendSum + spread * sqrtSum - floorPrice * shortfall;
      if (objective > bestObjective + 1e-12 * Math.abs(objective)) {
        bestObjective = objective;
        best = edges;
        bestIteration = t;
        bestParts =
            new double[] {
              blendSum,
              spread * sqrtSum,
              floorPrice * shortfall,
              size == 0 ? 0 : (double) crossing / size
            };
      }
      if (partial) {
        stopped = true;
        break;
      }
      double share = size == 0 ? 1.0 : (double) crossing / size;
      boolean floorActive = share < floor && floorPrice > 0;
      if (floorActive) {
        bonus += floorPrice * (floor - share);
      }
      if (spread == 0.0 && !floorActive) {
        break; // the next weights would be the same
      }
      for (int e = 0; e < m; e++) {
        if ((e & 0xFFFF) == 0) {
          control.checkInterrupted(NAME);
        }
        if (graph.weight(e) <= 0) {
          continue;
        }
        int c = counts[group[e]];
        double gain =
            inPrevious[e] ? Math.sqrt(c) - Math.sqrt(c - 1) : Math.sqrt(c + 1) - Math.sqrt(c);
        weight[e] = blend[e] + spread * gain + (cross[e] ? bonus : 0.0);
      }
    }
    int groups = 0;
    for (boolean p : present) {
      if (p) {
        groups++;
      }
    }
    // U >= F holds exactly; the two sums round differently, and when the best matching attains
    // the bound F can come out an ulp above it, so the reported bound is never below F.
    double upper =
        Double.isNaN(blendBound)
            ? Double.NaN
            : Math.max(
                bestObjective,
                blendBound + spread * Math.sqrt((double) groups * maxPairs(graph, pinned)));
    Diagnostic.DiversityObjective objective =
        new Diagnostic.DiversityObjective(
            bestObjective,
            bestParts[0],
            bestParts[1],
            bestParts[2],
            upper,
            lambda,
            scale,
            bestParts[3],
            run,
            bestIteration,
            scale == 0 ? 0.0 : bonus / scale);
    return new KernelResult(
        best,
        stopped ? MatchingStatus.DEADLINE_REACHED : MatchingStatus.OK,
        kernelSteps,
        List.of(objective));
  }

  /** A check every 65,536 edges of a pass over the graph. */
  private static void tick(SolveControl control, int e) {
    if ((e & 0xFFFF) == 0xFFFF) {
      control.check(NAME);
    }
  }

  /** b(e): the blended weight of a pair of weight {@code w} and boundary distance {@code d}. */
  private static double blend(double w, double d, double lambda, double scale) {
    return w > 0 ? lambda * w + (1 - lambda) * scale * d : 0.0;
  }

  private void checkAttributes(CompiledProblem compiled) {
    if (!strict) {
      return;
    }
    for (String name : diversity.distanceWeights().keySet()) {
      if (!compiled.hasAttribute(name)) {
        throw new IllegalArgumentException(
            "unknown attribute '"
                + name
                + "' in distance weights; the problem's attributes are: "
                + String.join(", ", compiled.attributeNames()));
      }
    }
    if (diversity.floor() > 0 || diversity.spread() > 0) {
      String name = diversity.departmentAttribute();
      if (!compiled.hasAttribute(name)) {
        throw new IllegalArgumentException(
            "unknown department attribute '"
                + name
                + "' for the floor and spread; the problem's attributes are: "
                + String.join(", ", compiled.attributeNames()));
      }
    }
  }

  /** The mean weight of the edges of positive weight; 1 if there are none. */
  public static double relevanceScale(CandidateGraph graph) {
    double sum = 0.0;
    long count = 0;
    for (int e = 0; e < graph.edgeCount(); e++) {
      double w = graph.weight(e);
      if (w > 0) {
        sum += w;
        count++;
      }
    }
    return count == 0 ? 1.0 : sum / count;
  }

  /** The boundary distance d(e) of every edge, in [0, 1]. */
  double[] distances(CandidateGraph graph, CompiledProblem compiled) {
    return distances(graph, compiled, null, SolveControl.none());
  }

  /** The boundary distance of the given edges (all edges if null), in their order. */
  double[] distances(
      CandidateGraph graph, CompiledProblem compiled, int[] only, SolveControl control) {
    int m = only == null ? graph.edgeCount() : only.length;
    double[] distance = new double[m];
    double total = 0.0;
    for (double w : diversity.distanceWeights().values()) {
      total += w;
    }
    for (Map.Entry<String, Double> entry : diversity.distanceWeights().entrySet()) {
      String name = entry.getKey();
      double w = entry.getValue() / total;
      if (w == 0.0 || !compiled.hasAttribute(name)) {
        continue; // lenient defaults: an absent attribute separates no one
      }
      int[] codes = compiled.attributeCodes(name);
      double[] position = positions(name, compiled.attributeValues(name));
      for (int i = 0; i < m; i++) {
        tick(control, i);
        int e = only == null ? i : only[i];
        int a = codes[graph.u(e)];
        int b = codes[graph.v(e)];
        double delta;
        if (position == null) {
          delta = a != b ? 1.0 : 0.0;
        } else if (a < 0 || b < 0 || Double.isNaN(position[a]) || Double.isNaN(position[b])) {
          delta = 1.0;
        } else {
          delta = Math.abs(position[a] - position[b]);
        }
        distance[i] += w * delta;
      }
    }
    return distance;
  }

  /**
   * For an ordinal attribute, each value's position in [0, 1] (NaN if unknown); null for a
   * categorical one.
   */
  public static double[] positions(String name, String[] values) {
    double[] position = new double[values.length];
    if (name.equals("seniority")) {
      for (int c = 0; c < values.length; c++) {
        int level =
            DiversityOptions.SENIORITY_ORDER.indexOf(values[c].trim().toLowerCase(Locale.ROOT));
        position[c] = level < 0 ? Double.NaN : (double) level / SENIORITY_SPAN;
      }
      return position;
    }
    if (name.equals("tenure")) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < values.length; c++) {
        double years;
        try {
          years = Double.parseDouble(values[c].trim());
        } catch (NumberFormatException ex) {
          years = Double.NaN;
        }
        if (Double.isInfinite(years)) {
          years = Double.NaN;
        }
        position[c] = years;
        if (!Double.isNaN(years)) {
          min = Math.min(min, years);
          max = Math.max(max, years);
        }
      }
      double range = max - min;
      for (int c = 0; c < values.length; c++) {
        if (!Double.isNaN(position[c])) {
          position[c] = range > 0 ? (position[c] - min) / range : 0.0;
        }
      }
      return position;
    }
    return null;
  }

  private int[] departmentCodes(CompiledProblem compiled) {
    return compiled.attributeCodes(diversity.departmentAttribute());
  }

  private int departmentSlots(CompiledProblem compiled) {
    return compiled.attributeValues(diversity.departmentAttribute()).length + 1;
  }

  /** An upper bound on the number of pairs: half the total capacity (smaller side if two-sided). */
  private static long maxPairs(CandidateGraph graph, int pinned) {
    long left = 0;
    long right = 0;
    for (int x = 0; x < graph.vertexCount(); x++) {
      if (x < graph.leftCount()) {
        left += graph.capacity(x);
      } else {
        right += graph.capacity(x);
      }
    }
    long pairs = graph.isBipartite() ? Math.min(left, right) : left / 2;
    return Math.min(pairs, graph.edgeCount()) + pinned;
  }

  /** The same graph (same edge ids) with other weights. */
  private static CandidateGraph withWeights(
      CandidateGraph graph, double[] weight, SolveControl control) {
    CandidateGraphBuilder builder =
        graph.isBipartite()
            ? CandidateGraphBuilder.bipartite(graph.leftCount(), graph.rightCount())
            : CandidateGraphBuilder.general(graph.vertexCount());
    builder.capacities(graph.capacities());
    for (int e = 0; e < graph.edgeCount(); e++) {
      tick(control, e);
      builder.addEdge(graph.u(e), graph.v(e), weight[e], graph.relevance(e));
    }
    // Edges go in in (u, v) order without duplicates, so the builder keeps every edge id.
    return builder.build(control);
  }
}
