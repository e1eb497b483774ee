package io.peermatch.core.kernel.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Schedules of rounds of groups, checked by counting every meeting independently. */
class SocialGolferTest {

  /** Every round a partition into groups of the given sizes (as equal as the count allows). */
  static void assertRoundsArePartitions(SocialGolferSchedule s, int people, int groupSize) {
    int groups = Math.max(1, people / groupSize);
    for (int r = 0; r < s.rounds(); r++) {
      int[] g = s.groupOf(r);
      assertThat(g).hasSize(people);
      int[] size = new int[groups];
      for (int x : g) {
        assertThat(x).isBetween(0, groups - 1);
        size[x]++;
      }
      for (int c : size) {
        assertThat(c).isBetween(people / groups, (people + groups - 1) / groups);
      }
    }
  }

  /**
   * Repeats counted from scratch: for every pair, its meeting rounds in order; a meeting within the
   * cool-down of the previous one is a repeat.
   */
  static int repeats(SocialGolferSchedule s, int people, int cooldown) {
    List<List<Integer>> meetings = new ArrayList<>();
    for (int i = 0; i < people * people; i++) {
      meetings.add(new ArrayList<>());
    }
    for (int r = 0; r < s.rounds(); r++) {
      int[] g = s.groupOf(r);
      for (int x = 0; x < people; x++) {
        for (int y = x + 1; y < people; y++) {
          if (g[x] == g[y]) {
            meetings.get(x * people + y).add(r);
          }
        }
      }
    }
    int repeats = 0;
    for (List<Integer> m : meetings) {
      for (int i = 1; i < m.size(); i++) {
        if (m.get(i) - m.get(i - 1) <= cooldown) {
          repeats++;
        }
      }
    }
    return repeats;
  }

  @Test
  void kirkmansSchoolgirls_fifteenInTriplesForSevenDays_noRepeat() {
    SocialGolferSchedule s = Groupings.schedule(15, 3, 7, 7, GroupingOptions.DEFAULTS);
    assertRoundsArePartitions(s, 15, 3);
    assertThat(s.rounds()).isEqualTo(7);
    assertThat(repeats(s, 15, 7)).isZero();
    assertThat(s.repeats()).isZero();
    assertThat(s.status()).isEqualTo(GroupingStatus.OPTIMAL);
  }

  @Test
  void thirtyTwoGolfersInFoursForNineWeeks_noRepeat() {
    SocialGolferSchedule s = Groupings.schedule(32, 4, 9, 9, GroupingOptions.DEFAULTS);
    assertRoundsArePartitions(s, 32, 4);
    assertThat(s.rounds()).isEqualTo(9);
    assertThat(repeats(s, 32, 9)).isZero();
    assertThat(s.repeats()).isZero();
  }

  @Test
  void kirkmansSchoolgirls_byTabuSearchAlone_noRepeat() {
    SocialGolferSchedule s =
        SocialGolferTabuSearch.solve(15, 3, 7, 7, GroupingOptions.DEFAULTS.withSeed(2));
    assertRoundsArePartitions(s, 15, 3);
    assertThat(repeats(s, 15, 7)).isZero();
    assertThat(s.method()).isEqualTo("tabu");
  }

  @Test
  void moreRoundsThanPossible_fewestRepeatsReported() {
    // 9 people in triples: at most 4 repeat-free rounds (each meets 2 new people of 8 per round).
    SocialGolferSchedule s =
        Groupings.schedule(9, 3, 6, 6, GroupingOptions.DEFAULTS.withMaxIterations(20_000));
    assertRoundsArePartitions(s, 9, 3);
    assertThat(s.repeats()).isEqualTo(repeats(s, 9, 6)).isGreaterThan(0);
    // Six rounds of 9 pairs each are 54 meetings for 36 pairs: at least 18 repeats.
    assertThat(s.repeats()).isGreaterThanOrEqualTo(18);
    assertThat(s.status()).isNotEqualTo(GroupingStatus.OPTIMAL);
  }

  @Property(tries = 40, seed = "20261205")
  void tabuSearch_repeatsMatchAnIndependentCount(
      @ForAll @IntRange(min = 4, max = 24) int people,
      @ForAll @IntRange(min = 2, max = 5) int groupSize,
      @ForAll @IntRange(min = 1, max = 8) int rounds,
      @ForAll @IntRange(min = 0, max = 8) int cooldown,
      @ForAll long seed) {
    SocialGolferSchedule s =
        SocialGolferTabuSearch.solve(
            people,
            groupSize,
            rounds,
            cooldown,
            GroupingOptions.DEFAULTS.withSeed(seed).withMaxIterations(2000));
    assertRoundsArePartitions(s, people, groupSize);
    assertThat(s.repeats()).isEqualTo(repeats(s, people, cooldown));
  }

  @Property(tries = 30, seed = "20261205")
  void schedule_withCooldown_repeatsMatchAnIndependentCount(
      @ForAll @IntRange(min = 6, max = 30) int people,
      @ForAll @IntRange(min = 2, max = 4) int groupSize,
      @ForAll @IntRange(min = 2, max = 12) int rounds,
      @ForAll @IntRange(min = 1, max = 4) int cooldown) {
    SocialGolferSchedule s =
        Groupings.schedule(
            people,
            groupSize,
            rounds,
            cooldown,
            GroupingOptions.DEFAULTS.withMaxIterations(2000).withTimeLimit(Duration.ofSeconds(5)));
    assertRoundsArePartitions(s, people, groupSize);
    assertThat(s.repeats()).isEqualTo(repeats(s, people, cooldown));
  }

