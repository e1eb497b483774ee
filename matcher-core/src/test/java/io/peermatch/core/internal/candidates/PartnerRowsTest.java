package io.peermatch.core.internal.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.api.MatchingProblem;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.internal.problem.CompiledRules;
import io.peermatch.core.internal.problem.CompiledScoring;
import io.peermatch.core.internal.problem.SkillMatrix;
import io.peermatch.core.testing.RandomProblems;
import io.peermatch.core.testing.RandomProblems.Settings;
import org.junit.jupiter.api.Test;

class PartnerRowsTest {

  /** Each packed row holds the participant's offered, then sought, skills and levels exactly. */
  @Test
  void rows_holdEveryEntryOfBothMatrices() {
    for (long seed = 1; seed <= 50; seed++) {
      CompiledProblem compiled =
          CompiledProblem.compile(RandomProblems.generate(seed, Settings.everything(12)));
      PartnerRows rows = PartnerRows.of(compiled.offers(), compiled.seeks(), compiled.skillCount());
      assertThat(rows).as("seed %d", seed).isNotNull();
      for (int p = 0; p < compiled.size(); p++) {
        int at = rows.start[p];
        assertThat(rows.data[at++])
            .isEqualTo(compiled.offers().end(p) - compiled.offers().start(p));
        at = assertRow(rows, compiled.offers(), p, at);
        at = assertRow(rows, compiled.seeks(), p, at);
        assertThat(at).isEqualTo(rows.start[p + 1]);
      }
    }
  }

  private static int assertRow(PartnerRows rows, SkillMatrix m, int p, int at) {
    for (int k = m.start(p); k < m.end(p); k++, at++) {
      int entry = rows.data[at];
      assertThat(entry >>> rows.levelBits).isEqualTo(m.skill(k));
      assertThat(Double.doubleToRawLongBits(rows.levels[entry & rows.levelMask]))
          .isEqualTo(Double.doubleToRawLongBits(m.level(k)));
    }
    return at;
  }

  /** More distinct levels than the codes can name: no packed rows. */
  @Test
  void manyDistinctLevels_noRows() {
    CompiledProblem many = CompiledProblem.compile(organisation(1));
    assertThat(distinctLevels(many)).isGreaterThan(PartnerRows.MAX_LEVELS);
    assertThat(PartnerRows.of(many.offers(), many.seeks(), many.skillCount())).isNull();
  }

  /**
   * The top-K searches rescore to the same relevance, bit for bit, as the scoring: from packed rows
   * (levels on a grid) and from the matrices (too many distinct levels to pack).
   */
  @Test
  void topK_rescoredRelevance_isTheScoringsBitForBit_packedOrNot() {
    MatchingProblem gridded = CandidateGeneratorTopKProperties.organisationOnGrid(2, true, 600, 30);
    for (MatchingProblem problem : new MatchingProblem[] {gridded, organisation(3)}) {
      CompiledProblem compiled = CompiledProblem.compile(problem);
      CompiledScoring scoring = CompiledScoring.of(compiled);
      CandidateOptions options = CandidateGeneratorTopKProperties.topK(6, 200, 2);
      boolean packed =
          CandidateGenerator.forSearch(compiled, scoring, CompiledRules.of(compiled), options)
                  .partnerRows
              != null;
      assertThat(packed).isEqualTo(problem == gridded);
      CandidateGraph graph =
          CandidateGenerator.generate(compiled, scoring, CompiledRules.of(compiled), options)
              .graph();
      assertThat(graph.edgeCount()).isGreaterThan(1000);
      for (int e = 0; e < graph.edgeCount(); e++) {
        assertThat(Double.doubleToRawLongBits(graph.relevance(e)))
            .as("edge (%d, %d)", graph.u(e), graph.v(e))
            .isEqualTo(Double.doubleToRawLongBits(scoring.relevance(graph.u(e), graph.v(e))));
      }
    }
  }

  /** A pool of 1,500 people whose levels are drawn at random: several thousand distinct ones. */
  private static MatchingProblem organisation(long seed) {
    return CandidateGeneratorTopKProperties.organisation(seed, true, 1500, 40);
  }

  private static int distinctLevels(CompiledProblem compiled) {
    java.util.Set<Double> levels = new java.util.HashSet<>();
    for (SkillMatrix m : new SkillMatrix[] {compiled.offers(), compiled.seeks()}) {
      for (int k = 0; k < m.entries(); k++) {
        levels.add(m.level(k));
      }
    }
    return levels.size();
  }
}
