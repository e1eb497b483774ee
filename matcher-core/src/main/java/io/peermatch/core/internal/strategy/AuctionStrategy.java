package io.peermatch.core.internal.strategy;

import io.peermatch.api.Diagnostic;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.MatchingStatus;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.candidates.Prepared;
import io.peermatch.core.kernel.KernelResult;
import io.peermatch.core.kernel.SolveControl;
import io.peermatch.core.kernel.bipartite.AuctionBipartiteMatching;
import io.peermatch.core.kernel.bipartite.BipartiteMatchingResult;
import io.peermatch.core.kernel.bipartite.DenseBipartiteMatching;
import io.peermatch.core.kernel.bipartite.ExactBipartiteMatching;
import java.util.List;

/**
 * The {@code auction} strategy: Bertsekas' ε-scaled auction ({@link AuctionBipartiteMatching}) for
 * very large one-to-one two-sided problems. With ε = 10⁻³ · (heaviest weight) / (smaller side), the
 * matching is within {@code 10⁻³} of the heaviest pair's weight of the optimum; the proven {@code
 * upper_bound} and {@code gap_bound} are reported in the diagnostics ({@link
 * Diagnostic.UpperBound}; pinned pairs are fixed before the auction, and the bound adds their
 * weight, so that it bounds {@link io.peermatch.api.Matching#objective()}).
 *
 * <p><b>Deadline.</b> When the deadline passes the auction stops between two bids and the strategy
 * returns its assignment so far (status {@link MatchingStatus#DEADLINE_REACHED}) with the bound of
 * the prices reached, which stays proven.
 *
 * <p><b>Kernel by shape.</b> On a graph whose edges fill at least {@value #DENSE_MIN_FILL} of the
 * pairs (capacity 1 on at least one side, see {@link ExactBipartiteMatching#denseFill}), the exact
 * {@link DenseBipartiteMatching} answers instead: its answer is optimal, so {@code gap_bound} is 0
 * and {@code epsilon} 0. Measured on square random graphs with weights uniform in {@code [1, 10^6]}
 * (CPU time, 500 to 2,000 per side): the auction at this strategy's epsilon is about 15 % faster
 * than the exact sparse kernel, so it crosses the dense kernel later, near fill 0.5; at fill 0.7
 * the dense kernel takes 0.7–0.85 of the auction's time and at 1 (complete) 0.5–0.6.
 */
public final class AuctionStrategy extends GraphStrategy {

  /** The registry name. */
  public static final String NAME = "auction";

  /** The least share of the pairs that positive edges must fill for the exact dense kernel. */
  public static final double DENSE_MIN_FILL = 0.6;

  /** With the given candidate options. */
  public AuctionStrategy(CandidateOptions options) {
    super(NAME, options);
  }

  @Override
  public boolean supports(MatchingProblem.Kind kind) {
    return kind == MatchingProblem.Kind.TWO_SIDED;
  }

  @Override
  protected String unsupportedMessage(MatchingProblem.Kind kind) {
    return super.unsupportedMessage(kind) + "; use suitor or max-weight for one pool";
  }

  @Override
  protected KernelResult solve(CandidateGraph graph, Prepared prepared, SolveControl control) {
    // The pinned pairs are fixed outside the kernel: the bound adds their weight.
    return solve(graph, prepared.graph().totalWeight(prepared.pinnedEdges()), control);
  }

  /**
   * The auction on {@code graph}, with ε chosen as in the class comment. Capacities on one side are
   * handled by cloning that side's vertices (a vertex of capacity c becomes c copies), which is
   * exact when the other side has capacity 1; capacities above 1 on both sides are refused.
   *
   * @throws IllegalArgumentException if both sides have a capacity above 1
   */
  public static KernelResult solve(CandidateGraph graph) {
    return solve(graph, SolveControl.none());
  }

  /**
   * As {@link #solve(CandidateGraph)}, honouring {@code control}: at the deadline, the assignment
   * so far with status {@link MatchingStatus#DEADLINE_REACHED} and the bound of the prices reached
   * (still proven).
   *
   * @throws IllegalArgumentException if both sides have a capacity above 1
   */
  public static KernelResult solve(CandidateGraph graph, SolveControl control) {
    return solve(graph, 0.0, control);
  }

