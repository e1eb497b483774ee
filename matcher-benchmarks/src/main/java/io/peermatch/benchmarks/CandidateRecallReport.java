package io.peermatch.benchmarks;

import io.peermatch.api.MatchingProblem;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.candidates.CandidateRecall;
import io.peermatch.core.internal.problem.CompiledProblem;
import java.util.Locale;

/**
 * Prints recall@K of the pruned candidate generator against the exact top-K on seeded synthetic
 * organisations, for the README.
 *
 * <pre>
 * java -cp matcher-benchmarks/target/benchmarks.jar io.peermatch.benchmarks.CandidateRecallReport 20000
 * </pre>
 */
public final class CandidateRecallReport {

  private CandidateRecallReport() {}

  public static void main(String[] args) {
    int employees = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    for (String shape : new String[] {"mentoring", "peers"}) {
      MatchingProblem problem =
          shape.equals("peers")
              ? Organisations.peers(employees)
              : Organisations.mentoring(employees);
      CompiledProblem compiled = CompiledProblem.compile(problem);
      for (int k : new int[] {8, 16, 32}) {
        CandidateRecall.Result r =
            CandidateRecall.measure(compiled, CandidateOptions.DEFAULTS.withK(k));
        System.out.printf(
            Locale.ROOT,
            "%s %d people, K=%d: recall@K %.4f; pruned %.0f ms (%d edges), exact %.0f ms (%d edges)%n",
            shape,
            employees,
            k,
            r.recall(),
            r.prunedNanos() / 1e6,
            r.prunedEdges(),
            r.exactNanos() / 1e6,
            r.exactEdges());
      }
    }
  }
}
