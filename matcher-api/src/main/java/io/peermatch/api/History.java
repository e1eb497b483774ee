package io.peermatch.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The pairs of earlier rounds, oldest round first. Used by {@link
 * Constraints#notPairedWithinLastRounds(int, History)} and by the {@code repeats} metric.
 *
 * <pre>{@code
 * History history = History.builder()
 *     .round(IdPair.of("ana", "ben"), IdPair.of("cai", "dee"))
 *     .round(IdPair.of("ana", "cai"))
 *     .build();
 * history.roundsAgo("ana", "cai"); // 1: the last round
 * }</pre>
 *
 * <p>Pairs are unordered here: {@code (a, b)} and {@code (b, a)} are the same meeting. Immutable
 * and thread-safe.
 */
public final class History {

  private static final History EMPTY = new History(List.of());

  private final List<List<IdPair>> rounds;
  private final Map<IdPair, Integer> lastRound;

  private History(List<List<IdPair>> rounds) {
    List<List<IdPair>> copy = new ArrayList<>(rounds.size());
    Map<IdPair, Integer> last = new HashMap<>();
    for (int r = 0; r < rounds.size(); r++) {
      List<IdPair> round = List.copyOf(Objects.requireNonNull(rounds.get(r), "round"));
      for (IdPair pair : round) {
        if (pair.first().equals(pair.second())) {
          throw new IllegalArgumentException(
              "history round " + (r + 1) + " pairs participant " + pair.first() + " with itself");
        }
        last.put(pair.unordered(), r);
      }
      copy.add(round);
    }
    this.rounds = Collections.unmodifiableList(copy);
    this.lastRound = last;
  }

  /** No earlier rounds. */
  public static History empty() {
    return EMPTY;
  }

  /** The given rounds, oldest first. */
  public static History of(List<List<IdPair>> rounds) {
    return rounds.isEmpty() ? EMPTY : new History(rounds);
  }

  /** Starts a builder; add rounds oldest first. */
  public static Builder builder() {
    return new Builder();
  }

  /** The rounds, oldest first. */
  public List<List<IdPair>> rounds() {
    return rounds;
  }

  /** The number of rounds. */
  public int size() {
    return rounds.size();
  }

  /**
   * How many rounds ago {@code a} and {@code b} last met: 1 for the latest round, 2 for the one
   * before, and {@link Integer#MAX_VALUE} if they never met.
   */
  public int roundsAgo(String a, String b) {
    Integer r = lastRound.get(IdPair.of(a, b).unordered());
    return r == null ? Integer.MAX_VALUE : rounds.size() - r;
  }

  /** Every id named in any round, in order of first appearance. */
  public Set<String> participantIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (List<IdPair> round : rounds) {
      for (IdPair pair : round) {
        ids.add(pair.first());
        ids.add(pair.second());
      }
    }
    return ids;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof History h && rounds.equals(h.rounds);
  }

  @Override
  public int hashCode() {
    return rounds.hashCode();
  }

  @Override
  public String toString() {
    return "History" + rounds;
  }

  /** A builder of {@link History}; not thread-safe. */
  public static final class Builder {
    private final List<List<IdPair>> rounds = new ArrayList<>();

    private Builder() {}

    /** Appends a round (newer than every round added before). */
    public Builder round(IdPair... pairs) {
      rounds.add(List.of(pairs));
      return this;
    }

    /** Appends a round (newer than every round added before). */
    public Builder round(List<IdPair> pairs) {
      rounds.add(List.copyOf(pairs));
      return this;
    }

    /** Builds the history. */
    public History build() {
      return History.of(rounds);
    }
  }
}
