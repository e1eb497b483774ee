package io.peermatch.core.internal.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.api.Constraints;
import io.peermatch.api.Diagnostic;
import io.peermatch.api.Explanation;
import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingCancelledException;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.MatchingStatus;
import io.peermatch.api.Participant;
import io.peermatch.api.Scoring;
import io.peermatch.api.SkillContribution;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.candidates.Prepared;
import io.peermatch.core.kernel.SolveControl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchingAssemblerTest {

  @Test
  void assemble_poolPair_listsTheTeacherFirstAndExplains() {
    // Under complementarity, b → a scores 0.8 * 1 = 0.8 and a → b scores 0: b is listed first.
    Participant a = Participant.builder("a").attribute("department", "x").seeks("go:1").build();
    Participant b = Participant.builder("b").attribute("department", "y").offers("go:0.8").build();
    MatchingProblem problem =
        MatchingProblem.pool(List.of(a, b))
            .scoring(Scoring.complementarity())
            .constraint(Constraints.prefer(Constraints.differentValue("department"), 0.25))
            .build();
    Prepared prepared = Prepared.prepare(problem);
    CandidateGraph g = prepared.graph();
    assertThat(g.edgeCount()).isEqualTo(1);
    Matching m =
        MatchingAssembler.assemble(
            prepared, "test", new int[] {0}, MatchingStatus.OK, 5, 7, Map.of());
    MatchedPair pair = m.pairs().get(0);
    assertThat(pair.first()).isEqualTo("b");
    assertThat(pair.second()).isEqualTo("a");
    assertThat(pair.score()).isCloseTo(0.8, within(1e-12));
    assertThat(pair.weight()).isCloseTo(1.05, within(1e-12)); // 0.8 + 0.25
    assertThat(pair.explanation().skills())
        .containsExactly(
            new SkillContribution("go", 0.8, SkillContribution.Direction.FIRST_TEACHES_SECOND));
    assertThat(pair.explanation().terms()).hasSize(1);
    assertThat(pair.explanation().terms().get(0).name()).isEqualTo("different department");
    assertThat(m.objective()).isCloseTo(1.05, within(1e-12));
    assertThat(m.unmatched()).isEmpty();
    assertThat(m.diagnostics().strategy()).isEqualTo("test");
    assertThat(m.diagnostics().iterations()).isEqualTo(7);
    assertThat(m.diagnostics().candidateEdges()).isEqualTo(1);
    assertThat(m.diagnostics().values()).containsEntry("candidates_exact", 1.0);
  }

  @Test
  void assemble_listsPairsInEdgeOrderWhateverTheKernelOrder() {
    Participant m1 = Participant.builder("m1").offers("go:1").build();
    Participant m2 = Participant.builder("m2").offers("go:0.5").build();
    Participant e1 = Participant.builder("e1").seeks("go:1").build();
    Participant e2 = Participant.builder("e2").seeks("go:0.5").build();
    Participant e3 = Participant.builder("e3").build();
    MatchingProblem problem =
        MatchingProblem.twoSided(List.of(m1, m2), List.of(e1, e2, e3)).build();
    Prepared prepared = Prepared.prepare(problem);
    CandidateGraph g = prepared.graph();
    int[] edges = {g.edgeBetween(1, 2), g.edgeBetween(0, 3)};
    Matching m =
        MatchingAssembler.assemble(prepared, "t", edges, MatchingStatus.OK, 0, 0, Map.of());
    assertThat(m.pairs()).extracting(MatchedPair::first).containsExactly("m1", "m2");
    assertThat(m.pairs()).extracting(MatchedPair::second).containsExactly("e2", "e1");
    assertThat(m.unmatched()).containsExactly("e3");
    // m1-e2: 1 * 0.5; m2-e1: 0.5 * 1
    assertThat(m.objective()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void explanation_keepsAtMostFiveSkillsLargestFirst() {
    Participant t = Participant.builder("t").offers("a:1;b:1;c:1;d:1;e:1;f:1;g:1").build();
    Participant s =
        Participant.builder("s").seeks("a:0.1;b:0.2;c:0.3;d:0.4;e:0.5;f:0.6;g:0.7").build();
    Prepared prepared = Prepared.prepare(MatchingProblem.twoSided(List.of(t), List.of(s)).build());
    Matching m =
        MatchingAssembler.assemble(prepared, "t", new int[] {0}, MatchingStatus.OK, 0, 0, Map.of());
    assertThat(m.pairs().get(0).explanation().skills())
        .extracting(SkillContribution::skill)
        .containsExactly("g", "f", "e", "d", "c");
    assertThat(MatchingAssembler.EXPLANATION_SKILLS).isEqualTo(5);
  }

  /**
   * Explanations are built in parallel chunks: the same pairs, in the same order, on 1 or 2
   * threads.
   */
  @Test
  void assemble_manyPairs_sameOnOneAndTwoThreads() {
    MatchingProblem problem = organisation(3000);
    Prepared one = Prepared.prepare(problem, CandidateOptions.DEFAULTS.withThreads(1));
    Prepared two = Prepared.prepare(problem, CandidateOptions.DEFAULTS.withThreads(2));
    int[] edges = disjointEdges(one.graph());
    assertThat(edges.length).isGreaterThan(2 * 1024);
    Matching a = MatchingAssembler.assemble(one, "t", edges, MatchingStatus.OK, 0, 0, Map.of());
    Matching b = MatchingAssembler.assemble(two, "t", edges, MatchingStatus.OK, 0, 0, Map.of());
    assertThat(b.pairs()).isEqualTo(a.pairs());
    assertThat(b.objective()).isEqualTo(a.objective());
    assertThat(a.pairs()).allMatch(p -> !p.explanation().skills().isEmpty());
  }

  /** Once the deadline has passed, every pair goes without an explanation, and says so. */
  @Test
  void assemble_afterTheDeadline_everyPairWithoutExplanation() {
    Prepared prepared =
        Prepared.prepare(organisation(3000), CandidateOptions.DEFAULTS.withThreads(2));
    int[] edges = disjointEdges(prepared.graph());
    Matching explained =
        MatchingAssembler.assemble(prepared, "t", edges, MatchingStatus.OK, 0, 0, Map.of());
    Matching late =
        MatchingAssembler.assemble(
            prepared,
            "t",
            edges,
            MatchingStatus.OK,
            0,
            0,
            new ArrayList<>(),
            SolveControl.none().withDeadlineNanos(System.nanoTime() - 1));
    assertThat(late.pairs()).hasSameSizeAs(explained.pairs());
    assertThat(late.pairs()).allMatch(p -> p.explanation().equals(Explanation.none()));
    assertThat(late.diagnostics().figures())
        .anyMatch(d -> d instanceof Diagnostic.ExplanationsOmitted);
    assertThat(late.objective()).isEqualTo(explained.objective());
    for (int i = 0; i < late.pairs().size(); i++) {
      assertThat(late.pairs().get(i).first()).isEqualTo(explained.pairs().get(i).first());
      assertThat(late.pairs().get(i).score()).isEqualTo(explained.pairs().get(i).score());
    }
  }

  /** An interrupt stops the assembly with the engine's cancellation. */
  @Test
  void assemble_interrupted_throwsCancelled() {
    Prepared prepared =
        Prepared.prepare(organisation(3000), CandidateOptions.DEFAULTS.withThreads(2));
    int[] edges = disjointEdges(prepared.graph());
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(
              () ->
                  MatchingAssembler.assemble(
                      prepared, "t", edges, MatchingStatus.OK, 0, 0, Map.of()))
          .isInstanceOf(MatchingCancelledException.class);
    } finally {
      Thread.interrupted();
    }
  }

  /** {@code n} mentors and {@code n} mentees with a few skills each, seeded. */
  private static MatchingProblem organisation(int n) {
    java.util.Random rnd = new java.util.Random(7);
    String[] skills = {"go", "java", "sql", "k8s", "ml", "ux", "sec", "ops"};
    List<Participant> mentors = new ArrayList<>();
    List<Participant> mentees = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int first = rnd.nextInt(8);
      int second = (first + 1 + rnd.nextInt(7)) % 8;
      mentors.add(
          Participant.builder("m" + i)
              .offers(skills[first] + ":1;" + skills[second] + ":0.5")
              .build());
      mentees.add(Participant.builder("e" + i).seeks(skills[rnd.nextInt(8)] + ":0.8").build());
    }
    return MatchingProblem.twoSided(mentors, mentees).build();
  }

  /** A greedy set of edges without a shared end, in no particular order. */
  private static int[] disjointEdges(CandidateGraph g) {
    boolean[] used = new boolean[g.vertexCount()];
    int[] picked = new int[g.edgeCount()];
    int count = 0;
    for (int e = g.edgeCount() - 1; e >= 0; e--) {
      if (!used[g.u(e)] && !used[g.v(e)]) {
        used[g.u(e)] = true;
        used[g.v(e)] = true;
        picked[count++] = e;
      }
    }
    return java.util.Arrays.copyOf(picked, count);
  }
}
