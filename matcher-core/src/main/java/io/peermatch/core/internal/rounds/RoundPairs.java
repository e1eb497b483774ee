package io.peermatch.core.internal.rounds;

import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.internal.problem.CompiledRules;
import io.peermatch.core.internal.problem.SkillMatrix;
import java.util.Arrays;

/**
 * The complete graph of a round's allowed pairs, never stored: a pair's weight is computed when
 * asked, row by row, on primitive arrays.
 *
 * <p>Load a row with {@link #load(int)}; then {@link #allowed(int)}, {@link #relevance(int)} and
 * {@link #weight(int, double)} answer for the pair {@code (row, b)} in O(skills of b). The row's
 * offers and seeks are scattered into two dense arrays indexed by skill, so that a pair costs one
 * array read per skill of {@code b} instead of a merge of two sorted lists (and nothing is boxed or
 * hashed); the sums run in ascending skill order, like {@code Scoring.mutualExchange()}. The
 * cool-down is a stamp per partner met recently.
 *
 * <p>A pair's weight is {@code 1 + relevance + bonus(a) + bonus(b)}: the base 1 makes every allowed
 * pair worth meeting, the bonus is {@link RoundPlanner#SAT_OUT_BONUS} for whoever sat out the last
 * round. Not thread-safe (the row is state).
 */
final class RoundPairs {

  /** What any allowed pair is worth before relevance and bonuses. */
  static final double BASE = 1.0;

  private final int n;
  private final int[] offerStart;
  private final int[] offerSkill;
  private final double[] offerLevel;
  private final int[] seekStart;
  private final int[] seekSkill;
  private final double[] seekLevel;
  private final int[] recentStart;
  private final int[] recent;
  private final double[] bonus;
  private final CompiledRules rules;

  private final double[] rowOffers;
  private final double[] rowSeeks;
  private final int[] stamp;
  private int row = -1;
  private int stampValue;
  private boolean relevanceOnly;

  /**
   * @param compiled the people, one pool
   * @param recentStart CSR offsets (length n + 1) of each person's partners within the cool-down
   * @param recent the partners, person after person
   * @param bonus what pairs with each person are worth on top of their relevance
   * @param rules further hard rules checked on every pair, or null for none
   */
  RoundPairs(
      CompiledProblem compiled,
      int[] recentStart,
      int[] recent,
      double[] bonus,
      CompiledRules rules) {
    this.n = compiled.size();
    SkillMatrix offers = compiled.offers();
    SkillMatrix seeks = compiled.seeks();
    this.offerStart = starts(offers);
    this.offerSkill = skills(offers);
    this.offerLevel = levels(offers);
    this.seekStart = starts(seeks);
    this.seekSkill = skills(seeks);
    this.seekLevel = levels(seeks);
    this.recentStart = recentStart;
    this.recent = recent;
    this.bonus = bonus;
    this.rules = rules;
    this.rowOffers = new double[compiled.skillCount()];
    this.rowSeeks = new double[compiled.skillCount()];
    this.stamp = new int[n];
  }

  private static int[] starts(SkillMatrix m) {
    int[] start = new int[m.rows() + 1];
    for (int i = 0; i < m.rows(); i++) {
      start[i + 1] = m.end(i);
    }
    return start;
  }

  private static int[] skills(SkillMatrix m) {
    int[] skill = new int[m.entries()];
    for (int k = 0; k < skill.length; k++) {
      skill[k] = m.skill(k);
    }
    return skill;
  }

  private static double[] levels(SkillMatrix m) {
    double[] level = new double[m.entries()];
    for (int k = 0; k < level.length; k++) {
      level[k] = m.level(k);
    }
    return level;
  }

  /** The number of people. */
  int size() {
    return n;
  }

  /** The largest bonus of anyone. */
  double maxBonus() {
    double max = 0.0;
    for (double b : bonus) {
      max = Math.max(max, b);
    }
    return max;
  }

  /** The bonus of person {@code a}. */
  double bonus(int a) {
    return bonus[a];
  }

  /** Makes {@code a} the row that the pair methods answer for. */
  void load(int a) {
    if (row >= 0) {
      for (int k = offerStart[row]; k < offerStart[row + 1]; k++) {
        rowOffers[offerSkill[k]] = 0.0;
      }
      for (int k = seekStart[row]; k < seekStart[row + 1]; k++) {
        rowSeeks[seekSkill[k]] = 0.0;
      }
    }
    row = a;
    for (int k = offerStart[a]; k < offerStart[a + 1]; k++) {
      rowOffers[offerSkill[k]] = offerLevel[k];
    }
    for (int k = seekStart[a]; k < seekStart[a + 1]; k++) {
      rowSeeks[seekSkill[k]] = seekLevel[k];
    }
    if (++stampValue == Integer.MAX_VALUE) {
      Arrays.fill(stamp, 0);
      stampValue = 1;
    }
    stamp[a] = stampValue;
    for (int k = recentStart[a]; k < recentStart[a + 1]; k++) {
      stamp[recent[k]] = stampValue;
    }
  }

  /**
   * Whether the cool-down lets the row meet {@code b} ({@code b} is not the row itself); the
   * further rules are checked by {@link #allowedByRules(int, double)}, which needs the relevance.
   */
  boolean allowed(int b) {
    return stamp[b] != stampValue;
  }

  /** Whether the further rules allow the pair of the row and {@code b}. */
  boolean allowedByRules(int b, double relevance) {
    return rules == null || rules.allows(row, b, relevance);
  }

  /** The mutual-exchange relevance of the row and {@code b}: what each teaches the other, added. */
  double relevance(int b) {
    double t1 = 0.0;
    for (int k = seekStart[b]; k < seekStart[b + 1]; k++) {
      t1 += rowOffers[seekSkill[k]] * seekLevel[k];
    }
    double t2 = 0.0;
    for (int k = offerStart[b]; k < offerStart[b + 1]; k++) {
      t2 += offerLevel[k] * rowSeeks[offerSkill[k]];
    }
    return t1 + t2;
  }

  /**
   * Makes {@link #weight} the relevance alone (true) or the full weight (false, the default): the
   * relevance-only graph is what {@link RoundPlanner} solves first, since it is sparse and free of
   * ties.
   */
  void relevanceOnly(boolean relevanceOnly) {
    this.relevanceOnly = relevanceOnly;
  }

  /** The weight of the pair of the row and {@code b} with the given relevance. */
  double weight(int b, double relevance) {
    return relevanceOnly ? relevance : BASE + relevance + bonus[row] + bonus[b];
  }
}
