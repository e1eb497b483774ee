package io.peermatch.cli;

import io.peermatch.api.Constraint;
import io.peermatch.api.Constraints;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.Scoring;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns people and rules into a {@link MatchingProblem}: two-sided by the people's {@code role}
 * (mentors on the left, mentees on the right) or one pool. Pinned pairs are checked here, where the
 * rules file can be named: each must join a mentor and a mentee (in a two-sided problem), keep
 * every hard rule, and stay within capacities.
 */
final class Problems {

  private Problems() {}

  static MatchingProblem build(
      People people, Rules rules, boolean pool, Scoring scoring, boolean trios, long seed) {
    List<Participant> participants = rules.participants(people);
    MatchingProblem.Builder builder;
    if (pool) {
      builder = MatchingProblem.pool(participants);
    } else {
      List<Participant> mentors = new ArrayList<>();
      List<Participant> mentees = new ArrayList<>();
      for (Participant p : participants) {
        String role = p.attributes().get("role");
        if (role == null) {
          throw new IllegalArgumentException(
              people.origin()
                  + ": participant "
                  + p.id()
                  + " has no role; two-sided matching needs role mentor or mentee (or use --pool)");
        }
        switch (role) {
          case "mentor" -> mentors.add(p);
          case "mentee" -> mentees.add(p);
          default ->
              throw new IllegalArgumentException(
                  people.origin()
                      + ": participant "
                      + p.id()
                      + " has role '"
                      + role
                      + "'; expected mentor or mentee (or use --pool)");
        }
      }
      builder = MatchingProblem.twoSided(mentors, mentees);
    }
    if (scoring != null) {
      builder.scoring(scoring);
    }
    builder.constraints(rules.hardRules()).constraints(rules.preferences()).seed(seed);
    if (trios) {
      if (!pool) {
        throw new IllegalArgumentException("--trios needs --pool: trios are for one pool");
      }
      builder.allowTrios();
    }
    if (rules.pins().isEmpty()) {
      return builder.build();
    }
    MatchingProblem unpinned = builder.build();
    List<IdPair> pins = orientedPins(unpinned, rules);
    return builder.constraint(Constraints.pinned(pins)).build();
  }

  /**
   * The pinned pairs, mentor first in a two-sided problem, after checking each against the sides,
   * the hard rules and the capacities.
   */
  static List<IdPair> orientedPins(MatchingProblem problem, Rules rules) {
    Map<String, Participant> byId = new HashMap<>();
    problem.participants().forEach(p -> byId.put(p.id(), p));
    Map<String, Integer> left = new HashMap<>();
    problem.left().forEach(p -> left.put(p.id(), 1));
    Map<String, Integer> count = new HashMap<>();
    List<IdPair> out = new ArrayList<>();
    for (Rules.Pin pin : rules.pins()) {
      Participant a = byId.get(pin.pair().first());
      Participant b = byId.get(pin.pair().second());
      if (!problem.isPool()) {
        boolean aLeft = left.containsKey(a.id());
        if (aLeft == left.containsKey(b.id())) {
          throw new IllegalArgumentException(
              pin.where()
                  + ": pinned pair "
                  + pin.pair()
                  + " must join a mentor and a mentee but both are "
                  + (aLeft ? "mentors" : "mentees"));
        }
        if (!aLeft) {
          Participant t = a;
          a = b;
          b = t;
        }
      }
      double score = problem.relevance(a, b);
      for (Constraint.PairRule rule : problem.hardRules()) {
        if (!rule.allows(a, b, score) || problem.isPool() && !rule.allows(b, a, score)) {
          throw new IllegalArgumentException(
              pin.where()
                  + ": pinned pair "
                  + pin.pair()
                  + " breaks the hard rule '"
                  + rule.name()
                  + "'");
        }
      }
      for (Participant p : List.of(a, b)) {
        int pinned = count.merge(p.id(), 1, Integer::sum);
        if (pinned > p.capacity()) {
          throw new IllegalArgumentException(
              pin.where()
                  + ": pinned pairs exceed the capacity "
                  + p.capacity()
                  + " of '"
                  + p.id()
                  + "' ("
                  + pinned
                  + " pinned)");
        }
      }
      out.add(IdPair.of(a.id(), b.id()));
    }
    return out;
  }
}
