package io.peermatch.core.kernel.bipartite;

/**
 * A weighted bipartite (b-)matching with its dual certificate: what the exact kernels return and
 * what {@link MaximumWeightBipartiteMatchingChecker} verifies.
 *
 * <p>The dual is that of the b-matching linear program {@code max sum w_e x_e} subject to {@code
 * sum_{e at x} x_e <= cap_x} and {@code 0 <= x_e <= 1}: a potential {@code y_x >= 0} per vertex and
 * {@code z_e >= 0} per edge with {@code y_u + y_v + z_e >= w_e}. Only matched edges can have {@code
 * z_e > 0}, so {@link #edgePotentials()} is parallel to {@link #edges()}: {@code
 * edgePotentials()[k]} belongs to edge {@code edges()[k]}, and every other edge has {@code z = 0}.
 * With all capacities 1 the {@code z} are all zero.
 *
 * <p>Immutable: the accessors return copies.
 */
public final class BipartiteMatchingResult {

  private final int[] edges;
  private final double weight;
  private final double[] vertexPotentials;
  private final double[] edgePotentials;
  private final int searches;
  private final int augmentations;
  private final long scannedVertices;

  BipartiteMatchingResult(
      int[] edges,
      double weight,
      double[] vertexPotentials,
      double[] edgePotentials,
      int searches,
      int augmentations,
      long scannedVertices) {
    this.edges = edges;
    this.weight = weight;
    this.vertexPotentials = vertexPotentials;
    this.edgePotentials = edgePotentials;
    this.searches = searches;
    this.augmentations = augmentations;
    this.scannedVertices = scannedVertices;
  }

  /** The matched edge ids, ascending. */
  public int[] edges() {
    return edges.clone();
  }

  /** The number of matched edges. */
  public int size() {
    return edges.length;
  }

  /** The total weight of the matched edges. */
  public double weight() {
    return weight;
  }

  /** The dual potentials {@code y}, indexed by vertex; all non-negative. */
  public double[] vertexPotentials() {
    return vertexPotentials.clone();
  }

  /** The dual potentials {@code z} of the matched edges, parallel to {@link #edges()}. */
  public double[] edgePotentials() {
    return edgePotentials.clone();
  }

  /**
   * The dual objective {@code sum cap_x y_x + sum z_e}: an upper bound on any matching's weight.
   */
  public double dualObjective(int[] capacities) {
    double sum = 0.0;
    for (int x = 0; x < vertexPotentials.length; x++) {
      sum += capacities[x] * vertexPotentials[x];
    }
    for (double z : edgePotentials) {
      sum += z;
    }
    return sum;
  }

  /**
   * How many shortest-path searches ran; this and the other counters are 0 when the auction path of
   * {@link SuccessiveShortestPathBipartiteMatching} answered.
   */
  public int searches() {
    return searches;
  }

  /** How many augmenting paths or cycles were applied after the warm start. */
  public int augmentations() {
    return augmentations;
  }

  /** How many vertices the searches settled in total: the work done beyond the warm start. */
  public long scannedVertices() {
    return scannedVertices;
  }

  @Override
  public String toString() {
    return "matching of "
        + edges.length
        + " edges with weight "
        + weight
        + " after "
        + searches
        + " searches";
  }
}
