package io.peermatch.core;

import io.peermatch.api.MatchingProblem;
import io.peermatch.core.kernel.GraphKernel;
import io.peermatch.core.kernel.InstanceKind;
import io.peermatch.core.kernel.MarriageKernel;
import io.peermatch.core.kernel.RoommatesKernel;
import java.util.ArrayList;
import java.util.List;

/**
 * Every matching strategy, by typed name, each with the stable string name the command line and
 * reports use ({@link #label()}). Names never change meaning once published. Choose one with {@link
 * PeerMatch#match(MatchingProblem, Strategy)}, tune it with {@link MatchOptions}.
 *
 * <p>For researchers, a strategy also names its raw kernels: {@link #assignmentKernel()}, {@link
 * #generalKernel()}, {@link #marriageKernel()}, {@link #roommatesKernel()}, which run on edge lists
 * and ranked lists without participants (see {@link io.peermatch.core.kernel}).
 *
 * <p><b>At a deadline</b> ({@link MatchOptions#withTimeout}), four strategies return the best
 * matching they have, with status {@link io.peermatch.api.MatchingStatus#DEADLINE_REACHED} and
 * their bounds still proven: {@link #SUITOR} (the suitor matching or the local search so far),
 * {@link #AUCTION} (the assignment so far), {@link #DIVERSITY_SEEKING} (the best finished
 * iteration; on one pool also the first iteration's matching so far) and {@link #MAX_WEIGHT} on one
 * pool (the blossom algorithm's matching so far, with its dual bound). The others, and these when
 * they have nothing yet (the deadline passed while preparing, while the kernel set up its arrays,
 * or within a first iteration that cannot stop early), throw {@link
 * io.peermatch.api.MatchingCancelledException}; an interrupt always throws.
 */
public enum Strategy {
  /**
   * Heaviest feasible pair first: a 1/2-approximation of the maximum weight (Avis 1983), the
   * baseline. Two-sided and one pool.
   */
  GREEDY("greedy"),
  /**
   * The maximum total weight of the candidate graph with capacities, with a dual certificate
   * ({@code dual_bound}): successive shortest paths (two-sided), Edmonds' blossom algorithm (one
   * pool), a vertex-splitting reduction (one pool with capacities).
   */
  MAX_WEIGHT("max-weight"),
  /**
   * The suitor algorithm plus a local search over alternating paths and cycles, for very large
   * pools: at least 1/2 of the optimum, about 99 % measured, and every run proves its own ratio.
   * One pool only; capacities count as 1.
   */
  SUITOR("suitor"),
  /**
   * Bertsekas' ε-scaled auction for very large one-to-one two-sided problems (one side may have
   * capacities), with a proven {@code upper_bound} and {@code gap_bound}. Two-sided only.
   */
  AUCTION("auction"),
  /**
   * Deferred acceptance on each side's own view of a pair: no blocking pair under those
   * preferences. Mentees propose unless {@link MatchOptions#withProposer(Side)} says otherwise.
   * Two-sided only.
   */
  GALE_SHAPLEY("gale-shapley"),
  /**
   * The stable matching of minimum total rank (Irving, Leather and Gusfield 1987). Two-sided, with
   * capacities above 1 on one side at most.
   */
  EGALITARIAN_STABLE("egalitarian-stable"),
  /**
   * The stable matching whose worst-off person is best off (Gusfield 1987). Two-sided, with
   * capacities above 1 on one side at most.
   */
  MINIMUM_REGRET_STABLE("minimum-regret-stable"),
  /**
   * The sex-equal stable matching: exact over the lattice up to 100,000 stable matchings, local
   * search beyond. Two-sided, with capacities above 1 on one side at most.
   */
  BALANCED_STABLE("balanced-stable"),
  /**
   * Irving's stable roommates (1985); when no stable matching exists, status {@code
   * no-stable-matching} and a documented best effort. One pool only.
   */
  STABLE_ROOMMATES("stable-roommates"),
  /**
   * Connects people across departments, locations, seniority and tenure while keeping relevance,
   * with the trade-off of {@link DiversityOptions}; a heuristic whose gap to a proven upper bound
   * is reported. Two-sided and one pool.
   */
  DIVERSITY_SEEKING("diversity-seeking");

