package io.peermatch.api;

import java.util.Objects;

/**
 * Two participant ids. In a two-sided problem {@code first} is on the left side (for example the
 * mentor) and {@code second} on the right; in a pool the order carries no meaning.
 *
 * @param first an id
 * @param second another id
 */
public record IdPair(String first, String second) {

  /** Checks that neither id is null. */
  public IdPair {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
  }

  /** The pair {@code (first, second)}. */
  public static IdPair of(String first, String second) {
    return new IdPair(first, second);
  }

  /** The same pair with the ids in lexicographic order, for comparing unordered pairs. */
  public IdPair unordered() {
    return first.compareTo(second) <= 0 ? this : new IdPair(second, first);
  }

  /** Whether the pair names {@code id}. */
  public boolean contains(String id) {
    return first.equals(id) || second.equals(id);
  }

  @Override
  public String toString() {
    return "(" + first + ", " + second + ")";
  }
}
