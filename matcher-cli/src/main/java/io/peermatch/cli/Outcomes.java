package io.peermatch.cli;

import io.peermatch.api.Constraint;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.Trio;
import io.peermatch.core.PreparedProblem;
import io.peermatch.core.graph.CandidateGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a matching means for each person, matched or not: their partners (with score, rank and an
 * explanation in words) or, for those left out, why. The reason is derived from the candidate graph
 * and the matching, never guessed:
 *
 * <ul>
 *   <li>{@code skipped}: the rules file leaves the person out;
 *   <li>{@code partners_full}: they had candidate partners, all of them paired up to their capacity
 *       with people they score higher with (or whom the strategy preferred);
 *   <li>{@code not_chosen}: some candidate partner still had room, but the strategy did not pair
 *       them (stable strategies rank by each side's own view, for example);
 *   <li>{@code no_allowed_partner}: the hard rules exclude everyone (named);
 *   <li>{@code no_skill_match}: some partners are allowed, but none scores above zero with them;
 *   <li>{@code below_minimum_score}: allowed partners score above zero, none reaches the minimum;
 *   <li>{@code no_candidate}: none of the above could be shown (the top-K candidate search kept no
 *       pair for them; a larger {@code --candidates} may help).
 * </ul>
 *
 * The last three are told apart by scoring the person against everyone allowed, for at most {@link
 * #SCAN_BUDGET} pairs in all; beyond that the reason stays {@code no_candidate}.
 */
final class Outcomes {

  /** Pairs scored in all to tell the reasons of people without a candidate apart. */
  static final long SCAN_BUDGET = 20_000_000L;

  enum Status {
    MATCHED,
    UNMATCHED,
    SKIPPED;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One partner of a person. */
  record Partner(
      String id, String name, double score, int rank, String words, boolean pinned, boolean trio) {}

  /** One person's outcome; {@code reason} and {@code reasonText} are empty when matched. */
  record Outcome(
      Participant person,
      String side,
      Status status,
      List<Partner> partners,
      String reason,
      String reasonText) {

    String name() {
      return displayName(person);
    }
  }

  private Outcomes() {}

  /** How the words name a person: their {@code name} attribute if they have one, else the id. */
  static String displayName(Participant p) {
    return p.attributes().getOrDefault("name", p.id());
  }

  /** Everyone's outcome, in the order of {@code people}. */
  static List<Outcome> of(People people, Rules rules, PreparedProblem prepared, Matching matching) {
    MatchingProblem problem = prepared.problem();
    CandidateGraph graph = prepared.candidateGraph();
    List<Participant> participants = problem.participants();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < participants.size(); i++) {
      index.put(participants.get(i).id(), i);
    }
    Map<String, Participant> byId = people.byId();
    Set<IdPair> pinned = new HashSet<>();
    for (IdPair p : problem.pinnedPairs()) {
      pinned.add(p.unordered());
    }
    Map<String, List<Partner>> partners = new LinkedHashMap<>();
    int[] degree = new int[participants.size()];
    for (MatchedPair pair : matching.pairs()) {
      int a = index.get(pair.first());
      int b = index.get(pair.second());
      degree[a]++;
      degree[b]++;
      int e = graph.edgeBetween(a, b);
      double w = e >= 0 ? graph.weight(e) : pair.weight();
      boolean pin = pinned.contains(pair.ids().unordered());
      for (int end = 0; end < 2; end++) {
        boolean first = end == 0;
        String self = first ? pair.first() : pair.second();
        String other = first ? pair.second() : pair.first();
        String otherName = displayName(byId.get(other));
        String words = Words.explain(pair.explanation(), first, otherName);
        if (pin) {
          words = "pinned by " + rules.file() + "; " + words;
        }
        partners
            .computeIfAbsent(self, k -> new ArrayList<>())
            .add(
                new Partner(
                    other,
                    otherName,
                    pair.score(),
                    rank(graph, first ? a : b, w),
                    words,
                    pin,
                    false));
      }
    }
    for (Trio t : matching.trios()) {
      Participant joiner = byId.get(t.joiner());
      degree[index.get(t.joiner())]++;
      for (String member : List.of(t.first(), t.second())) {
        Participant m = byId.get(member);
        double score = problem.relevance(joiner, m);
        String text =
            "a trio with "
                + displayName(byId.get(t.first()))
                + " and "
                + displayName(byId.get(t.second()))
                + " (the count was odd)";
        partners
            .computeIfAbsent(t.joiner(), k -> new ArrayList<>())
            .add(new Partner(member, displayName(m), score, 0, text, false, true));
        partners
            .computeIfAbsent(member, k -> new ArrayList<>())
            .add(
                new Partner(
                    t.joiner(),
                    displayName(joiner),
                    score,
                    0,
                    displayName(joiner) + " joins your pair as a third (the count was odd)",
                    false,
                    true));
        degree[index.get(member)]++;
      }
    }

    Set<String> left = new HashSet<>();
    problem.left().forEach(p -> left.add(p.id()));
    Scan scan = new Scan(problem, rules);
    List<Outcome> out = new ArrayList<>(people.size());
    for (Participant p : people.everyone()) {
      String side = problem.isPool() ? "peer" : p.attributes().getOrDefault("role", "");
      if (rules.skipped().contains(p.id())) {
        out.add(
            new Outcome(
                p, side, Status.SKIPPED, List.of(), "skipped", "skipped by " + rules.file()));
        continue;
      }
      List<Partner> mine = partners.getOrDefault(p.id(), List.of());
      if (!mine.isEmpty()) {
        out.add(new Outcome(p, side, Status.MATCHED, mine, "", ""));
        continue;
      }
      int v = index.get(p.id());
      String[] reason = reason(graph, v, degree, matching, scan, p, left.contains(p.id()));
      out.add(new Outcome(p, side, Status.UNMATCHED, List.of(), reason[0], reason[1]));
    }
    return out;
  }

  /** 1 + how many of x's candidates are worth strictly more than {@code w}. */
  static int rank(CandidateGraph graph, int x, double w) {
    int better = 0;
    for (int k = graph.adjacencyStart(x); k < graph.adjacencyEnd(x); k++) {
      if (graph.weight(graph.adjacentEdge(k)) > w) {
        better++;
      }
    }
    return better + 1;
  }

  private static String[] reason(
      CandidateGraph graph,
      int v,
      int[] degree,
      Matching matching,
      Scan scan,
      Participant p,
      boolean isLeft) {
    int candidates = graph.degree(v);
    if (candidates > 0) {
      int full = 0;
      for (int k = graph.adjacencyStart(v); k < graph.adjacencyEnd(v); k++) {
        int u = graph.other(graph.adjacentEdge(k), v);
        if (degree[u] >= graph.capacity(u)) {
          full++;
        }
      }
      if (full == candidates) {
        return new String[] {
          "partners_full",
          "partners full: "
              + (candidates == 1
                  ? "their only candidate partner is"
                  : "all " + candidates + " candidate partners are")
              + " already paired up to their capacity"
        };
      }
      return new String[] {
        "not_chosen",
        (candidates - full)
            + " of "
            + candidates
            + " candidate partners had room, but "
            + matching.diagnostics().strategy()
            + " did not pair them"
      };
    }
    return scan.explain(p, isLeft);
  }

  /**
   * Scores one person against everyone they might meet, to tell why none is a candidate: no allowed
   * partner, no skill in common, or all below the minimum score.
   */
  private static final class Scan {
    private final MatchingProblem problem;
    private final List<Constraint.PairRule> rules = new ArrayList<>();
    private final Double minimum;
    private long budget = SCAN_BUDGET;

    Scan(MatchingProblem problem, Rules given) {
      this.problem = problem;
      Double min = null;
      for (Constraint.PairRule rule : problem.hardRules()) {
        if (rule instanceof Constraint.MinimumScore m) {
          min = min == null ? m.minimum() : Math.max(min, m.minimum());
        } else {
          rules.add(rule);
        }
      }
      this.minimum = min;
    }

    String[] explain(Participant p, boolean isLeft) {
      List<Participant> others =
          problem.isPool() ? problem.participants() : isLeft ? problem.right() : problem.left();
      if (budget < others.size()) {
        return new String[] {
          "no_candidate",
          "no candidate partner: nobody allowed scores above zero"
              + (minimum == null ? "" : " and above the minimum score")
              + " with them"
        };
      }
      budget -= others.size();
      Map<String, Integer> excludedBy = new LinkedHashMap<>();
      int allowed = 0;
      int positive = 0;
      int reachMinimum = 0;
      double best = 0.0;
      for (Participant o : others) {
        if (o.id().equals(p.id())) {
          continue;
        }
        Participant first = problem.isPool() || isLeft ? p : o;
        Participant second = first == p ? o : p;
        double score = problem.relevance(first, second);
        boolean ok = true;
        for (Constraint.PairRule rule : rules) {
          if (!rule.allows(first, second, score)) {
            excludedBy.merge(rule.name(), 1, Integer::sum);
            ok = false;
            break;
          }
        }
        if (!ok) {
          continue;
        }
        allowed++;
        if (score > 0) {
          positive++;
          best = Math.max(best, score);
          if (minimum == null || score >= minimum) {
            reachMinimum++;
          }
        }
      }
      int possible = others.size() - (problem.isPool() ? 1 : 0);
      if (allowed == 0) {
        return new String[] {
          "no_allowed_partner",
          possible == 0
              ? "no allowed partner: nobody on the other side"
              : "no allowed partner: the hard rules ("
                  + String.join(", ", excludedBy.keySet())
                  + ") exclude all "
                  + possible
                  + " possible partners"
        };
      }
      if (positive == 0) {
        return new String[] {
          "no_skill_match",
          "no skill match: none of the "
              + allowed
              + " allowed partners scores above zero (nobody offers what they seek, or the"
              + " other way round)"
        };
      }
      if (reachMinimum == 0) {
        return new String[] {
          "below_minimum_score",
          "below the minimum score: the best allowed partner scores "
              + Formats.number(best)
              + ", below "
              + Formats.number(minimum)
        };
      }
      return new String[] {
        "no_candidate",
        "no candidate partner: the candidate search kept none of the "
            + reachMinimum
            + " allowed partners (try a larger --candidates)"
      };
    }
  }
}
