package io.peermatch.core.kernel.general;

/**
 * A dual solution of the maximum-weight matching linear program of a general graph (Edmonds'
 * blossom description), which proves a matching optimal when {@link GeneralMatchingChecker} accepts
 * the two together.
 *
 * <p>Layout, all primitive arrays: {@code vertexDuals[v]} is y<sub>v</sub>; the blossoms are a CSR
 * list: blossom {@code i} has the member vertices {@code blossomMembers[k]} for {@code k} in {@code
 * [blossomOffsets[i], blossomOffsets[i + 1])} (an odd number of at least three distinct vertices)
 * and the dual {@code blossomDuals[i]} = z<sub>B</sub>. The program is: maximise &Sigma;
 * w<sub>e</sub> x<sub>e</sub>; its dual minimises &Sigma; y<sub>v</sub> + &Sigma; z<sub>B</sub>
 * (|B| - 1) / 2 subject to y &ge; 0, z &ge; 0 and y<sub>u</sub> + y<sub>v</sub> + &Sigma;<sub>B
 * &ni; u, v</sub> z<sub>B</sub> &ge; w<sub>uv</sub> for every edge.
 *
 * <p>The arrays are shared, not copied: treat them as read-only.
 */
public final class GeneralDualCertificate {

  private final double[] vertexDuals;
  private final int[] blossomOffsets;
  private final int[] blossomMembers;
  private final double[] blossomDuals;

  /**
   * A certificate from its arrays; {@code blossomOffsets} has one more entry than {@code
   * blossomDuals} and starts at 0.
   */
  public GeneralDualCertificate(
      double[] vertexDuals, int[] blossomOffsets, int[] blossomMembers, double[] blossomDuals) {
    if (blossomOffsets.length != blossomDuals.length + 1 || blossomOffsets[0] != 0) {
      throw new IllegalArgumentException(
          "blossom offsets must start at 0 and have one more entry than the "
              + blossomDuals.length
              + " blossom duals but had "
              + blossomOffsets.length);
    }
    if (blossomOffsets[blossomDuals.length] != blossomMembers.length) {
      throw new IllegalArgumentException(
          "the last blossom offset must be the member count "
              + blossomMembers.length
              + " but was "
              + blossomOffsets[blossomDuals.length]);
    }
    this.vertexDuals = vertexDuals;
    this.blossomOffsets = blossomOffsets;
    this.blossomMembers = blossomMembers;
    this.blossomDuals = blossomDuals;
  }

  /** y<sub>v</sub> for every vertex. */
  public double[] vertexDuals() {
    return vertexDuals;
  }

  /** The CSR offsets of the blossoms' member lists. */
  public int[] blossomOffsets() {
    return blossomOffsets;
  }

  /** The member vertices of all blossoms, blossom after blossom. */
  public int[] blossomMembers() {
    return blossomMembers;
  }

  /** z<sub>B</sub> for every blossom. */
  public double[] blossomDuals() {
    return blossomDuals;
  }

  /** The number of blossoms. */
  public int blossomCount() {
    return blossomDuals.length;
  }

  /** The dual objective &Sigma; y<sub>v</sub> + &Sigma; z<sub>B</sub> (|B| - 1) / 2. */
  public double objective() {
    double sum = 0.0;
    for (double y : vertexDuals) {
      sum += y;
    }
    for (int i = 0; i < blossomDuals.length; i++) {
      sum += blossomDuals[i] * ((blossomOffsets[i + 1] - blossomOffsets[i] - 1) / 2);
    }
    return sum;
  }
}
