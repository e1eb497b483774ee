package io.peermatch.core.internal.rounds;

import io.peermatch.api.MatchingCancelledException;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import io.peermatch.core.kernel.SolveControl;
import io.peermatch.core.kernel.general.BlossomMaximumWeightMatching;
import io.peermatch.core.kernel.general.GeneralDualCertificate;
import io.peermatch.core.kernel.general.GeneralMatchingResult;
import java.util.Arrays;

/**
 * Exact maximum-weight matching of a dense graph given implicitly ({@link RoundPairs}: every
 * allowed pair of a round), by pricing: Edmonds' blossom algorithm runs on a sparse core, and the
 * dual it returns prices every other pair.
 *
 * <p>Method ("price and repair"): the core is the union of each vertex's {@code coreDegree}
 * heaviest pairs. {@link BlossomMaximumWeightMatching} solves the core and returns an optimal dual
 * (y ≥ 0 per vertex, z ≥ 0 per blossom). Then every pair of the full graph is priced: if {@code y_u
 * + y_v + Σ_{B ∋ u, v} z_B ≥ w_uv} holds for all of them, the dual is feasible for the full graph,
 * complementary slackness still holds (it involves only the matching and the dual), so the core's
 * matching is a maximum-weight matching of the full graph. Otherwise every violated pair joins the
 * core and the core is solved again. Each repair adds at least one new pair, so the loop ends.
 * Measured on the relevant pairs of synthetic rounds: with 128 pairs per person (500 people, nearly
 * every relevant pair) the first pricing passes; with 24 (5,000 people) four or five passes.
 *
 * <p>Running time: O(n² · s) per pricing pass for n vertices and s skills per person (each pair's
 * weight is recomputed, nothing of size n² is stored) plus one blossom solve of the core per pass
 * (the larger part of the time); memory O(n · coreDegree + added pairs). Optimal within the blossom
 * kernel's floating-point tolerance; pairs of weight 0 or below are never taken. Deterministic.
 *
 * <p>References: W. Cook and A. Rohe, "Computing minimum-weight perfect matchings", INFORMS J. on
 * Computing 11(2) (1999) 138–148 (a k-nearest-neighbour core and price-and-repair); D. Applegate
 * and W. Cook, "Solving large-scale matching problems", in Network Flows and Matching, DIMACS
 * Series 12 (1993) 557–576; J. Edmonds, "Maximum matching and a polyhedron with 0,1-vertices", J.
 * Res. NBS 69B (1965) 125–130 (the dual).
 */
final class PricingMaximumWeightMatching {

  private final RoundPairs pairs;
  private final int n;
  private CandidateGraph core;
  private int[] matched;
  private int passes;
  private int added;
  private double dualObjective;
  private GeneralDualCertificate dual;

  private PricingMaximumWeightMatching(RoundPairs pairs) {
    this.pairs = pairs;
    this.n = pairs.size();
  }

  /**
   * A maximum-weight matching of every allowed pair of {@code pairs}.
   *
   * @param coreDegree how many heaviest pairs per vertex the first core keeps; at least 1
   */
  static PricingMaximumWeightMatching solve(RoundPairs pairs, int coreDegree) {
    return solve(pairs, coreDegree, SolveControl.none());
  }

  /**
   * As {@link #solve(RoundPairs, int)}, honouring {@code control} (an interrupt or deadline
   * throws).
   */
  static PricingMaximumWeightMatching solve(
      RoundPairs pairs, int coreDegree, SolveControl control) {
    if (coreDegree < 1) {
      throw new IllegalArgumentException("core degree must be at least 1 but was " + coreDegree);
    }
    PricingMaximumWeightMatching m = new PricingMaximumWeightMatching(pairs);
    m.control = control;
    m.run(coreDegree);
    return m;
  }

  private SolveControl control = SolveControl.none();

  /**
   * An exact maximum-weight matching of {@code graph}; a deadline throws (a round is all or none).
   */
  static GeneralMatchingResult exact(CandidateGraph graph, SolveControl control) {
    GeneralMatchingResult r = BlossomMaximumWeightMatching.solve(graph, 0.0, control);
    if (r.deadlineReached()) {
      throw new MatchingCancelledException(
          MatchingCancelledException.Reason.DEADLINE, RoundPlanner.PHASE);
    }
    return r;
  }

  /** The core graph at the end: every pair the matching was chosen from. */
  CandidateGraph core() {
    return core;
  }

