package io.peermatch.core.internal.candidates;

import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.internal.problem.CompiledRules;
import io.peermatch.core.internal.problem.CompiledScoring;

/**
 * One participant's best partners on demand, from an index built once: the query of the top-K
 * candidate generator ({@link CandidateQuery}) for a single person, for ranked suggestions.
 * Thread-safe: each thread reads with its own scratch space.
 */
public final class CandidateSearch {

  private final CandidateGenerator generator;
  private final ThreadLocal<Scratch> scratch;

  private record Scratch(CandidateQuery query, EdgeBuffer out) {}

  private CandidateSearch(CandidateGenerator generator) {
    this.generator = generator;
    this.scratch =
        ThreadLocal.withInitial(() -> new Scratch(new CandidateQuery(generator), new EdgeBuffer()));
  }

  /**
   * Indexes {@code problem} for searches of up to {@code options.k()} partners, always in top-K
   * mode (whatever the problem's size).
   */
  public static CandidateSearch of(
      CompiledProblem problem,
      CompiledScoring scoring,
      CompiledRules rules,
      CandidateOptions options) {
    return new CandidateSearch(
        CandidateGenerator.forSearch(problem, scoring, rules, options.withExactPairLimit(0)));
  }

  /**
   * The best allowed partners of participant {@code q}, best first: their indices go to {@code
   * partners} and their weights to {@code weights} (both at least {@code k} long).
   *
   * @return how many were found, at most {@code k}
   */
  public int search(int q, int[] partners, double[] weights) {
    Scratch s = scratch.get();
    s.out().clear();
    s.query().run(q, s.out());
    int found = s.out().size();
    for (int i = 0; i < found; i++) {
      int a = s.out().u(i);
      partners[i] = a == q ? s.out().v(i) : a;
      weights[i] = s.out().weight(i);
    }
    return found;
  }

  /** The most partners one search returns. */
  public int k() {
    return generator.k;
  }
}
