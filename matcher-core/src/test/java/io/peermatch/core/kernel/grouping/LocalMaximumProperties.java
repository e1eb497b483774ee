package io.peermatch.core.kernel.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The descents of both search states end in a local maximum: no move or swap improves the
 * objective, checked by recomputing the objective of every neighbour from the raw matrix. This
 * checks the incremental gains (O(1) dense, gathered from adjacency lists sparse) and the queues
 * that decide what to re-examine.
 */
class LocalMaximumProperties {

  /** A random instance with non-negative values (the sparse candidate rule assumes them). */
  private static RawGrouping nonNegative(SplittableRandom r) {
    RawGrouping raw;
    do {
      raw = RawGrouping.random(r, 24, false);
    } while (raw.n < 6);
    for (int u = 0; u < raw.n; u++) {
      for (int v = 0; v < raw.n; v++) {
        raw.w[u][v] = Math.abs(raw.w[u][v]);
      }
    }
    return raw;
  }

  /** The largest gain of a single move or swap that keeps the sizes, from recomputed objectives. */
  private static double bestNeighbourGain(RawGrouping raw, int[] g) {
    double base = raw.objective(g);
    double best = 0;
    int[] size = new int[raw.groupCount];
    for (int x : g) {
      size[x]++;
    }
    for (int u = 0; u < raw.n; u++) {
      for (int b = 0; b < raw.groupCount; b++) {
        int a = g[u];
        if (a != b && size[a] > raw.minSize && size[b] < raw.maxSize) {
          g[u] = b;
          best = Math.max(best, raw.objective(g) - base);
          g[u] = a;
        }
      }
      for (int v = u + 1; v < raw.n; v++) {
        if (g[u] != g[v]) {
          int a = g[u];
          g[u] = g[v];
          g[v] = a;
          best = Math.max(best, raw.objective(g) - base);
          g[v] = g[u];
          g[u] = a;
        }
      }
    }
    return best;
  }

  @Property(tries = 400, seed = "20261205")
  void denseDescent_endsInALocalMaximum(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    RawGrouping raw = nonNegative(r);
    GroupingInstance instance = Groupings.toDense(sparseOrDense(raw));
    DenseGroupingState state =
        new DenseGroupingState(
            Penalties.denseValues(instance),
            raw.n,
            raw.groupCount,
            raw.minSize,
            raw.maxSize,
            instance.maxAbsValue() * raw.maxSize);
    state.load(GreedyGroupingConstruction.construct(instance, r));
    state.enqueueAll();
    state.descend(null);
    int[] g = state.group.clone();
    assertThat(raw.shapeProblem(g)).isNull();
    assertThat(state.value).isCloseTo(raw.objective(g), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(bestNeighbourGain(raw, g)).isLessThanOrEqualTo(1e-6);
  }

  @Property(tries = 400, seed = "20261205")
  void sparseDescent_endsInALocalMaximum(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    RawGrouping raw = nonNegative(r);
    GroupingInstance instance = sparseOrDense(raw);
    SparseGroupingState state = SparseGroupingState.of(instance);
    state.load(GreedyGroupingConstruction.construct(instance, r));
    state.enqueueAll(r);
    state.descend(Long.MAX_VALUE, null, r, true);
    int[] g = state.groupOf();
    assertThat(raw.shapeProblem(g)).isNull();
    assertThat(state.value).isCloseTo(raw.objective(g), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(bestNeighbourGain(raw, g)).isLessThanOrEqualTo(1e-6);
  }

  /** The raw data as a sparse instance (pairs of value 0 left out). */
  private static GroupingInstance sparseOrDense(RawGrouping raw) {
    RawGrouping sparse =
        new RawGrouping(raw.n, raw.w, raw.groupCount, raw.minSize, raw.maxSize, true);
    return sparse.instance();
  }
}