  /** The matched edge ids of {@link #core()}. */
  int[] matched() {
    return matched;
  }

  /** How many times the core was solved and priced. */
  int passes() {
    return passes;
  }

  /** How many pairs pricing added to the first core. */
  int added() {
    return added;
  }

  /** The final dual, feasible for every allowed pair. */
  GeneralDualCertificate dual() {
    return dual;
  }

  /** The final dual objective: no matching of the full graph weighs more. */
  double dualObjective() {
    return dualObjective;
  }

  private void run(int coreDegree) {
    EdgeList edges = heaviestPairs(coreDegree);
    while (true) {
      passes++;
      core = edges.build(n);
      GeneralMatchingResult r = exact(core, control);
      matched = r.edges();
      dual = r.certificate();
      dualObjective = dual.objective();
      int before = edges.size;
      price(dual, core, edges);
      if (edges.size == before) {
        return;
      }
      added += edges.size - before;
    }
  }

  private void tick(int a) {
    if ((a & 63) == 0) {
      control.check(RoundPlanner.PHASE);
    }
  }

  /** The union of every vertex's {@code d} heaviest pairs (ties: by {@link #tieKey}). */
  private EdgeList heaviestPairs(int d) {
    d = Math.max(1, Math.min(d, n - 1));
    Heaps heaps = new Heaps(n, d);
    for (int a = 0; a < n; a++) {
      tick(a);
      pairs.load(a);
      for (int b = a + 1; b < n; b++) {
        if (!pairs.allowed(b)) {
          continue;
        }
        double r = pairs.relevance(b);
        if (!pairs.allowedByRules(b, r)) {
          continue;
        }
        double w = pairs.weight(b, r);
        if (w <= 0) {
          continue; // never matched
        }
        int key = tieKey(a, b);
        heaps.offer(a, b, w, r, key);
        heaps.offer(b, a, w, r, key);
      }
    }
    EdgeList edges = new EdgeList();
    for (int a = 0; a < n; a++) {
      for (int k = 0; k < heaps.size[a]; k++) {
        int b = heaps.partner[a * d + k];
        // A pair in both heaps is added once, from its smaller end's heap, or from the only one.
        if (a < b || !heaps.contains(b, a)) {
          edges.add(a, b, heaps.w[a * d + k], heaps.r[a * d + k]);
        }
      }
    }
    return edges;
  }

  /**
   * Whether (w1, t1) ranks below (w2, t2): lighter, or as heavy with a smaller tie key. Most pairs
   * of a round weigh exactly the base (no shared skill); breaking their ties by a hash of the pair
   * rather than by id spreads them over everyone, where ties by id would send every such vertex to
   * the same few partners and leave the core thin elsewhere.
   */
  private static boolean below(double w1, int t1, double w2, int t2) {
    return w1 < w2 || (w1 == w2 && t1 < t2);
  }

  /** A deterministic hash of the unordered pair {a, b}. */
  static int tieKey(int a, int b) {
    long x = ((long) Math.min(a, b) << 32) | Math.max(a, b);
    x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
    x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return (int) (x ^ (x >>> 33));
  }

  /** Per vertex, a bounded min-heap of its heaviest pairs, all in flat arrays. */
  private static final class Heaps {
    final int d;
    final int[] size;
    final double[] w;
    final double[] r;
    final int[] partner;
    final int[] tie;

    Heaps(int n, int d) {
      this.d = d;
      size = new int[n];
      w = new double[n * d];
      r = new double[n * d];
      partner = new int[n * d];
      tie = new int[n * d];
    }

    void offer(int a, int b, double weight, double relevance, int key) {
      int base = a * d;
      int s = size[a];
      int i;
      if (s == d) {
        if (!below(w[base], tie[base], weight, key)) {
          return;
        }
        // Replace the lightest (the root) and sift the newcomer down.
        i = 0;
        while (true) {
          int child = 2 * i + 1;
          if (child >= d) {
            break;
          }
          if (child + 1 < d
              && below(
                  w[base + child + 1], tie[base + child + 1], w[base + child], tie[base + child])) {
            child++;
          }
          if (!below(w[base + child], tie[base + child], weight, key)) {
            break;
          }
          move(base + child, base + i);
          i = child;
        }
      } else {
        i = s;
        size[a] = s + 1;
        while (i > 0) {
          int parent = (i - 1) >> 1;
          if (!below(weight, key, w[base + parent], tie[base + parent])) {
            break;
          }
          move(base + parent, base + i);
          i = parent;
        }
      }
      w[base + i] = weight;
      r[base + i] = relevance;
      partner[base + i] = b;
      tie[base + i] = key;
    }