  private final String label;

  Strategy(String label) {
    this.label = label;
  }

  /** The stable string name, such as {@code "max-weight"}: what {@code --strategy} takes. */
  public String label() {
    return label;
  }

  /** The stable names of every strategy, in declaration order. */
  public static List<String> labels() {
    List<String> labels = new ArrayList<>();
    for (Strategy s : values()) {
      labels.add(s.label);
    }
    return List.copyOf(labels);
  }

  /**
   * The strategy whose stable name is {@code label}.
   *
   * @throws IllegalArgumentException naming every strategy, if there is none
   */
  public static Strategy of(String label) {
    for (Strategy s : values()) {
      if (s.label.equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown strategy '" + label + "'; strategies are: " + String.join(", ", labels()));
  }

  /**
   * The strategy whose stable name is {@code label} and that has a raw kernel for {@code kind}.
   *
   * @throws IllegalArgumentException naming the strategies that have one, if there is none
   */
  public static Strategy of(String label, InstanceKind kind) {
    for (Strategy s : withKernel(kind)) {
      if (s.label.equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "strategy '"
            + label
            + "' is not available for "
            + kind.label()
            + " problems; strategies are: "
            + String.join(", ", labelsOf(withKernel(kind))));
  }

  /** The strategies that accept problems of the given shape, in declaration order. */
  public static List<Strategy> supporting(MatchingProblem.Kind kind) {
    List<Strategy> out = new ArrayList<>();
    for (Strategy s : values()) {
      if (s.supports(kind)) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  /** The strategies that have a raw kernel for {@code kind}, in declaration order. */
  public static List<Strategy> withKernel(InstanceKind kind) {
    List<Strategy> out = new ArrayList<>();
    for (Strategy s : values()) {
      if (s.hasKernel(kind)) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  /** Whether this strategy accepts problems of the given shape (two-sided or one pool). */
  public boolean supports(MatchingProblem.Kind kind) {
    return StrategyRegistry.create(this, MatchOptions.DEFAULTS).supports(kind);
  }

  /** Whether this strategy has a raw kernel for instances of {@code kind}. */
  public boolean hasKernel(InstanceKind kind) {
    return StrategyRegistry.hasKernel(this, kind);
  }

  /**
   * The raw kernel for a bipartite {@link io.peermatch.core.graph.CandidateGraph}.
   *
   * @throws IllegalArgumentException if this strategy has none (see {@link #hasKernel})
   */
  public GraphKernel assignmentKernel() {
    return (GraphKernel) kernel(InstanceKind.ASSIGNMENT);
  }

  /**
   * The raw kernel for a one-pool {@link io.peermatch.core.graph.CandidateGraph}.
   *
   * @throws IllegalArgumentException if this strategy has none (see {@link #hasKernel})
   */
  public GraphKernel generalKernel() {
    return (GraphKernel) kernel(InstanceKind.GENERAL);
  }

  /**
   * The raw kernel for a {@link io.peermatch.core.kernel.stable.StableMarriageInstance}.
   *
   * @throws IllegalArgumentException if this strategy has none (see {@link #hasKernel})
   */
  public MarriageKernel marriageKernel() {
    return (MarriageKernel) kernel(InstanceKind.MARRIAGE);
  }

  /**
   * The raw kernel for a {@link io.peermatch.core.kernel.stable.StableRoommatesInstance}.
   *
   * @throws IllegalArgumentException if this strategy has none (see {@link #hasKernel})
   */
  public RoommatesKernel roommatesKernel() {
    return (RoommatesKernel) kernel(InstanceKind.ROOMMATES);
  }

  private Object kernel(InstanceKind kind) {
    Object kernel = StrategyRegistry.kernel(this, kind);
    if (kernel == null) {
      throw new IllegalArgumentException(
          "strategy '"
              + label
              + "' has no kernel for "
              + kind.label()
              + " instances; strategies with one are: "
              + String.join(", ", labelsOf(withKernel(kind))));
    }
    return kernel;
  }

  private static List<String> labelsOf(List<Strategy> strategies) {
    List<String> labels = new ArrayList<>();
    for (Strategy s : strategies) {
      labels.add(s.label);
    }
    return labels;
  }
}
