package io.peermatch.core.internal.preferences;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.candidates.Prepared;
import io.peermatch.core.internal.problem.SkillMatrix;
import io.peermatch.core.kernel.SolveControl;
import io.peermatch.core.kernel.stable.StableMarriageInstance;
import io.peermatch.core.kernel.stable.StableMarriageMatching;
import io.peermatch.core.kernel.stable.StableRoommatesInstance;

/**
 * Preference lists derived from scores: turns the candidate graph of a matching problem into a
 * stable marriage instance (two-sided) or a stable roommates instance (one pool) in which every
 * person ranks their candidates by their <em>own</em> view of the pair.
 *
 * <p><b>Acceptability.</b> Only edges of the candidate graph with positive weight are acceptable,
 * and each such edge is listed by both of its ends, so acceptability is symmetric and every hard
 * constraint (already applied by the graph) holds.
 *
 * <p><b>Own views</b>, with {@code soft(a, b)} the pair's soft-preference terms (edge weight minus
 * relevance), which both ends see alike:
 *
 * <ul>
 *   <li>a mentee (right) {@code b} values mentor {@code a} by how well the mentor covers its gaps:
 *       {@code offers(a)·seeks(b) + soft};
 *   <li>a mentor (left) {@code a} values mentee {@code b} by how much of what it offers the mentee
 *       seeks, as a share of its own offer mass: {@code Σ_s min(offers(a)[s], seeks(b)[s]) / Σ_s
 *       offers(a)[s] + soft} (0 + soft when the mentor offers nothing). A mentee who seeks a skill
 *       beyond the mentor's level counts only up to that level. The division by the mentor's own
 *       mass does not change the mentor's order (it is constant along one list); it only makes the
 *       number a share in [0, 1]. The overlap uses {@code min}, not the product of {@code t1}, on
 *       purpose: any view of the form {@code t1 · f(a) · g(b)} (for example {@code t1 / Σ
 *       offers(a)} or {@code t1 / Σ seeks(b)}) makes both sides rank by one common pair value, and
 *       such instances always have exactly one stable matching (nothing would be left for the
 *       egalitarian, minimum-regret and balanced strategies to choose);
 *   <li>in a pool, {@code x} values {@code y} by what it would learn plus half of what it can
 *       teach: {@code offers(y)·seeks(x) + TEACHING_WEIGHT · offers(x)·seeks(y) + soft}. With equal
 *       weights both ends would see the same number and the pool would always have exactly the
 *       greedy stable matching; learning counts more because it is why people ask to be matched.
 * </ul>
 *
 * <p>These views use the skill vectors directly, whatever the problem's scoring: the scoring
 * decides which pairs are acceptable (through the graph) and breaks ties, not how each side ranks.
 *
 * <p><b>Ties</b> in a person's own view are broken by the pair weight (higher first), then by a
 * seeded hash of (problem seed, ranker, candidate) (SplitMix64 finaliser; lower first), then by the
 * candidate's vertex (lower first): the order of {@link OwnViewOrder}, which {@link
 * OwnViewStability} shares. Views are compared exactly as computed in double precision, so a
 * rounding difference between two mathematically equal views decides before the weight does. The
 * lists are therefore strict and the same for the same problem and seed.
 *
 * <p><b>Agents.</b> Left agent {@code l} is graph vertex {@code l}; right agent {@code r} is vertex
 * {@code leftCount + r}; roommates agent {@code a} is vertex {@code a}. Capacities of a marriage
 * instance are the graph's, cut to the length of the person's list (a larger one cannot bind); a
 * roommates instance is one-to-one (the stable roommates problem is), so a pool capacity above 1 is
 * used only up to 1. Running time O(E·s + E log d) for E edges, skill-vector lengths s and degrees
 * d.
 */
public final class ScorePreferences {

  /** The weight of what a person can teach relative to what they would learn, in a pool. */
  public static final double TEACHING_WEIGHT = OwnViewOrder.TEACHING_WEIGHT;

  private ScorePreferences() {}

  /**
   * A stable marriage instance derived from a bipartite candidate graph.
   *
   * @param instance the derived instance (left agents = left vertices, right agents = right
   *     vertices shifted by {@code graph.leftCount()})
   * @param graph the graph it was derived from
   */
  public record Marriage(StableMarriageInstance instance, CandidateGraph graph) {

    /** The graph vertex of left agent {@code l}. */
    public int leftVertex(int l) {
      return l;
    }

    /** The graph vertex of right agent {@code r}. */
    public int rightVertex(int r) {
      return graph.leftCount() + r;
    }

    /** The edge ids of the matching's pairs, by left then right agent. */
    public int[] edges(StableMarriageMatching m) {
      int[] edges = new int[m.size()];
      int k = 0;
      for (int l = 0; l < m.leftCount(); l++) {
        for (int r : m.leftPartners(l)) {
          edges[k++] = graph.edgeBetween(leftVertex(l), rightVertex(r));
        }
      }
      return edges;
    }

