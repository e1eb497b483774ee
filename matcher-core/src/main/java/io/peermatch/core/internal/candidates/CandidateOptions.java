package io.peermatch.core.internal.candidates;

/**
 * How the candidate generator trades completeness for speed.
 *
 * @param k candidates kept per participant in top-K mode (each side of a two-sided problem asks for
 *     its own K, and the union is kept)
 * @param exactPairLimit problems with at most this many possible pairs keep every pair that scores
 *     above zero (exact mode); larger ones use top-K
 * @param postingLimit in top-K mode, the budget of posting-list entries one participant's query may
 *     read over all its skills, for each direction of the score it reads (a pool query under mutual
 *     exchange reads two: what one can teach and what one can learn); {@code 0} chooses {@code
 *     32·k·sqrt(10⁶/n)} clamped to {@code [32·k, 512·k]} for {@code n} participants, so that the
 *     total work, {@code n} times the budget, grows like {@code sqrt(n)} rather than {@code n}:
 *     about 3,600 entries a query at 20,000 people and 512 at a million (K = 16)
 * @param threads worker threads; {@code 0} uses every available processor. The result does not
 *     depend on it.
 */
public record CandidateOptions(
    int k, long exactPairLimit, int postingLimit, int threads, Selection selection) {

  /** How top-K mode chooses among the partners its searches find. */
  public enum Selection {
    /**
     * Capacity-aware (the default): the greedy b-matching with {@code K · capacity} candidates per
     * participant, so that popular people cannot take every candidacy and everyone who could be
     * matched has candidates with room ({@code BalancedSelection}).
     */
    BALANCED,
    /** Each participant's own K best partners, and the union over both sides (the old way). */
    NEAREST
  }

  /**
   * The defaults: K = 16, exact up to 4,000,000 pairs, automatic posting limit, all cores, balanced
   * selection.
   */
  public static final CandidateOptions DEFAULTS =
      new CandidateOptions(16, 4_000_000L, 0, 0, Selection.BALANCED);

  /** Validates the settings. */
  public CandidateOptions {
    if (k < 1) {
      throw new IllegalArgumentException(
          "candidates per participant must be at least 1 but was " + k);
    }
    if (exactPairLimit < 0) {
      throw new IllegalArgumentException(
          "exact pair limit must not be negative but was " + exactPairLimit);
    }
    if (postingLimit < 0) {
      throw new IllegalArgumentException(
          "posting limit must not be negative but was " + postingLimit);
    }
    if (threads < 0) {
      throw new IllegalArgumentException("threads must not be negative but was " + threads);
    }
    if (selection == null) {
      throw new IllegalArgumentException("selection must not be null");
    }
  }

  /** These options with {@code k} candidates per participant. */
  public CandidateOptions withK(int k) {
    return new CandidateOptions(k, exactPairLimit, postingLimit, threads, selection);
  }

  /** These options with another exact-mode limit ({@code 0} forces top-K). */
  public CandidateOptions withExactPairLimit(long limit) {
    return new CandidateOptions(k, limit, postingLimit, threads, selection);
  }

  /** These options with another posting limit. */
  public CandidateOptions withPostingLimit(int limit) {
    return new CandidateOptions(k, exactPairLimit, limit, threads, selection);
  }

  /** These options with another thread count. */
  public CandidateOptions withThreads(int threads) {
    return new CandidateOptions(k, exactPairLimit, postingLimit, threads, selection);
  }

  /** These options with another selection of candidates in top-K mode. */
  public CandidateOptions withSelection(Selection selection) {
    return new CandidateOptions(k, exactPairLimit, postingLimit, threads, selection);
  }

  /** The budget for a problem of {@code n} participants. */
  int effectivePostingLimit(int n) {
    if (postingLimit > 0) {
      return postingLimit;
    }
    double scaled = 32.0 * k * Math.sqrt(1e6 / Math.max(1, n));
    return (int) Math.min(512L * k, Math.max(32L * k, Math.round(scaled)));
  }

  int effectiveThreads() {
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }
}
