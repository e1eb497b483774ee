package io.peermatch.core.internal.candidates;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.internal.problem.CompiledRules;
import io.peermatch.core.internal.problem.CompiledScoring;
import java.util.Arrays;

/**
 * Measures how much of the exact top-K a candidate graph keeps, and how much one participant's own
 * search finds: recall@K against an exact reference for a seeded sample of participants, whose top
 * K is found by scoring every possible partner with the scoring and the rules (no index, no
 * pruning). For each sampled participant q with exact K-th best weight {@code t_q}, a hit is a
 * candidate of q whose weight is at least {@code t_q} (so ties at the boundary count as hits,
 * whichever of the tied partners was kept); recall is {@code Σ_q min(K, hits_q) / Σ_q min(K, exact
 * candidates_q)}.
 */
public final class CandidateRecall {

  private CandidateRecall() {}

  /**
   * The recall of a graph and of the search on one sample.
   *
   * @param graphRecall the share of the sampled exact top-K pairs present in {@code graph} (ties at
   *     the boundary count as found); the balanced selection leaves out by design the pairs with
   *     people whose candidacies are full, so this is below the search recall
   * @param searchRecall the share found by one participant's own search ({@link CandidateSearch},
   *     the query every candidate list starts from)
   * @param sampled participants in the sample that have at least one possible partner
   * @param referenceNanos wall time of the exact reference
   */
  public record Sampled(
      double graphRecall, double searchRecall, int sampled, long referenceNanos) {}

  /**
   * Samples {@code size} participants of {@code problem} (seeded) and measures the recall@K of
   * {@code graph} and of the search with {@code options}, K being {@code options.k()}.
   */
  public static Sampled sampled(
      CompiledProblem problem,
      CandidateGraph graph,
      CandidateOptions options,
      int size,
      long seed) {
    CompiledScoring scoring = CompiledScoring.of(problem);
    CompiledRules rules = CompiledRules.of(problem);
    CandidateSearch search = CandidateSearch.of(problem, scoring, rules, options);
    int n = problem.size();
    int k = options.k();
    int[] sample = sample(n, Math.min(size, n), seed);
    long[] graphHits = new long[sample.length];
    long[] searchHits = new long[sample.length];
    long[] wanted = new long[sample.length];
    long start = System.nanoTime();
    java.util.concurrent.atomic.AtomicInteger next =
        new java.util.concurrent.atomic.AtomicInteger();
    Runnable worker =
        () -> {
          double[] best = new double[k];
          int[] partners = new int[k];
          double[] weights = new double[k];
          int i;
          while ((i = next.getAndIncrement()) < sample.length) {
            int q = sample[i];
            int found = exactTopK(problem, scoring, rules, q, best);
            if (found == 0) {
              continue;
            }
            double threshold = best[found - 1];
            wanted[i] = found;
            int inGraph = 0;
            for (int j = graph.adjacencyStart(q); j < graph.adjacencyEnd(q); j++) {
              if (graph.weight(graph.adjacentEdge(j)) >= threshold) {
                inGraph++;
              }
            }
            graphHits[i] = Math.min(found, inGraph);
            int got = search.search(q, partners, weights);
            int inSearch = 0;
            for (int r = 0; r < got; r++) {
              if (weights[r] >= threshold) {
                inSearch++;
              }
            }
            searchHits[i] = Math.min(found, inSearch);
          }
        };
    int threads = Math.max(1, options.effectiveThreads());
    Thread[] pool = new Thread[threads - 1];
    for (int t = 0; t < pool.length; t++) {
      pool[t] = new Thread(worker, "peermatch-recall");
      pool[t].start();
    }
    worker.run();
    for (Thread t : pool) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("recall measurement was interrupted", e);
      }
    }
    long want = 0;
    long hitGraph = 0;
    long hitSearch = 0;
    int counted = 0;
    for (int i = 0; i < sample.length; i++) {
      if (wanted[i] > 0) {
        counted++;
        want += wanted[i];
        hitGraph += graphHits[i];
        hitSearch += searchHits[i];
      }
    }
    return new Sampled(
        want == 0 ? 1.0 : (double) hitGraph / want,
        want == 0 ? 1.0 : (double) hitSearch / want,
        counted,
        System.nanoTime() - start);
  }

  /** {@code size} distinct participants out of {@code n}, by a seeded partial shuffle. */
  private static int[] sample(int n, int size, long seed) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    for (int i = 0; i < size; i++) {
      int j = i + random.nextInt(n - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    return Arrays.copyOf(all, size);
  }

  /**
   * The K best weights of q's allowed partners of positive relevance or weight, by scoring every
   * possible partner, best first into {@code best}; returns how many (at most K).
   */
  private static int exactTopK(
      CompiledProblem problem, CompiledScoring scoring, CompiledRules rules, int q, double[] best) {
    int n = problem.size();
    int left = problem.leftCount();
    boolean pool = problem.isPool();
    boolean qLeft = pool || q < left;
    int from = pool ? 0 : (qLeft ? left : 0);
    int to = pool ? n : (qLeft ? n : left);
    int k = best.length;
    int size = 0;
    for (int c = from; c < to; c++) {
      if (c == q) {
        continue;
      }
      int a = qLeft ? q : c;
      int b = qLeft ? c : q;
      double relevance = scoring.relevance(a, b);
      if (!rules.allows(a, b, relevance)) {
        continue;
      }
      double weight = relevance + rules.softTerms(a, b, relevance);
      if (!(relevance > 0 || weight > 0)) {
        continue;
      }
      if (size < k) {
        best[size++] = weight;
      } else if (weight > best[k - 1]) {
        best[k - 1] = weight;
      } else {
        continue;
      }
      // Keep best[] sorted, largest first (k is small).
      for (int j = size - 1; j > 0 && best[j] > best[j - 1]; j--) {
        double t = best[j];
        best[j] = best[j - 1];
        best[j - 1] = t;
      }
    }
    return size;
  }
}