    private void move(int from, int to) {
      w[to] = w[from];
      r[to] = r[from];
      partner[to] = partner[from];
      tie[to] = tie[from];
    }

    boolean contains(int x, int y) {
      for (int k = 0; k < size[x]; k++) {
        if (partner[x * d + k] == y) {
          return true;
        }
      }
      return false;
    }
  }

  /** Adds to {@code edges} every allowed pair outside {@code core} that the dual does not cover. */
  private void price(GeneralDualCertificate dual, CandidateGraph core, EdgeList edges) {
    double[] y = dual.vertexDuals();
    double scale = 0.0;
    for (int e = 0; e < core.edgeCount(); e++) {
      scale = Math.max(scale, Math.abs(core.weight(e)));
    }
    // Far above the kernel's own tolerance (1e-11 of the largest weight), so that a pair of the
    // core is never reported, and far below any difference of weights that matters.
    double tolerance = 1e-9 * Math.max(1.0, scale);
    int[][] blossomsOf = blossomsOfVertices(dual, n);
    double[] z = dual.blossomDuals();
    for (int a = 0; a < n; a++) {
      tick(a);
      pairs.load(a);
      double ya = y[a];
      for (int b = a + 1; b < n; b++) {
        if (!pairs.allowed(b)) {
          continue;
        }
        double r = pairs.relevance(b);
        double w = pairs.weight(b, r);
        double slack = ya + y[b] - w;
        if (slack >= -tolerance) {
          continue;
        }
        if (blossomsOf[a] != null && blossomsOf[b] != null) {
          slack += shared(blossomsOf[a], blossomsOf[b], z);
          if (slack >= -tolerance) {
            continue;
          }
        }
        if (!pairs.allowedByRules(b, r) || core.edgeBetween(a, b) >= 0) {
          continue;
        }
        edges.add(a, b, w, r);
      }
    }
  }

  /** For each vertex, the ascending ids of the blossoms with a positive dual that contain it. */
  static int[][] blossomsOfVertices(GeneralDualCertificate dual, int n) {
    int[][] of = new int[n][];
    int[] count = new int[n];
    int[] offsets = dual.blossomOffsets();
    int[] members = dual.blossomMembers();
    double[] z = dual.blossomDuals();
    for (int i = 0; i < z.length; i++) {
      if (z[i] > 0) {
        for (int k = offsets[i]; k < offsets[i + 1]; k++) {
          int v = members[k];
          if (of[v] == null) {
            of[v] = new int[2];
          } else if (count[v] == of[v].length) {
            of[v] = Arrays.copyOf(of[v], 2 * count[v]);
          }
          of[v][count[v]++] = i;
        }
      }
    }
    for (int v = 0; v < n; v++) {
      if (of[v] != null) {
        of[v] = Arrays.copyOf(of[v], count[v]);
      }
    }
    return of;
  }

  /** Σ z_B over the blossoms in both ascending lists. */
  static double shared(int[] first, int[] second, double[] z) {
    double sum = 0.0;
    int i = 0;
    int j = 0;
    while (i < first.length && j < second.length) {
      if (first[i] == second[j]) {
        sum += z[first[i]];
        i++;
        j++;
      } else if (first[i] < second[j]) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  /** A growable list of edges (u < v) on primitive arrays. */
  static final class EdgeList {
    private int[] us = new int[64];
    private int[] vs = new int[64];
    private double[] ws = new double[64];
    private double[] rs = new double[64];
    int size;

    void add(int u, int v, double w, double r) {
      if (size == us.length) {
        int grown = 2 * size;
        us = Arrays.copyOf(us, grown);
        vs = Arrays.copyOf(vs, grown);
        ws = Arrays.copyOf(ws, grown);
        rs = Arrays.copyOf(rs, grown);
      }
      us[size] = Math.min(u, v);
      vs[size] = Math.max(u, v);
      ws[size] = w;
      rs[size] = r;
      size++;
    }

    CandidateGraph build(int n) {
      CandidateGraphBuilder builder = CandidateGraphBuilder.general(n);
      for (int i = 0; i < size; i++) {
        builder.addEdge(us[i], vs[i], ws[i], rs[i]);
      }
      return builder.build();
    }
  }
}
