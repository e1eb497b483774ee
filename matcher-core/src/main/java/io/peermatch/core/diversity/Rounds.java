package io.peermatch.core.diversity;

import io.peermatch.api.Constraint;
import io.peermatch.api.Constraints;
import io.peermatch.api.History;
import io.peermatch.api.IdPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.Scoring;
import io.peermatch.api.Trio;
import io.peermatch.core.Strategies;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Repeat-free rounds for one pool (weekly coffee, peer-learning cycles): the next round given the
 * history of earlier ones.
 *
 * <p>The next round is the maximum-weight matching ({@code max-weight}, Edmonds' blossom algorithm)
 * of everyone with capacity 1 under these rules:
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
    return Strategies.get("max-weight").match(builder.build());
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
