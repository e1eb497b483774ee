package io.peermatch.core.internal.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.kernel.SolveControl;
import io.peermatch.core.testing.RandomProblems;
import io.peermatch.core.testing.RandomProblems.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The posting lists of {@link SkillIndex} and its restriction to a set of participants. */
class SkillIndexProperties {

  /**
   * A restricted index holds, for every list, exactly the included members of the full list in the
   * same order, and its tie blocks are the runs of equal levels: what building the index of the
   * included participants from scratch gives. Built and restricted on one to three threads (each
   * list by one), the index is the same.
   */
  @Property(tries = 1000, seed = "20261205")
  void restriction_keepsTheIncludedEntriesInOrder_withTheirTieBlocks(@ForAll long seed) {
    CompiledProblem problem =
        CompiledProblem.compile(
            RandomProblems.generate(seed, Settings.everything(30).withDyadic(seed % 2 == 0)));
    int n = problem.size();
    int from = problem.isPool() ? 0 : problem.leftCount();
    SkillIndex full = SkillIndex.build(problem, from, n);
    int threads = 1 + (int) Math.floorMod(seed, 3L);
    SkillIndex onThreads =
        SkillIndex.build(problem, new int[] {from, n}, threads, SolveControl.none(), "test")[0];
    assertThat(onThreads.offerEntry).isEqualTo(full.offerEntry);
    assertThat(onThreads.offerBlockEnd).isEqualTo(full.offerBlockEnd);
    assertThat(onThreads.seekEntry).isEqualTo(full.seekEntry);
    assertThat(onThreads.seekBlockEnd).isEqualTo(full.seekBlockEnd);
    Random rnd = new Random(seed);
    boolean[] include = new boolean[n];
    int share = rnd.nextInt(11);
    for (int i = 0; i < n; i++) {
      include[i] = rnd.nextInt(10) < share;
    }
    SkillIndex restricted = full.restrictedTo(include, threads, SolveControl.none(), "test");
    int skills = problem.skillCount();
    check(full.offerStart, full.offerEntry, restricted, true, include, skills);
    check(full.seekStart, full.seekEntry, restricted, false, include, skills);
  }

  private static void check(
      int[] fullStart,
      long[] fullEntry,
      SkillIndex restricted,
      boolean offers,
      boolean[] include,
      int skills) {
    int[] start = offers ? restricted.offerStart : restricted.seekStart;
    long[] entry = offers ? restricted.offerEntry : restricted.seekEntry;
    int[] blockEnd = offers ? restricted.offerBlockEnd : restricted.seekBlockEnd;
    for (int s = 0; s < skills; s++) {
      List<Long> expected = new ArrayList<>();
      for (int p = fullStart[s]; p < fullStart[s + 1]; p++) {
        if (include[SkillIndex.member(fullEntry[p])]) {
          expected.add(fullEntry[p]);
        }
      }
      List<Long> actual = new ArrayList<>();
      for (int p = start[s]; p < start[s + 1]; p++) {
        actual.add(entry[p]);
        int end = p + 1;
        while (end < start[s + 1] && SkillIndex.level(entry[end]) == SkillIndex.level(entry[p])) {
          end++;
        }
        assertThat(blockEnd[p]).as("block end of entry %d of skill %d", p, s).isEqualTo(end);
      }
      assertThat(actual).as("list of skill %d (offers %s)", s, offers).isEqualTo(expected);
    }
  }
}
