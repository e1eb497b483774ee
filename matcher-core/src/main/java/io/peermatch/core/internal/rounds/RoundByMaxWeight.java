package io.peermatch.core.internal.rounds;

import io.peermatch.api.Diagnostic;
import io.peermatch.api.Diagnostics;
import io.peermatch.api.Explanation;
import io.peermatch.api.History;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingCancelledException;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.MatchingStatus;
import io.peermatch.api.Trio;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.internal.problem.CompiledRules;
import io.peermatch.core.internal.problem.CompiledScoring;
import io.peermatch.core.internal.strategy.MaxWeightStrategy;
import io.peermatch.core.internal.strategy.ResidualGraph;
import io.peermatch.core.kernel.KernelResult;
import io.peermatch.core.kernel.SolveControl;
import io.peermatch.core.kernel.general.GreedyTrioCompletion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The general solver of a round, for what {@link RoundPlanner}'s specialised one does not model:
 * pinned pairs, soft preferences and user bonuses, capacities above 1, another scoring.
 *
 * <p>Every allowed pair (not within the cool-down, every hard rule and user rule holding) becomes
 * an edge of weight {@code 1 + relevance + sat-out bonuses + soft terms}, as in the specialised
 * solver plus the soft terms; the pinned pairs are fixed first (they count against capacities); the
 * rest is an exact maximum-weight b-matching ({@link MaxWeightStrategy}: Edmonds' blossom
 * algorithm, with vertex splitting for capacities), whose dual bound, plus the pinned pairs'
 * weight, is reported. When the problem allows trios, people left single join the pair where they
 * add most. O(n²) pairs for n people (every pair is scored): about a second for 2,000 people.
 */
final class RoundByMaxWeight {

  private RoundByMaxWeight() {}

