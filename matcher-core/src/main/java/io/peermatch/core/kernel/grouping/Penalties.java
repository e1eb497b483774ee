package io.peermatch.core.kernel.grouping;

/**
 * The working values of the local searches: the instance's values with every forbidden pair lowered
 * and every pinned pair raised by a penalty {@code P} larger than any change a single move or swap
 * can make to the objective ({@code 4 s max|w| + 1} for groups of at most {@code s}). A step that
 * breaks a rule therefore never pays, a step that mends one always does, and among groupings that
 * break equally many rules the search maximises the objective.
 */
final class Penalties {

  private Penalties() {}

  static double penalty(GroupingInstance instance) {
    return 4.0 * instance.maxSize() * instance.maxAbsValue() + 1.0;
  }

  /** The dense working matrix: the instance's own array when there are no rules, else a copy. */
  static double[] denseValues(GroupingInstance instance) {
    double[] w = instance.denseValues();
    if (!instance.hasRules()) {
      return w;
    }
    int n = instance.itemCount();
    double p = penalty(instance);
    double[] copy = w.clone();
    for (long key : instance.forbiddenKeys()) {
      int u = (int) (key >>> 32);
      int v = (int) key;
      copy[u * n + v] -= p;
      copy[v * n + u] -= p;
    }
    for (long key : instance.pinnedKeys()) {
      int u = (int) (key >>> 32);
      int v = (int) key;
      copy[u * n + v] += p;
      copy[v * n + u] += p;
    }
    return copy;
  }
}
