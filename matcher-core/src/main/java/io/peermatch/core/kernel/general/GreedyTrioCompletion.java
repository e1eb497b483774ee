package io.peermatch.core.kernel.general;

import io.peermatch.core.graph.CandidateGraph;
import java.util.Arrays;

/**
 * Trio completion for one-pool matchings (coffee groups of three when the count is odd, or when
 * hard constraints leave people out): each person left unmatched joins an existing pair.
 *
 * <p>Rule: person x may join pair (a, b) only if both x-a and x-b are candidate edges (so every two
 * people in a trio form an allowed pair); x then adds w(x, a) + w(x, b). Each pair takes at most
 * one extra person. Among all allowed (person, pair) options, the heaviest added weight is taken
 * first (ties: smaller person, then smaller pair vertex), greedily; this is a 1/2-approximation of
 * the best assignment of people to pairs, and optimal when each unmatched person's options are
 * disjoint (the usual case of a single odd person). People with no allowed pair stay unmatched.
 * Running time O(&Sigma;<sub>x unmatched</sub> deg(x) log &Delta; + k log k) for k options.
 * Deterministic.
 */
public final class GreedyTrioCompletion {

  private final int[][] trios;
  private final double[] addedWeight;
  private final int[] unplaced;

  private GreedyTrioCompletion(int[][] trios, double[] addedWeight, int[] unplaced) {
    this.trios = trios;
    this.addedWeight = addedWeight;
    this.unplaced = unplaced;
  }

  /** The trios as {a, b, x}: the pair (a &lt; b) and the person who joined it. */
  public int[][] trios() {
    return trios;
  }

  /** w(x, a) + w(x, b) for every trio, in the same order. */
  public double[] addedWeight() {
    return addedWeight;
  }

  /** The people still unmatched, ascending. */
  public int[] unplaced() {
    return unplaced;
  }

  /**
   * Completes a matching of {@code graph} given as {@code mate} (partner per vertex, or -1).
   *
   * @throws IllegalArgumentException if {@code mate} is not a symmetric matching of graph edges
   */
  public static GreedyTrioCompletion complete(CandidateGraph graph, int[] mate) {
    int n = graph.vertexCount();
    if (mate.length != n) {
      throw new IllegalArgumentException("expected " + n + " mates but got " + mate.length);
    }
    for (int v = 0; v < n; v++) {
      int p = mate[v];
      if (p >= 0 && (p >= n || mate[p] != v || graph.edgeBetween(v, p) < 0)) {
        throw new IllegalArgumentException(
            "mate must be a symmetric matching of graph edges but vertex " + v + " has " + p);
      }
    }
    int cap = 16;
    int[] person = new int[cap];
    int[] pairLow = new int[cap];
    double[] gain = new double[cap];
    int k = 0;
    for (int x = 0; x < n; x++) {
      if (mate[x] >= 0) {
        continue;
      }
      for (int i = graph.adjacencyStart(x); i < graph.adjacencyEnd(x); i++) {
        int e = graph.adjacentEdge(i);
        int a = graph.other(e, x);
        int b = mate[a];
        if (b < 0 || a > b) {
          continue; // each pair is seen once, from its smaller vertex
        }
        int f = graph.edgeBetween(x, b);
        if (f < 0) {
          continue;
        }
        if (k == cap) {
          cap *= 2;
          person = Arrays.copyOf(person, cap);
          pairLow = Arrays.copyOf(pairLow, cap);
          gain = Arrays.copyOf(gain, cap);
        }
        person[k] = x;
        pairLow[k] = a;
        gain[k] = graph.weight(e) + graph.weight(f);
        k++;
      }
    }
    // Sort option indices by gain descending, then person, then pair (boxing-free merge sort).
    int[] order = new int[k];
    for (int i = 0; i < k; i++) {
      order[i] = i;
    }
    final int[] px = person;
    final int[] pl = pairLow;
    final double[] gn = gain;
    order =
        sort(
            order,
            (i, j) -> {
              int c = Double.compare(gn[j], gn[i]);
              if (c != 0) {
                return c;
              }
              c = Integer.compare(px[i], px[j]);
              return c != 0 ? c : Integer.compare(pl[i], pl[j]);
            });
    boolean[] placed = new boolean[n];
    boolean[] pairTaken = new boolean[n];
    int[][] trios = new int[k][];
    double[] added = new double[k];
    int t = 0;
    for (int idx : order) {
      int x = person[idx];
      int a = pairLow[idx];
      if (placed[x] || pairTaken[a]) {
        continue;
      }
      placed[x] = true;
      pairTaken[a] = true;
      trios[t] = new int[] {a, mate[a], x};
      added[t] = gain[idx];
      t++;
    }
    int left = 0;
    for (int x = 0; x < n; x++) {
      if (mate[x] < 0 && !placed[x]) {
        left++;
      }
    }
    int[] unplaced = new int[left];
    left = 0;
    for (int x = 0; x < n; x++) {
      if (mate[x] < 0 && !placed[x]) {
        unplaced[left++] = x;
      }
    }
    return new GreedyTrioCompletion(Arrays.copyOf(trios, t), Arrays.copyOf(added, t), unplaced);
  }

  private interface IntComparator {
    int compare(int a, int b);
  }

  private static int[] sort(int[] a, IntComparator c) {
    int[] src = a;
    int[] dst = new int[a.length];
    for (int width = 1; width < a.length; width *= 2) {
      for (int lo = 0; lo < a.length; lo += 2 * width) {
        int mid = Math.min(lo + width, a.length);
        int hi = Math.min(lo + 2 * width, a.length);
        int i = lo;
        int j = mid;
        for (int o = lo; o < hi; o++) {
          if (i < mid && (j >= hi || c.compare(src[i], src[j]) <= 0)) {
            dst[o] = src[i++];
          } else {
            dst[o] = src[j++];
          }
        }
      }
      int[] tmp = src;
      src = dst;
      dst = tmp;
    }
    return src;
  }
}
