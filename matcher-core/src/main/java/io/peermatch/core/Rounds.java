package io.peermatch.core;

import io.peermatch.api.Constraint;
import io.peermatch.api.History;
import io.peermatch.api.Matching;
import io.peermatch.api.Participant;
import io.peermatch.core.internal.rounds.RoundPlanner;
import java.util.List;

/**
 * Repeat-free rounds for one pool (weekly coffee, peer-learning cycles): the next round given the
 * history of earlier ones.
 *
 * <pre>{@code
 * History history = History.empty();
 * for (int week = 0; week < 4; week++) {
 *   Matching round = Rounds.next(people, history, 8, List.of(Constraints.differentValue("team")));
 *   history = Rounds.append(history, round);
 * }
 * }</pre>
 *
 * <p>The next round is an exact maximum-weight matching of everyone with capacity 1 under these
 * rules:
 *
 * <ul>
 *   <li>no pair that met within the last {@code cooldown} rounds of the history (a hard rule);
 *   <li>every other pair may meet: a pair is worth {@code 1 + mutual exchange}, so relevance
 *       decides among partners but nobody is left out for lack of shared skills;
 *   <li>people who sat out the last round are served first: each pair they are in is worth {@link
 *       #SAT_OUT_BONUS} more, more than any relevance can add;
 *   <li>when the count is odd, the person left over joins the pair where they add most (a trio);
 *       every two people of a trio form an allowed pair.
 * </ul>
 *
 * <p>Further hard rules (for example {@code Constraints.differentValue("team")}) may be added; a
 * {@code minimumScore} rule applies to the mutual-exchange relevance. The round is solved exactly
 * (Edmonds' blossom algorithm on the relevant pairs, every other pair priced with the dual) and
 * proved optimal by a bound; about 20–40 ms for 500 people. Deterministic and thread-safe.
 *
 * <p>Diagnostics: {@code core_edges} (relevant pairs the blossom solve saw), {@code
 * pricing_passes}, {@code priced_edges_added}, {@code filler_pairs} (pairs of no shared skill),
 * {@code restricted_edges} (pairs of the exact re-solve, 0 if none was needed), {@code repair_gap}
 * (what the re-solve had to close, when there was one), {@code dual_bound} (no matching weighs
 * more), {@code sat_out} (people who sat out the last round) and {@code trio_weight}.
 */
public final class Rounds {

  /** What a pair with someone who sat out the last round is worth on top of its score. */
  public static final double SAT_OUT_BONUS = RoundPlanner.SAT_OUT_BONUS;

  /** The explanation term of a pair member who sat out the last round. */
  public static final String SAT_OUT_TERM = RoundPlanner.SAT_OUT_TERM;

  private Rounds() {}

  /**
   * The next round.
   *
   * @param people everyone taking part this round (capacities are ignored: one partner each)
   * @param history earlier rounds, oldest first; every id must be among {@code people}
   * @param cooldown no pair that met within this many latest rounds meets again; at least 0
   * @param rules further hard rules
   * @return the round: pairs with scores and explanations, trios, and the diagnostics above
   * @throws IllegalArgumentException for a cool-down below 0, a history naming unknown people, or
   *     duplicate ids
   */
  public static Matching next(
      List<Participant> people, History history, int cooldown, List<Constraint.PairRule> rules) {
    return RoundPlanner.next(people, history, cooldown, rules);
  }

  /**
   * The history with {@code round} appended: the pairs and, for trios, all three pairs.
   *
   * @param history the rounds so far
   * @param round the round to add
   * @return a new history; {@code history} is unchanged
   */
  public static History append(History history, Matching round) {
    return RoundPlanner.append(history, round);
  }
}
