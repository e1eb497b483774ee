package io.peermatch.core.kernel.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Leaders ({@link GroupingInstance.Builder#leaders}): no two share a group in any kernel's result,
 * sizes stay in range, listed forbidden pairs are kept; on the dense kernels leaders give exactly
 * the result of their pairs listed as forbidden (the same rule, so the same search).
 */
class LeadersTest {

  /**
   * A cohort-like sparse instance: {@code leaders} leaders (items 0..L-1) and {@code 3.5 L}
   * followers, values between every leader and a few followers and between followers, forbidden
   * pairs inside "teams" of 10 consecutive followers taken 3 at a time (so a feasible grouping
   * exists), exactly L groups of 4 or 5.
   */
  static GroupingInstance cohorts(long seed, int leaders, boolean sparse) {
    Random random = new Random(seed);
    int n = leaders + (7 * leaders) / 2;
    int m = 0;
    int[] us = new int[n * 12];
    int[] vs = new int[n * 12];
    double[] ws = new double[n * 12];
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (int x = 0; x < n; x++) {
      for (int d = 0; d < 6; d++) {
        int y = leaders + random.nextInt(n - leaders);
        if (x < leaders && random.nextBoolean()) {
          y = random.nextInt(n);
        }
        if (y == x || !seen.add(GroupingInstance.pairKey(x, y))) {
          continue;
        }
        us[m] = Math.min(x, y);
        vs[m] = Math.max(x, y);
        ws[m++] = 1 + random.nextInt(100);
      }
    }
    GroupingInstance.Builder b;
    if (sparse) {
      b =
          GroupingInstance.sparse(
              n,
              java.util.Arrays.copyOf(us, m),
              java.util.Arrays.copyOf(vs, m),
              java.util.Arrays.copyOf(ws, m));
    } else {
      double[] w = new double[n * n];
      for (int e = 0; e < m; e++) {
        w[us[e] * n + vs[e]] = ws[e];
        w[vs[e] * n + us[e]] = ws[e];
      }
      b = GroupingInstance.dense(n, w);
    }
    b.groups(leaders, 4, 5).leaders(leaders);
    for (int x = leaders; x + 2 < n; x += 10) {
      b.forbid(x, x + 1).forbid(x + 1, x + 2);
    }
    return b.build();
  }

  private static void assertOneLeaderPerGroup(GroupingInstance instance, GroupingResult r) {
    int[] leadersIn = new int[instance.groupCount()];
    int[] size = new int[instance.groupCount()];
    int[] groupOf = r.groupOf();
    for (int x = 0; x < instance.itemCount(); x++) {
      size[groupOf[x]]++;
      if (x < instance.leaderCount()) {
        leadersIn[groupOf[x]]++;
      }
    }
    for (int g = 0; g < instance.groupCount(); g++) {
      assertThat(leadersIn[g]).as("leaders in group %d", g).isEqualTo(1);
      assertThat(size[g]).as("size of group %d", g).isBetween(4, 5);
    }
    for (int i = 0; i < instance.forbiddenCount(); i++) {
      int[] p = instance.forbiddenPair(i);
      assertThat(groupOf[p[0]]).as("forbidden %d-%d", p[0], p[1]).isNotEqualTo(groupOf[p[1]]);
    }
    assertThat(r.forbiddenTogether()).isZero();
    assertThat(r.objective()).isLessThanOrEqualTo(r.upperBound() + 1e-9);
    assertThat(r.objective()).isEqualTo(instance.objective(groupOf));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void sparseSearch_oneLeaderPerGroup_sizesAndRulesKept(long seed) {
    GroupingInstance instance = cohorts(seed, 200, true);
    GroupingOptions options = GroupingOptions.DEFAULTS.withSeed(seed);
    GroupingResult greedy = GreedyGroupingConstruction.solve(instance, options);
    assertOneLeaderPerGroup(instance, greedy);
    GroupingResult search = SparseLocalSearchGrouping.solve(instance, options);
    assertOneLeaderPerGroup(instance, search);
    assertThat(search.objective()).isGreaterThanOrEqualTo(greedy.objective());
    // Solved as dense (sparse instances up to the dense limit are), the leaders as forbidden pairs.
    assertOneLeaderPerGroup(instance, Groupings.solve(instance, options));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void denseSearch_leadersGiveTheResultOfTheirPairsForbidden(long seed) {
    GroupingInstance withLeaders = cohorts(seed, 30, false);
    GroupingInstance listed = withLeaders.withLeadersForbidden();
    assertThat(listed.leaderCount()).isZero();
    assertThat(listed.forbiddenCount()).isEqualTo(withLeaders.forbiddenCount() + 30 * 29 / 2);
    GroupingOptions options = GroupingOptions.DEFAULTS.withSeed(seed);
    GroupingResult a = IteratedMaximaSearchGrouping.solve(withLeaders, options);
    GroupingResult b = IteratedMaximaSearchGrouping.solve(listed, options);
    assertThat(a.groupOf()).isEqualTo(b.groupOf());
    assertThat(a.objective()).isEqualTo(b.objective());
    assertOneLeaderPerGroup(withLeaders, a);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void exact_leadersGiveTheOptimumOfTheirPairsForbidden(long seed) {
    Random random = new Random(seed);
    int n = 10;
    double[] w = new double[n * n];
    for (int u = 0; u < n; u++) {
      for (int v = u + 1; v < n; v++) {
        w[u * n + v] = w[v * n + u] = random.nextInt(20);
      }
    }
    GroupingInstance withLeaders = GroupingInstance.dense(n, w).groups(3, 3, 4).leaders(3).build();
    GroupingInstance listed =
        GroupingInstance.dense(n, w).groups(3, 3, 4).forbid(0, 1).forbid(0, 2).forbid(1, 2).build();
    GroupingResult a = Groupings.solve(withLeaders, GroupingOptions.DEFAULTS);
    GroupingResult b = Groupings.solve(listed, GroupingOptions.DEFAULTS);
    assertThat(a.status()).isEqualTo(GroupingStatus.OPTIMAL);
    assertThat(a.objective()).isEqualTo(b.objective());
    assertThat(a.forbiddenTogether()).isZero();
    int[] g = a.groupOf();
    assertThat(g[0]).isNotEqualTo(g[1]).isNotEqualTo(g[2]);
    assertThat(g[1]).isNotEqualTo(g[2]);
  }

  @org.junit.jupiter.api.Test
  void build_badLeaders_failWithTheRuleAndTheValue() {
    double[] w = new double[36];
    assertThatThrownBy(() -> GroupingInstance.dense(6, w).groups(2, 3, 3).leaders(3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("3 leaders cannot each lead one of 2 groups (no two share a group)");
    assertThatThrownBy(() -> GroupingInstance.dense(6, w).leaders(7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("leaders must be between 0 and the 6 items but were 7");
    assertThatThrownBy(
            () ->
                GroupingInstance.dense(6, w).groups(2, 3, 3).leaders(2).pin(0, 4).pin(4, 1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("leaders 0 and 1 never share a group but are pinned into one");
  }
}
