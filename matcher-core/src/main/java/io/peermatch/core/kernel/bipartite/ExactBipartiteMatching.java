package io.peermatch.core.kernel.bipartite;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.kernel.SolveControl;

/**
 * Exact maximum-weight b-matching of a bipartite {@link CandidateGraph}, with the kernel chosen by
 * the graph's shape: what the {@code max-weight} strategy and {@code peermatch solve --problem
 * assignment --strategy max-weight} run.
 *
 * <p><b>Rule.</b> {@link Kernel#DENSE} ({@link DenseBipartiteMatching}, Jonker–Volgenant on the
 * matrix) when at most one side has capacities above 1, the matrix of unit copies has at most
 * {@value #DENSE_MAX_ENTRIES} entries (256 MiB), and the edges fill at least {@link
 * #DENSE_MIN_FILL} of the pairs; {@link Kernel#SPARSE} ({@link
 * SuccessiveShortestPathBipartiteMatching}, with its auction fast path for one-to-one integer
 * instances) otherwise. The fill threshold is measured on {@code KernelChoiceBenchmark}'s instances
 * (square random graphs, each pair an edge with probability {@code fill}, weights uniform integers
 * in {@code [1, 10^6]}) in CPU time of the solving thread, best of four to five runs in one JVM,
 * because JMH's single shots on the shared machine scattered too widely to place a crossover (they
 * agree within their error): the dense kernel's time hardly depends on the fill (500 per side: 3–10
 * ms; 2,000: 64–85 ms of CPU), while the sparse kernel's grows with the edges (2,000 per side: 20
 * ms at fill 0.1, 89 ms at 0.5, 174 ms at 1); the two cross at fill 0.3 for 500 and 1,000 per side
 * and 0.45 for 2,000, and complete graphs go 2.2–2.5 times faster dense. Between 0.3 and 0.5 either
 * kernel is within 40 % of the other.
 *
 * <p><b>Guarantee.</b> Optimal, with the dual certificate of {@link BipartiteMatchingResult} that
 * {@link MaximumWeightBipartiteMatchingChecker} verifies, whichever kernel ran. Both kernels are
 * deterministic, so the choice (a function of the graph alone) is too.
 */
public final class ExactBipartiteMatching {

  /** The kernels that the rule chooses from. */
  public enum Kernel {
    /** {@link DenseBipartiteMatching}. */
    DENSE,
    /** {@link SuccessiveShortestPathBipartiteMatching}. */
    SPARSE
  }

  /** The largest matrix (unit copies, padded to a square) solved densely. */
  public static final long DENSE_MAX_ENTRIES = 1L << 25;

  /** The least share of the matrix that positive edges must fill for the dense kernel. */
  public static final double DENSE_MIN_FILL = 0.4;

  private ExactBipartiteMatching() {}

  /** The kernel that {@link #solve} runs on {@code graph}. */
  public static Kernel choose(CandidateGraph graph) {
    return denseFill(graph) >= DENSE_MIN_FILL ? Kernel.DENSE : Kernel.SPARSE;
  }

  /**
   * The share of the {@code left x right} pairs that are edges, or -1 when the dense kernel cannot
   * take the graph (capacities above 1 on both sides, or a matrix above {@link
   * #DENSE_MAX_ENTRIES}). O(n): edges of weight 0 or below count too (they are rare, and an entry
   * of 0 in the matrix costs the dense kernel the same).
   */
  public static double denseFill(CandidateGraph graph) {
    long entries = DenseBipartiteMatching.matrixEntries(graph);
    if (entries <= 0 || entries > DENSE_MAX_ENTRIES) {
      return -1.0;
    }
    return (double) graph.edgeCount() / ((double) graph.leftCount() * graph.rightCount());
  }

  /**
   * A maximum-weight b-matching of {@code graph} with its dual certificate.
   *
   * @throws IllegalArgumentException if the graph is not bipartite
   */
  public static BipartiteMatchingResult solve(CandidateGraph graph) {
    return solve(graph, SolveControl.none());
  }

  /** As {@link #solve(CandidateGraph)}, honouring {@code control} in whichever kernel runs. */
  public static BipartiteMatchingResult solve(CandidateGraph graph, SolveControl control) {
    if (!graph.isBipartite()) {
      throw new IllegalArgumentException("graph must be bipartite but was " + graph);
    }
    return choose(graph) == Kernel.DENSE
        ? DenseBipartiteMatching.solve(graph, control)
        : SuccessiveShortestPathBipartiteMatching.solve(graph, control);
  }
}
