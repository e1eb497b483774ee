package io.peermatch.core.kernel.stable;

import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;

/**
 * A stable roommates instance (one pool) on raw ranked lists, validated and stored in CSR form.
 *
 * <p>Agents are {@code 0 .. n-1}; {@code prefs[a]} lists other agents, best first. An empty list is
 * valid. A pair is acceptable only if BOTH agents list each other: one-sided entries are dropped
 * when the instance is built.
 *
 * <p><b>Ties.</b> Optional ranks per list position ({@link #of(int[][], int[][])}, equal ranks tie,
 * non-decreasing along a list) or tie groups ({@link #fromTieGroups}). After cleaning, the rank of
 * an entry is its competition rank (the number of strictly better entries). Irving's algorithm
 * needs strict lists; with ties, deciding whether a weakly stable matching exists is NP-complete
 * (Ronn 1990), while super-stable and strongly stable ones are found in polynomial time (Irving and
 * Manlove 2002; Scott 2005), kernels this package does not have yet. {@link StabilityChecker}
 * counts the blocking pairs of each kind ({@link Stability}) for any matching.
 *
 * <p>Validation fails with {@link IllegalArgumentException} naming the agent, the position and the
 * value: an id out of range, an id ranked twice, an agent ranking itself. Building is O(total list
 * length). Immutable and thread-safe.
 */
public final class StableRoommatesInstance {

  final int n;
  final int[] start;
  final int[] list;

  /** Competition rank per position, or null when every list is strict (rank = offset). */
  final int[] rank;

  private StableRoommatesInstance(int n, int[] start, int[] list, int[] rank) {
    this.n = n;
    this.start = start;
    this.list = list;
    this.rank = rank;
  }

  /** Validates and builds a strict instance (the arrays are copied). */
  public static StableRoommatesInstance of(int[][] prefs) {
    return of(prefs, null, SolveControl.none());
  }

  /**
   * As {@link #of(int[][])}, checking {@code control} every few thousand agents.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static StableRoommatesInstance of(int[][] prefs, SolveControl control) {
    return of(prefs, null, control);
  }

  /**
   * Validates and builds an instance with ties: {@code ranks[a][k]} is the rank of the k-th entry
   * of {@code prefs[a]}, non-decreasing along the list; equal ranks tie. Null ranks: strict lists.
   */
  public static StableRoommatesInstance of(int[][] prefs, int[][] ranks) {
    return of(prefs, ranks, SolveControl.none());
  }

