package io.peermatch.core.kernel.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Determinism, deadlines, interruption and rules on instances too large for brute force. */
class GroupingKernelTest {

  /** Uniform values in [0, 100) on n items (RanReal-like), seeded. */
  static double[] ranReal(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] w = new double[n * n];
    for (int u = 0; u < n; u++) {
      for (int v = u + 1; v < n; v++) {
        double x = r.nextDouble() * 100;
        w[u * n + v] = x;
        w[v * n + u] = x;
      }
    }
    return w;
  }

  /** A sparse instance with community structure: 12 partners each, 70 % within blocks of 40. */
  static GroupingInstance.Builder communities(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    java.util.TreeMap<Long, Double> pairs = new java.util.TreeMap<>();
    while (pairs.size() < n * 6) {
      int u = r.nextInt(n);
      int v = r.nextDouble() < 0.7 ? Math.min(n - 1, (u / 40) * 40 + r.nextInt(40)) : r.nextInt(n);
      if (u != v) {
        pairs.put(RawGrouping.key(u, v), r.nextDouble());
      }
    }
    int[] us = new int[pairs.size()];
    int[] vs = new int[pairs.size()];
    double[] ws = new double[pairs.size()];
    int i = 0;
    for (var e : pairs.entrySet()) {
      us[i] = (int) (e.getKey() >>> 32);
      vs[i] = (int) (long) e.getKey();
      ws[i++] = e.getValue();
    }
    return GroupingInstance.sparse(n, us, vs, ws);
  }

  @Test
  void iteratedMaximaSearch_sameSeed_sameGroupingWhateverTheThreads() throws Exception {
    GroupingInstance instance = GroupingInstance.dense(200, ranReal(200, 5)).groupsOf(4).build();
    GroupingOptions options = GroupingOptions.DEFAULTS.withSeed(11).withMaxIterations(3000);
    int[] alone = IteratedMaximaSearchGrouping.solve(instance, options).groupOf();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<int[]>> runs = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        runs.add(
            pool.submit(() -> IteratedMaximaSearchGrouping.solve(instance, options).groupOf()));
      }
      for (Future<int[]> f : runs) {
        assertThat(f.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
    int[] otherSeed = IteratedMaximaSearchGrouping.solve(instance, options.withSeed(12)).groupOf();
    assertThat(otherSeed).isNotEqualTo(alone);
  }

  @Test
  void sparseLocalSearch_sameSeed_sameGroupingWhateverTheThreads() throws Exception {
    GroupingInstance instance = communities(5000, 3).groupsOf(4).build();
    GroupingOptions options = GroupingOptions.DEFAULTS.withSeed(5);
    int[] alone = SparseLocalSearchGrouping.solve(instance, options).groupOf();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<int[]>> runs = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        runs.add(pool.submit(() -> SparseLocalSearchGrouping.solve(instance, options).groupOf()));
      }
      for (Future<int[]> f : runs) {
        assertThat(f.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void iteratedMaximaSearch_improvesOnItsStart_andStaysBelowTheBound() {
    GroupingInstance instance = GroupingInstance.dense(240, ranReal(240, 9)).groupsOf(8).build();
    int[] start = GreedyGroupingConstruction.construct(instance, new SplittableRandom(1));
    double startValue = instance.objective(start);
    GroupingResult r =
        IteratedMaximaSearchGrouping.improve(
            instance, start, GroupingOptions.DEFAULTS.withMaxIterations(2000));
    assertThat(r.objective()).isGreaterThan(startValue);
    assertThat(r.objective()).isLessThanOrEqualTo(r.upperBound());
    assertThat(r.status()).isEqualTo(GroupingStatus.COMPLETED);
    assertThat(r.iterations()).isEqualTo(2000);
  }

  @Test
  void iteratedMaximaSearch_zeroTimeLimit_deadlineReachedWithAValidGrouping() {
    GroupingInstance instance = GroupingInstance.dense(120, ranReal(120, 2)).groupsOf(4).build();
    GroupingResult r =
        IteratedMaximaSearchGrouping.solve(
            instance, GroupingOptions.DEFAULTS.withTimeLimit(Duration.ZERO));
    assertThat(r.status()).isEqualTo(GroupingStatus.DEADLINE_REACHED);
    assertValidSizes(instance, r.groupOf());
    assertThat(r.objective()).isEqualTo(instance.objective(r.groupOf()));
  }

  @Test
  void sparseLocalSearch_cpuTimeLimit_deadlineReachedWithAValidGrouping() {
    GroupingInstance instance = communities(20000, 4).groupsOf(4).build();
    GroupingResult r =
        SparseLocalSearchGrouping.solve(
            instance,
            GroupingOptions.DEFAULTS
                .withMaxIterations(Long.MAX_VALUE)
                .withTimeLimit(
                    Duration.ofMillis(50),
                    java.lang.management.ManagementFactory.getThreadMXBean()
                        ::getCurrentThreadCpuTime));
    assertThat(r.status()).isEqualTo(GroupingStatus.DEADLINE_REACHED);
    assertValidSizes(instance, r.groupOf());
  }

  @Test
  void interruptedThread_stopsAtOnce_keepsTheFlag() {
    GroupingInstance instance = GroupingInstance.dense(120, ranReal(120, 2)).groupsOf(4).build();
    Thread.currentThread().interrupt();
    try {
      GroupingResult r =
          IteratedMaximaSearchGrouping.solve(
              instance, GroupingOptions.DEFAULTS.withMaxIterations(Long.MAX_VALUE));
      assertThat(r.status()).isEqualTo(GroupingStatus.INTERRUPTED);
      assertValidSizes(instance, r.groupOf());
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void branchAndBound_zeroTimeLimit_stillAGrouping() {
    GroupingInstance instance = GroupingInstance.dense(18, ranReal(18, 4)).groupsOf(3).build();
    GroupingResult r =
        BranchAndBoundGrouping.solve(
            instance, GroupingOptions.DEFAULTS.withTimeLimit(Duration.ZERO));
    assertThat(r.status()).isIn(GroupingStatus.DEADLINE_REACHED, GroupingStatus.OPTIMAL);
    assertValidSizes(instance, r.groupOf());
  }

  /** Teams of 5 that must never share a group (forbidden cliques), plus a few pins. */
  private static GroupingInstance.Builder withTeams(GroupingInstance.Builder b, int n) {
    for (int x = 0; x < n; x++) {
      for (int y = x + 1; y < n && y / 5 == x / 5; y++) {
        b.forbid(x, y);
      }
    }
    return b.pin(0, 7).pin(7, 13).pin(100, 201);
  }

  @Test
  void iteratedMaximaSearch_keepsTeamsApartAndPinsTogether() {
    int n = 400;
    GroupingInstance instance =
        withTeams(GroupingInstance.dense(n, ranReal(n, 8)).groupsOf(4), n).build();
    GroupingResult r =
        IteratedMaximaSearchGrouping.solve(
            instance, GroupingOptions.DEFAULTS.withMaxIterations(3000));
    assertThat(r.rulesHeld()).isTrue();
    int[] g = r.groupOf();
    for (int x = 0; x < n; x++) {
      for (int y = x + 1; y < n && y / 5 == x / 5; y++) {
        assertThat(g[x]).isNotEqualTo(g[y]);
      }
    }
    assertThat(g[0]).isEqualTo(g[7]).isEqualTo(g[13]);
    assertThat(g[100]).isEqualTo(g[201]);
    assertThat(r.objective()).isLessThanOrEqualTo(r.upperBound());
  }

  @Test
  void sparseLocalSearch_keepsTeamsApartAndPinsTogether() {
    int n = 6000;
    GroupingInstance instance = withTeams(communities(n, 6).groupsOf(3, 5), n).build();
    GroupingResult r = SparseLocalSearchGrouping.solve(instance, GroupingOptions.DEFAULTS);
    assertThat(r.rulesHeld()).isTrue();
    assertValidSizes(instance, r.groupOf());
    int[] g = r.groupOf();
    assertThat(g[0]).isEqualTo(g[7]).isEqualTo(g[13]);
    GroupingResult greedy = GreedyGroupingConstruction.solve(instance, GroupingOptions.DEFAULTS);
    assertThat(r.objective()).isGreaterThan(greedy.objective());
    assertThat(r.objective()).isLessThanOrEqualTo(r.upperBound());
  }

  @Test
  void groupingsSolve_smallSparseInstance_solvedAsDense() {
    GroupingInstance instance = communities(400, 2).groupsOf(4).build();
    GroupingResult viaFacade = Groupings.solve(instance, GroupingOptions.DEFAULTS);
    GroupingResult sparseOnly = SparseLocalSearchGrouping.solve(instance, GroupingOptions.DEFAULTS);
    assertValidSizes(instance, viaFacade.groupOf());
    assertThat(viaFacade.objective()).isGreaterThanOrEqualTo(sparseOnly.objective());
  }

  private static void assertValidSizes(GroupingInstance instance, int[] g) {
    int[] size = new int[instance.groupCount()];
    for (int x : g) {
      size[x]++;
    }
    for (int s : size) {
      assertThat(s).isBetween(instance.minSize(), instance.maxSize());
    }
  }
}