  static Matching next(
      MatchingProblem problem, History history, int cooldown, SolveControl control) {
    long start = System.nanoTime();
    CompiledProblem compiled =
        CompiledProblem.compile(problem, control.within(RoundPlanner.PHASE, 0, 0.05));
    int n = compiled.size();
    RoundPlanner.requireKnown(compiled, history);
    CompiledScoring scoring = CompiledScoring.of(compiled);
    CompiledRules rules = CompiledRules.of(compiled);
    double[] bonus = RoundPlanner.satOutBonus(compiled, history);
    int[][] recent = RoundPlanner.recentPartners(compiled, history, cooldown);
    int[] pinnedPairs = pinned(compiled, recent, cooldown);

    CandidateGraphBuilder builder = CandidateGraphBuilder.general(n);
    builder.capacities(compiled.capacities());
    int[] stamp = new int[n];
    for (int a = 0; a < n; a++) {
      if ((a & 63) == 0) {
        control.check(RoundPlanner.PHASE);
        control.progress(RoundPlanner.PHASE, 0.05 + 0.45 * a / n);
      }
      for (int k = recent[0][a]; k < recent[0][a + 1]; k++) {
        stamp[recent[1][k]] = a + 1;
      }
      for (int b = a + 1; b < n; b++) {
        if (stamp[b] == a + 1) {
          continue;
        }
        double r = scoring.relevance(a, b);
        if (!rules.allows(a, b, r)) {
          continue;
        }
        double w = weight(rules, bonus, a, b, r);
        if (w > 0) {
          builder.addEdge(a, b, w, r);
        }
      }
    }
    for (int p = 0; p < pinnedPairs.length; p += 2) {
      int a = pinnedPairs[p];
      int b = pinnedPairs[p + 1];
      double r = scoring.relevance(a, b);
      builder.addEdge(a, b, weight(rules, bonus, a, b, r), r);
    }
    CandidateGraph graph = builder.build(control);
    int[] pinnedEdges = new int[pinnedPairs.length / 2];
    for (int p = 0; p < pinnedEdges.length; p++) {
      pinnedEdges[p] = graph.edgeBetween(pinnedPairs[2 * p], pinnedPairs[2 * p + 1]);
    }
    long prepared = System.nanoTime();

    ResidualGraph residual = ResidualGraph.of(graph, pinnedEdges, control);
    KernelResult result =
        MaxWeightStrategy.solve(residual.graph(), control.within(RoundPlanner.PHASE, 0.5, 0.95));
    if (result.status() == MatchingStatus.DEADLINE_REACHED) {
      throw new MatchingCancelledException(
          MatchingCancelledException.Reason.DEADLINE, RoundPlanner.PHASE);
    }
    int[] edges = Arrays.copyOf(pinnedEdges, pinnedEdges.length + result.edges().length);
    for (int i = 0; i < result.edges().length; i++) {
      edges[pinnedEdges.length + i] = residual.originalEdge()[result.edges()[i]];
    }
    Arrays.sort(edges);
    control.check(RoundPlanner.PHASE);

    double pinnedWeight = graph.totalWeight(pinnedEdges);
    boolean[] matched = new boolean[n];
    List<MatchedPair> pairs = new ArrayList<>(edges.length);
    double objective = 0.0;
    for (int e : edges) {
      int a = graph.u(e);
      int b = graph.v(e);
      matched[a] = true;
      matched[b] = true;
      objective += graph.weight(e);
      if (!scoring.forwardIsBetter(a, b)) {
        int t = a;
        a = b;
        b = t;
      }
      double r = graph.relevance(e);
      List<Explanation.Term> soft = rules.softTermList(a, b, r);
      pairs.add(RoundPlanner.pair(compiled, bonus, a, b, r, graph.weight(e), soft));
    }
    List<Trio> trios = new ArrayList<>();
    double trioWeight = 0.0;
    if (problem.allowsTrios()) {
      int[] mate = new int[n];
      Arrays.fill(mate, -1);
      for (int e : edges) {
        mate[graph.u(e)] = graph.v(e);
        mate[graph.v(e)] = graph.u(e);
      }
      GreedyTrioCompletion completion = GreedyTrioCompletion.complete(graph, mate);
      for (int t = 0; t < completion.trios().length; t++) {
        int[] trio = completion.trios()[t];
        double added = completion.addedWeight()[t];
        matched[trio[2]] = true;
        trioWeight += added;
        trios.add(
            new Trio(compiled.id(trio[0]), compiled.id(trio[1]), compiled.id(trio[2]), added));
      }
    }
    List<String> unmatched = new ArrayList<>();
    int satOut = 0;
    for (int x = 0; x < n; x++) {
      if (!matched[x]) {
        unmatched.add(compiled.id(x));
      }
      if (bonus[x] > 0) {
        satOut++;
      }
    }
    // The kernel's dual bounds the residual graph: the pinned pairs' weight is added, so that the
    // bound is on the same total as the objective (vertex splitting has no certificate: its
    // optimum is proven by the reduction, and the objective is the bound).
    double dual = objective;
    for (Diagnostic d : result.diagnostics()) {
      if (d instanceof Diagnostic.DualBound b) {
        dual = Math.max(objective, pinnedWeight + b.value());
      }
    }
    List<Diagnostic> figures = new ArrayList<>();
    figures.add(new Diagnostic.DualBound(dual));
    figures.add(new Diagnostic.RoundReport(graph.edgeCount(), 1, 0, 0, 0, Double.NaN, satOut));
    if (problem.allowsTrios()) {
      figures.add(new Diagnostic.Trios(trioWeight));
    }
    long end = System.nanoTime();
    Diagnostics diagnostics =
        new Diagnostics(
            RoundPlanner.PHASE,
            end - prepared,
            prepared - start,
            graph.edgeCount(),
            result.iterations(),
            figures);
    return new Matching(MatchingStatus.OK, pairs, unmatched, objective, diagnostics, trios);
  }

  private static double weight(CompiledRules rules, double[] bonus, int a, int b, double r) {
    return RoundPairs.BASE + r + bonus[a] + bonus[b] + rules.softTerms(a, b, r);
  }

  /**
   * The pinned pairs as index pairs (a, b, a, b, ...).
   *
   * @throws IllegalStateException for a pinned pair that met within the cool-down
   */
  private static int[] pinned(CompiledProblem compiled, int[][] recent, int cooldown) {
    List<IdPair> pins = compiled.problem().pinnedPairs();
    int[] out = new int[2 * pins.size()];
    for (int p = 0; p < pins.size(); p++) {
      int a = compiled.indexOf(pins.get(p).first());
      int b = compiled.indexOf(pins.get(p).second());
      for (int k = recent[0][a]; k < recent[0][a + 1]; k++) {
        if (recent[1][k] == b) {
          throw new IllegalStateException(
              "pinned pair "
                  + pins.get(p)
                  + " met within the cool-down of "
                  + cooldown
                  + " rounds");
        }
      }
      out[2 * p] = Math.min(a, b);
      out[2 * p + 1] = Math.max(a, b);
    }
    return out;
  }
}
