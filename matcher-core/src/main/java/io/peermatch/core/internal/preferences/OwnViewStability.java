package io.peermatch.core.internal.preferences;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.control.Parallel;
import io.peermatch.core.internal.problem.SkillMatrix;
import io.peermatch.core.kernel.SolveControl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * Blocking pairs and partner ranks of a matching under everyone's own view of a pair: the values
 * that {@link io.peermatch.core.kernel.stable.StabilityChecker} gives on the instance {@link
 * ScorePreferences} derives, computed without building the preference lists, with the same views
 * and order ({@link OwnViewOrder}).
 *
 * <p>The derived lists are strict total orders (own view descending, then pair weight descending,
 * then a seeded SplitMix64 hash ascending, then the candidate's vertex), so a person's rank of a
 * partner is 1 + the number of candidates that come strictly before the partner, and a person wants
 * a candidate iff they have a free slot or the candidate comes before their worst partner. Both are
 * decided by comparing candidates with that order, never sorting. After the partners' views are
 * computed, one pass over the edges computes both ends' views of each edge from one scan of the far
 * end's skill row (the near end's rows are scattered by skill, and the builder's edges come grouped
 * by their smaller end), compares them with each end's partners and counts the edge as blocking
 * when both ends want it. The views are the very expressions {@code ScorePreferences} evaluates,
 * term by term in the same order, so every comparison and value is identical; {@code
 * OwnViewStabilityProperties} pins that against the checker on random instances.
 *
 * <p>The edge pass runs in fixed chunks of edges on this thread and helpers of the common fork-join
 * pool, each with its own counts; the results are sums of counts, so they do not depend on the
 * number of threads. Running time O(E·s + Σ_e p(e)) for E edges, skill-vector lengths s and p(e)
 * partners at the ends of edge e; memory O(V + S + T·P) for V people, S skills, T threads and P
 * matched pairs, plus one bit per edge. Acceptable pairs are the edges of positive weight, and only
 * matched pairs on such edges count, as in {@code Evaluation}. Capacities: two-sided, the graph's
 * cut to the number of acceptable partners (at least 1), as {@code ScorePreferences} cuts them; one
 * pool, 1 (the caller skips pools with larger capacities).
 */
public final class OwnViewStability {

  /** The four own-view values. */
  public record Report(long blockingPairs, long cost, int rankMax, int size) {

    /** Mean 1-based rank over both ends of every counted pair; 0 when there are none. */
    public double rankMean() {
      return size == 0 ? 0.0 : (double) cost / (2.0 * size);
    }
  }

  /** Edges per chunk of the parallel pass. */
  private static final int CHUNK = 1 << 16;

  private final CandidateGraph graph;
  private final SkillMatrix offers;
  private final SkillMatrix seeks;
  private final long seed;
  private final boolean bipartite;
  private final double[] offerMass;
  private final int skills;

  // Per vertex: first partner slot << 32 | partners << 1 | 1 if the person has a free slot. The
  // worst partner, when there is no free slot, is moved to the first slot.
  private long[] info;
  // Per slot i: [2i] the raw bits of the person's view of the partner, [2i + 1] the partner edge;
  // side by side so that one cache line serves both.
  private long[] slot;
  private long[] matched;

  private OwnViewStability(CandidateGraph graph, SkillMatrix offers, SkillMatrix seeks, long seed) {
    this.graph = graph;
    this.offers = offers;
    this.seeks = seeks;
    this.seed = seed;
    this.bipartite = graph.isBipartite();
    this.offerMass = bipartite ? OwnViewOrder.offerMasses(offers, graph.vertexCount()) : null;
    this.skills = Math.max(skillCount(offers), skillCount(seeks));
  }

  /**
   * The own-view report of the matching made of {@code matchedEdges} (edge ids of positive weight).
   *
   * @throws IllegalArgumentException if an edge repeats or a person has more partners than their
   *     capacity (as the checker would reject it)
   */
  public static Report of(
      CandidateGraph graph, SkillMatrix offers, SkillMatrix seeks, long seed, int[] matchedEdges) {
    return of(
        graph,
        offers,
        seeks,
        seed,
        matchedEdges,
        SolveControl.none(),
        ForkJoinPool.getCommonPoolParallelism() + 1);
  }

