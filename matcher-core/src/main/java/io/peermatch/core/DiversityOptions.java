package io.peermatch.core;

import io.peermatch.api.Constraints;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The settings of {@link Strategy#DIVERSITY_SEEKING}, given through {@link
 * MatchOptions#withDiversity(DiversityOptions)} (or just λ, {@link MatchOptions#withLambda}).
 *
 * <p><b>Objective.</b> For a matching M the strategy maximises
 *
 * <pre>
 *   F(M) = Σ_{e ∈ M} b(e) + (1 − λ)·μ·S·Σ_g √c_g(M) − φ·S·max(0, q·|M| − x(M))
 *   b(e) = λ·w(e) + (1 − λ)·S·d(e)     for w(e) &gt; 0, and b(e) = 0 otherwise
 * </pre>
 *
 * where w(e) is the pair's weight (what {@code max-weight} maximises); S, the relevance scale, is
 * the mean weight of the candidate pairs of positive weight; d(e) in [0, 1] is the boundary
 * distance {@code Σ_a ω_a·δ_a / Σ_a ω_a} over the {@link #distanceWeights()} ω (δ_a = 1 when the
 * two values of a categorical attribute differ; for {@code seniority} the difference of levels in
 * {@link #SENIORITY_ORDER} divided by 7; for {@code tenure} the difference in years divided by the
 * range of tenures); c_g(M) counts the pairs of department pair g, so {@code Σ √c_g} rewards
 * bridging many department pairs (μ = {@link #spread()}); x(M) counts the pairs that cross
 * departments, q = {@link #floor()} and φ = {@link #floorPenalty()}. λ = 1 with q = 0 is exactly
 * {@code max-weight}. The strategy re-weights and re-solves exactly {@link #iterations()} times,
 * keeping the best, and reports its gap to a proven upper bound ({@code objective_gap}).
 *
 * @param lambda the share of relevance in the blended pair weight, in {@code [0, 1]}: 1 is {@code
 *     max-weight}, 0 is pure boundary distance among pairs of positive weight
 * @param distanceWeights the weight of each attribute in the boundary distance (non-negative, at
 *     least one positive); {@code seniority} and {@code tenure} are ordinal, every other attribute
 *     categorical
 * @param departmentAttribute the attribute whose unordered value pairs the set-level term and the
 *     floor count
 * @param spread μ, the weight of the set-level term {@code Σ √count} over department pairs, in
 *     units of the relevance scale; non-negative
 * @param floor q, the share of pairs that should cross departments, in {@code [0, 1]}; 0 for none
 * @param floorPenalty the price of each missing cross-department pair, in units of the relevance
 *     scale; non-negative
 * @param iterations rounds of re-weighting, each one exact maximum-weight matching; at least 1
 */
public record DiversityOptions(
    double lambda,
    Map<String, Double> distanceWeights,
    String departmentAttribute,
    double spread,
    double floor,
    double floorPenalty,
    int iterations) {

  /** The order of {@code seniority} levels, lowest first; other values count as unknown. */
  public static final List<String> SENIORITY_ORDER =
      List.of("junior", "mid", "senior", "staff", "principal", "director", "vp", "executive");

  /**
   * λ = 0.5; distance weights department 0.5, location 0.2, seniority 0.2, tenure 0.1; μ = 1; no
   * floor (penalty 1 if one is set); 3 iterations. Tuned on {@code SyntheticOrganisation} mentoring
   * problems (see the README).
   */
  public static final DiversityOptions DEFAULTS =
      new DiversityOptions(
          0.5,
          Map.of("department", 0.5, "location", 0.2, "seniority", 0.2, "tenure", 0.1),
          "department",
          1.0,
          0.0,
          1.0,
          3);

  /** Validates every field and copies the map in name order. */
  public DiversityOptions {
    if (!(lambda >= 0.0 && lambda <= 1.0)) {
      throw new IllegalArgumentException("lambda must be in [0, 1] but was " + lambda);
    }
    Objects.requireNonNull(distanceWeights, "distanceWeights");
    Objects.requireNonNull(departmentAttribute, "departmentAttribute");
    if (departmentAttribute.isBlank()) {
      throw new IllegalArgumentException("department attribute must not be blank");
    }
    TreeMap<String, Double> sorted = new TreeMap<>();
    double total = 0.0;
    for (Map.Entry<String, Double> entry : distanceWeights.entrySet()) {
      String name = Objects.requireNonNull(entry.getKey(), "attribute name");
      double w = Objects.requireNonNull(entry.getValue(), "distance weight");
      if (name.isBlank()) {
        throw new IllegalArgumentException("attribute name must not be blank in distance weights");
      }
      if (!(w >= 0.0 && w <= Constraints.MAX_WEIGHT)) {
        throw new IllegalArgumentException(
            "distance weight must be in [0, 1e12] (so that their sum stays finite) but was "
                + w
                + " for attribute '"
                + name
                + "'");
      }
      sorted.put(name, w);
      total += w;
    }
    if (!(total > 0.0)) {
      throw new IllegalArgumentException(
          "distance weights must have a positive sum but were " + distanceWeights);
    }
    distanceWeights = Collections.unmodifiableMap(sorted);
    if (!(spread >= 0.0 && spread <= Constraints.MAX_WEIGHT)) {
      throw new IllegalArgumentException(
          "spread must be in [0, 1e12] (so that sums stay finite) but was " + spread);
    }
    if (!(floor >= 0.0 && floor <= 1.0)) {
      throw new IllegalArgumentException("floor must be in [0, 1] but was " + floor);
    }
    if (!(floorPenalty >= 0.0 && floorPenalty <= Constraints.MAX_WEIGHT)) {
      throw new IllegalArgumentException(
          "floor penalty must be in [0, 1e12] (so that sums stay finite) but was " + floorPenalty);
    }
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be at least 1 but was " + iterations);
    }
  }

  /** These options with another λ. */
  public DiversityOptions withLambda(double lambda) {
    return new DiversityOptions(
        lambda, distanceWeights, departmentAttribute, spread, floor, floorPenalty, iterations);
  }

  /** These options with other distance weights. */
  public DiversityOptions withDistanceWeights(Map<String, Double> distanceWeights) {
    return new DiversityOptions(
        lambda, distanceWeights, departmentAttribute, spread, floor, floorPenalty, iterations);
  }

  /** These options with another department attribute for the set-level term and the floor. */
  public DiversityOptions withDepartmentAttribute(String departmentAttribute) {
    return new DiversityOptions(
        lambda, distanceWeights, departmentAttribute, spread, floor, floorPenalty, iterations);
  }

  /** These options with another set-level weight μ. */
  public DiversityOptions withSpread(double spread) {
    return new DiversityOptions(
        lambda, distanceWeights, departmentAttribute, spread, floor, floorPenalty, iterations);
  }

  /** These options with a soft floor q on the cross-department share. */
  public DiversityOptions withFloor(double floor) {
    return new DiversityOptions(
        lambda, distanceWeights, departmentAttribute, spread, floor, floorPenalty, iterations);
  }

  /** These options with another floor penalty. */
  public DiversityOptions withFloorPenalty(double floorPenalty) {
    return new DiversityOptions(
        lambda, distanceWeights, departmentAttribute, spread, floor, floorPenalty, iterations);
  }

  /** These options with another number of iterations. */
  public DiversityOptions withIterations(int iterations) {
    return new DiversityOptions(
        lambda, distanceWeights, departmentAttribute, spread, floor, floorPenalty, iterations);
  }
}
