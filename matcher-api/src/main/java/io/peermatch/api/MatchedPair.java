package io.peermatch.api;

import java.util.Objects;

/**
 * One pair of a {@link Matching}.
 *
 * @param first the left participant's id in a two-sided problem; in a pool, either one
 * @param second the right participant's id; in a pool, the other one
 * @param score the pair's relevance under the problem's scoring (no soft terms)
 * @param weight what the pair added to the objective: the score plus soft-preference terms
 * @param explanation why the two were paired
 */
public record MatchedPair(
    String first, String second, double score, double weight, Explanation explanation) {

  /** Checks for nulls. */
  public MatchedPair {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(explanation, "explanation");
  }

  /** The two ids as a pair. */
  public IdPair ids() {
    return IdPair.of(first, second);
  }

  /** The partner of {@code id} in this pair. */
  public String partnerOf(String id) {
    if (first.equals(id)) {
      return second;
    }
    if (second.equals(id)) {
      return first;
    }
    throw new IllegalArgumentException("participant " + id + " is not in pair " + ids());
  }
}
