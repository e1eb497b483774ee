package io.peermatch.core;

import io.peermatch.core.internal.candidates.CandidateOptions;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How a strategy runs: the settings every strategy shares (candidate pairs per person, threads,
 * seed) and those only some read (the proposing side of {@code gale-shapley}, the trade-off of
 * {@code diversity-seeking}). Immutable and thread-safe; each {@code with} method returns a copy.
 *
 * <pre>{@code
 * MatchOptions options = MatchOptions.DEFAULTS.withCandidates(32).withLambda(0.7);
 * Matching matching = PeerMatch.match(problem, Strategy.DIVERSITY_SEEKING, options);
 * }</pre>
 *
 * <p>The candidate settings and the seed shape the {@linkplain PreparedProblem prepared problem}
 * (its candidate graph and tie-breaking); the proposing side and the diversity options shape only a
 * strategy's run on it. A strategy ignores the settings it does not read.
 */
public final class MatchOptions {

  /**
   * 16 candidates per person on large problems (every pair on problems of at most 4,000,000
   * possible pairs), every available processor, the problem's seed, mentees (right) propose, and
   * {@link DiversityOptions#DEFAULTS}, skipping distance attributes the problem lacks.
   */
  public static final MatchOptions DEFAULTS =
      new MatchOptions(
          CandidateOptions.DEFAULTS, Side.RIGHT, DiversityOptions.DEFAULTS, false, false, 0L);

  private final CandidateOptions candidates;
  private final Side proposer;
  private final DiversityOptions diversity;
  private final boolean strictDiversity;
  private final boolean seeded;
  private final long seed;

  private MatchOptions(
      CandidateOptions candidates,
      Side proposer,
      DiversityOptions diversity,
      boolean strictDiversity,
      boolean seeded,
      long seed) {
    this.candidates = candidates;
    this.proposer = proposer;
    this.diversity = diversity;
    this.strictDiversity = strictDiversity;
    this.seeded = seeded;
    this.seed = seed;
  }

  /** Candidate pairs kept per person on large problems (top-K); 16 by default. */
  public int candidates() {
    return candidates.k();
  }

  /**
   * These options with {@code k} candidates per person: on problems with more possible pairs than
   * {@link #exactPairLimit()}, each person keeps their best {@code k} partners (each side of a
   * two-sided problem asks for its own, and the union is kept).
   *
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public MatchOptions withCandidates(int k) {
    return withCandidateOptions(candidates.withK(k));
  }

  /** Problems with at most this many possible pairs keep every pair that scores above zero. */
  public long exactPairLimit() {
    return candidates.exactPairLimit();
  }

  /**
   * These options with another limit for exact candidate graphs ({@code 0} always keeps the top
   * {@link #candidates()} per person).
   *
   * @throws IllegalArgumentException if {@code limit < 0}
   */
  public MatchOptions withExactPairLimit(long limit) {
    return withCandidateOptions(candidates.withExactPairLimit(limit));
  }

  /** Worker threads for building the candidate graph; 0 (the default) uses every processor. */
  public int threads() {
    return candidates.threads();
  }

  /**
   * These options with {@code threads} worker threads for building the candidate graph; {@code 0}
   * uses every available processor. Results do not depend on it.
   *
   * @throws IllegalArgumentException if {@code threads < 0}
   */
  public MatchOptions withThreads(int threads) {
    return withCandidateOptions(candidates.withThreads(threads));
  }

  /**
   * The seed of every random choice (the tie-breaking of the preferences that the stable strategies
   * and the own-view metrics derive), if set here; empty means the problem's own seed ({@link
   * io.peermatch.api.MatchingProblem#seed()}).
   */
  public OptionalLong seed() {
    return seeded ? OptionalLong.of(seed) : OptionalLong.empty();
  }

  /** These options with {@code seed} in place of the problem's seed. */
  public MatchOptions withSeed(long seed) {
    return new MatchOptions(candidates, proposer, diversity, strictDiversity, true, seed);
  }

  /** The side that proposes in {@code gale-shapley}; {@link Side#RIGHT} (mentees) by default. */
  public Side proposer() {
    return proposer;
  }

  /**
   * These options with {@code side} proposing in {@code gale-shapley}: the result is the best
   * stable matching for that side. Mentees propose by default because deferred acceptance is
   * strategy-proof for the proposing side only, and mentoring exists for the mentees.
   */
  public MatchOptions withProposer(Side side) {
    return new MatchOptions(
        candidates, Objects.requireNonNull(side, "side"), diversity, strictDiversity, seeded, seed);
  }

  /** The settings of {@code diversity-seeking}; {@link DiversityOptions#DEFAULTS} by default. */
  public DiversityOptions diversity() {
    return diversity;
  }

  /**
   * These options with {@code diversity} for {@code diversity-seeking}. Every attribute they name
   * (distance weights, department attribute) must exist in the problem, else the strategy fails
   * with an {@link IllegalArgumentException} naming it; the defaults instead skip what is missing.
   */
  public MatchOptions withDiversity(DiversityOptions diversity) {
    return new MatchOptions(
        candidates, proposer, Objects.requireNonNull(diversity, "diversity"), true, seeded, seed);
  }

  /**
   * These options with λ, the share of relevance in {@code diversity-seeking}'s pair weight (1 is
   * {@code max-weight}, 0 pure boundary distance); the other diversity settings are kept, and so is
   * the leniency of the defaults towards missing attributes.
   *
   * @throws IllegalArgumentException if {@code lambda} is outside [0, 1]
   */
  public MatchOptions withLambda(double lambda) {
    return new MatchOptions(
        candidates, proposer, diversity.withLambda(lambda), strictDiversity, seeded, seed);
  }

  private MatchOptions withCandidateOptions(CandidateOptions candidates) {
    return new MatchOptions(candidates, proposer, diversity, strictDiversity, seeded, seed);
  }

  /** The candidate generator's settings. */
  CandidateOptions candidateOptions() {
    return candidates;
  }

  /** Whether every attribute the diversity options name must exist in the problem. */
  boolean strictDiversity() {
    return strictDiversity;
  }

  /**
   * Whether a problem prepared with these options has the same candidate graph and seed as one
   * prepared with {@code other} (the thread count does not change the result).
   */
  boolean preparesLike(MatchOptions other) {
    return candidates.withThreads(0).equals(other.candidates.withThreads(0))
        && seeded == other.seeded
        && seed == other.seed;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MatchOptions m
        && candidates.equals(m.candidates)
        && proposer == m.proposer
        && diversity.equals(m.diversity)
        && strictDiversity == m.strictDiversity
        && seeded == m.seeded
        && seed == m.seed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(candidates, proposer, diversity, strictDiversity, seeded, seed);
  }

  @Override
  public String toString() {
    return "MatchOptions[candidates="
        + candidates()
        + ", exactPairLimit="
        + exactPairLimit()
        + ", threads="
        + threads()
        + ", seed="
        + (seeded ? Long.toString(seed) : "problem's")
        + ", proposer="
        + proposer
        + ", diversity="
        + diversity
        + (strictDiversity ? "" : " (lenient)")
        + "]";
  }
}
