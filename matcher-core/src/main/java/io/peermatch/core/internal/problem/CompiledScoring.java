package io.peermatch.core.internal.problem;

import io.peermatch.api.Constraints;
import io.peermatch.api.Participant;
import io.peermatch.api.Scoring;

/**
 * A {@link Scoring} in a form the candidate generator can evaluate on int indices.
 *
 * <p>Every built-in scoring is a linear combination of three inner products of a directed pair
 * {@code (a, b)}: {@code t1 = offers(a)·seeks(b)}, {@code t2 = offers(b)·seeks(a)} and {@code t3 =
 * offers(a)·offers(b)}, so {@code score(a, b) = c1·t1 + c2·t2 + c3·t3}. That is what lets an
 * inverted index over skills find the best partners without scoring all pairs. A custom scoring (or
 * a blend containing one) is not linear: its candidates are found through the same index with all
 * three coefficients set to 1 (every pair sharing a skill in any direction) and then scored exactly
 * by the user function.
 */
public final class CompiledScoring {

  private final Scoring scoring;
  private final CompiledProblem problem;
  private final double c1;
  private final double c2;
  private final double c3;
  private final boolean linear;

  private CompiledScoring(CompiledProblem problem, Scoring scoring, double[] coefficients) {
    this.problem = problem;
    this.scoring = scoring;
    this.linear = coefficients != null;
    double[] c = linear ? coefficients : new double[] {1, 1, 1};
    this.c1 = c[0];
    this.c2 = c[1];
    this.c3 = c[2];
  }

  /** Compiles the scoring of {@code problem}. */
  public static CompiledScoring of(CompiledProblem problem) {
    Scoring scoring = problem.problem().scoring();
    return new CompiledScoring(problem, scoring, coefficients(scoring));
  }

  /** {@code {c1, c2, c3}}, or null if the scoring is not linear in the three products. */
  static double[] coefficients(Scoring scoring) {
    if (scoring instanceof Scoring.Complementarity) {
      return new double[] {1, 0, 0};
    }
    if (scoring instanceof Scoring.MutualExchange) {
      return new double[] {1, 1, 0};
    }
    if (scoring instanceof Scoring.Similarity) {
      return new double[] {0, 0, 1};
    }
    if (scoring instanceof Scoring.Blend blend) {
      double[] sum = new double[3];
      for (Scoring.Blend.Component component : blend.components()) {
        double[] c = coefficients(component.scoring());
        if (c == null) {
          return null;
        }
        for (int t = 0; t < 3; t++) {
          sum[t] += component.weight() * c[t];
        }
      }
      return sum;
    }
    return null;
  }

  /** Whether scores come from the three inner products alone. */
  public boolean isLinear() {
    return linear;
  }

  /**
   * Coefficient of {@code offers(a)·seeks(b)} (the index uses it to decide which lists to scan).
   */
  public double c1() {
    return c1;
  }

  /** Coefficient of {@code offers(b)·seeks(a)}. */
  public double c2() {
    return c2;
  }

  /** Coefficient of {@code offers(a)·offers(b)}. */
  public double c3() {
    return c3;
  }

  /**
   * The relevance of the pair from its three products, {@code a} first (left in a two-sided
   * problem): the directed score, or in a pool the better of both directions.
   */
  public double relevanceFromProducts(int a, int b, double t1, double t2, double t3) {
    if (!linear) {
      return relevanceExact(a, b);
    }
    double forward = c1 * t1 + c2 * t2 + c3 * t3;
    if (!problem.isPool()) {
      return forward;
    }
    double backward = c1 * t2 + c2 * t1 + c3 * t3;
    return Math.max(forward, backward);
  }

  /** The relevance of the pair, computing the products itself; {@code a} on the left. */
  public double relevance(int a, int b) {
    if (!linear) {
      return relevanceExact(a, b);
    }
    SkillMatrix offers = problem.offers();
    SkillMatrix seeks = problem.seeks();
    double t1 = c1 != 0 || problem.isPool() ? offers.dot(a, seeks, b) : 0.0;
    double t2 = c2 != 0 || problem.isPool() ? offers.dot(b, seeks, a) : 0.0;
    double t3 = c3 != 0 ? offers.dot(a, offers, b) : 0.0;
    return relevanceFromProducts(a, b, t1, t2, t3);
  }

  private double relevanceExact(int a, int b) {
    Participant pa = problem.participant(a);
    Participant pb = problem.participant(b);
    double s = scoring.score(pa, pb);
    if (problem.isPool()) {
      s = Math.max(s, scoring.score(pb, pa));
    }
    // A user's scoring is a user's weight: bounded like the others, so that sums stay finite.
    if (!(Math.abs(s) <= Constraints.MAX_WEIGHT)) {
      throw new IllegalArgumentException(
          "scoring '"
              + scoring.name()
              + "' must return finite scores of at most 1e12 in magnitude but returned "
              + s
              + " for pair ("
              + pa.id()
              + ", "
              + pb.id()
              + ")");
    }
    return s;
  }

  /**
   * Which direction a pool pair's relevance comes from: true if {@code (a, b)} scores at least as
   * much as {@code (b, a)}. Always true in a two-sided problem.
   */
  public boolean forwardIsBetter(int a, int b) {
    if (!problem.isPool()) {
      return true;
    }
    Participant pa = problem.participant(a);
    Participant pb = problem.participant(b);
    return scoring.score(pa, pb) >= scoring.score(pb, pa);
  }
}
