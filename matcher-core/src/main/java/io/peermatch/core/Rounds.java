package io.peermatch.core;

import io.peermatch.api.Constraint;
import io.peermatch.api.History;
import io.peermatch.api.IdPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.core.internal.rounds.RoundPlanner;
import io.peermatch.core.kernel.SolveControl;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
 * <p>Every kind of constraint a problem accepts may be added: hard rules (for example {@code
 * Constraints.differentValue("team")}, forbidden pairs, user rules), pinned pairs (matched first;
 * one that met within the cool-down fails with an {@link IllegalStateException}), soft preferences
 * and user bonuses (added to a pair's weight, and to its explanation); a {@code minimumScore} rule
 * applies to the relevance. {@link #next(MatchingProblem, History, int)} takes a one-pool problem
 * instead, with its participants' capacities (a person of capacity 2 meets two people in a round),
 * its scoring, its constraints and its trio setting.
 *
 * <p>The round is solved exactly. With hard rules only, mutual-exchange scoring and one partner
 * each, a specialised solver runs: Edmonds' blossom algorithm on the relevant pairs, every other
 * pair priced with the dual, proved optimal by a bound; about 20–40 ms for 500 people. Otherwise
 * every allowed pair is scored and an exact maximum-weight b-matching is solved (O(n²) pairs: about
 * a second for 2,000 people). Deterministic and thread-safe. The overloads with {@link
 * MatchOptions} honour its timeout or deadline and progress listener (phase {@code "rounds"});
 * every call honours interruption; a round that stops throws {@link
 * io.peermatch.api.MatchingCancelledException} (a round is never returned half done).
 *
 * <p>Diagnostics: a {@link io.peermatch.api.Diagnostic.DualBound} ({@code dual_bound}: no matching
 * that keeps the pinned pairs weighs more), a {@link io.peermatch.api.Diagnostic.RoundReport}
 * ({@code core_edges}: relevant pairs the blossom solve saw, or every allowed pair; {@code
 * pricing_passes}, {@code priced_edges_added}, {@code filler_pairs}: pairs of no shared skill,
 * {@code restricted_edges}: pairs of the exact re-solve, 0 if none was needed, {@code repair_gap}:
 * what the re-solve had to close, when there was one, {@code sat_out}: people who sat out the last
 * round) and, with trios, {@link io.peermatch.api.Diagnostic.Trios} ({@code trio_weight}).
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
   * @param constraints further constraints of any kind (see the class comment)
   * @return the round: pairs with scores and explanations, trios, and the diagnostics above
   * @throws IllegalArgumentException for a cool-down below 0, a history or constraint naming
   *     unknown people, or duplicate ids
   * @throws IllegalStateException for a pinned pair that breaks a hard rule or met within the
   *     cool-down
   */
  public static Matching next(
      List<Participant> people,
      History history,
      int cooldown,
      List<? extends Constraint> constraints) {
    return RoundPlanner.next(people, history, cooldown, constraints, SolveControl.none());
  }

  /**
   * The next round, under the timeout or deadline, progress listener and executor of {@code
   * options} (its other settings do not apply to rounds).
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   * @see #next(List, History, int, List)
   */
  public static Matching next(
      List<Participant> people,
      History history,
      int cooldown,
      List<? extends Constraint> constraints,
      MatchOptions options) {
    return RoundPlanner.next(people, history, cooldown, constraints, options.startControl());
  }

  /**
   * The next round of a one-pool problem: its participants with their capacities (up to that many
   * partners each this round), its scoring, every constraint, and trios if it allows them.
   *
   * @throws IllegalArgumentException for a two-sided problem, a cool-down below 0 or a history
   *     naming unknown people
   * @throws IllegalStateException for a pinned pair that met within the cool-down
   */
  public static Matching next(MatchingProblem problem, History history, int cooldown) {
    return RoundPlanner.next(problem, history, cooldown, SolveControl.none());
  }

  /**
   * As {@link #next(MatchingProblem, History, int)}, under the timeout or deadline, progress
   * listener and executor of {@code options}.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static Matching next(
      MatchingProblem problem, History history, int cooldown, MatchOptions options) {
    return RoundPlanner.next(problem, history, cooldown, options.startControl());
  }

  /**
   * The next round of groups (the social golfer problem, week after week): {@link
   * PeerMatch#groups(MatchingProblem, GroupOptions)} with every pair that shared a group within the
   * last {@code cooldown} rounds of {@code history} kept apart, unless that cannot be done, in
   * which case the round has the fewest such repeats it can find, counted in {@link
   * Grouping#repeats()}. People absent from the last round (who sat out) are placed first when a
   * hard rule leaves someone out. Pinned people share a group every round, which is not counted as
   * a repeat. Ids of the history missing from the problem are ignored.
   *
   * <pre>{@code
   * History history = History.empty();
   * for (int week = 0; week < 10; week++) {
   *   Grouping round = Rounds.nextGroups(problem, history, 10, GroupOptions.ofSize(4));
   *   history = Rounds.append(history, round);
   * }
   * }</pre>
   *
   * @param problem everyone taking part this round, with the hard rules
   * @param history earlier rounds, oldest first (a round of groups is every pair inside a group)
   * @param cooldown no pair that met within this many latest rounds meets again; at least 0
   * @param options the group sizes, λ, distance weights and time limit
   * @throws IllegalArgumentException as {@link PeerMatch#groups(MatchingProblem, GroupOptions)}, or
   *     for a negative cool-down
   */
  public static Grouping nextGroups(
      MatchingProblem problem, History history, int cooldown, GroupOptions options) {
    return nextGroups(problem, history, cooldown, options, MatchOptions.DEFAULTS);
  }

  /**
   * As {@link #nextGroups(MatchingProblem, History, int, GroupOptions)}, under the timeout or
   * deadline, interruption, progress listener, executor, threads and seed of {@code control}, as
   * {@link PeerMatch#groups(MatchingProblem, GroupOptions, MatchOptions)}: a stop during the search
   * returns the best round so far, a stop before it throws.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline before the
   *     search has started
   */
  public static Grouping nextGroups(
      MatchingProblem problem,
      History history,
      int cooldown,
      GroupOptions options,
      MatchOptions control) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(control, "control");
    return PeerMatch.plan(problem, options, control, history, cooldown);
  }

  /**
   * The history with a round of groups appended: every pair of people who shared a group.
   *
   * @param history the rounds so far
   * @param round the round to add
   * @return a new history; {@code history} is unchanged
   */
  public static History append(History history, Grouping round) {
    List<List<IdPair>> rounds = new ArrayList<>(history.rounds());
    rounds.add(round.pairs());
    return History.of(rounds);
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
