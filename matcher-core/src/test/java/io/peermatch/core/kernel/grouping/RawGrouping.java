package io.peermatch.core.kernel.grouping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A grouping instance as raw test data (a full matrix, sizes, rule sets), kept apart from {@link
 * GroupingInstance} so that the checkers in this package never read the kernel's own structures.
 */
final class RawGrouping {

  final int n;
  final double[][] w;
  final int groupCount;
  final int minSize;
  final int maxSize;
  final Set<Long> forbidden = new HashSet<>();
  final Set<Long> pinned = new HashSet<>();
  final boolean sparse;

  RawGrouping(int n, double[][] w, int groupCount, int minSize, int maxSize, boolean sparse) {
    this.n = n;
    this.w = w;
    this.groupCount = groupCount;
    this.minSize = minSize;
    this.maxSize = maxSize;
    this.sparse = sparse;
  }

  static long key(int u, int v) {
    return ((long) Math.min(u, v) << 32) | Math.max(u, v);
  }

  /**
   * A seeded random small instance. Value modes: 0 continuous in [0, 100), 1 small integers (many
   * ties), 2 integers in [-3, 5] (zero and negative), 3 sparse (half the pairs 0). Sizes: a fixed
   * size or a range, with rules sometimes.
   */
  static RawGrouping random(SplittableRandom r, int maxItems, boolean rules) {
    int n = 2 + r.nextInt(maxItems - 1);
    int mode = r.nextInt(4);
    double[][] w = new double[n][n];
    for (int u = 0; u < n; u++) {
      for (int v = u + 1; v < n; v++) {
        double x;
        switch (mode) {
          case 0:
            x = Math.floor(r.nextDouble() * 10000) / 100;
            break;
          case 1:
            x = 1 + r.nextInt(3);
            break;
          case 2:
            x = r.nextInt(9) - 3;
            break;
          default:
            x = r.nextBoolean() ? 0.0 : 1 + r.nextInt(20);
            break;
        }
        w[u][v] = x;
        w[v][u] = x;
      }
    }
    int k = 1 + r.nextInt(Math.max(1, n / 2));
    int lo = n / k;
    int hi = (n + k - 1) / k;
    if (r.nextInt(3) == 0) {
      // A wider range that still admits the count.
      lo = Math.max(1, lo - r.nextInt(2));
      hi = hi + r.nextInt(2);
    }
    RawGrouping g = new RawGrouping(n, w, k, lo, hi, mode == 3 && r.nextBoolean());
    if (rules) {
      int forbids = r.nextInt(n + 1);
      for (int i = 0; i < forbids; i++) {
        int u = r.nextInt(n);
        int v = r.nextInt(n);
        if (u != v) {
          g.forbidden.add(key(u, v));
        }
      }
      int pins = r.nextInt(3);
      for (int i = 0; i < pins; i++) {
        int u = r.nextInt(n);
        int v = r.nextInt(n);
        if (u != v && !g.forbidden.contains(key(u, v)) && hi >= 2) {
          g.pinned.add(key(u, v));
        }
      }
      g.dropConflictingPins();
    }
    return g;
  }

  /** Removes pins that would chain too many items or join a forbidden pair. */
  private void dropConflictingPins() {
    List<Long> kept = new ArrayList<>();
    for (long p : pinned) {
      kept.add(p);
      int[] comp = components(kept);
      boolean bad = false;
      int[] count = new int[n];
      for (int x = 0; x < n; x++) {
        count[comp[x]]++;
      }
      for (int x = 0; x < n; x++) {
        bad |= count[x] > maxSize;
      }
      for (long f : forbidden) {
        bad |= comp[(int) (f >>> 32)] == comp[(int) f];
      }
      if (bad) {
        kept.remove(kept.size() - 1);
      }
    }
    pinned.clear();
    pinned.addAll(kept);
  }