  /**
   * As {@link #of(int[][], int[][])}, checking {@code control} every few thousand agents.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static StableRoommatesInstance of(int[][] prefs, int[][] ranks, SolveControl control) {
    if (prefs == null) {
      throw new IllegalArgumentException("preference lists must not be null");
    }
    int n = prefs.length;
    long total = 0;
    int[] stamp = new int[n];
    for (int a = 0; a < n; a++) {
      if ((a & 0xFFF) == 0) {
        control.check(StableMarriageInstance.PHASE);
      }
      int[] l = prefs[a];
      if (l == null) {
        throw new IllegalArgumentException("preference list must not be null for agent " + a);
      }
      for (int k = 0; k < l.length; k++) {
        int b = l[k];
        if (b < 0 || b >= n) {
          throw new IllegalArgumentException(
              "agent id must be in [0, "
                  + n
                  + ") but was "
                  + b
                  + " at position "
                  + k
                  + " of agent "
                  + a);
        }
        if (b == a) {
          throw new IllegalArgumentException(
              "an agent must not rank itself but agent " + a + " does at position " + k);
        }
        if (stamp[b] == a + 1) {
          int first = 0;
          while (l[first] != b) {
            first++;
          }
          throw new IllegalArgumentException(
              "agent "
                  + b
                  + " must be ranked at most once but is ranked twice by agent "
                  + a
                  + " (positions "
                  + first
                  + " and "
                  + k
                  + ")");
        }
        stamp[b] = a + 1;
      }
      total += l.length;
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("total list length must be below 2^31 but was " + total);
    }
    // Transpose: who lists a. Then keep b in a's list only if b lists a.
    int[] tStart = new int[n + 1];
    for (int[] l : prefs) {
      for (int b : l) {
        tStart[b + 1]++;
      }
    }
    for (int a = 0; a < n; a++) {
      tStart[a + 1] += tStart[a];
    }
    int[] listedBy = new int[tStart[n]];
    int[] fill = Arrays.copyOf(tStart, n);
    for (int a = 0; a < n; a++) {
      if ((a & 0xFFF) == 0) {
        control.check(StableMarriageInstance.PHASE);
      }
      for (int b : prefs[a]) {
        listedBy[fill[b]++] = a;
      }
    }
    Arrays.fill(stamp, 0);
    validateRanks(prefs, ranks);
    int[] start = new int[n + 1];
    int[] list = new int[(int) total];
    int[] rank = ranks == null ? null : new int[(int) total];
    boolean tie = false;
    int pos = 0;
    for (int a = 0; a < n; a++) {
      if ((a & 0xFFF) == 0) {
        control.check(StableMarriageInstance.PHASE);
      }
      start[a] = pos;
      for (int k = tStart[a]; k < tStart[a + 1]; k++) {
        stamp[listedBy[k]] = a + 1;
      }
      int groupStart = pos;
      int previous = -1;
      for (int k = 0; k < prefs[a].length; k++) {
        int b = prefs[a][k];
        if (stamp[b] == a + 1) {
          if (rank != null) {
            if (previous >= 0 && ranks[a][k] != ranks[a][previous]) {
              groupStart = pos;
            }
            rank[pos] = groupStart - start[a];
            tie |= groupStart != pos;
            previous = k;
          }
          list[pos++] = b;
        }
      }
    }
    start[n] = pos;
    return new StableRoommatesInstance(
        n,
        start,
        pos == list.length ? list : Arrays.copyOf(list, pos),
        tie ? Arrays.copyOf(rank, pos) : null);
  }

  /**
   * An instance from tie groups: {@code groups[a]} lists agent a's groups best first, each group
   * the agents a ranks equally (the notation {@code ["x", ["y", "z"], "w"]} is {@code {{x}, {y, z},
   * {w}}}).
   */
  public static StableRoommatesInstance fromTieGroups(int[][][] groups) {
    int[][][] flat = TieGroups.flatten(groups, "agent");
    return of(flat[0], flat[1]);
  }

  private static void validateRanks(int[][] prefs, int[][] ranks) {
    if (ranks == null) {
      return;
    }
    if (ranks.length != prefs.length) {
      throw new IllegalArgumentException(
          "ranks must have one row per agent (" + prefs.length + ") but had " + ranks.length);
    }
    for (int a = 0; a < ranks.length; a++) {
      int[] r = ranks[a];
      if (r == null || r.length != prefs[a].length) {
        throw new IllegalArgumentException(
            "ranks must have one entry per list position for agent "
                + a
                + " ("
                + prefs[a].length
                + ") but had "
                + (r == null ? "null" : String.valueOf(r.length)));
      }
      for (int k = 1; k < r.length; k++) {
        if (r[k] < r[k - 1]) {
          throw new IllegalArgumentException(
              "ranks must be non-decreasing along a list but agent "
                  + a
                  + " has rank "
                  + r[k]
                  + " at position "
                  + k
                  + " after rank "
                  + r[k - 1]);
        }
      }
    }
  }

  /** The number of agents. */
  public int size() {
    return n;
  }

  /** The cleaned list of agent {@code a} (mutually acceptable agents, best first). */
  public int[] list(int a) {
    return Arrays.copyOfRange(list, start[a], start[a + 1]);
  }

  /** The number of acceptable pairs. */
  public int acceptablePairCount() {
    return list.length / 2;
  }

  /** The 0-based competition rank of the entry at offset {@code k} of agent a's list. */
  public int rankAt(int a, int k) {
    return rank == null ? k : rank[start[a] + k];
  }

  /** Whether some cleaned list has two entries of equal rank. */
  public boolean hasTies() {
    return rank != null;
  }
}
