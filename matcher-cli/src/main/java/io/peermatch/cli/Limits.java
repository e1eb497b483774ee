package io.peermatch.cli;

/**
 * The command's documented limits, checked before anything is sized by them (the README's
 * "Guarantees" lists them): what a single machine can hold, and more than any organisation has.
 */
final class Limits {

  /** The most people in a people file, a synthetic organisation or one side of an edge list. */
  static final int MAX_PEOPLE = 10_000_000;

  private Limits() {}

  /** Fails unless {@code n} is in [0, {@link #MAX_PEOPLE}]. */
  static int people(long n, String option) {
    if (n < 0) {
      throw new IllegalArgumentException(option + " must not be negative but was " + n);
    }
    if (n > MAX_PEOPLE) {
      throw new IllegalArgumentException(
          option + " must be at most " + MAX_PEOPLE + " people but was " + n);
    }
    return (int) n;
  }
}