  private int[] components(List<Long> pins) {
    int[] c = new int[n];
    for (int i = 0; i < n; i++) {
      c[i] = i;
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (long p : pins) {
        int u = (int) (p >>> 32);
        int v = (int) p;
        int m = Math.min(c[u], c[v]);
        if (c[u] != m || c[v] != m) {
          c[u] = m;
          c[v] = m;
          changed = true;
        }
      }
    }
    return c;
  }

  /** The kernel's instance of this raw data (dense or sparse as drawn). */
  GroupingInstance instance() {
    GroupingInstance.Builder b;
    if (sparse) {
      List<int[]> pairs = new ArrayList<>();
      for (int u = 0; u < n; u++) {
        for (int v = u + 1; v < n; v++) {
          if (w[u][v] != 0) {
            pairs.add(new int[] {u, v});
          }
        }
      }
      int[] us = new int[pairs.size()];
      int[] vs = new int[pairs.size()];
      double[] ws = new double[pairs.size()];
      for (int i = 0; i < pairs.size(); i++) {
        us[i] = pairs.get(i)[0];
        vs[i] = pairs.get(i)[1];
        ws[i] = w[us[i]][vs[i]];
      }
      b = GroupingInstance.sparse(n, us, vs, ws);
    } else {
      double[] flat = new double[n * n];
      for (int u = 0; u < n; u++) {
        for (int v = 0; v < n; v++) {
          flat[u * n + v] = w[u][v];
        }
      }
      b = GroupingInstance.dense(n, flat);
    }
    b.groups(groupCount, minSize, maxSize);
    for (long f : forbidden) {
      b.forbid((int) (f >>> 32), (int) f);
    }
    for (long p : pinned) {
      b.pin((int) (p >>> 32), (int) p);
    }
    return b.build();
  }

  /** The objective of a grouping from the raw matrix. */
  double objective(int[] groupOf) {
    double total = 0;
    for (int u = 0; u < n; u++) {
      for (int v = u + 1; v < n; v++) {
        if (groupOf[u] == groupOf[v]) {
          total += w[u][v];
        }
      }
    }
    return total;
  }

  /** What is wrong with a grouping (shape and sizes only), or null. */
  String shapeProblem(int[] groupOf) {
    if (groupOf == null || groupOf.length != n) {
      return "grouping must have " + n + " entries";
    }
    int[] size = new int[groupCount];
    for (int x = 0; x < n; x++) {
      if (groupOf[x] < 0 || groupOf[x] >= groupCount) {
        return "item " + x + " in group " + groupOf[x];
      }
      size[groupOf[x]]++;
    }
    for (int g = 0; g < groupCount; g++) {
      if (size[g] < minSize || size[g] > maxSize) {
        return "group "
            + g
            + " has "
            + size[g]
            + " items, not in ["
            + minSize
            + ", "
            + maxSize
            + "]";
      }
    }
    return null;
  }

  /** The number of forbidden pairs together plus pinned pairs apart. */
  int brokenRules(int[] groupOf) {
    int broken = 0;
    for (long f : forbidden) {
      broken += groupOf[(int) (f >>> 32)] == groupOf[(int) f] ? 1 : 0;
    }
    for (long p : pinned) {
      broken += groupOf[(int) (p >>> 32)] != groupOf[(int) p] ? 1 : 0;
    }
    return broken;
  }

  /**
   * The optimum by exhaustive enumeration of canonical labellings (restricted growth strings):
   * {@code NEGATIVE_INFINITY} when no grouping keeps the rules.
   */
  double bruteForceOptimum() {
    int[] g = new int[n];
    double[] best = {Double.NEGATIVE_INFINITY};
    enumerate(0, 0, g, best);
    return best[0];
  }

  private void enumerate(int i, int opened, int[] g, double[] best) {
    if (i == n) {
      if (opened == groupCount && shapeProblem(g) == null && brokenRules(g) == 0) {
        best[0] = Math.max(best[0], objective(g));
      }
      return;
    }
    for (int c = 0; c <= Math.min(opened, groupCount - 1); c++) {
      g[i] = c;
      enumerate(i + 1, Math.max(opened, c + 1), g, best);
    }
  }
}
