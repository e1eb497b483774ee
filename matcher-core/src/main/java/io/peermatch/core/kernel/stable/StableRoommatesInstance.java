package io.peermatch.core.kernel.stable;

import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;

/**
 * A stable roommates instance (one pool) on raw ranked lists, validated and stored in CSR form.
 *
 * <p>Agents are {@code 0 .. n-1}; {@code prefs[a]} lists other agents, best first, strictly (ties
 * are not supported: stable roommates with ties is NP-complete, Ronn 1990). An empty list is valid.
 * A pair is acceptable only if BOTH agents list each other: one-sided entries are dropped when the
 * instance is built.
 *
 * <p>Validation fails with {@link IllegalArgumentException} naming the agent, the position and the
 * value: an id out of range, an id ranked twice, an agent ranking itself. Building is O(total list
 * length). Immutable and thread-safe.
 */
public final class StableRoommatesInstance {

  final int n;
  final int[] start;
  final int[] list;

  private StableRoommatesInstance(int n, int[] start, int[] list) {
    this.n = n;
    this.start = start;
    this.list = list;
  }

  /** Validates and builds the instance (the arrays are copied). */
  public static StableRoommatesInstance of(int[][] prefs) {
    return of(prefs, SolveControl.none());
  }

  /**
   * As {@link #of(int[][])}, checking {@code control} every few thousand agents.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static StableRoommatesInstance of(int[][] prefs, SolveControl control) {
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
    int[] start = new int[n + 1];
    int[] list = new int[(int) total];
    int pos = 0;
    for (int a = 0; a < n; a++) {
      if ((a & 0xFFF) == 0) {
        control.check(StableMarriageInstance.PHASE);
      }
      start[a] = pos;
      for (int k = tStart[a]; k < tStart[a + 1]; k++) {
        stamp[listedBy[k]] = a + 1;
      }
      for (int b : prefs[a]) {
        if (stamp[b] == a + 1) {
          list[pos++] = b;
        }
      }
    }
    start[n] = pos;
    return new StableRoommatesInstance(
        n, start, pos == list.length ? list : Arrays.copyOf(list, pos));
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
}
