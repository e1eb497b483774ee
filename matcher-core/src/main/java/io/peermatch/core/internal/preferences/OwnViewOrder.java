package io.peermatch.core.internal.preferences;

import io.peermatch.core.internal.problem.SkillMatrix;

/**
 * The one definition of the own-view preference order: how each person values a candidate pair and
 * how ties are broken. {@link ScorePreferences} sorts everyone's candidates by it to build the
 * stable strategies' ranked lists; {@link OwnViewStability} compares candidates by it to count
 * blocking pairs and ranks without building those lists. Both call these methods, so the two can
 * never disagree; the skill sums themselves are computed by each caller in the same order (offer
 * level times seek level, ascending skill id), which is all that double precision needs.
 *
 * <p><b>Views</b>, with {@code soft} the pair's soft-preference terms (edge weight minus
 * relevance): a mentee values a mentor by {@code offers(mentor)·seeks(mentee) + soft}; a mentor
 * values a mentee by {@code Σ_s min(offers(mentor)[s], seeks(mentee)[s]) / Σ_s offers(mentor)[s] +
 * soft} (0 + soft when the mentor offers nothing); in a pool a person values another by what they
 * would learn plus {@link #TEACHING_WEIGHT} times what they could teach, plus soft.
 *
 * <p><b>Order</b>, for one ranker: own view descending, then pair weight descending, then a seeded
 * hash of (seed, ranker, candidate) ascending (SplitMix64's finaliser), then the candidate's vertex
 * ascending: a strict total order, the same for the same problem and seed.
 */
final class OwnViewOrder {

  /** The weight of what a person can teach relative to what they would learn, in a pool. */
  static final double TEACHING_WEIGHT = 0.5;

  private OwnViewOrder() {}

  /** A mentor's view of a mentee: the share of its offer mass the mentee seeks, plus soft terms. */
  static double mentorView(double overlap, double offerMass, double soft) {
    return (offerMass > 0 ? overlap / offerMass : 0.0) + soft;
  }

  /** A mentee's view of a mentor: how much of its gaps the mentor covers, plus soft terms. */
  static double menteeView(double coverage, double soft) {
    return coverage + soft;
  }

  /** A pool member's view of a peer: what it would learn, part of what it could teach, soft. */
  static double poolView(double learns, double teaches, double soft) {
    return learns + TEACHING_WEIGHT * teaches + soft;
  }

  /** Each person's offer mass {@code Σ_s offers[s]}, summed in skill order. */
  static double[] offerMasses(SkillMatrix offers, int n) {
    double[] mass = new double[n];
    for (int x = 0; x < n; x++) {
      double s = 0.0;
      for (int k = offers.start(x); k < offers.end(x); k++) {
        s += offers.level(k);
      }
      mass[x] = s;
    }
    return mass;
  }

  /**
   * Whether, for {@code ranker}, candidate {@code a} (own view {@code viewA}, pair weight {@code
   * weightA}) comes strictly before candidate {@code b}. The hashes are computed only when views
   * and weights tie.
   */
  static boolean before(
      long seed,
      int ranker,
      int a,
      double viewA,
      double weightA,
      int b,
      double viewB,
      double weightB) {
    if (viewA != viewB) {
      return viewA > viewB;
    }
    if (weightA != weightB) {
      return weightA > weightB;
    }
    long ha = tieHash(seed, ranker, a);
    long hb = tieHash(seed, ranker, b);
    if (ha != hb) {
      return ha < hb;
    }
    return a < b;
  }

  /** The seeded tie-break of candidate {@code y} in {@code x}'s list: lower comes first. */
  static long tieHash(long seed, int x, int y) {
    return mix(seed + 0x9E3779B97F4A7C15L * (x + 1) + 0xC2B2AE3D27D4EB4FL * (y + 1));
  }

  /** SplitMix64's finaliser: a well-mixed 64-bit hash. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
