package io.peermatch.core.internal.candidates;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.internal.problem.CompiledRules;
import io.peermatch.core.internal.problem.CompiledScoring;
import java.util.Arrays;

/**
 * Measures how much of the exact top-K the pruned candidate generator finds: recall@K.
 *
 * <p>The reference is the same generator with untruncated posting lists, which makes every query's
 * top-K exact. For each participant q with exact K-th best weight {@code t_q}, a hit is a candidate
 * of q in the pruned graph whose weight is at least {@code t_q} (so ties at the boundary count as
 * hits, whichever of the tied partners was kept); recall is {@code Σ_q min(K, hits_q) / Σ_q min(K,
 * exact candidates_q)}.
 */
public final class CandidateRecall {

  /**
   * The outcome of one measurement.
   *
   * @param recall recall@K in [0, 1]
   * @param prunedNanos time of the pruned generator
   * @param exactNanos time of the exact reference
   * @param prunedEdges edges of the pruned graph
   * @param exactEdges edges of the exact graph
   */
  public record Result(
      double recall, long prunedNanos, long exactNanos, int prunedEdges, int exactEdges) {}

  private CandidateRecall() {}

  /** Recall@K of the generator with {@code options} (forced into top-K mode) on {@code problem}. */
  public static Result measure(CompiledProblem problem, CandidateOptions options) {
    CompiledScoring scoring = CompiledScoring.of(problem);
    CompiledRules rules = CompiledRules.of(problem);
    CandidateOptions topK = options.withExactPairLimit(0);
    Candidates pruned = CandidateGenerator.generate(problem, scoring, rules, topK);
    Candidates exact =
        CandidateGenerator.generate(
            problem, scoring, rules, topK.withPostingLimit(Integer.MAX_VALUE));
    int k = options.k();
    CandidateGraph a = pruned.graph();
    CandidateGraph b = exact.graph();
    long hits = 0;
    long wanted = 0;
    double[] weights = new double[16];
    for (int q = 0; q < problem.size(); q++) {
      int degree = b.degree(q);
      if (degree == 0) {
        continue;
      }
      if (weights.length < degree) {
        weights = new double[degree];
      }
      for (int i = 0; i < degree; i++) {
        weights[i] = b.weight(b.adjacentEdge(b.adjacencyStart(q) + i));
      }
      Arrays.sort(weights, 0, degree);
      int want = Math.min(k, degree);
      double threshold = weights[degree - want];
      int found = 0;
      for (int j = a.adjacencyStart(q); j < a.adjacencyEnd(q); j++) {
        if (a.weight(a.adjacentEdge(j)) >= threshold) {
          found++;
        }
      }
      hits += Math.min(want, found);
      wanted += want;
    }
    double recall = wanted == 0 ? 1.0 : (double) hits / wanted;
    return new Result(recall, pruned.nanos(), exact.nanos(), a.edgeCount(), b.edgeCount());
  }
}
