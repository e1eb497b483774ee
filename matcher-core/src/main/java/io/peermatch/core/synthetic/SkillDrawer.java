package io.peermatch.core.synthetic;

import io.peermatch.api.SkillVector;
import java.util.SplittableRandom;

/**
 * Draws what one person offers and seeks (see {@link SyntheticOrganisation} for the model), one
 * person after another on its own random stream. Not thread-safe: one per chunk of people.
 */
final class SkillDrawer {

  /** Nobody seeks a skill they already offer at this level or above. */
  static final double HIGH_OFFER = 0.5;

  private final SplittableRandom random;
  private final SkillTables tables;
  private final double crossSeekShare;

  // The last person's offers, kept for the rule on seeks; sorted by catalogue index once built.
  private final int[] offered = new int[16];
  private final double[] offeredLevel = new double[16];
  private int offeredCount;
  private final int[] sought = new int[16];
  private final double[] soughtLevel = new double[16];

  // Exact-length arrays for SkillVector.ofSorted, which copies them: one pair per length.
  private final String[][] nameScratch = new String[17][];
  private final double[][] levelScratch = new double[17][];

  SkillDrawer(SplittableRandom random, SkillTables tables, double crossSeekShare) {
    this.random = random;
    this.tables = tables;
    this.crossSeekShare = crossSeekShare;
    for (int k = 0; k < nameScratch.length; k++) {
      nameScratch[k] = new String[k];
      levelScratch[k] = new double[k];
    }
  }

  /**
   * Offers: leadership and professional skills with the level's probability (at least 0.3 for
   * managers), else the team's focus (1/2), the department (0.35) or the company (0.15).
   */
  SkillVector offers(int department, Seniority s, boolean manager, int[] focus) {
    SplittableRandom r = random;
    int wanted = Draw.between(r, s.minOffers, s.maxOffers);
    double leadership = manager ? Math.max(0.30, s.leadershipOffer) : s.leadershipOffer;
    AliasTable own = tables.department[department];
    int size = 0;
    for (int attempt = 0; attempt < 48 && size < wanted; attempt++) {
      double u = Draw.uniform(r);
      int k;
      if (u < leadership) {
        k = tables.leadership.sample(r);
      } else if (u < leadership + (1.0 - leadership) * 0.5) {
        k = focus[Draw.below(r, focus.length)];
      } else if (u < leadership + (1.0 - leadership) * 0.85) {
        k = own.sample(r);
      } else {
        k = tables.company.sample(r);
      }
      if (OrganisationGenerator.indexOf(offered, size, k) < 0) {
        offered[size++] = k;
      }
    }
    size = fill(offered, size, wanted, 0);
    for (int j = 0; j < size; j++) {
      offeredLevel[j] = roundLevel(s.offerLevel + 0.12 * Draw.normal(r));
    }
    offeredCount = size;
    return vector(offered, offeredLevel, size);
  }

  /**
   * Seeks of the person whose offers were drawn last: near (own department) with probability {@code
   * 1 - crossSeekShare}, else leadership and professional skills (0.35) or another department
   * chosen by size; never a skill offered at {@link #HIGH_OFFER} or above.
   */
  SkillVector seeks(int department, Seniority s) {
    SplittableRandom r = random;
    int wanted = Draw.between(r, s.minSeeks, s.maxSeeks);
    int size = 0;
    for (int attempt = 0; attempt < 48 && size < wanted; attempt++) {
      int k;
      if (!Draw.chance(r, crossSeekShare)) {
        k = tables.department[department].sample(r);
      } else if (Draw.chance(r, 0.35)) {
        k = tables.leadership.sample(r);
      } else {
        int other = tables.departmentBySize.sample(r);
        k = other == department ? tables.company.sample(r) : tables.department[other].sample(r);
      }
      if (OrganisationGenerator.indexOf(sought, size, k) < 0 && !offeredHigh(k)) {
        sought[size++] = k;
      }
    }
    size = fill(sought, size, wanted, offeredCount);
    for (int j = 0; j < size; j++) {
      soughtLevel[j] = roundLevel(0.3 + 0.7 * Draw.uniform(r));
    }
    return vector(sought, soughtLevel, size);
  }

  /** Capacity 1, 2, 3 with probabilities 0.5, 0.35, 0.15; 0.35, 0.4, 0.25 from staff up. */
  int mentorCapacity(Seniority s) {
    double u = Draw.uniform(random);
    if (s.ordinal() >= Seniority.STAFF.ordinal()) {
      return u < 0.35 ? 1 : u < 0.75 ? 2 : 3;
    }
    return u < 0.5 ? 1 : u < 0.85 ? 2 : 3;
  }

  /**
   * Tops up a short draw (rare: only when rejections exhaust the attempts) from a random point of
   * the catalogue; {@code offers} is how many offered skills the seek rule must respect.
   */
  private int fill(int[] skill, int size, int wanted, int offers) {
    int n = SkillCatalogue.size();
    int start = Draw.below(random, n);
    for (int step = 0; size < wanted && step < n; step++) {
      int k = (start + step) % n;
      if (OrganisationGenerator.indexOf(skill, size, k) < 0 && !(offers > 0 && offeredHigh(k))) {
        skill[size++] = k;
      }
    }
    return size;
  }

  private boolean offeredHigh(int k) {
    int j = OrganisationGenerator.indexOf(offered, offeredCount, k);
    return j >= 0 && offeredLevel[j] >= HIGH_OFFER;
  }

  /** Clamps to [0.05, 1] and rounds to a multiple of 0.05, as survey answers would be. */
  private static double roundLevel(double x) {
    double clamped = Math.max(0.05, Math.min(1.0, x));
    return Math.round(clamped * 20.0) / 20.0;
  }

  /** Sorts by catalogue index, which is name order, and builds the vector without a map. */
  private SkillVector vector(int[] skill, double[] levels, int size) {
    for (int a = 1; a < size; a++) {
      int k = skill[a];
      double l = levels[a];
      int b = a - 1;
      while (b >= 0 && skill[b] > k) {
        skill[b + 1] = skill[b];
        levels[b + 1] = levels[b];
        b--;
      }
      skill[b + 1] = k;
      levels[b + 1] = l;
    }
    String[] names = nameScratch[size];
    double[] values = levelScratch[size];
    for (int j = 0; j < size; j++) {
      names[j] = SkillCatalogue.name(skill[j]);
      values[j] = levels[j];
    }
    return SkillVector.ofSorted(names, values);
  }
}
