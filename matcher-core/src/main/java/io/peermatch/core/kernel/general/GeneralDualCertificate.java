package io.peermatch.core.kernel.general;

/**
 * A dual solution of the maximum-weight matching linear program of a general graph (Edmonds'
 * blossom description), which proves a matching optimal when {@link GeneralMatchingChecker} accepts
 * the two together.
 *
 * <p>The program is: maximise &Sigma; w<sub>e</sub> x<sub>e</sub>; its dual minimises &Sigma;
 * y<sub>v</sub> + &Sigma; z<sub>B</sub> (|B| - 1) / 2 subject to y &ge; 0, z &ge; 0 and
 * y<sub>u</sub> + y<sub>v</sub> + &Sigma;<sub>B &ni; u, v</sub> z<sub>B</sub> &ge; w<sub>uv</sub>
 * for every edge. {@code vertexDuals[v]} is y<sub>v</sub> and {@code blossomDuals[i]} =
 * z<sub>B_i</sub>. The blossoms (odd sets of at least three vertices) come in one of two layouts,
 * all primitive arrays:
 *
 * <ul>
 *   <li><b>member lists</b> ({@link #GeneralDualCertificate(double[], int[], int[], double[])}): a
 *       CSR list, blossom {@code i} has the member vertices {@code blossomMembers[k]} for {@code k}
 *       in {@code [blossomOffsets[i], blossomOffsets[i + 1])}; any family of sets;
 *   <li><b>laminar</b> ({@link #laminar}): the blossoms form a nested family, given as a forest:
 *       {@code vertexBlossom[v]} is the innermost blossom containing {@code v} (or -1) and {@code
 *       blossomParent[i]} the innermost blossom strictly containing blossom {@code i} (or -1), with
 *       every parent numbered after its children. This is what the blossom algorithm produces, and
 *       its size is O(n) however deep the nesting; member lists of deeply nested blossoms can reach
 *       O(n<sup>2</sup>) entries (127 million for 100,000 vertices with 20 random edges each), so
 *       {@link #blossomOffsets()} and {@link #blossomMembers()} are then built only when asked for.
 * </ul>
 *
 * <p>The arrays are shared, not copied: treat them as read-only. Thread-safe.
 */
public final class GeneralDualCertificate {

  private final double[] vertexDuals;
  private final double[] blossomDuals;
  private final int[] vertexBlossom;
  private final int[] blossomParent;
  private final int[] blossomSizes;
  private int[] blossomOffsets;
  private int[] blossomMembers;

  /**
   * A certificate from member lists; {@code blossomOffsets} has one more entry than {@code
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
    this.vertexBlossom = null;
    this.blossomParent = null;
    this.blossomSizes = new int[blossomDuals.length];
    for (int i = 0; i < blossomDuals.length; i++) {
      blossomSizes[i] = blossomOffsets[i + 1] - blossomOffsets[i];
    }
  }

  private GeneralDualCertificate(
      double[] vertexDuals,
      int[] vertexBlossom,
      int[] blossomParent,
      int[] blossomSizes,
      double[] blossomDuals) {
    this.vertexDuals = vertexDuals;
    this.vertexBlossom = vertexBlossom;
    this.blossomParent = blossomParent;
    this.blossomSizes = blossomSizes;
    this.blossomDuals = blossomDuals;
  }

  /**
   * A certificate whose blossoms are nested, given as a forest (see the class comment).
   *
   * @param vertexBlossom per vertex, the innermost blossom containing it, or -1
   * @param blossomParent per blossom, the innermost blossom strictly containing it, or -1; every
   *     parent's index is larger than its child's
   * @throws IllegalArgumentException if an index is out of range or a parent does not come after
   *     its child
   */
  public static GeneralDualCertificate laminar(
      double[] vertexDuals, int[] vertexBlossom, int[] blossomParent, double[] blossomDuals) {
    int k = blossomDuals.length;
    if (vertexBlossom.length != vertexDuals.length || blossomParent.length != k) {
      throw new IllegalArgumentException(
          "expected one innermost blossom per vertex ("
              + vertexDuals.length
              + ") and one parent per blossom ("
              + k
              + ") but had "
              + vertexBlossom.length
              + " and "
              + blossomParent.length);
    }
    int[] sizes = new int[k];
    for (int v = 0; v < vertexBlossom.length; v++) {
      int b = vertexBlossom[v];
      if (b < -1 || b >= k) {
        throw new IllegalArgumentException(
            "innermost blossom must be in [-1, " + k + ") but was " + b + " for vertex " + v);
      }
      if (b >= 0) {
        sizes[b]++;
      }
    }
    for (int b = 0; b < k; b++) {
      int p = blossomParent[b];
      if (p != -1 && (p <= b || p >= k)) {
        throw new IllegalArgumentException(
            "blossom parent must be -1 or in (" + b + ", " + k + ") but was " + p + " for " + b);
      }
      if (p >= 0) {
        sizes[p] += sizes[b];
      }
    }
    return new GeneralDualCertificate(
        vertexDuals, vertexBlossom, blossomParent, sizes, blossomDuals);
  }

  /** Whether the blossoms are given as a nested family ({@link #laminar}). */
  public boolean isLaminar() {
    return vertexBlossom != null;
  }

  /** Per vertex, the innermost blossom containing it or -1; null unless {@link #isLaminar()}. */
  public int[] vertexBlossoms() {
    return vertexBlossom;
  }

  /** Per blossom, the innermost blossom strictly containing it or -1; null unless laminar. */
  public int[] blossomParents() {
    return blossomParent;
  }

  /** The number of vertices in blossom {@code b}. */
  public int blossomSize(int b) {
    return blossomSizes[b];
  }

  /** y<sub>v</sub> for every vertex. */
  public double[] vertexDuals() {
    return vertexDuals;
  }

  /** The CSR offsets of the blossoms' member lists (built on first use for a laminar family). */
  public synchronized int[] blossomOffsets() {
    materialise();
    return blossomOffsets;
  }

  /**
   * The member vertices of all blossoms, blossom after blossom (built on first use for a laminar
   * family: as many entries as the blossoms' sizes add up to).
   */
  public synchronized int[] blossomMembers() {
    materialise();
    return blossomMembers;
  }

  private void materialise() {
    if (blossomMembers != null) {
      return;
    }
    int k = blossomDuals.length;
    int[] offsets = new int[k + 1];
    for (int b = 0; b < k; b++) {
      offsets[b + 1] = offsets[b] + blossomSizes[b];
    }
    int[] members = new int[offsets[k]];
    int[] fill = java.util.Arrays.copyOf(offsets, k);
    for (int v = 0; v < vertexBlossom.length; v++) {
      for (int b = vertexBlossom[v]; b >= 0; b = blossomParent[b]) {
        members[fill[b]++] = v;
      }
    }
    blossomOffsets = offsets;
    blossomMembers = members;
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
      sum += blossomDuals[i] * ((blossomSizes[i] - 1) / 2);
    }
    return sum;
  }
}
