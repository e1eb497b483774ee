package io.peermatch.core.kernel.grouping;

/** The forbidden partners of every item, as a CSR adjacency (empty when there are none). */
final class ForbiddenLists {

  private static final ForbiddenLists NONE = new ForbiddenLists(null, null);

  final int[] start;
  final int[] partner;

  private ForbiddenLists(int[] start, int[] partner) {
    this.start = start;
    this.partner = partner;
  }

  static ForbiddenLists of(GroupingInstance instance) {
    long[] keys = instance.forbiddenKeys();
    if (keys.length == 0) {
      return NONE;
    }
    int n = instance.itemCount();
    int[] start = new int[n + 1];
    for (long key : keys) {
      start[(int) (key >>> 32) + 1]++;
      start[(int) key + 1]++;
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    int[] fill = java.util.Arrays.copyOf(start, n);
    int[] partner = new int[2 * keys.length];
    for (long key : keys) {
      int u = (int) (key >>> 32);
      int v = (int) key;
      partner[fill[u]++] = v;
      partner[fill[v]++] = u;
    }
    return new ForbiddenLists(start, partner);
  }

  boolean isEmpty() {
    return start == null;
  }

  /** Sets {@code mark[u]} to {@code on} for every forbidden partner {@code u} of {@code v}. */
  void mark(int v, boolean[] mark, boolean on) {
    if (start == null) {
      return;
    }
    for (int k = start[v]; k < start[v + 1]; k++) {
      mark[partner[k]] = on;
    }
  }
}
