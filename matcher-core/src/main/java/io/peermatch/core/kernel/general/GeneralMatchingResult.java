package io.peermatch.core.kernel.general;

/**
 * A matching of a general graph as edge ids, its total weight, and (for exact kernels) the dual
 * certificate that proves it optimal. The arrays are shared, not copied: treat them as read-only.
 */
public final class GeneralMatchingResult {

  private final int[] edges;
  private final int[] mate;
  private final double weight;
  private final GeneralDualCertificate certificate;
  private final double upperBound;
  private final boolean deadlineReached;

  GeneralMatchingResult(
      int[] edges, int[] mate, double weight, GeneralDualCertificate certificate) {
    this(edges, mate, weight, certificate, Double.NaN);
  }

  GeneralMatchingResult(
      int[] edges,
      int[] mate,
      double weight,
      GeneralDualCertificate certificate,
      double upperBound) {
    this(edges, mate, weight, certificate, upperBound, false);
  }

  GeneralMatchingResult(
      int[] edges,
      int[] mate,
      double weight,
      GeneralDualCertificate certificate,
      double upperBound,
      boolean deadlineReached) {
    this.edges = edges;
    this.mate = mate;
    this.weight = weight;
    this.certificate = certificate;
    this.upperBound = upperBound;
    this.deadlineReached = deadlineReached;
  }

  /** This result marked as stopped by a deadline. */
  GeneralMatchingResult stoppedAtDeadline() {
    return new GeneralMatchingResult(edges, mate, weight, certificate, upperBound, true);
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

  /**
   * A proven upper bound on the weight of every matching of the graph (for approximations that
   * compute one, see {@link FractionalCoverUpperBound}), or NaN when none was computed.
   */
  public double upperBound() {
    return upperBound;
  }

  /**
   * Whether a deadline stopped the kernel before it finished: the matching is feasible and a
   * certificate or bound, where present, still holds, but the kernel's usual guarantee does not.
   */
  public boolean deadlineReached() {
    return deadlineReached;
  }

  /** The number of matched edges. */
  public int size() {
    return edges.length;
  }
}
