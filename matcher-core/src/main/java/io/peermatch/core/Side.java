package io.peermatch.core;

/**
 * A side of a two-sided problem, as {@link io.peermatch.api.MatchingProblem#twoSided} takes them:
 * {@link #LEFT} is its first list (mentors, in the README's examples), {@link #RIGHT} its second
 * (mentees).
 */
public enum Side {
  /** The first list given to {@code MatchingProblem.twoSided}: mentors. */
  LEFT,
  /** The second list given to {@code MatchingProblem.twoSided}: mentees. */
  RIGHT
}
