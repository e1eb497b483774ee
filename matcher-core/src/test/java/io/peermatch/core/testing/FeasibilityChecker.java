package io.peermatch.core.testing;

import io.peermatch.api.IdPair;
import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks from scratch, through the public API only, that a {@link Matching} is a feasible answer to
 * its {@link MatchingProblem}: known and distinct ids, sides respected, no pair twice, capacities
 * held, every pair allowed by {@link MatchingProblem#allows}, every pinned pair present, scores
 * equal to {@link MatchingProblem#relevance}, weights equal to the score plus the soft preferences
 * that hold, the unmatched list exact and the objective the sum of weights. Knows nothing of the
 * algorithm that made the matching.
 */
public final class FeasibilityChecker {

  /** Tolerance for scores recomputed in another summation order. */
  public static final double EPS = 1e-9;

  private FeasibilityChecker() {}

  /** Every violation found, empty if the matching is feasible. */
  public static List<String> violations(MatchingProblem problem, Matching matching) {
    List<String> out = new ArrayList<>();
    Map<String, Participant> byId = new HashMap<>();
    Set<String> leftIds = new HashSet<>();
    for (Participant p : problem.participants()) {
      byId.put(p.id(), p);
    }
    for (Participant p : problem.left()) {
      leftIds.add(p.id());
    }
    Map<String, Integer> degree = new HashMap<>();
    Set<IdPair> seen = new HashSet<>();
    double objective = 0;
    for (MatchedPair pair : matching.pairs()) {
      Participant first = byId.get(pair.first());
      Participant second = byId.get(pair.second());
      if (first == null || second == null) {
        out.add("pair " + pair.ids() + " names an unknown participant");
        continue;
      }
      if (first == second) {
        out.add("pair " + pair.ids() + " pairs a participant with itself");
        continue;
      }
      if (!problem.isPool()) {
        if (!leftIds.contains(first.id()) || leftIds.contains(second.id())) {
          out.add("pair " + pair.ids() + " is not (left, right)");
          continue;
        }
      }
      if (!seen.add(pair.ids().unordered())) {
        out.add("pair " + pair.ids() + " appears twice");
      }
      degree.merge(first.id(), 1, Integer::sum);
      degree.merge(second.id(), 1, Integer::sum);
      if (!problem.allows(first, second)) {
        out.add("pair " + pair.ids() + " breaks a hard rule");
      }
      double relevance = problem.relevance(first, second);
      if (Math.abs(relevance - pair.score()) > EPS) {
        out.add("pair " + pair.ids() + " has score " + pair.score() + " but " + relevance);
      }
      double weight = relevance + BruteForce.softTerms(problem, first, second, relevance);
      if (Math.abs(weight - pair.weight()) > EPS) {
        out.add("pair " + pair.ids() + " has weight " + pair.weight() + " but " + weight);
      }
      objective += pair.weight();
    }
    for (Map.Entry<String, Integer> e : degree.entrySet()) {
      int capacity = byId.get(e.getKey()).capacity();
      if (e.getValue() > capacity) {
        out.add(e.getKey() + " has " + e.getValue() + " partners but capacity " + capacity);
      }
    }
    for (IdPair pin : problem.pinnedPairs()) {
      if (!seen.contains(pin.unordered())) {
        out.add("pinned pair " + pin + " is missing");
      }
    }
    List<String> unmatched = new ArrayList<>();
    for (Participant p : problem.participants()) {
      if (!degree.containsKey(p.id())) {
        unmatched.add(p.id());
      }
    }
    if (!unmatched.equals(matching.unmatched())) {
      out.add("unmatched should be " + unmatched + " but is " + matching.unmatched());
    }
    if (Math.abs(objective - matching.objective()) > EPS * Math.max(1, Math.abs(objective))) {
      out.add("objective should be " + objective + " but is " + matching.objective());
    }
    return out;
  }

  /** Throws an {@link AssertionError} listing every violation, if there is any. */
  public static void assertFeasible(MatchingProblem problem, Matching matching) {
    List<String> v = violations(problem, matching);
    if (!v.isEmpty()) {
      throw new AssertionError(
          "infeasible matching of " + problem + ":\n  " + String.join("\n  ", v));
    }
  }
}
