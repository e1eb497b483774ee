package io.peermatch.api;

import java.util.Objects;

/**
 * A group of three in a one-pool matching: a matched pair and the person who joined it, for coffee
 * groups when the count is odd (see {@link MatchingProblem.Builder#allowTrios()}).
 *
 * @param first one person of the pair
 * @param second the other person of the pair
 * @param joiner the person who joined the pair
 * @param addedWeight what the joiner added: the weights of joiner–first and joiner–second
 */
public record Trio(String first, String second, String joiner, double addedWeight) {

  /** Checks for nulls. */
  public Trio {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(joiner, "joiner");
  }
}
