package io.peermatch.core;

import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.MatchingStrategy;
import io.peermatch.core.internal.candidates.Prepared;
import io.peermatch.core.internal.groups.GroupPlanner;
import io.peermatch.core.internal.strategy.GraphStrategy;
import io.peermatch.core.kernel.SolveControl;
import java.util.Objects;

/**
 * The way in: matches a {@link MatchingProblem} with a {@link Strategy}, tuned by {@link
 * MatchOptions}.
 *
 * <pre>{@code
 * Matching matching = PeerMatch.match(problem, Strategy.MAX_WEIGHT);
 *
 * MatchOptions options = MatchOptions.DEFAULTS.withProposer(Side.LEFT);
 * Matching stable = PeerMatch.match(problem, Strategy.GALE_SHAPLEY, options);
 *
 * PreparedProblem prepared = PeerMatch.prepare(problem);   // once
 * for (Strategy s : Strategy.supporting(problem.kind())) {
 *   Matching m = prepared.match(s);                        // many
 * }
 * }</pre>
 *
 * <p>Everything here is thread-safe and deterministic for a given problem, options and seed,
 * whatever the number of threads. Bad input fails when the problem is built; a strategy that does
 * not support the problem's shape fails with an {@link IllegalArgumentException} that names one
 * that does.
 *
 * <p>Every call honours the interruption of its thread and the timeout or deadline of its {@link
 * MatchOptions}, reports progress to the options' listener and runs its parallel phases on the
 * options' executor: see {@link MatchOptions#withTimeout}. A call that stops throws {@link
 * io.peermatch.api.MatchingCancelledException}, or returns the best matching so far with status
 * {@link io.peermatch.api.MatchingStatus#DEADLINE_REACHED} where the strategy can ({@link
 * Strategy}).
 */
public final class PeerMatch {

  private PeerMatch() {}

  /**
   * Matches {@code problem} with {@code strategy} and the default options.
   *
   * @throws IllegalArgumentException if the strategy does not support the problem's shape
   */
  public static Matching match(MatchingProblem problem, Strategy strategy) {
    return match(problem, strategy, MatchOptions.DEFAULTS);
  }

  /**
   * Matches {@code problem} with {@code strategy} and {@code options}.
   *
   * @throws IllegalArgumentException if the strategy does not support the problem's shape
   */
  public static Matching match(MatchingProblem problem, Strategy strategy, MatchOptions options) {
    return strategy(strategy, options).match(problem);
  }

  /** {@code strategy} with the default options, as the API's {@link MatchingStrategy}. */
  public static MatchingStrategy strategy(Strategy strategy) {
    return strategy(strategy, MatchOptions.DEFAULTS);
  }

  /**
   * {@code strategy} with {@code options}, as the API's {@link MatchingStrategy}: stateless,
   * thread-safe, named by {@link Strategy#label()}.
   */
  public static MatchingStrategy strategy(Strategy strategy, MatchOptions options) {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(options, "options");
    return new Configured(strategy, options, StrategyRegistry.create(strategy, options));
  }

  /** Compiles {@code problem} and builds its candidate graph with the default options. */
  public static PreparedProblem prepare(MatchingProblem problem) {
    return prepare(problem, MatchOptions.DEFAULTS);
  }

