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
 * java -Xmx4g -cp benchmarks.jar io.peermatch.benchmarks.ScaleChild 1000000 mentoring max-weight 4g
 * </pre>
 */
final class ScaleChild {

  private ScaleChild() {}

  /** Arguments: people, shape ({@code mentoring} or {@code pool}), strategy, heap label. */
  public static void main(String[] args) {
    if (args.length != 4) {
      System.err.println("usage: ScaleChild PEOPLE mentoring|pool STRATEGY HEAP");
      System.exit(2);
    }
    ScaleResult r = run(Integer.parseInt(args[0]), args[1], args[2], args[3]);
    System.out.println(r.toLine());
    System.out.flush();
  }

  /** Runs the phases in this JVM. */
  static ScaleResult run(int people, String shape, String strategyName, String heap) {
    long[] ms = {-1, -1, -1, -1};
    String[] phases = {"generation", "candidates", "strategy", "evaluation"};
    long edges = -1;
    long pairs = -1;
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
        System.err.println("  coverage " + metrics.get("coverage"));
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