    /** The matching made of the given edges of the graph (the inverse of {@link #edges}). */
    public StableMarriageMatching matchingOf(int[] edges) {
      int[] l = new int[edges.length];
      int[] r = new int[edges.length];
      for (int i = 0; i < edges.length; i++) {
        l[i] = graph.u(edges[i]);
        r[i] = graph.v(edges[i]) - graph.leftCount();
      }
      return StableMarriageMatching.ofPairs(graph.leftCount(), graph.rightCount(), l, r);
    }
  }

  /**
   * A stable roommates instance derived from a general candidate graph.
   *
   * @param instance the derived instance (agent = vertex)
   * @param graph the graph it was derived from
   */
  public record Roommates(StableRoommatesInstance instance, CandidateGraph graph) {

    /** The edge ids of the pairs of a mate array (-1 = unmatched), in vertex order. */
    public int[] edges(int[] mate) {
      int c = 0;
      for (int a = 0; a < mate.length; a++) {
        if (mate[a] > a) {
          c++;
        }
      }
      int[] edges = new int[c];
      c = 0;
      for (int a = 0; a < mate.length; a++) {
        if (mate[a] > a) {
          edges[c++] = graph.edgeBetween(a, mate[a]);
        }
      }
      return edges;
    }

    /** The mate array of the given edges (-1 = unmatched; the inverse of {@link #edges}). */
    public int[] matesOf(int[] edges) {
      int[] mate = new int[graph.vertexCount()];
      java.util.Arrays.fill(mate, -1);
      for (int e : edges) {
        mate[graph.u(e)] = graph.v(e);
        mate[graph.v(e)] = graph.u(e);
      }
      return mate;
    }
  }

  /**
   * The stable marriage instance of a two-sided problem's candidate graph.
   *
   * @param graph a bipartite candidate graph of {@code prepared} (the full one or a residual one:
   *     vertex numbering must be the compiled problem's)
   * @param prepared the problem, for skill vectors and the seed
   * @throws IllegalArgumentException if the graph is not bipartite
   */
  public static Marriage marriage(CandidateGraph graph, Prepared prepared) {
    return marriage(graph, prepared, SolveControl.none());
  }

  /** The progress phase of deriving preferences. */
  public static final String PHASE = "preferences";

  /**
   * As {@link #marriage(CandidateGraph, Prepared)}, honouring {@code control}.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static Marriage marriage(CandidateGraph graph, Prepared prepared, SolveControl control) {
    if (!graph.isBipartite()) {
      throw new IllegalArgumentException(
          "a stable marriage instance needs a two-sided problem but the graph is one pool");
    }
    SkillMatrix offers = prepared.compiled().offers();
    SkillMatrix seeks = prepared.compiled().seeks();
    int m = graph.edgeCount();
    double[] uView = new double[m];
    double[] vView = new double[m];
    double[] offerMass = OwnViewOrder.offerMasses(offers, graph.vertexCount());
    for (int e = 0; e < m; e++) {
      tick(control, e, m);
      if (graph.weight(e) <= 0) {
        continue;
      }
      int a = graph.u(e);
      int b = graph.v(e);
      double soft = graph.weight(e) - graph.relevance(e);
      double t1 = offers.dot(a, seeks, b);
      uView[e] = OwnViewOrder.mentorView(overlap(offers, a, seeks, b), offerMass[a], soft);
      vView[e] = OwnViewOrder.menteeView(t1, soft);
    }
    int[][] lists = lists(graph, uView, vView, prepared.seed(), control);
    int nl = graph.leftCount();
    int nr = graph.rightCount();
    int[][] left = new int[nl][];
    int[][] right = new int[nr][];
    int[] leftCap = new int[nl];
    int[] rightCap = new int[nr];
    for (int l = 0; l < nl; l++) {
      left[l] = lists[l];
      for (int k = 0; k < left[l].length; k++) {
        left[l][k] -= nl;
      }
      leftCap[l] = effectiveCapacity(graph.capacity(l), left[l].length);
    }
    for (int r = 0; r < nr; r++) {
      right[r] = lists[nl + r];
      rightCap[r] = effectiveCapacity(graph.capacity(nl + r), right[r].length);
    }
    StableMarriageInstance instance =
        StableMarriageInstance.builder(left, right)
            .leftCapacities(leftCap)
            .rightCapacities(rightCap)
            .build(control);
    return new Marriage(instance, graph);
  }

  /**
   * The stable roommates instance of a one-pool problem's candidate graph.
   *
   * @param graph a general candidate graph of {@code prepared}
   * @param prepared the problem, for skill vectors and the seed
   * @throws IllegalArgumentException if the graph is bipartite
   */
  public static Roommates roommates(CandidateGraph graph, Prepared prepared) {
    return roommates(graph, prepared, SolveControl.none());
  }