  /**
   * Compiles {@code problem} and builds its candidate graph with {@code options}, ready for any
   * number of strategies.
   */
  public static PreparedProblem prepare(MatchingProblem problem, MatchOptions options) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(options, "options");
    return prepare(problem, options, options.startControl());
  }

  /** Prepares under a control already started (the deadline of a whole {@code match} call). */
  static PreparedProblem prepare(
      MatchingProblem problem, MatchOptions options, SolveControl control) {
    long seed = options.seed().orElse(problem.seed());
    return new PreparedProblem(
        Prepared.prepare(problem, options.candidateOptions(), seed, control), options);
  }

  /**
   * Groups of 4 for a pool, with the default {@link GroupOptions}: see {@link
   * #groups(MatchingProblem, GroupOptions)}.
   */
  public static Grouping groups(MatchingProblem problem) {
    return groups(problem, GroupOptions.DEFAULTS);
  }

  /**
   * Partitions the pool of {@code problem} into groups of {@code options.minSize()} to {@code
   * options.maxSize()} people, maximising relevance inside groups plus λ-weighted diversity (the
   * objective of {@link GroupOptions}), under the same hard rules as pairs: {@code different} and
   * {@code same} attributes (never the same team), forbidden pairs (vetoes), the cool-down of the
   * problem's history, and pinned pairs (who must share a group). Minimum-score rules do not apply
   * to groups.
   *
   * <pre>{@code
   * Grouping grouping = PeerMatch.groups(problem, GroupOptions.ofSizes(3, 5));
   * for (Grouping.Group g : grouping.groups()) {
   *   System.out.println(g.members() + ": " + g.explanation());
   * }
   * }</pre>
   *
   * <p>Up to 3,000 people every pair counts (iterated maxima search, exact up to 12 people); up to
   * 300,000 the candidate graph's pairs (a sparse local search); above that, 16 sampled partners
   * per person scored exactly, the best 8 kept (which handles a million people in under a minute of
   * CPU). Cohorts ({@link GroupOptions#cohorts}) take every pair up to 3,000 people and the
   * candidate graph's pairs at any size above, their mentors kept one per cohort. Everyone is
   * placed unless their rules leave no group: a group that still breaks a rule loses the member in
   * most broken pairs, reported in {@link Grouping#unplaced()}. Deterministic for a problem seed as
   * long as the time limit does not stop the search.
   *
   * @throws IllegalArgumentException if the problem is two-sided, has fewer people than the
   *     smallest group, pins more people together than the largest group holds, or (above 3,000
   *     people) has a {@code same} rule
   */
  public static Grouping groups(MatchingProblem problem, GroupOptions options) {
    return groups(problem, options, MatchOptions.DEFAULTS);
  }

  /**
   * As {@link #groups(MatchingProblem, GroupOptions)}, under the control of {@code control}: its
   * timeout or deadline (covering the whole call), the interruption of the calling thread, its
   * progress listener (phases {@code compile}, {@code candidates} or {@code group pairs}, {@code
   * group search}), its executor and thread count (the parallel phases), its seed and, up to 3,000
   * people, its candidate settings (the relevance scale). A stop before the search throws {@link
   * io.peermatch.api.MatchingCancelledException}; a stop during the search returns the best
   * grouping so far, which keeps the hard rules like any other, with status {@code
   * deadline_reached} or {@code interrupted} (the interrupt flag stays set) and without
   * explanations when the deadline had passed. The search also stops at {@link
   * GroupOptions#timeLimit()}.
   *
   * <pre>{@code
   * Grouping g = PeerMatch.groups(problem, GroupOptions.ofSize(4),
   *     MatchOptions.DEFAULTS.withTimeout(Duration.ofSeconds(30)).withProgress(listener));
   * }</pre>
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline before the
   *     search has started
   */
  public static Grouping groups(
      MatchingProblem problem, GroupOptions options, MatchOptions control) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(control, "control");
    return plan(problem, options, control, null, 0);
  }

  /** Groups under a fresh control started now (also used by {@link Rounds#nextGroups}). */
  static Grouping plan(
      MatchingProblem problem,
      GroupOptions options,
      MatchOptions control,
      io.peermatch.api.History history,
      int cooldown) {
    int threads =
        control.threads() > 0 ? control.threads() : Runtime.getRuntime().availableProcessors();
    return GroupPlanner.plan(
        problem,
        control.candidateOptions(),
        control.seed().orElse(problem.seed()),
        threads,
        control.startControl(),
        options,
        history,
        cooldown);
  }

  /** A strategy with its options: prepares each problem with them, then runs. */
  private record Configured(Strategy strategy, MatchOptions options, GraphStrategy engine)
      implements MatchingStrategy {

    @Override
    public String name() {
      return strategy.label();
    }

    @Override
    public boolean supports(MatchingProblem.Kind kind) {
      return engine.supports(kind);
    }

    @Override
    public Matching match(MatchingProblem problem) {
      // Fail before building the candidate graph; the message names an alternative.
      engine.requireSupported(problem.kind());
      // One control for the whole call: the timeout covers preparing and solving.
      SolveControl control = options.startControl();
      return engine.match(prepare(problem, options, control).engine(), control);
    }
  }
}
