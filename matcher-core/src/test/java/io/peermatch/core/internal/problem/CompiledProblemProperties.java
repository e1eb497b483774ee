package io.peermatch.core.internal.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peermatch.api.MatchingProblem;
import io.peermatch.core.kernel.SolveControl;
import io.peermatch.core.testing.RandomProblems;
import io.peermatch.core.testing.RandomProblems.Settings;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class CompiledProblemProperties {

  /**
   * Compiling in chunks on several threads gives what one chunk on one thread gives: the same ids,
   * capacities, skill names, skill rows, attribute values and codes (names sorted, codes in value
   * order), whatever the chunk size.
   */
  @Property(tries = 1000, seed = "20261205")
  void chunksAndThreads_doNotChangeTheResult(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 7) int chunk) {
    MatchingProblem problem = RandomProblems.generate(seed, Settings.everything(12));
    CompiledProblem one = CompiledProblem.compile(problem, SolveControl.none(), 1, 1 << 20);
    CompiledProblem many = CompiledProblem.compile(problem, SolveControl.none(), 3, chunk);
    assertThat(describe(many)).isEqualTo(describe(one));
  }

  @Property(tries = 200, seed = "20261205")
  void skillNamesAndAttributeValues_areSorted(@ForAll long seed) {
    CompiledProblem c =
        CompiledProblem.compile(
            RandomProblems.generate(seed, Settings.everything(12)), SolveControl.none(), 2, 3);
    for (int s = 1; s < c.skillCount(); s++) {
      assertThat(c.skillName(s - 1)).isLessThan(c.skillName(s));
    }
    for (String attribute : c.attributeNames()) {
      String[] values = c.attributeValues(attribute);
      int[] codes = c.attributeCodes(attribute);
      for (int v = 1; v < values.length; v++) {
        assertThat(values[v - 1]).isLessThan(values[v]);
      }
      for (int i = 0; i < c.size(); i++) {
        String value = c.participant(i).attributes().get(attribute);
        assertThat(codes[i] < 0 ? null : values[codes[i]]).isEqualTo(value);
      }
    }
  }

  @Example
  void compile_rejectsFewerThanOneThread() {
    MatchingProblem problem = RandomProblems.generate(1, Settings.everything(4));
    assertThatThrownBy(() -> CompiledProblem.compile(problem, SolveControl.none(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be at least 1 but was 0");
  }

  private static List<String> describe(CompiledProblem c) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      out.add(c.id(i) + " -> " + c.indexOf(c.id(i)) + " capacity " + c.capacity(i));
      out.add("offers " + row(c, c.offers(), i) + " seeks " + row(c, c.seeks(), i));
    }
    for (int s = 0; s < c.skillCount(); s++) {
      out.add("skill " + s + " " + c.skillName(s));
    }
    for (String attribute : c.attributeNames()) {
      out.add(attribute + " " + List.of(c.attributeValues(attribute)));
      StringBuilder codes = new StringBuilder();
      for (int code : c.attributeCodes(attribute)) {
        codes.append(code).append(' ');
      }
      out.add(codes.toString());
    }
    return out;
  }

  private static String row(CompiledProblem c, SkillMatrix m, int i) {
    StringBuilder b = new StringBuilder();
    for (int k = m.start(i); k < m.end(i); k++) {
      b.append(c.skillName(m.skill(k))).append('=').append(m.level(k)).append(';');
    }
    return b.toString();
  }
}
