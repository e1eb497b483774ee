package io.peermatch.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One typed figure of a run: a certificate, a bound, a report. Read them with {@link
 * Diagnostics#find(Class)}:
 *
 * <pre>{@code
 * matching.diagnostics().find(Diagnostic.DualBound.class)
 *     .ifPresent(b -> System.out.println("optimal within " + b.gap(matching.objective())));
 * }</pre>
 *
 * <p><b>What a bound bounds.</b> Every bound here ({@link DualBound}, {@link UpperBound}) bounds
 * the same quantity as {@link Matching#objective()}: the total weight of the pairs, pinned pairs
 * included, over the candidate graph of the problem. {@link DiversityObjective} carries its own
 * objective (the diversity-seeking F) and its own bound of F, named as such.
 *
 * <p><b>The numeric view.</b> {@link #asValues()} flattens a figure to named numbers (the keys of
 * {@link Diagnostics#values()}), in which a flag reads 1 or 0; the records themselves carry
 * booleans as booleans. Immutable and thread-safe.
 */
public sealed interface Diagnostic
    permits Diagnostic.DualBound,
        Diagnostic.UpperBound,
        Diagnostic.ApproximationRatio,
        Diagnostic.DiversityObjective,
        Diagnostic.OwnViewStability,
        Diagnostic.DeferredAcceptance,
        Diagnostic.SexEquality,
        Diagnostic.RoommatesBestEffort,
        Diagnostic.Candidates,
        Diagnostic.Trios,
        Diagnostic.RoundReport,
        Diagnostic.ExplanationsOmitted,
        Diagnostic.Figure {

  /** This figure as named numbers, in a stable order; flags are 1 or 0 here. */
  Map<String, Double> asValues();

  /**
   * The objective of a feasible solution of the dual of the matching LP: no matching of the
   * candidate graph weighs more than {@link #value()}. Reported by the exact strategies ({@code
   * max-weight}, rounds); at the optimum it equals the objective up to rounding.
   *
   * @param value the bound on {@link Matching#objective()}, pinned pairs included
   */
  record DualBound(double value) implements Diagnostic {

    /** How much weight the matching can be missing at most: {@code max(0, value − objective)}. */
    public double gap(double objective) {
      return Math.max(0.0, value - objective);
    }

    @Override
    public Map<String, Double> asValues() {
      return Map.of("dual_bound", value);
    }
  }

  /**
   * A proven upper bound on the total weight of every matching of the candidate graph, from a
   * heuristic's own certificate.
   *
   * @param value the bound on {@link Matching#objective()}, pinned pairs included
   * @param gap {@code value − objective} of the matching it came with, at least 0
   * @param method how it was proven
   */
  record UpperBound(double value, double gap, Method method) implements Diagnostic {

    /** How an {@link UpperBound} was proven. */
    public enum Method {
      /** The auction's prices with each bidder's best profit: a feasible dual for any prices. */
      AUCTION_PRICES,
      /**
       * The dual certificate of an exact kernel that answered for a heuristic (the auction strategy
       * on a dense graph): equal to the optimum, so the gap is 0 up to rounding.
       */
      EXACT_DUAL,
      /** A fractional vertex cover fitted to the matching (the dual of the fractional LP). */
      FRACTIONAL_COVER,
      /**
       * Half the heaviest edge at each vertex: the cheapest fractional cover (after a deadline).
       */
      HALF_HEAVIEST_EDGE
    }

    /** Validates the method. */
    public UpperBound {
      Objects.requireNonNull(method, "method");
    }

    @Override
    public Map<String, Double> asValues() {
      if (method == Method.AUCTION_PRICES || method == Method.EXACT_DUAL) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("upper_bound", value);
        out.put("gap_bound", gap);
        return out;
      }
      return Map.of("optimum_upper_bound", value);
    }
  }

  /**
   * A proven lower bound on objective / optimum for this run: the matching has at least this share
   * of the maximum weight.
   *
   * @param atLeast in [0, 1]; 1 when the bound is 0
   */
  record ApproximationRatio(double atLeast) implements Diagnostic {
    @Override
    public Map<String, Double> asValues() {
      return Map.of("approximation_ratio_at_least", atLeast);
    }
  }

  /**
   * The objective that {@code diversity-seeking} maximises, F(M), with its parts and its own upper
   * bound: not {@link Matching#objective()}, which is the total weight of the pairs as for every
   * strategy. {@code value = blend + spread − floorPenalty}, over every pair of the matching,
   * pinned pairs included.
   *
   * @param value F of the matching returned
   * @param blend Σ b(e), the blended relevance and boundary distance of the pairs
   * @param spread the set-level term (1 − λ)·μ·S·Σ_g √c_g
   * @param floorPenalty the penalty of missing cross-department pairs
   * @param upperBound a proven upper bound on F over all matchings of the candidate graph, or NaN
   *     when a deadline stopped the first iteration before it was proven
   * @param lambda λ, the share of relevance in b(e)
   * @param relevanceScale S, the mean positive candidate weight
   * @param crossDepartmentShare the share of the matching's pairs that cross departments
   * @param iterations re-weighting iterations run
   * @param bestIteration the iteration whose matching was kept (0-based)
   * @param floorBonus the cross-department bonus at the end, in units of S
   */
  record DiversityObjective(
      double value,
      double blend,
      double spread,
      double floorPenalty,
      double upperBound,
      double lambda,
      double relevanceScale,
      double crossDepartmentShare,
      int iterations,
      int bestIteration,
      double floorBonus)
      implements Diagnostic {

    /**
     * {@code (upperBound − value) / upperBound}, at least 0; 0 when the bound is 0, NaN when there
     * is no bound.
     */
    public double gap() {
      if (Double.isNaN(upperBound)) {
        return Double.NaN;
      }
      return upperBound <= 0 ? 0.0 : Math.max(0.0, (upperBound - value) / upperBound);
    }

    /**
     * The view: {@code diversity_objective}, its parts and bound under {@code
     * diversity_objective_*}, the settings; and, deprecated since 0.2 and to be removed before 1.0,
     * the same figures under their former names {@code objective}, {@code objective_blend}, {@code
     * objective_spread}, {@code objective_floor_penalty}, {@code objective_upper_bound} and {@code
     * objective_gap}, which read as if they were {@link Matching#objective()} and are not.
     */
    @Override
    public Map<String, Double> asValues() {
      Map<String, Double> out = new LinkedHashMap<>();
      out.put("diversity_objective", value);
      out.put("diversity_objective_blend", blend);
      out.put("diversity_objective_spread", spread);
      out.put("diversity_objective_floor_penalty", floorPenalty);
      out.put("diversity_objective_upper_bound", upperBound);
      out.put("diversity_objective_gap", gap());
      out.put("lambda", lambda);
      out.put("relevance_scale", relevanceScale);
      out.put("cross_department_share", crossDepartmentShare);
      out.put("iterations", (double) iterations);
      out.put("best_iteration", (double) bestIteration);
      out.put("floor_bonus", floorBonus);
      out.put("objective", value);
      out.put("objective_blend", blend);
      out.put("objective_spread", spread);
      out.put("objective_floor_penalty", floorPenalty);
      out.put("objective_upper_bound", upperBound);
      out.put("objective_gap", gap());
      return out;
    }
  }

  /**
   * Stability and ranks of the matching under the stable strategies' own-view preferences of the
   * residual candidate graph (pinned pairs left out).
   *
   * @param blockingPairs pairs that both prefer each other to a partner or a free slot
   * @param egalitarianCost the sum of 1-based ranks over both ends of every pair
   * @param rankMean the mean rank
   * @param rankMax the worst rank (regret)
   * @param leftCost the left side's rank sum, or -1 in one pool
   * @param rightCost the right side's rank sum, or -1 in one pool
   */
  record OwnViewStability(
      long blockingPairs,
      long egalitarianCost,
      double rankMean,
      long rankMax,
      long leftCost,
      long rightCost)
      implements Diagnostic {

    /** Whether no pair blocks: the matching is stable under these preferences. */
    public boolean stable() {
      return blockingPairs == 0;
    }

    @Override
    public Map<String, Double> asValues() {
      Map<String, Double> out = new LinkedHashMap<>();
      out.put("blocking_pairs_own_views", (double) blockingPairs);
      out.put("egalitarian_cost_own_views", (double) egalitarianCost);
      out.put("rank_mean_own_views", rankMean);
      out.put("rank_max_own_views", (double) rankMax);
      if (leftCost >= 0) {
        out.put("left_cost_own_views", (double) leftCost);
      }
      if (rightCost >= 0) {
        out.put("right_cost_own_views", (double) rightCost);
      }
      return out;
    }
  }

  /**
   * Which side proposed in deferred acceptance.
   *
   * @param leftProposes true when the left side (mentors) proposed
   */
  record DeferredAcceptance(boolean leftProposes) implements Diagnostic {
    @Override
    public Map<String, Double> asValues() {
      return Map.of("left_proposes", leftProposes ? 1.0 : 0.0);
    }
  }

  /**
   * The sex-equality cost reached, |left rank sum − right rank sum|, and whether it is proven
   * minimal.
   *
   * @param cost the difference reached
   * @param exact true when the lattice was enumerated; false when local search ran
   * @param ownViews whether the costs are those of the own-view preferences (a strategy) rather
   *     than of a raw instance (a kernel)
   */
  record SexEquality(long cost, boolean exact, boolean ownViews) implements Diagnostic {
    @Override
    public Map<String, Double> asValues() {
      Map<String, Double> out = new LinkedHashMap<>();
      if (ownViews) {
        out.put("balanced_exact", exact ? 1.0 : 0.0);
        out.put("sex_equality_cost_own_views", (double) cost);
      } else {
        out.put("exact", exact ? 1.0 : 0.0);
        out.put("sex_equality_cost", (double) cost);
      }
      return out;
    }
  }

  /**
   * The people Irving's algorithm set aside to reach a best effort when no stable matching exists.
   *
   * @param setAside how many; 0 when the matching is stable
   */
  record RoommatesBestEffort(int setAside) implements Diagnostic {
    @Override
    public Map<String, Double> asValues() {
      return Map.of("set_aside", (double) setAside);
    }
  }

  /**
   * How the candidate graph was built.
   *
   * @param exact true when it holds every allowed pair that scores above zero, false for each
   *     person's top K
   */
  record Candidates(boolean exact) implements Diagnostic {
    @Override
    public Map<String, Double> asValues() {
      return Map.of("candidates_exact", exact ? 1.0 : 0.0);
    }
  }

  /**
   * The weight that trios added (people left without a partner joining a pair), not part of {@link
   * Matching#objective()}.
   *
   * @param weight the total added weight
   */
  record Trios(double weight) implements Diagnostic {
    @Override
    public Map<String, Double> asValues() {
      return Map.of("trio_weight", weight);
    }
  }

  /**
   * How a round of {@code Rounds} was solved and proven.
   *
   * @param coreEdges relevant pairs the blossom solve saw
   * @param pricingPasses passes that priced the other pairs against the duals
   * @param pricedEdgesAdded pairs those passes added
   * @param fillerPairs pairs of no shared skill
   * @param restrictedEdges pairs of the exact re-solve, 0 if none was needed
   * @param repairGap what the re-solve had to close, NaN if none was needed
   * @param satOut people who sat out the last round
   */
  record RoundReport(
      long coreEdges,
      long pricingPasses,
      long pricedEdgesAdded,
      long fillerPairs,
      long restrictedEdges,
      double repairGap,
      long satOut)
      implements Diagnostic {
    @Override
    public Map<String, Double> asValues() {
      Map<String, Double> out = new LinkedHashMap<>();
      out.put("core_edges", (double) coreEdges);
      out.put("pricing_passes", (double) pricingPasses);
      out.put("priced_edges_added", (double) pricedEdgesAdded);
      out.put("filler_pairs", (double) fillerPairs);
      out.put("restricted_edges", (double) restrictedEdges);
      if (!Double.isNaN(repairGap)) {
        out.put("repair_gap", repairGap);
      }
      out.put("sat_out", (double) satOut);
      return out;
    }
  }

  /**
   * The pairs carry no explanation ({@link Explanation#none()}): the deadline had passed when the
   * result was built, and explaining every pair (a few microseconds each) would have kept the call
   * running past it. {@code PreparedProblem.explain} explains any pair afterwards.
   */
  record ExplanationsOmitted() implements Diagnostic {
    @Override
    public Map<String, Double> asValues() {
      return Map.of("explanations_omitted", 1.0);
    }
  }

  /**
   * Any other named figure (a kernel's own counters, a parameter it chose, such as the auction's
   * {@code epsilon}).
   *
   * @param name a stable snake_case name
   * @param value the figure
   */
  record Figure(String name, double value) implements Diagnostic {
    /** Validates the name. */
    public Figure {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("figure name must not be blank");
      }
    }

    @Override
    public Map<String, Double> asValues() {
      return Map.of(name, value);
    }
  }
}