  /** The progress phase of the pass (evaluation). */
  public static final String PHASE = "evaluate";

  /**
   * As {@link #of(CandidateGraph, SkillMatrix, SkillMatrix, long, int[])}, the pass over the edges
   * split over {@code threads} threads (the calling one included, helpers on the executor of {@code
   * control}), honouring its interrupt and deadline.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static Report of(
      CandidateGraph graph,
      SkillMatrix offers,
      SkillMatrix seeks,
      long seed,
      int[] matchedEdges,
      SolveControl control,
      int threads) {
    OwnViewStability s = new OwnViewStability(graph, offers, seeks, seed);
    s.control = control;
    s.threads = threads;
    return s.report(matchedEdges);
  }

  private SolveControl control = SolveControl.none();
  private int threads = 1;

  private Report report(int[] matchedEdges) {
    int n = graph.vertexCount();
    int m = graph.edgeCount();
    matched = new long[(m + 63) >>> 6];
    int[] start = new int[n + 1];
    for (int e : matchedEdges) {
      if (get(matched, e)) {
        throw new IllegalArgumentException(
            "matching pairs " + graph.u(e) + " with " + graph.v(e) + " twice");
      }
      set(matched, e);
      start[graph.u(e) + 1]++;
      start[graph.v(e) + 1]++;
    }
    for (int x = 0; x < n; x++) {
      start[x + 1] += start[x];
    }
    int slots = start[n];
    int[] fill = Arrays.copyOf(start, n);
    slot = new long[2 * slots];
    Scanner views = new Scanner(0);
    for (int e : matchedEdges) {
      views.computeViews(e);
      int su = fill[graph.u(e)]++;
      slot[2 * su] = Double.doubleToRawLongBits(views.uView);
      slot[2 * su + 1] = e;
      int sv = fill[graph.v(e)]++;
      slot[2 * sv] = Double.doubleToRawLongBits(views.vView);
      slot[2 * sv + 1] = e;
    }
    // Acceptable partners: the degree less the edges of weight <= 0, which are rare, so that the
    // pass over the edges reads the weights in order and touches few vertices.
    int[] acceptable = new int[n];
    for (int x = 0; x < n; x++) {
      acceptable[x] = graph.degree(x);
    }
    for (int e = 0; e < m; e++) {
      if (graph.weight(e) <= 0) {
        acceptable[graph.u(e)]--;
        acceptable[graph.v(e)]--;
      }
    }
    info = new long[n];
    for (int x = 0; x < n; x++) {
      int p = start[x + 1] - start[x];
      int capacity = bipartite ? Math.max(1, Math.min(graph.capacity(x), acceptable[x])) : 1;
      if (p > capacity) {
        throw new IllegalArgumentException(
            "matching exceeds capacity "
                + capacity
                + " of vertex "
                + x
                + " with "
                + p
                + " partners");
      }
      if (p == capacity) {
        int w = start[x];
        for (int i = start[x] + 1; i < start[x + 1]; i++) {
          if (before(x, edgeAt(w), viewAt(w), edgeAt(i), viewAt(i))) {
            w = i;
          }
        }
        swapSlots(start[x], w);
      }
      info[x] = (long) start[x] << 32 | (long) p << 1 | (p < capacity ? 1 : 0);
    }
    Scanner[] scanners = scan(m, slots);
    long blocking = 0;
    long cost = 0;
    int rankMax = 0;
    for (int i = 0; i < slots; i++) {
      int before = 0;
      for (Scanner s : scanners) {
        before += s.before[i];
      }
      int rank = before + 1;
      cost += rank;
      rankMax = Math.max(rankMax, rank);
    }
    for (Scanner s : scanners) {
      blocking += s.blocking;
    }
    return new Report(blocking, cost, rankMax, matchedEdges.length);
  }

  /**
   * Runs the edge pass in chunks claimed by this thread and by helpers ({@link Parallel}); every
   * result is a sum of counts, so it does not depend on who ran which chunk.
   */
  private Scanner[] scan(int m, int slots) {
    int chunks = Math.max(1, (m + CHUNK - 1) / CHUNK);
    List<Scanner> scanners = Collections.synchronizedList(new ArrayList<>());
    Parallel.forEach(
        chunks,
        threads,
        control,
        PHASE,
        () -> {
          Scanner scanner = new Scanner(slots);
          scanners.add(scanner);
          return (k, stop) -> scanner.scan(k * CHUNK, (int) Math.min(m, (long) (k + 1) * CHUNK));
        });
    return scanners.toArray(new Scanner[0]);
  }

