/**
 * Everything an application needs to match people, in one package: the facade and its options,
 * rounds, suggestions and evaluation. The vocabulary (participants, problems, constraints,
 * matchings) is in {@code io.peermatch.api}.
 *
 * <pre>{@code
 * MatchingProblem problem = MatchingProblem.twoSided(mentors, mentees)
 *     .scoring(Scoring.complementarity())
 *     .constraint(Constraints.differentValue("team"))
 *     .build();
 * Matching matching = PeerMatch.match(problem, Strategy.MAX_WEIGHT);
 * }</pre>
 *
 * <ul>
 *   <li>{@link io.peermatch.core.PeerMatch}: match a problem with a {@link
 *       io.peermatch.core.Strategy} (typed names with stable string names), tuned by {@link
 *       io.peermatch.core.MatchOptions} (candidates, threads, seed, proposing {@link
 *       io.peermatch.core.Side}, {@link io.peermatch.core.DiversityOptions}); or prepare once
 *       ({@link io.peermatch.core.PreparedProblem}) and run many strategies on the same candidate
 *       pairs.
 *   <li>{@link io.peermatch.core.Rounds}: repeat-free rounds for one pool (weekly coffee).
 *   <li>{@link io.peermatch.core.Suggestions}: ranked partner suggestions for one person.
 *   <li>{@link io.peermatch.core.Evaluation}: every metric of a matching, one definition each
 *       ({@link io.peermatch.core.Metrics}, {@link io.peermatch.core.EvaluationOptions}).
 * </ul>
 *
 * <p>Every type here is immutable and thread-safe (or, for the utility classes, stateless); every
 * result is deterministic for a given problem, options and seed, whatever the number of threads.
 * Bad values fail with an {@link java.lang.IllegalArgumentException}, conflicting settings with an
 * {@link java.lang.IllegalStateException}; messages name the rule and the value.
 */
package io.peermatch.core;
