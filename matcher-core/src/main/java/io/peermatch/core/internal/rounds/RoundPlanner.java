package io.peermatch.core.internal.rounds;

import io.peermatch.api.Constraint;
import io.peermatch.api.Diagnostic;
import io.peermatch.api.Diagnostics;
import io.peermatch.api.Explanation;
import io.peermatch.api.History;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.MatchingStatus;
import io.peermatch.api.Participant;
import io.peermatch.api.Scoring;
import io.peermatch.api.Trio;
import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.internal.problem.CompiledRules;
import io.peermatch.core.internal.strategy.MatchingAssembler;
import io.peermatch.core.kernel.SolveControl;
import io.peermatch.core.kernel.general.GreedyTrioCompletion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The engine of {@link io.peermatch.core.Rounds}: the next repeat-free round of one pool, an exact
 * maximum-weight matching of everyone with capacity 1 under the rules documented there.
 *
 * <p><b>Method.</b> Every pair is allowed unless the cool-down or a rule forbids it, so the graph
 * is dense (n²/2 pairs) and mostly ties (most pairs share no skill and weigh exactly 1); it is
 * never stored. {@link RoundSolution} solves the small graph of relevant pairs exactly ({@link
 * PricingMaximumWeightMatching}: Edmonds' blossom algorithm on each person's 24 to 128 most
 * relevant pairs, every other pair priced with the dual), pairs the people it leaves single among
 * themselves, and proves the result optimal with the bound {@code ⌊n/2⌋ + R* + Σ bonuses}; when the
 * cool-down leaves two single people who may not meet, reduced-cost fixing limits the exact
 * re-solve to the few pairs that can still improve the matching. The result is a maximum-weight
 * matching of all allowed pairs. Running time O(n² · s) for n people with s skills each, plus the
 * blossom solves; about 20–40 ms for 500 people. Deterministic. The person left over when the count
 * is odd joins the pair where they add most ({@link GreedyTrioCompletion}).
 */
public final class RoundPlanner {

  /** What a pair with someone who sat out the last round is worth on top of its score. */
  public static final double SAT_OUT_BONUS = 100.0;

  /**
   * How many most relevant pairs per person the first core keeps: nearly all of them in a small
   * pool (one blossom solve, no repair), fewer in a large one, where pricing repairs are cheaper
   * than a core of millions of pairs (measured on synthetic organisations of 500 and 5,000).
   */
  static int coreDegree(int n) {
    return Math.max(24, Math.min(128, 64_000 / Math.max(1, n)));
  }

  /** The explanation term of a pair member who sat out the last round. */
  public static final String SAT_OUT_TERM = "sat out last round";

  private RoundPlanner() {}

  /** The progress phase of a round. */
  public static final String PHASE = "rounds";

  /**
   * The next round of {@code people}, each with one partner at most (capacities are ignored).
   *
   * @param people everyone taking part this round
   * @param history earlier rounds, oldest first; every id must be among {@code people}
   * @param cooldown no pair that met within this many latest rounds meets again; at least 0
   * @param constraints further constraints of any kind: hard rules, forbidden pairs, pinned pairs,
   *     soft preferences, user rules and bonuses
   * @param control the deadline, interruption and progress of this call
   * @throws IllegalArgumentException for a cool-down below 0, a history naming unknown people,
   *     duplicate ids, or a constraint naming unknown people
   * @throws IllegalStateException for a pinned pair that breaks a rule or met within the cool-down
   */
  public static Matching next(
      List<Participant> people,
      History history,
      int cooldown,
      List<? extends Constraint> constraints,
      SolveControl control) {
    Objects.requireNonNull(constraints, "constraints");
    List<Participant> single = new ArrayList<>(people.size());
    for (Participant p : people) {
      single.add(
          p.capacity() == 1
              ? p
              : new Participant(p.id(), p.attributes(), p.offers(), p.seeks(), 1));
    }
    MatchingProblem problem =
        MatchingProblem.pool(single)
            .scoring(Scoring.mutualExchange())
            .allowTrios()
            .constraints(constraints)
            .build();
    return next(problem, history, cooldown, control);
  }