  /**
   * As {@link #roommates(CandidateGraph, Prepared)}, honouring {@code control}.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static Roommates roommates(CandidateGraph graph, Prepared prepared, SolveControl control) {
    if (graph.isBipartite()) {
      throw new IllegalArgumentException(
          "a stable roommates instance needs a one-pool problem but the graph is two-sided");
    }
    SkillMatrix offers = prepared.compiled().offers();
    SkillMatrix seeks = prepared.compiled().seeks();
    int m = graph.edgeCount();
    double[] uView = new double[m];
    double[] vView = new double[m];
    for (int e = 0; e < m; e++) {
      tick(control, e, m);
      if (graph.weight(e) <= 0) {
        continue;
      }
      int a = graph.u(e);
      int b = graph.v(e);
      double soft = graph.weight(e) - graph.relevance(e);
      double aLearns = offers.dot(b, seeks, a);
      double bLearns = offers.dot(a, seeks, b);
      uView[e] = OwnViewOrder.poolView(aLearns, bLearns, soft);
      vView[e] = OwnViewOrder.poolView(bLearns, aLearns, soft);
    }
    return new Roommates(
        StableRoommatesInstance.of(lists(graph, uView, vView, prepared.seed(), control), control),
        graph);
  }

  /**
   * A capacity above the number of acceptable partners can never bind, so it is cut to that number
   * (at least 1): the stable matchings stay the same, and more instances have capacities above 1 on
   * one side only, which the lattice strategies need.
   */
  private static int effectiveCapacity(int capacity, int acceptable) {
    return Math.max(1, Math.min(capacity, acceptable));
  }

  /**
   * {@code Σ_s min(x[i][s], y[j][s])} over the skills both rows hold: a merge of two sorted rows.
   */
  private static double overlap(SkillMatrix x, int i, SkillMatrix y, int j) {
    double sum = 0.0;
    int a = x.start(i);
    int aEnd = x.end(i);
    int b = y.start(j);
    int bEnd = y.end(j);
    while (a < aEnd && b < bEnd) {
      int sa = x.skill(a);
      int sb = y.skill(b);
      if (sa == sb) {
        sum += Math.min(x.level(a++), y.level(b++));
      } else if (sa < sb) {
        a++;
      } else {
        b++;
      }
    }
    return sum;
  }

  /**
   * Each vertex's acceptable neighbours (positive-weight edges), best first by its own view ({@code
   * uView[e]} for the smaller end u of edge e, {@code vView[e]} for v), ties as documented.
   */
  /** A check every 4,096 steps, with progress {@code 0.5 · i / n} (the first half: the views). */
  private static void tick(SolveControl control, int i, int n) {
    if ((i & 0xFFF) == 0) {
      control.check(PHASE);
      control.progress(PHASE, 0.5 * i / n);
    }
  }

  private static int[][] lists(
      CandidateGraph graph, double[] uView, double[] vView, long seed, SolveControl control) {
    int n = graph.vertexCount();
    int[][] lists = new int[n][];
    int maxDegree = 0;
    for (int x = 0; x < n; x++) {
      maxDegree = Math.max(maxDegree, graph.degree(x));
    }
    double[] view = new double[maxDegree];
    double[] weight = new double[maxDegree];
    int[] other = new int[maxDegree];
    int[] order = new int[maxDegree];
    int[] scratch = new int[maxDegree];
    for (int x = 0; x < n; x++) {
      if ((x & 0x3FF) == 0) {
        control.check(PHASE);
        control.progress(PHASE, 0.5 + 0.5 * x / n);
      }
      int d = 0;
      for (int k = graph.adjacencyStart(x); k < graph.adjacencyEnd(x); k++) {
        int e = graph.adjacentEdge(k);
        if (graph.weight(e) <= 0) {
          continue;
        }
        int y = graph.other(e, x);
        view[d] = graph.u(e) == x ? uView[e] : vView[e];
        weight[d] = graph.weight(e);
        other[d] = y;
        order[d] = d;
        d++;
      }
      mergeSort(order, scratch, 0, d, view, weight, other, seed, x);
      int[] list = new int[d];
      for (int i = 0; i < d; i++) {
        list[i] = other[order[i]];
      }
      lists[x] = list;
    }
    return lists;
  }

  /** Whether candidate i ranks strictly before candidate j in ranker x's list. */
  private static boolean before(
      int i, int j, double[] view, double[] weight, int[] other, long seed, int x) {
    return OwnViewOrder.before(seed, x, other[i], view[i], weight[i], other[j], view[j], weight[j]);
  }

  /** Sorts {@code a[from..to)} (candidate slots of ranker x) by the own-view order; stable. */
  private static void mergeSort(
      int[] a,
      int[] tmp,
      int from,
      int to,
      double[] view,
      double[] weight,
      int[] other,
      long seed,
      int x) {
    if (to - from < 2) {
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, tmp, from, mid, view, weight, other, seed, x);
    mergeSort(a, tmp, mid, to, view, weight, other, seed, x);
    int i = from;
    int j = mid;
    int k = from;
    while (i < mid && j < to) {
      tmp[k++] = before(a[j], a[i], view, weight, other, seed, x) ? a[j++] : a[i++];
    }
    while (i < mid) {
      tmp[k++] = a[i++];
    }
    while (j < to) {
      tmp[k++] = a[j++];
    }
    System.arraycopy(tmp, from, a, from, to - from);
  }
}
