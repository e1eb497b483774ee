package io.peermatch.api;

/** A user-supplied score of a directed pair, for {@link Scoring#custom(String, PairScorer)}. */
@FunctionalInterface
public interface PairScorer {

  /**
   * How much pairing {@code first} (left side, for example the mentor) with {@code second} is
   * worth. Must be finite and must not depend on anything but its arguments, so that matching stays
   * deterministic and thread-safe.
   */
  double score(Participant first, Participant second);
}
