package io.peermatch.benchmarks.grouping;

import io.peermatch.api.MatchingProblem;
import io.peermatch.benchmarks.Organisations;
import io.peermatch.core.PeerMatch;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.kernel.grouping.GroupingInstance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/** The seeded grouping instances of the benchmarks and reports. */
public final class GroupingInstances {

  private GroupingInstances() {}

  /**
   * RanReal-like MDGP values (as in MDGPLIB): every pairwise value i.i.d. uniform in [0, 100),
   * rounded to 6 decimals, from a {@link SplittableRandom} with this seed (not the same numbers as
   * {@code mdgp_instance.py}, which uses numpy; {@link #readMatrix} reads those).
   */
  public static double[] ranReal(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] w = new double[n * n];
    for (int u = 0; u < n; u++) {
      for (int v = u + 1; v < n; v++) {
        double x = Math.round(r.nextDouble() * 100e6) / 1e6;
        w[u * n + v] = x;
        w[v * n + u] = x;
      }
    }
    return w;
  }

  /**
   * A dense matrix written by {@code ../shared/peers/mdgp_instance.py} ({@code PREFIX.matrix.txt}:
   * n rows of n whitespace- or comma-separated numbers).
   */
  public static double[] readMatrix(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.US_ASCII);
    String[] tokens = text.trim().split("[\\s,]+");
    int n = (int) Math.round(Math.sqrt(tokens.length));
    if ((long) n * n != tokens.length) {
      throw new IllegalArgumentException(
          file + ": " + tokens.length + " numbers is not an n x n matrix");
    }
    double[] w = new double[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      w[i] = Double.parseDouble(tokens[i]);
    }
    return w;
  }

  /** The source of a sparse instance. */
  public enum Source {
    /**
     * People of {@link io.peermatch.core.synthetic.SyntheticOrganisation} in one pool (never the
     * same team, mutual exchange): the candidate pairs of the default candidate graph, valued by
     * their weight (about 28 values per person).
     */
    ORGANISATION,
    /**
     * Seeded random values with community structure: every item draws {@code 16} partners, 70 % of
     * them in its block of 50 consecutive items and 30 % anywhere; values uniform in [0, 1).
     */
    RANDOM
  }

  /** A sparse instance of {@code n} items in groups of {@code size}. */
  public static GroupingInstance sparse(Source source, int n, int size) {
    return source == Source.ORGANISATION
        ? organisation(n, size)
        : randomCommunities(n, 16, size, Organisations.SEED);
  }

  /** The candidate graph of a synthetic organisation's one pool, as pair values. */
  public static GroupingInstance organisation(int n, int size) {
    MatchingProblem problem = Organisations.peers(n);
    CandidateGraph g = PeerMatch.prepare(problem).candidateGraph();
    int m = g.edgeCount();
    int[] us = new int[m];
    int[] vs = new int[m];
    double[] ws = new double[m];
    for (int e = 0; e < m; e++) {
      us[e] = g.u(e);
      vs[e] = g.v(e);
      ws[e] = g.weight(e);
    }
    return GroupingInstance.sparse(g.vertexCount(), us, vs, ws).groupsOf(size).build();
  }

  /** Writes the stored pairs of a sparse instance (n, m, then u, v, value per pair). */
  public static void writePairs(GroupingInstance instance, Path file) throws IOException {
    int n = instance.itemCount();
    try (java.io.DataOutputStream out =
        new java.io.DataOutputStream(
            new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
      out.writeInt(n);
      out.writeLong(instance.storedPairCount());
      for (int u = 0; u < n; u++) {
        int[] partners = instance.partners(u);
        double[] values = instance.partnerValues(u);
        for (int i = 0; i < partners.length; i++) {
          if (partners[i] > u) {
            out.writeInt(u);
            out.writeInt(partners[i]);
            out.writeDouble(values[i]);
          }
        }
      }
    }
  }

  /** Reads pairs written by {@link #writePairs} into an instance of groups of {@code size}. */
  public static GroupingInstance readPairs(Path file, int size) throws IOException {
    try (java.io.DataInputStream in =
        new java.io.DataInputStream(
            new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
      int n = in.readInt();
      int m = (int) in.readLong();
      int[] us = new int[m];
      int[] vs = new int[m];
      double[] ws = new double[m];
      for (int i = 0; i < m; i++) {
        us[i] = in.readInt();
        vs[i] = in.readInt();
        ws[i] = in.readDouble();
      }
      return GroupingInstance.sparse(n, us, vs, ws).groupsOf(size).build();
    }
  }

  /** See {@link Source#RANDOM}; duplicate draws are dropped (about {@code n degree / 2} pairs). */
  public static GroupingInstance randomCommunities(int n, int degree, int size, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] keys = new long[(int) ((long) n * degree / 2)];
    for (int i = 0; i < keys.length; ) {
      int u = r.nextInt(n);
      int v = r.nextDouble() < 0.7 ? (u / 50) * 50 + r.nextInt(50) : r.nextInt(n);
      if (v < n && v != u) {
        keys[i++] = ((long) Math.min(u, v) << 32) | Math.max(u, v);
      }
    }
    Arrays.sort(keys);
    int k = 0;
    for (int i = 0; i < keys.length; i++) {
      if (k == 0 || keys[i] != keys[k - 1]) {
        keys[k++] = keys[i];
      }
    }
    int[] us = new int[k];
    int[] vs = new int[k];
    double[] ws = new double[k];
    for (int i = 0; i < k; i++) {
      us[i] = (int) (keys[i] >>> 32);
      vs[i] = (int) keys[i];
      ws[i] = r.nextDouble();
    }
    return GroupingInstance.sparse(n, us, vs, ws).groupsOf(size).build();
  }
}