  /** Edges whose other ends' rows are loaded together before their views are computed. */
  private static final int WARM = 16;

  /** One worker's state: scattered rows, the views of the current edge, its counts. */
  private final class Scanner {
    // The rows of one vertex scattered by skill id, valid where the stamp equals that vertex + 1,
    // so that a view of an edge reads only the other end's row.
    private final double[] scatteredOffers = new double[skills];
    private final double[] scatteredSeeks = new double[skills];
    private final int[] offerStamp = new int[skills];
    private final int[] seekStamp = new int[skills];
    private int scattered = -1;
    private double uView;
    private double vView;
    // before[i]: candidates (in this worker's chunks) strictly before the partner in slot i.
    private final int[] before;
    private long blocking;

    /** Never read: the sum of what {@link #warm} loaded, so that its loads stay. */
    @SuppressWarnings("unused")
    private long warmSum;

    Scanner(int slots) {
      this.before = new int[slots];
    }

    void scan(int from, int to) {
      for (int batch = from; batch < to; batch += WARM) {
        int end = Math.min(to, batch + WARM);
        warm(batch, end);
        scanBatch(batch, end);
      }
    }

    /**
     * Loads what the views of edges {@code from .. to-1} read at their other ends (the row bounds,
     * the first entry of each row, the partners' info) before any view is computed. The edges come
     * in order of their smaller end, so the other ends lie all over the rows: one wait for main
     * memory per edge when each view loads them itself, and the waits overlap when one pass loads
     * them all. The sum only keeps the loads from being dropped.
     */
    private void warm(int from, int to) {
      long sum = 0;
      for (int e = from; e < to; e++) {
        int v = graph.v(e);
        sum += info[v];
        int o = offers.start(v);
        int s = seeks.start(v);
        if (o < offers.end(v)) {
          sum += offers.skill(o);
        }
        if (s < seeks.end(v)) {
          sum += seeks.skill(s);
        }
      }
      warmSum += sum;
    }

    private void scanBatch(int from, int to) {
      for (int e = from; e < to; e++) {
        if (graph.weight(e) <= 0) {
          continue;
        }
        int u = graph.u(e);
        int v = graph.v(e);
        long uInfo = info[u];
        long vInfo = info[v];
        boolean uWants = true;
        boolean vWants = true;
        if (partners(uInfo) > 0 || partners(vInfo) > 0) {
          computeViews(e);
          if (partners(uInfo) > 0) {
            uWants = compare(u, uInfo, e, uView);
          }
          if (partners(vInfo) > 0) {
            vWants = compare(v, vInfo, e, vView);
          }
        }
        if (uWants && vWants && !get(matched, e)) {
          blocking++;
        }
      }
    }

    /**
     * Counts the candidate across edge e (x's view ve) against each of x's partners, and tells
     * whether x wants it: x has a free slot or it comes before x's worst partner (the first slot).
     * A partner compared with itself is not before itself.
     */
    private boolean compare(int x, long xInfo, int e, double ve) {
      int first = (int) (xInfo >>> 32);
      int end = first + partners(xInfo);
      boolean wants = (xInfo & 1) != 0;
      for (int i = first; i < end; i++) {
        if (before(x, e, ve, edgeAt(i), viewAt(i))) {
          before[i]++;
          if (i == first) {
            wants = true;
          }
        }
      }
      return wants;
    }

