package io.peermatch.core.internal.candidates;

import io.peermatch.api.IdPair;
import io.peermatch.api.MatchingProblem;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.internal.problem.CompiledRules;
import io.peermatch.core.internal.problem.CompiledScoring;
import io.peermatch.core.kernel.SolveControl;
import java.util.List;

/**
 * A problem compiled and turned into its candidate graph, ready for any number of strategies: the
 * comparison tool prepares once and runs every strategy on the same candidates.
 */
public final class Prepared {

  private final CompiledProblem compiled;
  private final CompiledScoring scoring;
  private final CompiledRules rules;
  private final Candidates candidates;
  private final int[] pinnedEdges;
  private final long seed;
  private final int threads;

  private Prepared(
      MatchingProblem problem, CandidateOptions options, long seed, SolveControl control) {
    this.seed = seed;
    this.threads = Math.max(1, options.effectiveThreads());
    this.compiled = CompiledProblem.compile(problem, control, threads);
    this.scoring = CompiledScoring.of(compiled);
    this.rules = CompiledRules.of(compiled);
    this.candidates = CandidateGenerator.generate(compiled, scoring, rules, options, control);
    control.progress(CandidateGenerator.PHASE, 1.0);
    List<IdPair> pinned = problem.pinnedPairs();
    this.pinnedEdges = new int[pinned.size()];
    CandidateGraph graph = candidates.graph();
    for (int p = 0; p < pinned.size(); p++) {
      int a = compiled.indexOf(pinned.get(p).first());
      int b = compiled.indexOf(pinned.get(p).second());
      pinnedEdges[p] = graph.edgeBetween(a, b);
    }
  }

  /** Compiles {@code problem} and builds its candidate graph with {@code options}. */
  public static Prepared prepare(MatchingProblem problem, CandidateOptions options) {
    return new Prepared(problem, options, problem.seed(), SolveControl.none());
  }

  /**
   * Compiles {@code problem} and builds its candidate graph with {@code options}; random choices
   * (the tie-breaking of derived preferences) use {@code seed} instead of the problem's seed.
   */
  public static Prepared prepare(MatchingProblem problem, CandidateOptions options, long seed) {
    return new Prepared(problem, options, seed, SolveControl.none());
  }

  /**
   * As {@link #prepare(MatchingProblem, CandidateOptions, long)}, honouring {@code control}: its
   * deadline and interruption (a {@link io.peermatch.api.MatchingCancelledException}), its progress
   * listener (phases {@code compile} and {@code candidates}) and its executor.
   */
  public static Prepared prepare(
      MatchingProblem problem, CandidateOptions options, long seed, SolveControl control) {
    return new Prepared(problem, options, seed, control);
  }

  /** Compiles {@code problem} and builds its candidate graph with the default options. */
  public static Prepared prepare(MatchingProblem problem) {
    return prepare(problem, CandidateOptions.DEFAULTS);
  }

  /** The original problem. */
  public MatchingProblem problem() {
    return compiled.problem();
  }

  /** The seed of every random choice made on this problem: the problem's, unless overridden. */
  public long seed() {
    return seed;
  }

  /** The threads parallel steps use: the configured number, or one per processor. */
  public int threads() {
    return threads;
  }

  /** The int-indexed problem. */
  public CompiledProblem compiled() {
    return compiled;
  }

  /** The compiled scoring. */
  public CompiledScoring scoring() {
    return scoring;
  }

  /** The compiled rules. */
  public CompiledRules rules() {
    return rules;
  }

  /** The candidate graph and how it was made. */
  public Candidates candidates() {
    return candidates;
  }

  /** The candidate graph. */
  public CandidateGraph graph() {
    return candidates.graph();
  }

  /** The edge ids of the pinned pairs, in the order given. */
  public int[] pinnedEdges() {
    return pinnedEdges.clone();
  }
}
