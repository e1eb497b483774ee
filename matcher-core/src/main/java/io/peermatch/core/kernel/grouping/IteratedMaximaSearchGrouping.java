package io.peermatch.core.kernel.grouping;

import java.util.SplittableRandom;

/**
 * The maximally diverse grouping problem (and any grouping with pairwise values) on a dense
 * instance: iterated maxima search, a local search over the move and swap neighbourhoods with O(1)
 * gains, weak perturbations accepted when not worse and strong perturbations from the best grouping
 * when the search stagnates.
 *
 * <p>The search follows Lai and Hao's iterated maxima search (IMS). A <em>descent</em> applies
 * improving moves (one item to another group, when the size range allows) and swaps (two items of
 * different groups) until none is left, with the incremental sums of {@link DenseGroupingState}:
 * every gain is O(1), applying a step O(n), and only groups changed since they were last examined
 * are scanned again, so a descent after a small perturbation costs O(n s) per touched group rather
 * than O(n²). The <em>maxima search</em> then repeats: a weak perturbation ({@value
 * #WEAK_SWAPS_SMALL} random swaps for groups of up to 4, {@value #WEAK_SWAPS} above; moves as well
 * when sizes vary), a descent, and acceptance when the new local maximum is at least as good as the
 * current one (otherwise every step since the perturbation is undone, in O(steps · n)). After
 * {@value #STAGNATION} iterations without improvement the search restarts from the best grouping
 * found, strongly perturbed ({@link #STRONG_SHARE} of the items swapped at random). One iteration
 * is one perturbation with its descent.
 *
 * <p>Running time O(n²) to start (greedy construction of {@link GreedyGroupingConstruction} plus
 * the sums), then about O(n s) per iteration; the default budget is {@value #ITERATIONS_PER_ITEM}
 * iterations per item (about a second at n = 960 on one core), the options may set another or a
 * time limit. O(n K) memory for K groups (the sums), plus a copy of the values when the instance
 * has rules. Forbidden and pinned pairs are kept through {@link Penalties}: a grouping that keeps
 * every rule is always preferred to one that does not, and the start keeps them whenever the greedy
 * construction can.
 *
 * <p>Guarantee: a local maximum for moves and swaps (unless stopped by the time limit), never worse
 * than its start; the gap to {@link GroupingUpperBound} is reported. Deterministic for a seed when
 * no time limit stops it. Measured against anticlust's three-phase search at equal CPU time: see
 * {@code docs/grouping.md}.
 *
 * <p>References: X. Lai, J.-K. Hao, "Iterated maxima search for the maximally diverse grouping
 * problem", European Journal of Operational Research 254(3) (2016) 780–800; X. Yang, Z. Cai, T.
 * Jin, Z. Tang, S. Gao, "A three-phase search approach with dynamic population size for solving the
 * maximally diverse grouping problem", European Journal of Operational Research 302(3) (2022)
 * 925–953 (the state of the art it is compared with, as implemented in the R package anticlust).
 */
public final class IteratedMaximaSearchGrouping {

  /** Random swaps in a weak perturbation (groups of more than 4). */
  static final int WEAK_SWAPS = 3;

  /** Random swaps in a weak perturbation for groups of at most 4. */
  static final int WEAK_SWAPS_SMALL = 2;

  /** Iterations without improving the current grouping before a strong perturbation. */
  static final int STAGNATION = 10_000;

  /** The share of the items swapped at random by a strong perturbation. */
  static final double STRONG_SHARE = 0.05;

  /** The default iteration budget per item. */
  static final int ITERATIONS_PER_ITEM = 20;

  /** The search's parameters (the defaults above; other values for experiments). */
  record Parameters(int weakSwaps, int stagnation, double strongShare) {
    /** The defaults for an instance: two swaps per weak perturbation in groups up to 4, else 3. */
    static Parameters defaults(GroupingInstance instance) {
      return new Parameters(
          instance.maxSize() <= 4 ? WEAK_SWAPS_SMALL : WEAK_SWAPS, STAGNATION, STRONG_SHARE);
    }
  }

  private IteratedMaximaSearchGrouping() {}

  /** Solves a dense instance. */
  public static GroupingResult solve(GroupingInstance instance, GroupingOptions options) {
    if (!instance.isDense()) {
      throw new IllegalArgumentException(
          "iterated maxima search needs a dense instance; use SparseLocalSearchGrouping");
    }
    // Leaders become the forbidden pairs they stand for (a dense instance lists a few million).
    instance = instance.withLeadersForbidden();
    SplittableRandom rng = new SplittableRandom(options.seed());
    int[] start = GreedyGroupingConstruction.construct(instance, rng);
    return improve(instance, start, options, rng, Parameters.defaults(instance));
  }

