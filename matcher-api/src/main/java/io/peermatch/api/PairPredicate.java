package io.peermatch.api;

/**
 * A user-supplied test of a directed pair, for {@link Constraints#rule(String, PairPredicate)}: an
 * organisation's own hard rule ("not in the same reporting line") or, with {@link
 * Constraints#prefer(Constraint.PairRule, double)}, the condition of a soft bonus.
 */
@FunctionalInterface
public interface PairPredicate {

  /**
   * Whether {@code first} (the left side in a two-sided problem, for example the mentor) and {@code
   * second} may meet. In a pool it may be called in either order, so it should be symmetric. It
   * must depend on nothing but its arguments (so that matching stays deterministic), be thread-safe
   * (candidate generation calls it from several threads) and be quick: it runs once per candidate
   * pair, after the built-in rules.
   */
  boolean test(Participant first, Participant second);
}
