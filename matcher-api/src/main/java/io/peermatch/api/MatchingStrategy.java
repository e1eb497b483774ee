package io.peermatch.api;

/**
 * An algorithm that turns a {@link MatchingProblem} into a {@link Matching}. Strategies are
 * stateless and thread-safe, found by stable names (see {@code io.peermatch.core.Strategy} and
 * {@code io.peermatch.core.PeerMatch}), and deterministic for a given problem and seed.
 */
public interface MatchingStrategy {

  /** The stable name, such as {@code "greedy"} or {@code "max-weight"}. */
  String name();

  /** Whether this strategy accepts problems of the given shape. */
  default boolean supports(MatchingProblem.Kind kind) {
    return true;
  }

  /**
   * Matches the problem.
   *
   * @throws IllegalArgumentException if the strategy does not support the problem's shape
   */
  Matching match(MatchingProblem problem);
}
