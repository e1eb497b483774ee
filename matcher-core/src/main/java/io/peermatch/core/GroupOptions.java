package io.peermatch.core;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The settings of {@link PeerMatch#groups(io.peermatch.api.MatchingProblem, GroupOptions)} and
 * {@link Rounds#nextGroups}: the group sizes, the trade-off λ between relevance and diversity, the
 * attributes diversity is measured on, and the time limit of the search.
 *
 * <p><b>Objective.</b> A grouping G is worth {@code Σ_groups Σ_{pairs {u, v} in the group} b(u, v)}
 * with {@code b(u, v) = λ·w(u, v) + (1 − λ)·S·d(u, v)}: w is the pair's weight (its relevance under
 * the problem's scoring plus the bonuses of soft preferences), S the mean weight of the pairs of
 * positive weight (up to 300,000 people over the candidate graph, above over 200,000 uniform pairs
 * the rules allow), and d in [0, 1] the boundary distance of {@link DiversityOptions} over {@link
 * #distanceWeights()} (categorical attributes count a difference as 1, {@code seniority} and {@code
 * tenure} the normalised difference of levels or years). λ = 1 is pure relevance inside groups; λ =
 * 0 is the anticlustering "diversity" objective. The set-level bonus and floor of {@code
 * diversity-seeking} do not apply to groups: a group already rewards each boundary once per pair
 * that crosses it.
 *
 * @param minSize the smallest group, at least 2
 * @param maxSize the largest group, at least {@code minSize}; with {@code minSize == maxSize = s},
 *     {@code n / s} groups are formed and a few hold {@code s + 1} people when s does not divide n
 * @param lambda the share of relevance, in {@code [0, 1]}
 * @param distanceWeights the weight of each attribute in the boundary distance (non-negative, at
 *     least one positive)
 * @param timeLimit the wall-clock limit of the search; the best grouping found so far is returned
 *     when it is reached
 * @param cohorts two-sided cohorts ({@link #cohorts(int, int)}): the problem is two-sided and every
 *     group holds exactly one person of the left side (a mentor) and {@code minSize − 1} to {@code
 *     maxSize − 1} of the right side (mentees); false for groups of one pool
 */
public record GroupOptions(
    int minSize,
    int maxSize,
    double lambda,
    Map<String, Double> distanceWeights,
    Duration timeLimit,
    boolean cohorts) {

  /** The largest group size supported. */
  public static final int MAX_GROUP_SIZE = 64;

  /** Groups of 4, λ = 0.5, the distance weights of {@link DiversityOptions#DEFAULTS}, 10 s. */
  public static final GroupOptions DEFAULTS = ofSize(4);

  /** Validates every field and copies the map in name order. */
  public GroupOptions {
    if (minSize < 2) {
      throw new IllegalArgumentException("group size must be at least 2 but was " + minSize);
    }
    if (maxSize < minSize) {
      throw new IllegalArgumentException(
          "largest group size must be at least the smallest (" + minSize + ") but was " + maxSize);
    }
    if (maxSize > MAX_GROUP_SIZE) {
      throw new IllegalArgumentException(
          "group size must be at most " + MAX_GROUP_SIZE + " but was " + maxSize);
    }
    if (!(lambda >= 0.0 && lambda <= 1.0)) {
      throw new IllegalArgumentException("lambda must be in [0, 1] but was " + lambda);
    }
    Objects.requireNonNull(distanceWeights, "distanceWeights");
    Objects.requireNonNull(timeLimit, "timeLimit");
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("time limit must be positive but was " + timeLimit);
    }
    // Validated exactly as diversity-seeking validates them.
    distanceWeights =
        Collections.unmodifiableMap(
            new TreeMap<>(
                DiversityOptions.DEFAULTS.withDistanceWeights(distanceWeights).distanceWeights()));
  }

  /** Groups of one pool (no cohorts): the options of earlier releases. */
  public GroupOptions(
      int minSize,
      int maxSize,
      double lambda,
      Map<String, Double> distanceWeights,
      Duration timeLimit) {
    this(minSize, maxSize, lambda, distanceWeights, timeLimit, false);
  }

  /**
   * Two-sided cohorts: exactly one mentor (left side of a two-sided problem) with {@code
   * minMentees} to {@code maxMentees} mentees (right side) in every group, for example {@code
   * cohorts(3, 4)} for one mentor with three or four mentees. Every mentor leads one group, so the
   * problem needs {@code mentors × minMentees ≤ mentees ≤ mentors × maxMentees}. The objective
   * counts every pair inside the group: the mentor's relevance to each mentee (the problem's
   * directed score) and the mentees' relevance to each other (the better direction), with the
   * diversity term as for a pool.
   *
   * @throws IllegalArgumentException if {@code minMentees < 1} or {@code maxMentees < minMentees}
   */
  public static GroupOptions cohorts(int minMentees, int maxMentees) {
    if (minMentees < 1) {
      throw new IllegalArgumentException(
          "a cohort needs at least 1 mentee but the smallest was " + minMentees);
    }
    if (maxMentees < minMentees) {
      throw new IllegalArgumentException(
          "largest cohort must have at least as many mentees as the smallest ("
              + minMentees
              + ") but had "
              + maxMentees);
    }
    return ofSizes(minMentees + 1, maxMentees + 1).asCohorts(true);
  }

  /** These options as two-sided cohorts (true) or groups of one pool (false). */
  public GroupOptions asCohorts(boolean cohorts) {
    return new GroupOptions(minSize, maxSize, lambda, distanceWeights, timeLimit, cohorts);
  }

  /** Groups of {@code size} with the default λ, distance weights and time limit. */
  public static GroupOptions ofSize(int size) {
    return ofSizes(size, size);
  }

  /** Groups of {@code minSize} to {@code maxSize} with the defaults otherwise. */
  public static GroupOptions ofSizes(int minSize, int maxSize) {
    return new GroupOptions(
        minSize,
        maxSize,
        DiversityOptions.DEFAULTS.lambda(),
        DiversityOptions.DEFAULTS.distanceWeights(),
        Duration.ofSeconds(10));
  }

  /** These options with another λ. */
  public GroupOptions withLambda(double lambda) {
    return new GroupOptions(minSize, maxSize, lambda, distanceWeights, timeLimit, cohorts);
  }

  /** These options with other distance weights. */
  public GroupOptions withDistanceWeights(Map<String, Double> distanceWeights) {
    return new GroupOptions(minSize, maxSize, lambda, distanceWeights, timeLimit, cohorts);
  }

  /** These options with another time limit. */
  public GroupOptions withTimeLimit(Duration timeLimit) {
    return new GroupOptions(minSize, maxSize, lambda, distanceWeights, timeLimit, cohorts);
  }
}