    /**
     * Sets {@link #uView} and {@link #vView} to the two ends' own views of edge e, exactly as
     * {@code ScorePreferences} computes them: the same terms added in the same (ascending skill)
     * order, the same products (offer level times seek level) and the same final expressions.
     */
    void computeViews(int e) {
      int a = graph.u(e);
      int b = graph.v(e);
      if (scattered != a) {
        scatter(a);
      }
      int stamp = a + 1;
      double soft = graph.weight(e) - graph.relevance(e);
      if (bipartite) {
        // Both views read seeks(b): the mentor's overlap with it and the mentee's coverage by a.
        double overlap = 0.0;
        double t1 = 0.0;
        for (int k = seeks.start(b); k < seeks.end(b); k++) {
          int s = seeks.skill(k);
          if (offerStamp[s] == stamp) {
            overlap += Math.min(scatteredOffers[s], seeks.level(k));
            t1 += scatteredOffers[s] * seeks.level(k);
          }
        }
        uView = OwnViewOrder.mentorView(overlap, offerMass[a], soft);
        vView = OwnViewOrder.menteeView(t1, soft);
        return;
      }
      // aLearns = offers(b)·seeks(a); bLearns = offers(a)·seeks(b).
      double aLearns = 0.0;
      for (int k = offers.start(b); k < offers.end(b); k++) {
        int s = offers.skill(k);
        if (seekStamp[s] == stamp) {
          aLearns += offers.level(k) * scatteredSeeks[s];
        }
      }
      double bLearns = 0.0;
      for (int k = seeks.start(b); k < seeks.end(b); k++) {
        int s = seeks.skill(k);
        if (offerStamp[s] == stamp) {
          bLearns += scatteredOffers[s] * seeks.level(k);
        }
      }
      uView = OwnViewOrder.poolView(aLearns, bLearns, soft);
      vView = OwnViewOrder.poolView(bLearns, aLearns, soft);
    }

    private void scatter(int x) {
      int stamp = x + 1;
      for (int k = offers.start(x); k < offers.end(x); k++) {
        scatteredOffers[offers.skill(k)] = offers.level(k);
        offerStamp[offers.skill(k)] = stamp;
      }
      for (int k = seeks.start(x); k < seeks.end(x); k++) {
        scatteredSeeks[seeks.skill(k)] = seeks.level(k);
        seekStamp[seeks.skill(k)] = stamp;
      }
      scattered = x;
    }
  }

  private static int partners(long info) {
    return (int) info >>> 1;
  }

  private int edgeAt(int i) {
    return (int) slot[2 * i + 1];
  }

  private double viewAt(int i) {
    return Double.longBitsToDouble(slot[2 * i]);
  }

  private void swapSlots(int i, int j) {
    for (int k = 0; k < 2; k++) {
      long t = slot[2 * i + k];
      slot[2 * i + k] = slot[2 * j + k];
      slot[2 * j + k] = t;
    }
  }

  /**
   * Whether, for ranker x, the candidate across edge e (own view ve) comes strictly before the
   * candidate across edge f (own view vf): the order of {@code ScorePreferences}' lists.
   */
  private boolean before(int x, int e, double ve, int f, double vf) {
    if (ve != vf) {
      return ve > vf; // the common case, decided before reading the weights and the far ends
    }
    return OwnViewOrder.before(
        seed, x, graph.other(e, x), ve, graph.weight(e), graph.other(f, x), vf, graph.weight(f));
  }

  private static int skillCount(SkillMatrix matrix) {
    int max = -1;
    for (int k = 0; k < matrix.entries(); k++) {
      max = Math.max(max, matrix.skill(k));
    }
    return max + 1;
  }

  private static boolean get(long[] bits, int i) {
    return (bits[i >>> 6] & (1L << i)) != 0;
  }

  private static void set(long[] bits, int i) {
    bits[i >>> 6] |= 1L << i;
  }
}
