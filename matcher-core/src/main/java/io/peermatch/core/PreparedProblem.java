package io.peermatch.core;

import io.peermatch.api.Explanation;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.candidates.Prepared;
import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.internal.strategy.MatchingAssembler;
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

  /**
   * Why {@code first} and {@code second} would make a pair: the largest skill contributions under
   * the problem's scoring and the soft terms (preferences, user bonuses) that hold. For pairs of a
   * matching returned at a deadline, which carry none ({@link
   * io.peermatch.api.Diagnostic.ExplanationsOmitted}); works for any two participants.
   *
   * @throws IllegalArgumentException for an unknown id, the same id twice, or, in a two-sided
   *     problem, two people of one side
   */
  public Explanation explain(String first, String second) {
    CompiledProblem compiled = prepared.compiled();
    int a = compiled.indexOf(Objects.requireNonNull(first, "first"));
    int b = compiled.indexOf(Objects.requireNonNull(second, "second"));
    for (String id : new String[] {a < 0 ? first : null, b < 0 ? second : null}) {
      if (id != null) {
        throw new IllegalArgumentException("unknown participant '" + id + "'");
      }
    }
    if (a == b) {
      throw new IllegalArgumentException("cannot explain participant " + first + " with itself");
    }
    if (!compiled.isPool()) {
      boolean aLeft = a < compiled.leftCount();
      if (aLeft == (b < compiled.leftCount())) {
        throw new IllegalArgumentException(
            "pair ("
                + first
                + ", "
                + second
                + ") must join the left and the right side but both are on the "
                + (aLeft ? "left" : "right"));
      }
      if (!aLeft) {
        int t = a;
        a = b;
        b = t;
      }
    } else if (!prepared.scoring().forwardIsBetter(a, b)) {
      int t = a;
      a = b;
      b = t;
    }
    return MatchingAssembler.explain(prepared, a, b, prepared.scoring().relevance(a, b));
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
