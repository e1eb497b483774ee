package io.peermatch.core.internal.rounds;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;
import java.util.Map;

/**
 * A maximum-weight matching of a round's allowed pairs ({@link RoundPairs}, weight {@code 1 +
 * relevance + bonuses}), found through the much smaller graph of relevant pairs and proved optimal
 * by a bound, with an exact fallback.
 *
 * <p>Method. Most pairs of a round share no skill and weigh exactly 1: a dense graph of ties, the
 * hardest input for a blossom algorithm. But for any matching M of n people, {@code w(M) = |M| +
 * rel(M) + Σ_{v ∈ M} bonus(v) ≤ ⌊n/2⌋ + R* + Σ_v bonus(v)}, where R* is the maximum relevance of a
 * matching of the allowed pairs. So:
 *
 * <ol>
 *   <li>solve the relevance-only graph (allowed pairs of positive relevance) exactly, by {@link
 *       PricingMaximumWeightMatching}: the matching M*, of relevance R*;
 *   <li>pair the people M* leaves single among themselves with allowed pairs, those with a bonus
 *       first, greedily in a hashed order (so that the same people are not always paired the same
 *       way), then repair any two left single through a filler pair they can split;
 *   <li>if the result reaches the bound (⌊n/2⌋ pairs, everyone with a bonus matched), it is a
 *       maximum-weight matching of all allowed pairs. Otherwise (the cool-down or a rule keeps the
 *       last people single apart) the best single exchange through one pair shrinks the gap, and an
 *       exact blossom solve over the pairs whose reduced cost is within the gap closes it
 *       (reduced-cost fixing, so the result is still optimal).
 * </ol>
 *
 * <p>Running time: the pricing passes, O(n² · s) for s skills per person, plus O(u²) for the u
 * people left single by M*, plus, in the rare repair, one more O(n² · s) pass and a blossom solve
 * of the restricted pairs. Deterministic. References: the bound is LP duality for Edmonds' matching
 * polytope (J. Edmonds, "Maximum matching and a polyhedron with 0,1-vertices", J. Res. NBS 69B
 * (1965) 125–130) with every vertex dual raised by ½; reduced-cost fixing as in G. L. Nemhauser and
 * L. A. Wolsey, <i>Integer and Combinatorial Optimization</i>, Wiley 1988.
 */
final class RoundSolution {

  /** The partner of every person, or -1. */
  final int[] mate;

  /** The weight of each person's pair (the same at both ends). */
  final double[] weight;

  /** The relevance of each person's pair (the same at both ends). */
  final double[] relevance;

  private RoundSolution(int n) {
    mate = new int[n];
    Arrays.fill(mate, -1);
    weight = new double[n];
    relevance = new double[n];
  }

  private void match(int a, int b, double w, double r) {
    mate[a] = b;
    mate[b] = a;
    weight[a] = w;
    weight[b] = w;
    relevance[a] = r;
    relevance[b] = r;
  }

  private void unmatch(int a) {
    int b = mate[a];
    mate[a] = -1;
    mate[b] = -1;
  }

  /**
   * A maximum-weight matching of {@code pairs}; puts {@code core_edges}, {@code pricing_passes},
   * {@code priced_edges_added}, {@code filler_pairs}, {@code restricted_edges} (0 when the bound
   * was reached at once), {@code repair_gap} (when it was not) and {@code dual_bound} into {@code
   * values}.
   */
  static RoundSolution solve(RoundPairs pairs, int coreDegree, Map<String, Double> values) {
    return solve(pairs, coreDegree, values, SolveControl.none());
  }