  /**
   * The next round of a one-pool problem: its participants with their capacities, its scoring, its
   * constraints of every kind, and trios if it allows them.
   *
   * @throws IllegalArgumentException for a two-sided problem, a cool-down below 0 or a history
   *     naming unknown people
   * @throws IllegalStateException for a pinned pair that met within the cool-down
   */
  public static Matching next(
      MatchingProblem problem, History history, int cooldown, SolveControl control) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(history, "history");
    if (!problem.isPool()) {
      throw new IllegalArgumentException(
          "rounds need a one-pool problem but the problem is two-sided");
    }
    if (cooldown < 0) {
      throw new IllegalArgumentException("cool-down must be at least 0 rounds but was " + cooldown);
    }
    control.check(PHASE);
    control.progress(PHASE, 0.0);
    Matching round =
        fast(problem)
            ? fast(problem, history, cooldown, control)
            : RoundByMaxWeight.next(problem, history, cooldown, control);
    control.progress(PHASE, 1.0);
    return round;
  }

  /**
   * Whether the specialised solver applies: mutual-exchange scoring, one partner each, and only
   * hard rules (no pinned pair, preference or bonus, whose weights it does not model).
   */
  private static boolean fast(MatchingProblem problem) {
    if (!(problem.scoring() instanceof Scoring.MutualExchange)) {
      return false;
    }
    for (Participant p : problem.participants()) {
      if (p.capacity() != 1) {
        return false;
      }
    }
    for (Constraint c : problem.constraints()) {
      if (!(c instanceof Constraint.PairRule)) {
        return false;
      }
    }
    return true;
  }

  private static Matching fast(
      MatchingProblem problem, History history, int cooldown, SolveControl control) {
    long start = System.nanoTime();
    // The cool-down is not a constraint of the problem: RoundPairs tests it with a stamp per
    // partner, far cheaper than the compiled rule's hash lookup per pair.
    CompiledProblem compiled = CompiledProblem.compile(problem, control.within(PHASE, 0, 0.05));
    int n = compiled.size();
    requireKnown(compiled, history);
    double[] bonus = satOutBonus(compiled, history);
    int[][] recent = recentPartners(compiled, history, cooldown);
    CompiledRules compiledRules =
        problem.constraints().isEmpty() ? null : CompiledRules.of(compiled);
    RoundPairs pairs = new RoundPairs(compiled, recent[0], recent[1], bonus, compiledRules);
    long prepared = System.nanoTime();
    Map<String, Double> values = new LinkedHashMap<>();
    RoundSolution solution = RoundSolution.solve(pairs, coreDegree(n), values, control);
    control.check(PHASE);
    int[] mate = solution.mate;
    List<MatchedPair> matchedPairs = new ArrayList<>(n / 2);
    double objective = 0.0;
    for (int a = 0; a < n; a++) {
      int b = mate[a];
      if (b > a) {
        objective += solution.weight[a];
        matchedPairs.add(pair(compiled, bonus, a, b, solution.relevance[a], solution.weight[a]));
      }
    }
    List<Trio> trios = new ArrayList<>();
    double trioWeight = problem.allowsTrios() ? trios(pairs, solution, compiled, trios) : 0.0;
    List<String> unmatched = new ArrayList<>();
    boolean[] inTrio = new boolean[n];
    for (Trio t : trios) {
      inTrio[compiled.indexOf(t.joiner())] = true;
    }
    int satOut = 0;
    for (int x = 0; x < n; x++) {
      if (mate[x] < 0 && !inTrio[x]) {
        unmatched.add(compiled.id(x));
      }
      if (bonus[x] > 0) {
        satOut++;
      }
    }
    List<Diagnostic> figures = new ArrayList<>();
    figures.add(new Diagnostic.DualBound(Math.max(values.get("dual_bound"), objective)));
    figures.add(
        new Diagnostic.RoundReport(
            values.get("core_edges").longValue(),
            values.get("pricing_passes").longValue(),
            values.get("priced_edges_added").longValue(),
            values.get("filler_pairs").longValue(),
            values.get("restricted_edges").longValue(),
            values.getOrDefault("repair_gap", Double.NaN),
            satOut));
    if (problem.allowsTrios()) {
      figures.add(new Diagnostic.Trios(trioWeight));
    }
    long end = System.nanoTime();
    Diagnostics diagnostics =
        new Diagnostics(
            PHASE,
            end - prepared,
            prepared - start,
            values.get("core_edges").longValue(),
            values.get("pricing_passes").longValue(),
            figures);
    return new Matching(MatchingStatus.OK, matchedPairs, unmatched, objective, diagnostics, trios);
  }

  /**
   * Places the people left single into pairs ({@link GreedyTrioCompletion}) on a graph that has
   * every allowed pair of theirs; returns the weight they add.
   */
  private static double trios(
      RoundPairs pairs, RoundSolution solution, CompiledProblem compiled, List<Trio> out) {
    int[] mate = solution.mate;
    int n = mate.length;
    PricingMaximumWeightMatching.EdgeList edges = new PricingMaximumWeightMatching.EdgeList();
    pairs.relevanceOnly(false);
    boolean any = false;
    for (int x = 0; x < n; x++) {
      if (mate[x] >= 0) {
        if (mate[x] > x) {
          edges.add(x, mate[x], solution.weight[x], solution.relevance[x]);
        }
        continue;
      }
      any = true;
      pairs.load(x);
      for (int b = 0; b < n; b++) {
        if (b == x || !pairs.allowed(b)) {
          continue;
        }
        double r = pairs.relevance(b);
        if (pairs.allowedByRules(b, r)) {
          edges.add(x, b, pairs.weight(b, r), r);
        }
      }
    }
    if (!any) {
      return 0.0;
    }
    GreedyTrioCompletion completion = GreedyTrioCompletion.complete(edges.build(n), mate);
    double total = 0.0;
    for (int t = 0; t < completion.trios().length; t++) {
      int[] trio = completion.trios()[t];
      double added = completion.addedWeight()[t];
      total += added;
      out.add(new Trio(compiled.id(trio[0]), compiled.id(trio[1]), compiled.id(trio[2]), added));
    }
    return total;
  }

  private static MatchedPair pair(
      CompiledProblem compiled, double[] bonus, int a, int b, double relevance, double weight) {
    return pair(compiled, bonus, a, b, relevance, weight, List.of());
  }

  /** A pair of the round, explained: skills, sat-out terms, then {@code more} terms. */
  static MatchedPair pair(
      CompiledProblem compiled,
      double[] bonus,
      int a,
      int b,
      double relevance,
      double weight,
      List<Explanation.Term> more) {
    Participant first = compiled.participant(a);
    Participant second = compiled.participant(b);
    List<Explanation.Term> terms = new ArrayList<>(2);
    if (bonus[a] > 0) {
      terms.add(new Explanation.Term(first.id() + " " + SAT_OUT_TERM, bonus[a]));
    }
    if (bonus[b] > 0) {
      terms.add(new Explanation.Term(second.id() + " " + SAT_OUT_TERM, bonus[b]));
    }
    terms.addAll(more);
    Explanation why =
        Explanation.of(
            compiled.problem().scoring().contributions(first, second),
            terms,
            MatchingAssembler.EXPLANATION_SKILLS);
    return new MatchedPair(first.id(), second.id(), relevance, weight, why);
  }

  /** Fails on the first id of the history that is not one of the people. */
  static void requireKnown(CompiledProblem compiled, History history) {
    List<List<IdPair>> rounds = history.rounds();
    for (int r = 0; r < rounds.size(); r++) {
      for (IdPair pair : rounds.get(r)) {
        for (String id : List.of(pair.first(), pair.second())) {
          if (compiled.indexOf(id) < 0) {
            throw new IllegalArgumentException(
                "history round "
                    + (r + 1)
                    + " "
                    + pair
                    + " names unknown participant '"
                    + id
                    + "'");
          }
        }
      }
    }
  }

  /** {@link #SAT_OUT_BONUS} for everyone absent from the last round of a non-empty history. */
  static double[] satOutBonus(CompiledProblem compiled, History history) {
    int n = compiled.size();
    double[] bonus = new double[n];
    if (history.size() == 0) {
      return bonus;
    }
    boolean[] met = new boolean[n];
    for (IdPair pair : history.rounds().get(history.size() - 1)) {
      met[compiled.indexOf(pair.first())] = true;
      met[compiled.indexOf(pair.second())] = true;
    }
    for (int x = 0; x < n; x++) {
      if (!met[x]) {
        bonus[x] = SAT_OUT_BONUS;
      }
    }
    return bonus;
  }

  /**
   * Each person's partners within the last {@code cooldown} rounds, as CSR {offsets, partners}
   * (repeats within the window are harmless).
   */
  static int[][] recentPartners(CompiledProblem compiled, History history, int cooldown) {
    int n = compiled.size();
    List<List<IdPair>> rounds = history.rounds();
    int from = (int) Math.max(0L, (long) rounds.size() - cooldown);
    int total = 0;
    for (int r = from; r < rounds.size(); r++) {
      total += rounds.get(r).size();
    }
    int[] us = new int[total];
    int[] vs = new int[total];
    int k = 0;
    int[] start = new int[n + 1];
    for (int r = from; r < rounds.size(); r++) {
      for (IdPair pair : rounds.get(r)) {
        us[k] = compiled.indexOf(pair.first());
        vs[k] = compiled.indexOf(pair.second());
        start[us[k] + 1]++;
        start[vs[k] + 1]++;
        k++;
      }
    }
    for (int x = 0; x < n; x++) {
      start[x + 1] += start[x];
    }
    int[] fill = Arrays.copyOf(start, n);
    int[] partners = new int[2 * total];
    for (int i = 0; i < total; i++) {
      partners[fill[us[i]]++] = vs[i];
      partners[fill[vs[i]]++] = us[i];
    }
    return new int[][] {start, partners};
  }

  /** The history with {@code round} appended: the pairs and, for trios, all three pairs. */
  public static History append(History history, Matching round) {
    List<List<IdPair>> rounds = new ArrayList<>(history.rounds());
    List<IdPair> pairs = new ArrayList<>();
    round.pairs().forEach(p -> pairs.add(p.ids()));
    for (Trio t : round.trios()) {
      pairs.add(IdPair.of(t.joiner(), t.first()));
      pairs.add(IdPair.of(t.joiner(), t.second()));
    }
    rounds.add(pairs);
    return History.of(rounds);
  }
}
