package io.peermatch.core.internal.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.api.MatchingProblem;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.problem.CompiledProblem;
import org.junit.jupiter.api.Test;

class CandidateRecallTest {

  private static final MatchingProblem PROBLEM =
      CandidateGeneratorTopKProperties.organisation(5, false, 400, 30);

  @Test
  void sampled_exactSearchesFindEveryTopK() {
    CandidateOptions nearest = CandidateGeneratorTopKProperties.topK(6, Integer.MAX_VALUE, 1);
    CandidateGraph g = CandidateGeneratorProperties.generate(PROBLEM, nearest).graph();
    CandidateRecall.Sampled r =
        CandidateRecall.sampled(CompiledProblem.compile(PROBLEM), g, nearest, 200, 7);
    assertThat(r.sampled()).isPositive();
    assertThat(r.graphRecall()).isEqualTo(1.0);
    assertThat(r.searchRecall()).isEqualTo(1.0);
  }

  @Test
  void sampled_tightBudgetLosesRecall_andTheBalancedGraphKeepsLessThanItsSearches() {
    CandidateOptions tight = CandidateGeneratorTopKProperties.topK(6, 6, 1);
    CompiledProblem compiled = CompiledProblem.compile(PROBLEM);
    CandidateRecall.Sampled nearest =
        CandidateRecall.sampled(
            compiled, CandidateGeneratorProperties.generate(PROBLEM, tight).graph(), tight, 300, 7);
    assertThat(nearest.searchRecall()).isLessThan(0.8);
    CandidateOptions balanced = tight.withSelection(CandidateOptions.Selection.BALANCED);
    CandidateRecall.Sampled b =
        CandidateRecall.sampled(
            compiled,
            CandidateGeneratorProperties.generate(PROBLEM, balanced).graph(),
            balanced,
            300,
            7);
    // The same searches, so the same search recall; the graph differs.
    assertThat(b.searchRecall()).isEqualTo(nearest.searchRecall());
    assertThat(b.graphRecall()).isBetween(0.0, 1.0);
  }

  @Test
  void sampled_sameSeedSameSample() {
    CandidateOptions tight = CandidateGeneratorTopKProperties.topK(6, 6, 2);
    CompiledProblem compiled = CompiledProblem.compile(PROBLEM);
    CandidateGraph g = CandidateGeneratorProperties.generate(PROBLEM, tight).graph();
    assertThat(CandidateRecall.sampled(compiled, g, tight, 100, 3))
        .usingRecursiveComparison()
        .ignoringFields("referenceNanos")
        .isEqualTo(CandidateRecall.sampled(compiled, g, tight.withThreads(1), 100, 3));
  }
}
