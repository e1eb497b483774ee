package io.peermatch.core.kernel.stable;

import io.peermatch.api.MatchingStatus;
import java.util.Arrays;

/**
 * The outcome of a stable roommates algorithm: a status and a matching as mates ({@code mate(a)} =
 * partner of a, or -1). With {@link MatchingStatus#OK} the matching is stable; with {@link
 * MatchingStatus#NO_STABLE_MATCHING} no stable matching exists and the matching is the algorithm's
 * documented best effort. Immutable.
 */
public final class StableRoommatesMatching {

  private final MatchingStatus status;
  private final int[] mate;
  private final int[] removed;

  StableRoommatesMatching(MatchingStatus status, int[] mate, int[] removed) {
    this.status = status;
    this.mate = mate;
    this.removed = removed;
  }

  /** OK, or NO_STABLE_MATCHING. */
  public MatchingStatus status() {
    return status;
  }

  /** The mate of each agent (-1 = unmatched), a copy. */
  public int[] mates() {
    return mate.clone();
  }

  /** The mate of agent {@code a}, or -1. */
  public int mate(int a) {
    return mate[a];
  }

  /** The number of pairs. */
  public int size() {
    int c = 0;
    for (int m : mate) {
      if (m >= 0) {
        c++;
      }
    }
    return c / 2;
  }

  /**
   * With NO_STABLE_MATCHING, the agents the best-effort method set aside (in the order it did), so
   * that the rest could be matched stably among themselves; empty with OK.
   */
  public int[] setAside() {
    return removed.clone();
  }

  @Override
  public String toString() {
    return status.label() + " " + Arrays.toString(mate);
  }
}
