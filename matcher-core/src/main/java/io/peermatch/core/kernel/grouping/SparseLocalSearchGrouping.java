package io.peermatch.core.kernel.grouping;

import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;

/**
 * Grouping on a large sparse instance (a million items with tens of values each): the greedy
 * construction of {@link GreedyGroupingConstruction}, a descent over moves and swaps driven by a
 * queue of items to examine, then iterated local search with local perturbations.
 *
 * <p>Every item is queued once, in a random order; examining an item gathers its value towards each
 * neighbouring group and its group-mates' neighbours' values towards its own group from the
 * adjacency lists ({@link SparseGroupingState}, O(s d) for groups of at most {@code s} and degree
 * {@code d}) and applies its best improving move or swap, after which the item, its partner and the
 * members of both groups are queued again (up to {@value #WIDE_LIMIT} items the neighbours of both
 * items too, so that an empty queue means a local maximum for moves and swaps). The rest of the
 * budget goes to perturbations: a random item swaps with a random member of a group it has a value
 * towards, at most {@value #LOCAL_EXAMINATIONS} examinations of the queue repair around it, and the
 * change is kept when the objective did not fall, undone otherwise. The budget is {@value
 * #EXAMINATIONS_PER_ITEM} examinations per item ({@value #EXAMINATIONS_PER_ITEM_LARGE} above
 * {@value #WIDE_LIMIT} items); the options may set another (counted in examinations) or a time
 * limit.
 *
 * <p>Running time O(n + m s) for the construction plus O(s d) per examination, O(n s d) in all;
 * memory O(n + m + K). Rules are kept through {@link Penalties}; leaders never move (see {@link
 * SparseGroupingState}), so they stay one per group as the construction placed them. The gap to
 * {@link GroupingUpperBound} is reported; above {@value #WIDE_LIMIT} items the bound takes {@value
 * #LARGE_SWEEPS} coordinate-descent sweeps and runs beside the search in the common fork-join pool
 * (the only use of a second thread; the result does not depend on it). No guarantee beyond "never
 * worse than the construction"; deterministic for a seed when no time limit stops it. Measured at a
 * million items: {@code docs/grouping.md}.
 *
 * <p>References: the move and swap neighbourhoods and the perturbation-with-descent scheme of Lai
 * and Hao (cited by {@link IteratedMaximaSearchGrouping}); the queue of items to re-examine is the
 * "don't look bits" of J. L. Bentley, "Fast algorithms for geometric traveling salesman problems",
 * ORSA Journal on Computing 4(4) (1992) 387–411.
 */
public final class SparseLocalSearchGrouping {

  /** The default examination budget per item, up to {@link #WIDE_LIMIT} items. */
  static final int EXAMINATIONS_PER_ITEM = 8;

  /** The default examination budget per item above {@link #WIDE_LIMIT} items. */
  static final int EXAMINATIONS_PER_ITEM_LARGE = 4;

  /** Up to this many items the search runs to a full local maximum (neighbours re-queued). */
  static final int WIDE_LIMIT = 200_000;

  /** Coordinate-descent sweeps of the bound above {@link #WIDE_LIMIT} items. */
  static final int LARGE_SWEEPS = 4;

  /** The most examinations of the descent after one perturbation. */
  static final int LOCAL_EXAMINATIONS = 64;

  private SparseLocalSearchGrouping() {}

  /**
   * Iterated local search with local perturbations: a random item swaps with a member of a group it
   * has a value towards, the queue-driven descent repairs around it, and the change is kept when
   * the objective did not fall (otherwise undone). Returns the examinations used.
   */
  static long iterate(
      SparseGroupingState state, long examinations, Budget budget, SplittableRandom rng) {
    long used = 0;
    double current = state.value;
    double eps = state.epsilon;
    int n = state.n;
    while (used < examinations && !budget.spentEvery(6)) {
      int u = rng.nextInt(n);
      int degree = state.start[u + 1] - state.start[u];
      if (degree == 0) {
        used++;
        continue;
      }
      int x = state.adj[state.start[u] + rng.nextInt(degree)];
      int a = state.group(u);
      int b = state.group(x);
      if (a == b) {
        used++;
        continue;
      }
      int v = state.memberOf(b, rng.nextInt(state.size[b]));
      if (u < state.leaders || v < state.leaders) {
        // Leaders stay where the start put them (one per group).
        used++;
        continue;
      }
      state.startLog();
      state.swap(u, v);
      state.enqueueGroup(a);
      state.enqueueGroup(b);
      used += 1 + state.descend(LOCAL_EXAMINATIONS, null, rng, false);
      state.drainQueue();
      if (state.value >= current - eps) {
        current = state.value;
      } else {
        state.undoLog();
      }
      state.stopLog();
    }
    return used;
  }

  /** Solves a sparse instance. */
  public static GroupingResult solve(GroupingInstance instance, GroupingOptions options) {
    if (instance.isDense()) {
      throw new IllegalArgumentException(
          "sparse local search needs a sparse instance; use IteratedMaximaSearchGrouping");
    }
    Budget budget = Budget.of(options);
    SplittableRandom rng = new SplittableRandom(options.seed());
    int n = instance.itemCount();
    // Above WIDE_LIMIT items the bound (independent of the search) runs beside it on another
    // thread; the result is the same whatever the thread count.
    CompletableFuture<Double> largeBound =
        n > WIDE_LIMIT
            ? CompletableFuture.supplyAsync(() -> GroupingUpperBound.of(instance, LARGE_SWEEPS))
            : null;
    int[] start = GreedyGroupingConstruction.construct(instance, rng);
    SparseGroupingState state = SparseGroupingState.of(instance);
    state.load(start);
    state.enqueueAll(rng);
    long budgetExaminations =
        options.iterationsOr(
            (long) (n <= WIDE_LIMIT ? EXAMINATIONS_PER_ITEM : EXAMINATIONS_PER_ITEM_LARGE) * n);
    long examined = state.descend(budgetExaminations, budget, rng, n <= WIDE_LIMIT);
    examined += iterate(state, budgetExaminations - examined, budget, rng);
    double bound = largeBound == null ? GroupingUpperBound.of(instance) : largeBound.join();
    GroupingStatus status = budget.status(GroupingStatus.COMPLETED);
    return GroupingResult.of(instance, state.groupOf(), bound, status, examined);
  }
}
