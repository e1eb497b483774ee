package io.peermatch.benchmarks;

import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.core.Evaluation;
import io.peermatch.core.EvaluationOptions;
import io.peermatch.core.Metrics;
import io.peermatch.core.PeerMatch;
import io.peermatch.core.PreparedProblem;
import io.peermatch.core.Strategy;

/**
 * The body of one forked scale run (started by {@link ScaleRun}): generates the seeded synthetic
 * organisation, builds the candidate graph, matches with one strategy and evaluates every metric,
 * timing each phase and following the peak heap; prints one {@link ScaleResult} line on standard
 * output and progress on standard error. A failure (out of memory, a strategy that does not support
 * the problem, any exception) becomes the result's status, never a crash.
 *
 * <pre>
 * java -Xmx4g -cp benchmarks.jar io.peermatch.benchmarks.ScaleChild 1000000 mentoring max-weight 4g 1000
 * </pre>
 */
final class ScaleChild {

  private ScaleChild() {}

  /** Arguments: people, shape ({@code mentoring} or {@code pool}), strategy, heap label. */
  public static void main(String[] args) {
    if (args.length != 4 && args.length != 5) {
      System.err.println("usage: ScaleChild PEOPLE mentoring|pool STRATEGY HEAP [RECALL-SAMPLE]");
      System.exit(2);
    }
    int recall = args.length == 5 ? Integer.parseInt(args[4]) : 0;
    ScaleResult r = run(Integer.parseInt(args[0]), args[1], args[2], args[3], recall);
    System.out.println(r.toLine());
    System.out.flush();
  }

  /** Runs the phases in this JVM, without measuring recall. */
  static ScaleResult run(int people, String shape, String strategyName, String heap) {
    return run(people, shape, strategyName, heap, 0);
  }

  /**
   * Runs the phases in this JVM; then, when {@code recallSample > 0}, measures the candidate
   * graph's recall@K on that many people (untimed).
   */
  static ScaleResult run(
      int people, String shape, String strategyName, String heap, int recallSample) {
    long[] ms = {-1, -1, -1, -1};
    String[] phases = {"generation", "candidates", "strategy", "evaluation"};
    long edges = -1;
    long pairs = -1;
    double fill = -1;
    double graphRecall = -1;
    double searchRecall = -1;
    String status = "ok";
    int phase = 0;
    long gcBefore = HeapPeak.gcMillis();
    try (HeapPeak peak = HeapPeak.start()) {
      try {
        Strategy strategy = Strategy.of(strategyName);
        long t = System.nanoTime();
        MatchingProblem problem = problem(shape, people);
        ms[phase] = elapsed(t);
        progress(shape, strategyName, people, phases[phase], ms[phase], peak);

        phase = 1;
        t = System.nanoTime();
        PreparedProblem prepared = PeerMatch.prepare(problem);
        problem = null;
        ms[phase] = elapsed(t);
        edges = prepared.candidateGraph().edgeCount();
        progress(shape, strategyName, people, phases[phase], ms[phase], peak);

        phase = 2;
        t = System.nanoTime();
        Matching matching = prepared.match(strategy);
        ms[phase] = elapsed(t);
        pairs = matching.size();
        progress(shape, strategyName, people, phases[phase], ms[phase], peak);

        phase = 3;
        t = System.nanoTime();
        Metrics metrics = Evaluation.evaluate(prepared, matching, EvaluationOptions.DEFAULTS);
        ms[phase] = elapsed(t);
        progress(shape, strategyName, people, phases[phase], ms[phase], peak);
        fill = metrics.get("capacity_fill");
        System.err.println("  coverage " + metrics.get("coverage") + ", capacity fill " + fill);
        if (recallSample > 0) {
          // Not timed: an exact reference for a sample, scoring every possible partner.
          Evaluation.CandidateRecall recall =
              Evaluation.candidateRecall(prepared, recallSample, Organisations.SEED);
          graphRecall = recall.graph();
          searchRecall = recall.search();
          System.err.println("  recall@K graph " + graphRecall + ", search " + searchRecall);
        }
      } catch (OutOfMemoryError e) {
        status = "out-of-memory in " + phases[phase];
      } catch (IllegalArgumentException e) {
        status =
            (phase == 2 ? "unsupported: " : "failed in " + phases[phase] + ": ") + e.getMessage();
      } catch (RuntimeException e) {
        status = "failed in " + phases[phase] + ": " + e;
      }
      // Late notifications of the last collections arrive on another thread.
      sleep(200);
      return new ScaleResult(
          shape,
          strategyName,
          people,
          heap,
          edges,
          pairs,
          fill,
          graphRecall,
          searchRecall,
          ms[0],
          ms[1],
          ms[2],
          ms[3],
          peak.peakBytes(),
          peak.afterCollectionBytes(),
          -1,
          HeapPeak.gcMillis() - gcBefore,
          status);
    }
  }

  static MatchingProblem problem(String shape, int people) {
    return switch (shape) {
      case "mentoring" -> Organisations.mentoring(people);
      case "pool" -> Organisations.peersOfCapacityOne(people);
      default ->
          throw new IllegalArgumentException(
              "shape must be mentoring or pool but was '" + shape + "'");
    };
  }

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static void progress(
      String shape, String strategy, int people, String phase, long ms, HeapPeak peak) {
    System.err.printf(
        "  %s %s %d: %s %d ms, peak heap so far %d MiB%n",
        shape, strategy, people, phase, ms, peak.peakBytes() >> 20);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
