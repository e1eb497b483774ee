package io.peermatch.core;

import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.candidates.Prepared;
import io.peermatch.core.internal.problem.CompiledProblem;
import java.util.Objects;

/**
 * A problem compiled once and turned into its candidate graph, ready for any number of strategies
 * and for {@link Evaluation}: prepare once, run many strategies on the same candidate pairs.
 *
 * <pre>{@code
 * PreparedProblem prepared = PeerMatch.prepare(problem);
 * Matching best = prepared.match(Strategy.MAX_WEIGHT);
 * Matching stable = prepared.match(Strategy.GALE_SHAPLEY);
 * Metrics metrics = Evaluation.evaluate(prepared, stable, EvaluationOptions.DEFAULTS);
 * }</pre>
 *
 * <p>Immutable and thread-safe: several threads may run strategies on one prepared problem at once.
 * Made by {@link PeerMatch#prepare(MatchingProblem, MatchOptions)}.
 */
public final class PreparedProblem {

  private final Prepared prepared;
  private final MatchOptions options;

  PreparedProblem(Prepared prepared, MatchOptions options) {
    this.prepared = prepared;
    this.options = options;
  }

  /** The problem as given. */
  public MatchingProblem problem() {
    return prepared.problem();
  }

  /** The options the problem was prepared with, which {@link #match(Strategy)} runs with. */
  public MatchOptions options() {
    return options;
  }

  /**
   * The candidate graph every strategy runs on: vertices numbered as the problem lists people (the
   * left side first in a two-sided problem), hard constraints applied, pair weights.
   */
  public CandidateGraph candidateGraph() {
    return prepared.graph();
  }

  /**
   * Whether the graph holds every allowed pair that scores above zero (exact), rather than each
   * person's best {@link MatchOptions#candidates()}.
   */
  public boolean exactCandidates() {
    return prepared.candidates().exact();
  }

  /** Wall time spent building the candidate graph, in nanoseconds. */
  public long candidateNanos() {
    return prepared.candidates().nanos();
  }

  /**
   * Matches this problem with {@code strategy} and the options it was prepared with.
   *
   * @throws IllegalArgumentException if the strategy does not support the problem's shape
   */
  public Matching match(Strategy strategy) {
    return match(strategy, options);
  }

  /**
   * Matches this problem with {@code strategy} and {@code options}, for example another λ,
   * proposing side or timeout. The settings that shape the candidate graph are already fixed; the
   * timeout, deadline, listener and executor of {@code options} apply to this call.
   *
   * @throws IllegalArgumentException if the strategy does not support the problem's shape
   * @throws IllegalStateException if {@code options} differ from the preparation's in the candidate
   *     settings or the seed (prepare again with them instead)
   */
  public Matching match(Strategy strategy, MatchOptions options) {
    Objects.requireNonNull(strategy, "strategy");
    if (!this.options.preparesLike(options)) {
      throw new IllegalStateException(
          "options must match the preparation's candidate settings and seed but were "
              + options
              + " after preparing with "
              + this.options);
    }
    return StrategyRegistry.create(strategy, options).match(prepared, options.startControl());
  }

  /** The engine's prepared problem. */
  Prepared engine() {
    return prepared;
  }

  /** The int-indexed problem. */
  CompiledProblem compiled() {
    return prepared.compiled();
  }

  /** The candidate graph. */
  CandidateGraph graph() {
    return prepared.graph();
  }

  /** The seed of every random choice on this problem. */
  long seed() {
    return prepared.seed();
  }
}