  /** Improves a given grouping of a dense instance (which must have valid sizes). */
  public static GroupingResult improve(
      GroupingInstance instance, int[] start, GroupingOptions options) {
    checkSizes(instance, start);
    return improve(
        instance,
        start.clone(),
        options,
        new SplittableRandom(options.seed()),
        Parameters.defaults(instance));
  }

  static void checkSizes(GroupingInstance instance, int[] groupOf) {
    if (groupOf.length != instance.itemCount()) {
      throw new IllegalArgumentException(
          "start must give a group for each of the "
              + instance.itemCount()
              + " items but had "
              + groupOf.length);
    }
    int[] size = new int[instance.groupCount()];
    for (int i = 0; i < groupOf.length; i++) {
      int g = groupOf[i];
      if (g < 0 || g >= size.length) {
        throw new IllegalArgumentException(
            "start groups must be in 0.." + (size.length - 1) + " but item " + i + " had " + g);
      }
      size[g]++;
    }
    for (int g = 0; g < size.length; g++) {
      if (size[g] < instance.minSize() || size[g] > instance.maxSize()) {
        throw new IllegalArgumentException(
            "start group sizes must be in ["
                + instance.minSize()
                + ", "
                + instance.maxSize()
                + "] but group "
                + g
                + " had "
                + size[g]);
      }
    }
  }

  static GroupingResult improve(
      GroupingInstance instance,
      int[] start,
      GroupingOptions options,
      SplittableRandom rng,
      Parameters parameters) {
    Budget budget = Budget.of(options);
    int n = instance.itemCount();
    long maxIterations = options.iterationsOr((long) ITERATIONS_PER_ITEM * n);
    double bound = GroupingUpperBound.of(instance);
    if (instance.groupCount() == 1 || n < 2) {
      return GroupingResult.of(instance, start, bound, GroupingStatus.COMPLETED, 0);
    }
    DenseGroupingState state =
        new DenseGroupingState(
            Penalties.denseValues(instance),
            n,
            instance.groupCount(),
            instance.minSize(),
            instance.maxSize(),
            instance.maxAbsValue() * instance.maxSize());
    state.load(start);
    state.enqueueAll();
    state.descend(budget);
    int[] best = state.group.clone();
    double bestValue = state.value;
    double current = state.value;
    double eps = state.epsilon;
    int stagnant = 0;
    int weak = parameters.weakSwaps();
    int strong = Math.max(weak, (int) Math.round(parameters.strongShare() * n));
    long iteration = 0;
    while (iteration < maxIterations && !budget.spent()) {
      iteration++;
      if (stagnant >= parameters.stagnation()) {
        state.stopLog();
        state.load(best);
        perturb(state, strong, rng);
        state.descend(budget);
        current = state.value;
        stagnant = 0;
        if (current > bestValue + eps) {
          bestValue = current;
          System.arraycopy(state.group, 0, best, 0, n);
        }
        continue;
      }
      state.startLog();
      perturb(state, weak, rng);
      state.descend(budget);
      double value = state.value;
      if (value > current + eps) {
        current = value;
        stagnant = 0;
        if (value > bestValue + eps) {
          bestValue = value;
          System.arraycopy(state.group, 0, best, 0, n);
        }
      } else if (value >= current - eps) {
        current = value;
        stagnant++;
      } else {
        state.undoLog();
        stagnant++;
      }
    }
    state.stopLog();
    GroupingStatus status = budget.status(GroupingStatus.COMPLETED);
    return GroupingResult.of(instance, best, bound, status, iteration);
  }

  /** {@code count} random swaps (or, when sizes vary, moves half of the time where allowed). */
  static void perturb(DenseGroupingState state, int count, SplittableRandom rng) {
    int n = state.n;
    int k = state.k;
    boolean moves = state.minSize < state.maxSize;
    int done = 0;
    int attempts = 0;
    while (done < count && attempts < 20 * count + 100) {
      attempts++;
      int u = rng.nextInt(n);
      if (moves && rng.nextBoolean()) {
        int b = rng.nextInt(k);
        if (state.canMove(u, b)) {
          int a = state.group[u];
          state.move(u, b);
          state.enqueue(a);
          state.enqueue(b);
          done++;
        }
        continue;
      }
      int v = rng.nextInt(n);
      int a = state.group[u];
      int b = state.group[v];
      if (a != b) {
        state.swap(u, v);
        state.enqueue(a);
        state.enqueue(b);
        done++;
      }
    }
  }
}
