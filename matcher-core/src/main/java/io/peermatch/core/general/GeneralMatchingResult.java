package io.peermatch.core.general;

/**
 * A matching of a general graph as edge ids, its total weight, and (for exact kernels) the dual
 * certificate that proves it optimal. The arrays are shared, not copied: treat them as read-only.
 */
public final class GeneralMatchingResult {

  private final int[] edges;
  private final int[] mate;
  private final double weight;
  private final GeneralDualCertificate certificate;

  GeneralMatchingResult(
      int[] edges, int[] mate, double weight, GeneralDualCertificate certificate) {
    this.edges = edges;
    this.mate = mate;
    this.weight = weight;
    this.certificate = certificate;
  }

  /** The matched edge ids, ascending. */
  public int[] edges() {
    return edges;
  }

  /** The partner of every vertex, or -1 when unmatched; null for a b-matching (capacities). */
  public int[] mate() {
    return mate;
  }

  /** The total weight of the matched edges. */
  public double weight() {
    return weight;
  }

  /** The dual certificate of optimality, or null for an approximation. */
  public GeneralDualCertificate certificate() {
    return certificate;
  }

  /** The number of matched edges. */
  public int size() {
    return edges.length;
  }
}
