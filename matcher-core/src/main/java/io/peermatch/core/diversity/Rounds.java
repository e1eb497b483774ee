package io.peermatch.core.diversity;

import io.peermatch.api.Constraint;
import io.peermatch.api.Constraints;
import io.peermatch.api.History;
import io.peermatch.api.IdPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.MatchingStatus;
import io.peermatch.api.Participant;
import io.peermatch.api.Scoring;
import io.peermatch.api.Trio;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import io.peermatch.core.strategy.MatchingAssembler;
import io.peermatch.core.strategy.PreparedProblem;
import io.peermatch.core.util.PrimitiveSort;
import io.peermatch.core.weighted.MaxWeightStrategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Repeat-free rounds for one pool (weekly coffee, peer-learning cycles): the next round given the
 * history of earlier ones.
 *
 * <p>The next round is a maximum-weight matching (Edmonds' blossom algorithm) of everyone with
 * capacity 1 under these rules, solved first on each person's 24 best pairs, then with every pair
 * of the people that left unpaired, and on all pairs only when two or more are still unpaired:
 *
 * <ul>
 *   <li>no pair that met within the last {@code cooldown} rounds of the history (a hard rule);
 *   <li>every other pair may meet: a pair is worth {@code 1 + mutual exchange}, so relevance
 *       decides among partners but nobody is left out for lack of shared skills;
 *   <li>people who sat out the last round are served first: each pair they are in is worth {@link
 *       #SAT_OUT_BONUS} more, more than any relevance can add;
 *   <li>when the count is odd, the person left over joins the pair where they add most (a trio).
 * </ul>
 *
 * <p>Further hard rules (for example {@code Constraints.differentValue("team")}) may be added.
 * Exact for pools of up to about 2,800 people (all pairs scored); larger pools use the top-K
 * candidate graph. Deterministic.
 */
public final class Rounds {

  /** What a pair with someone who sat out the last round is worth on top of its score. */
  public static final double SAT_OUT_BONUS = 100.0;

  private Rounds() {}

  /**
   * The next round.
   *
   * @param people everyone taking part this round (capacities are ignored: one partner each)
   * @param history earlier rounds, oldest first; every id must be among {@code people}
   * @param cooldown no pair that met within this many latest rounds meets again; at least 0
   * @param rules further hard rules
   * @throws IllegalArgumentException for a cool-down below 0, a history naming unknown people, or
   *     duplicate ids
   */
  public static Matching next(
      List<Participant> people, History history, int cooldown, List<Constraint.PairRule> rules) {
    Objects.requireNonNull(history, "history");
    if (cooldown < 0) {
      throw new IllegalArgumentException("cool-down must be at least 0 rounds but was " + cooldown);
    }
    Set<String> satOut = satOutLastRound(people, history);
    List<Participant> single = new ArrayList<>(people.size());
    for (Participant p : people) {
      single.add(new Participant(p.id(), p.attributes(), p.offers(), p.seeks(), 1));
    }
    Scoring mutual = Scoring.mutualExchange();
    Scoring score =
        Scoring.custom(
            "rounds",
            (a, b) ->
                1.0
                    + mutual.score(a, b)
                    + (satOut.contains(a.id()) ? SAT_OUT_BONUS : 0.0)
                    + (satOut.contains(b.id()) ? SAT_OUT_BONUS : 0.0));
    MatchingProblem.Builder builder =
        MatchingProblem.pool(single)
            .scoring(score)
            .constraint(Constraints.notPairedWithinLastRounds(cooldown, history))
            .allowTrios();
    for (Constraint.PairRule rule : rules) {
      builder.constraint(rule);
    }
    PreparedProblem prepared = PreparedProblem.prepare(builder.build());
    CandidateGraph full = prepared.graph();
    long start = System.nanoTime();
    // The all-pairs graph is dense; the blossom kernel is fast on sparse graphs. Solve on each
    // person's best pairs first, then with every pair of whoever that left unpaired, and on the
    // whole graph only if two or more are still unpaired (a pair may then exist that the sparse
    // graph lacks).
    int[] edges = solveSparse(full, SPARSE_DEGREE, null);
    if (full.vertexCount() - 2 * edges.length >= 2) {
      // Give the people left unpaired all their pairs: they are where the sparse graph was short.
      boolean[] unpaired = new boolean[full.vertexCount()];
      java.util.Arrays.fill(unpaired, true);
      for (int e : edges) {
        unpaired[full.u(e)] = false;
        unpaired[full.v(e)] = false;
      }
      edges = solveSparse(full, SPARSE_DEGREE, unpaired);
    }
    if (full.vertexCount() - 2 * edges.length >= 2) {
      edges = MaxWeightStrategy.solve(full).edges();
    }
    return MatchingAssembler.assemble(
        prepared,
        "rounds",
        edges,
        MatchingStatus.OK,
        System.nanoTime() - start,
        edges.length,
        Map.of());
  }

  /** How many best pairs per person the first, sparse solve keeps. */
  static final int SPARSE_DEGREE = 24;

  /**
   * A maximum-weight matching of the union of every vertex's {@code perVertex} best pairs (all
   * pairs of the vertices marked in {@code allPairsOf}), as full-graph edges.
   */
  private static int[] solveSparse(CandidateGraph full, int perVertex, boolean[] allPairsOf) {
    int n = full.vertexCount();
    boolean[] keep = new boolean[full.edgeCount()];
    int[] ids = new int[16];
    double[] weights = new double[16];
    for (int x = 0; x < n; x++) {
      int degree = full.degree(x);
      if (ids.length < degree) {
        ids = new int[degree];
        weights = new double[degree];
      }
      for (int k = 0; k < degree; k++) {
        int e = full.adjacentEdge(full.adjacencyStart(x) + k);
        ids[k] = e;
        weights[k] = full.weight(e);
      }
      int[] order = PrimitiveSort.indicesByDescendingValue(Arrays.copyOf(weights, degree));
      int kept = allPairsOf != null && allPairsOf[x] ? degree : Math.min(perVertex, degree);
      for (int r = 0; r < kept; r++) {
        keep[ids[order[r]]] = true;
      }
    }
    CandidateGraphBuilder sparse = CandidateGraphBuilder.general(n);
    int[] original = new int[full.edgeCount()];
    int count = 0;
    for (int e = 0; e < full.edgeCount(); e++) {
      if (keep[e]) {
        sparse.addEdge(full.u(e), full.v(e), full.weight(e), full.relevance(e));
        original[count++] = e;
      }
    }
    // Edges arrive in (u, v) order without duplicates, so sparse edge i is original[i].
    int[] chosen = MaxWeightStrategy.solve(sparse.build()).edges();
    for (int i = 0; i < chosen.length; i++) {
      chosen[i] = original[chosen[i]];
    }
    return chosen;
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

  private static Set<String> satOutLastRound(List<Participant> people, History history) {
    Set<String> satOut = new HashSet<>();
    if (history.size() == 0) {
      return satOut;
    }
    Set<String> met = new HashSet<>();
    for (IdPair pair : history.rounds().get(history.size() - 1)) {
      met.add(pair.first());
      met.add(pair.second());
    }
    for (Participant p : people) {
      if (!met.contains(p.id())) {
        satOut.add(p.id());
      }
    }
    return satOut;
  }
}