  @Test
  void schedule_sameSeed_sameSchedule() {
    GroupingOptions options = GroupingOptions.DEFAULTS.withSeed(7).withMaxIterations(3000);
    SocialGolferSchedule a = SocialGolferTabuSearch.solve(20, 4, 6, 6, options);
    SocialGolferSchedule b = SocialGolferTabuSearch.solve(20, 4, 6, 6, options);
    for (int r = 0; r < 6; r++) {
      assertThat(a.groupOf(r)).isEqualTo(b.groupOf(r));
    }
  }

  @Test
  void schedule_tooManyRounds_rejected() {
    assertThatThrownBy(() -> Groupings.schedule(8, 2, 65, 1, GroupingOptions.DEFAULTS))
        .hasMessage(
            "rounds must be in 1..64 but was 65 (beyond, plan round by round with"
                + " NextRoundGrouping)");
  }

  @Test
  void schedule_negativeCooldown_rejected() {
    assertThatThrownBy(() -> Groupings.schedule(8, 2, 3, -1, GroupingOptions.DEFAULTS))
        .hasMessage("cool-down must not be negative but was -1");
  }

  @Test
  void nextRound_weekAfterWeek_noRepeatWhileTheCooldownCanBeKept() {
    // 24 people in groups of 4: everyone meets 3 new people a round, 23 others in all, so a
    // cool-down of 3 rounds (9 partners to avoid) can always be kept.
    int n = 24;
    GroupingInstance base = GroupingInstance.dense(n, new double[n * n]).groupsOf(4).build();
    List<int[]> history = new ArrayList<>();
    for (int week = 0; week < 12; week++) {
      GroupingResult r =
          Groupings.nextRound(
              base, history.toArray(new int[0][]), 3, GroupingOptions.DEFAULTS.withSeed(week));
      assertThat(r.rulesHeld()).isTrue();
      history.add(r.groupOf());
    }
    SocialGolferSchedule s =
        new SocialGolferSchedule(
            history.toArray(new int[0][]), 6, 3, GroupingStatus.COMPLETED, 0, "rounds");
    assertThat(repeats(s, n, 3)).isZero();
  }

  /** The fewest forbidden pairs together over all groupings into two groups of n / 2. */
  private static int fewestBrokenInHalves(GroupingInstance ruled) {
    int n = ruled.itemCount();
    int fewest = Integer.MAX_VALUE;
    for (int mask = 0; mask < 1 << n; mask++) {
      if (Integer.bitCount(mask) != n / 2) {
        continue;
      }
      int rep = 0;
      for (int i = 0; i < ruled.forbiddenCount(); i++) {
        int[] p = ruled.forbiddenPair(i);
        rep += ((mask >> p[0]) & 1) == ((mask >> p[1]) & 1) ? 1 : 0;
      }
      fewest = Math.min(fewest, rep);
    }
    return fewest;
  }

  @Test
  void nextRound_cooldownThatCannotBeKept_fewestRepeatsReported() {
    // 6 people in triples with a cool-down of 5 rounds: after two rounds everyone has met 4 of 5
    // others, so the third round must repeat (the exact method proves it).
    int n = 6;
    GroupingInstance base = GroupingInstance.dense(n, new double[n * n]).groupsOf(3).build();
    int[][] history = {{0, 0, 0, 1, 1, 1}, {0, 1, 1, 0, 0, 1}};
    GroupingResult r = Groupings.nextRound(base, history, 5, GroupingOptions.DEFAULTS);
    assertThat(r.status()).isEqualTo(GroupingStatus.INFEASIBLE);
    int fewest = fewestBrokenInHalves(Groupings.withHistory(base, history, 5));
    assertThat(fewest).isGreaterThan(0);
    assertThat(r.forbiddenTogether()).isEqualTo(fewest);
  }

  @Test
  void nextRound_largerPoolCooldownBroken_repeatsAreTheFewest() {
    // 16 people in two groups of 8 (the heuristic path), cool-down 4: three earlier rounds.
    int n = 16;
    GroupingInstance base = GroupingInstance.dense(n, new double[n * n]).groupsOf(8).build();
    int[][] history = new int[3][n];
    for (int x = 0; x < n; x++) {
      history[0][x] = x / 8;
      history[1][x] = (x / 4) % 2;
      history[2][x] = (x / 2) % 2;
    }
    GroupingInstance ruled = Groupings.withHistory(base, history, 4);
    GroupingResult r = Groupings.nextRound(base, history, 4, GroupingOptions.DEFAULTS.withSeed(3));
    int fewest = fewestBrokenInHalves(ruled);
    assertThat(fewest).isGreaterThan(0);
    assertThat(r.forbiddenTogether()).isEqualTo(fewest);
  }

  @Test
  void withHistory_badRound_rejected() {
    GroupingInstance base = GroupingInstance.dense(4, new double[16]).groupsOf(2).build();
    assertThatThrownBy(() -> Groupings.withHistory(base, new int[][] {{0, 1, 0}}, 2))
        .hasMessage("history round 0 must give a group for each of the 4 items but had 3");
  }
}