  private static KernelResult solve(CandidateGraph graph, double pinned, SolveControl control) {
    if (ExactBipartiteMatching.denseFill(graph) >= DENSE_MIN_FILL) {
      BipartiteMatchingResult r = DenseBipartiteMatching.solve(graph, control);
      double bound = Math.max(r.dualObjective(graph.capacities()), r.weight());
      return new KernelResult(
          r.edges(),
          MatchingStatus.OK,
          r.augmentations(),
          List.of(
              new Diagnostic.UpperBound(
                  pinned + bound, bound - r.weight(), Diagnostic.UpperBound.Method.EXACT_DUAL),
              new Diagnostic.Figure("epsilon", 0.0)));
    }
    boolean leftUnit = unit(graph, 0, graph.leftCount());
    boolean rightUnit = unit(graph, graph.leftCount(), graph.vertexCount());
    if (!leftUnit && !rightUnit) {
      throw new IllegalArgumentException(
          "the auction needs capacity 1 on at least one side; use max-weight for capacities on"
              + " both sides");
    }
    boolean allOne = true;
    for (int x = 0; x < graph.vertexCount() && allOne; x++) {
      allOne = graph.capacity(x) == 1;
    }
    Clones clones = allOne ? null : Clones.of(graph, !leftUnit, control);
    CandidateGraph g = clones == null ? graph : clones.graph;
    double heaviest = 0.0;
    for (int e = 0; e < g.edgeCount(); e++) {
      heaviest = Math.max(heaviest, g.weight(e));
    }
    int side = Math.max(1, Math.min(g.leftCount(), g.rightCount()));
    double epsilon = heaviest > 0 ? 1e-3 * heaviest / side : 1.0;
    AuctionBipartiteMatching.Result r = AuctionBipartiteMatching.solve(g, epsilon, control);
    int[] edges = r.edges();
    if (clones != null) {
      for (int i = 0; i < edges.length; i++) {
        edges[i] = clones.original[edges[i]];
      }
    }
    return new KernelResult(
        edges,
        r.deadlineReached() ? MatchingStatus.DEADLINE_REACHED : MatchingStatus.OK,
        r.bids(),
        List.of(
            new Diagnostic.UpperBound(
                pinned + r.upperBound(), r.gapBound(), Diagnostic.UpperBound.Method.AUCTION_PRICES),
            new Diagnostic.Figure("epsilon", epsilon)));
  }

  private static boolean unit(CandidateGraph graph, int from, int to) {
    for (int x = from; x < to; x++) {
      if (graph.usableCapacity(x) != 1) {
        return false;
      }
    }
    return true;
  }

  /** One side's vertices cloned by capacity, and each cloned edge's original id. */
  private record Clones(CandidateGraph graph, int[] original) {

    static Clones of(CandidateGraph graph, boolean cloneLeft, SolveControl control) {
      int left = graph.leftCount();
      int n = graph.vertexCount();
      int from = cloneLeft ? 0 : left;
      int to = cloneLeft ? left : n;
      // New numbering: the cloned side's copies in order of their vertex, the other side as is.
      int[] firstCopy = new int[n + 1];
      int next = 0;
      for (int x = 0; x < n; x++) {
        firstCopy[x] = next;
        // A vertex uses at most its degree: a capacity of 10^8 must not make 10^8 copies.
        next += x >= from && x < to ? graph.usableCapacity(x) : 1;
      }
      firstCopy[n] = next;
      int newLeft = firstCopy[left];
      CandidateGraphBuilder b = CandidateGraphBuilder.bipartite(newLeft, next - newLeft);
      for (int e = 0; e < graph.edgeCount(); e++) {
        int x = cloneLeft ? graph.u(e) : graph.v(e);
        for (int c = 0; c < graph.usableCapacity(x); c++) {
          int u = cloneLeft ? firstCopy[graph.u(e)] + c : firstCopy[graph.u(e)];
          int v = cloneLeft ? firstCopy[graph.v(e)] : firstCopy[graph.v(e)] + c;
          b.addEdge(u, v, graph.weight(e), graph.relevance(e));
        }
      }
      // The builder sorts edges by (u, v); map each back by its original ends.
      CandidateGraph cloned = b.build(control);
      int[] back = new int[cloned.edgeCount()];
      for (int k = 0; k < cloned.edgeCount(); k++) {
        int u = cloned.u(k);
        int v = cloned.v(k);
        int ou = originalVertex(firstCopy, u);
        int ov = originalVertex(firstCopy, v);
        back[k] = graph.edgeBetween(ou, ov);
      }
      return new Clones(cloned, back);
    }

    private static int originalVertex(int[] firstCopy, int copy) {
      int lo = 0;
      int hi = firstCopy.length - 2;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (firstCopy[mid] <= copy) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }
  }
}
