package io.peermatch.core;

import io.peermatch.api.Constraint;
import io.peermatch.api.History;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The metrics of a {@link Grouping}, computed from the people and the problem's scoring alone (not
 * from the numbers the grouping carries), so that tests can use them as an independent check.
 */
final class GroupMetrics {

  private GroupMetrics() {}

  static Metrics of(MatchingProblem problem, Grouping grouping, EvaluationOptions options) {
    Map<String, Participant> byId = new HashMap<>(problem.size() * 2);
    for (Participant p : problem.participants()) {
      byId.put(p.id(), p);
    }
    int n = problem.size();
    int placed = 0;
    long pairs = 0;
    double relevance = 0.0;
    TreeMap<Integer, Integer> sizes = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    for (Grouping.Group g : grouping.groups()) {
      List<String> m = g.members();
      sizes.merge(m.size(), 1, Integer::sum);
      placed += m.size();
      for (int i = 0; i < m.size(); i++) {
        Participant a = person(byId, m.get(i));
        if (!seen.add(a.id())) {
          throw new IllegalArgumentException("grouping places '" + a.id() + "' twice");
        }
        for (int j = i + 1; j < m.size(); j++) {
          relevance += problem.relevance(a, person(byId, m.get(j)));
          pairs++;
        }
      }
    }
    int groups = grouping.groups().size();
    LinkedHashMap<String, Double> out = new LinkedHashMap<>();
    out.put("groups", (double) groups);
    out.put("coverage", n == 0 ? 0.0 : (double) placed / n);
    out.put("unplaced", (double) (n - placed));
    out.put("relevance_total", relevance);
    out.put("relevance_mean", groups == 0 ? 0.0 : relevance / groups);
    out.put("relevance_pair_mean", pairs == 0 ? 0.0 : relevance / pairs);
    for (String attribute : present(problem, options.attributes())) {
      long crossing = 0;
      int groupsCrossing = 0;
      for (Grouping.Group g : grouping.groups()) {
        List<String> m = g.members();
        int groupCrossing = 0;
        for (int i = 0; i < m.size(); i++) {
          String a = byId.get(m.get(i)).attributes().get(attribute);
          for (int j = i + 1; j < m.size(); j++) {
            String b = byId.get(m.get(j)).attributes().get(attribute);
            if (a == null ? b != null : !a.equals(b)) {
              groupCrossing++;
            }
          }
        }
        crossing += groupCrossing;
        groupsCrossing += groupCrossing > 0 ? 1 : 0;
      }
      out.put("cross_" + attribute + "_rate", pairs == 0 ? 0.0 : (double) crossing / pairs);
      out.put("groups_crossing_" + attribute, groups == 0 ? 0.0 : (double) groupsCrossing / groups);
    }
    for (String attribute : present(problem, options.attributes())) {
      double sum = 0.0;
      for (Grouping.Group g : grouping.groups()) {
        Map<String, Integer> counts = new HashMap<>();
        for (String id : g.members()) {
          counts.merge(String.valueOf(byId.get(id).attributes().get(attribute)), 1, Integer::sum);
        }
        double size = g.members().size();
        double concentration = 0.0;
        for (int c : counts.values()) {
          concentration += (c / size) * (c / size);
        }
        sum += size * (1.0 - concentration);
      }
      out.put("blau_" + attribute, placed == 0 ? 0.0 : sum / placed);
    }
    History history = options.history() != null ? options.history() : problemHistory(problem);
    if (history != null) {
      Set<IdPair> met = new HashSet<>();
      for (List<IdPair> round : history.rounds()) {
        for (IdPair pair : round) {
          met.add(pair.unordered());
        }
      }
      long repeats = 0;
      for (IdPair pair : grouping.pairs()) {
        if (met.contains(pair.unordered())) {
          repeats++;
        }
      }
      out.put("repeats", (double) repeats);
    }
    for (Map.Entry<Integer, Integer> e : sizes.entrySet()) {
      out.put("group_size_" + e.getKey(), (double) e.getValue());
    }
    return new Metrics(out);
  }

  private static Participant person(Map<String, Participant> byId, String id) {
    Participant p = byId.get(id);
    if (p == null) {
      throw new IllegalArgumentException("grouping names unknown participant '" + id + "'");
    }
    return p;
  }

  private static List<String> present(MatchingProblem problem, List<String> attributes) {
    return attributes.stream()
        .filter(a -> problem.participants().stream().anyMatch(p -> p.attributes().containsKey(a)))
        .toList();
  }

  private static History problemHistory(MatchingProblem problem) {
    for (Constraint c : problem.constraints()) {
      if (c instanceof Constraint.NotPairedWithin n) {
        return n.history();
      }
    }
    return null;
  }
}