  /** As {@link #solve(RoundPairs, int, Map)}, honouring {@code control}. */
  static RoundSolution solve(
      RoundPairs pairs, int coreDegree, Map<String, Double> values, SolveControl control) {
    int n = pairs.size();
    pairs.relevanceOnly(true);
    PricingMaximumWeightMatching relevant =
        PricingMaximumWeightMatching.solve(pairs, coreDegree, control);
    control.progress(RoundPlanner.PHASE, 0.6);
    pairs.relevanceOnly(false);
    RoundSolution s = new RoundSolution(n);
    double bound = RoundPairs.BASE * (n / 2) + relevant.dualObjective();
    for (int x = 0; x < n; x++) {
      bound += pairs.bonus(x);
    }
    for (int e : relevant.matched()) {
      int a = relevant.core().u(e);
      int b = relevant.core().v(e);
      double r = relevant.core().relevance(e);
      s.match(a, b, RoundPairs.BASE + r + pairs.bonus(a) + pairs.bonus(b), r);
    }
    values.put("core_edges", (double) relevant.core().edgeCount());
    values.put("pricing_passes", (double) relevant.passes());
    values.put("priced_edges_added", (double) relevant.added());
    values.put("dual_bound", bound);
    values.put("filler_pairs", (double) s.fill(pairs));
    double tolerance = 1e-9 * Math.max(1.0, bound);
    double gap = bound - s.total();
    if (gap > tolerance) {
      s.exchangeTwoSingles(pairs);
      gap = bound - s.total();
    }
    if (gap <= tolerance) {
      values.put("restricted_edges", 0.0);
      return s;
    }
    control.check(RoundPlanner.PHASE);
    PricingMaximumWeightMatching.EdgeList restricted =
        s.restricted(pairs, relevant, gap + tolerance);
    control.check(RoundPlanner.PHASE);
    values.put("restricted_edges", (double) restricted.size);
    values.put("repair_gap", gap);
    CandidateGraph graph = restricted.build(n);
    int[] edges = PricingMaximumWeightMatching.exact(graph, control).edges();
    double total = graph.totalWeight(edges);
    if (total < s.total()) {
      return s; // only by rounding: this matching is as good
    }
    RoundSolution exact = new RoundSolution(n);
    for (int e : edges) {
      exact.match(graph.u(e), graph.v(e), graph.weight(e), graph.relevance(e));
    }
    return exact;
  }

  /**
   * This matching's pairs and every allowed pair whose reduced cost is at most {@code gap}: all the
   * pairs a better matching can use.
   *
   * <p>Why: with the relevance dual (y, z) of objective R*, the duals {@code y'_v = y_v + 1/2 +
   * bonus(v)} and z cover every allowed pair's full weight, and for any matching N {@code w(N) ≤
   * bound − Σ_{e ∈ N} c(e)}, where {@code c(e) = y_a + y_b + Σ_{B ∋ a, b} z_B − rel(e) ≥ 0} is the
   * reduced cost (the ½ of each unmatched vertex pays for the rounding of n/2 down). A matching at
   * least as heavy as this one has {@code Σ c(e) ≤ gap}, so it uses only pairs with {@code c(e) ≤
   * gap}: the maximum over them is the maximum over all (reduced-cost fixing).
   */
  private PricingMaximumWeightMatching.EdgeList restricted(
      RoundPairs pairs, PricingMaximumWeightMatching relevant, double gap) {
    int n = mate.length;
    double[] y = relevant.dual().vertexDuals();
    double[] z = relevant.dual().blossomDuals();
    int[][] blossomsOf = PricingMaximumWeightMatching.blossomsOfVertices(relevant.dual(), n);
    PricingMaximumWeightMatching.EdgeList edges = new PricingMaximumWeightMatching.EdgeList();
    for (int a = 0; a < n; a++) {
      pairs.load(a);
      for (int b = a + 1; b < n; b++) {
        if (!pairs.allowed(b)) {
          continue;
        }
        double r = pairs.relevance(b);
        double c = y[a] + y[b] - r;
        if (c > gap && mate[a] != b) {
          continue;
        }
        if (blossomsOf[a] != null && blossomsOf[b] != null) {
          c += PricingMaximumWeightMatching.shared(blossomsOf[a], blossomsOf[b], z);
        }
        if ((c <= gap || mate[a] == b) && pairs.allowedByRules(b, r)) {
          edges.add(a, b, pairs.weight(b, r), r);
        }
      }
    }
    return edges;
  }

  private double total() {
    double total = 0.0;
    for (int a = 0; a < mate.length; a++) {
      if (mate[a] > a) {
        total += weight[a];
      }
    }
    return total;
  }

  /**
   * When exactly two people u, v are single and may not meet: the best exchange of one pair x–y for
   * u–x and v–y, if it adds weight. Not needed for exactness, but it shrinks the gap that {@link
   * #restricted} must close, and with it the restricted graph.
   */
  private void exchangeTwoSingles(RoundPairs pairs) {
    int n = mate.length;
    int u = -1;
    int v = -1;
    int singles = 0;
    for (int x = 0; x < n; x++) {
      if (mate[x] < 0) {
        singles++;
        if (u < 0) {
          u = x;
        } else {
          v = x;
        }
      }
    }
    if (singles != 2) {
      return;
    }
    double[] relU = relevanceOfAllowed(pairs, u);
    double[] relV = relevanceOfAllowed(pairs, v);
    int best = -1;
    double bestGain = 0.0;
    for (int x = 0; x < n; x++) {
      int w = mate[x];
      if (w < 0 || Double.isNaN(relU[x]) || Double.isNaN(relV[w])) {
        continue;
      }
      double gain = weightOf(pairs, u, x, relU[x]) + weightOf(pairs, v, w, relV[w]) - weight[x];
      if (gain > bestGain) {
        best = x;
        bestGain = gain;
      }
    }
    if (best >= 0) {
      int x = best;
      int w = mate[x];
      unmatch(x);
      match(u, x, weightOf(pairs, u, x, relU[x]), relU[x]);
      match(v, w, weightOf(pairs, v, w, relV[w]), relV[w]);
    }
  }

  private static double weightOf(RoundPairs pairs, int a, int b, double relevance) {
    return RoundPairs.BASE + relevance + pairs.bonus(a) + pairs.bonus(b);
  }

  /** The relevance of each allowed partner of {@code u}, NaN for the others. */
  private static double[] relevanceOfAllowed(RoundPairs pairs, int u) {
    double[] rel = new double[pairs.size()];
    pairs.load(u);
    for (int x = 0; x < rel.length; x++) {
      rel[x] = Double.NaN;
      if (x == u || !pairs.allowed(x)) {
        continue;
      }
      double r = pairs.relevance(x);
      if (pairs.allowedByRules(x, r)) {
        rel[x] = r;
      }
    }
    return rel;
  }

  /**
   * Pairs the single people among themselves with allowed pairs (those with a bonus first, then in
   * hashed order), then splits filler pairs to pair any two still single; returns the number of
   * filler pairs.
   */
  private int fill(RoundPairs pairs) {
    int n = mate.length;
    int count = 0;
    for (int x = 0; x < n; x++) {
      if (mate[x] < 0) {
        count++;
      }
    }
    long[] keys = new long[count];
    count = 0;
    for (int x = 0; x < n; x++) {
      if (mate[x] < 0) {
        long first = pairs.bonus(x) > 0 ? 0L : 1L;
        long hash = PricingMaximumWeightMatching.tieKey(x, n) & 0x7fffffffL;
        keys[count++] = (first << 62) | (hash << 31) | x;
      }
    }
    Arrays.sort(keys);
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      order[i] = (int) (keys[i] & 0x7fffffffL);
    }
    boolean[] filler = new boolean[n];
    int pairsMade = 0;
    for (int i = 0; i < count; i++) {
      int a = order[i];
      if (mate[a] >= 0) {
        continue;
      }
      pairs.load(a);
      for (int j = i + 1; j < count; j++) {
        int b = order[j];
        if (mate[b] < 0 && tryMatch(pairs, a, b)) {
          filler[a] = true;
          filler[b] = true;
          pairsMade++;
          break;
        }
      }
    }
    // Two single people who may not meet each other may each meet one of a filler pair.
    for (int i = 0; i < count; i++) {
      int a = order[i];
      if (mate[a] >= 0) {
        continue;
      }
      for (int j = i + 1; j < count && mate[a] < 0; j++) {
        int b = order[j];
        if (mate[b] >= 0) {
          continue;
        }
        for (int k = 0; k < count && mate[a] < 0; k++) {
          int x = order[k];
          int y = mate[x];
          if (y < 0 || !filler[x] || x == a || x == b) {
            continue;
          }
          double w = weight[x];
          double r = relevance[x];
          unmatch(x);
          pairs.load(a);
          if (tryMatch(pairs, a, x)) {
            pairs.load(b);
            if (tryMatch(pairs, b, y)) {
              filler[a] = true;
              filler[b] = true;
              pairsMade++;
              continue;
            }
            unmatch(a);
          }
          match(x, y, w, r);
        }
      }
    }
    return pairsMade;
  }

  /** Matches the loaded row {@code a} with {@code b} if they may meet. */
  private boolean tryMatch(RoundPairs pairs, int a, int b) {
    if (!pairs.allowed(b)) {
      return false;
    }
    double r = pairs.relevance(b);
    if (!pairs.allowedByRules(b, r)) {
      return false;
    }
    match(a, b, pairs.weight(b, r), r);
    return true;
  }
}
