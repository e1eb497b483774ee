package io.peermatch.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.api.Constraints;
import io.peermatch.api.History;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.SkillVector;
import io.peermatch.core.synthetic.SyntheticOrganisation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link PeerMatch#groups}, {@link Rounds#nextGroups} and the group metrics, checked by {@link
 * GroupChecks} from the people and the rules alone.
 */
class GroupsTest {

  private static MatchingProblem organisation(int n, long seed) {
    return MatchingProblem.pool(SyntheticOrganisation.generate(n, seed).people())
        .constraint(Constraints.differentValue("team"))
        .seed(seed)
        .build();
  }

  @Test
  void groups_ofFour_everyoneOnceNoTeamTwiceAndEachGroupExplained() {
    MatchingProblem problem = organisation(200, 3);
    Grouping grouping = PeerMatch.groups(problem, GroupOptions.ofSize(4));
    GroupChecks.feasible(problem, grouping, 4, 4);
    assertThat(grouping.unplaced()).isEmpty();
    assertThat(grouping.groups()).hasSize(50);
    for (Grouping.Group g : grouping.groups()) {
      assertThat(g.explanation()).isNotBlank();
      double relevance = 0.0;
      for (int i = 0; i < g.size(); i++) {
        for (int j = i + 1; j < g.size(); j++) {
          relevance +=
              problem.relevance(
                  GroupChecks.person(problem, g.members().get(i)),
                  GroupChecks.person(problem, g.members().get(j)));
        }
      }
      assertThat(g.relevance()).isCloseTo(relevance, within(1e-9));
    }
    assertThat(grouping.upperBound()).isGreaterThanOrEqualTo(grouping.objective() - 1e-6);
    assertThat(grouping.gap()).isBetween(0.0, 1.0);
  }

  @Test
  void groups_brings_eachMembersThreeMostWantedOffersRecomputedFromThePeople() {
    MatchingProblem problem = organisation(300, 9);
    Grouping grouping = PeerMatch.groups(problem, GroupOptions.ofSizes(3, 5));
    int listed = 0;
    for (Grouping.Group g : grouping.groups()) {
      Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
      for (String id : g.members()) {
        Participant x = GroupChecks.person(problem, id);
        List<String> skills = new ArrayList<>();
        Map<String, Double> amount = new java.util.HashMap<>();
        for (int s = 0; s < x.offers().size(); s++) {
          String skill = x.offers().skill(s);
          double wanted = 0.0;
          for (String other : g.members()) {
            if (!other.equals(id)) {
              wanted = Math.max(wanted, GroupChecks.person(problem, other).seeks().level(skill));
            }
          }
          if (wanted > 0) {
            skills.add(skill);
            amount.put(skill, wanted * x.offers().level(s));
          }
        }
        skills.sort(
            java.util.Comparator.comparing((String k) -> -amount.get(k))
                .thenComparing(java.util.Comparator.naturalOrder()));
        if (!skills.isEmpty()) {
          expected.put(id, List.copyOf(skills.subList(0, Math.min(3, skills.size()))));
        }
      }
      assertThat(g.brings()).as("group %d", g.id()).isEqualTo(expected);
      listed += expected.size();
    }
    assertThat(listed).isPositive();
  }

  @Test
  void groups_diverse_crossDepartmentsMoreThanRelevanceAlone() {
    MatchingProblem problem = organisation(120, 5);
    Metrics diverse =
        Evaluation.evaluate(
            problem,
            PeerMatch.groups(problem, GroupOptions.ofSize(4).withLambda(0.2)),
            EvaluationOptions.DEFAULTS);
    Metrics relevant =
        Evaluation.evaluate(
            problem,
            PeerMatch.groups(problem, GroupOptions.ofSize(4).withLambda(1.0)),
            EvaluationOptions.DEFAULTS);
    assertThat(diverse.get("blau_department")).isGreaterThan(relevant.get("blau_department"));
    assertThat(relevant.get("relevance_total")).isGreaterThan(diverse.get("relevance_total"));
  }

  @Test
  void groups_sizeRange_sizesWithinTheRange() {
    MatchingProblem problem = organisation(103, 7);
    Grouping grouping = PeerMatch.groups(problem, GroupOptions.ofSizes(3, 5));
    GroupChecks.feasible(problem, grouping, 3, 5);
    assertThat(grouping.unplaced()).isEmpty();
  }

  @Test
  void groups_pinsAndVetoes_kept() {
    List<Participant> people = SyntheticOrganisation.generate(60, 9).people();
    String a = people.get(0).id();
    String b = people.get(1).id();
    String c = people.get(2).id();
    String d = people.get(3).id();
    MatchingProblem problem =
        MatchingProblem.pool(people)
            .constraint(Constraints.differentValue("team"))
            .constraint(Constraints.pinned(IdPair.of(a, c)))
            .constraint(Constraints.forbidden(IdPair.of(b, d)))
            .seed(9)
            .build();
    Grouping grouping = PeerMatch.groups(problem, GroupOptions.ofSize(4));
    GroupChecks.feasibleForAll(problem, grouping, 4, 4);
    assertThat(grouping.groupOf(a)).isEqualTo(grouping.groupOf(c));
    assertThat(grouping.groupOf(b)).isNotEqualTo(grouping.groupOf(d));
    assertThat(grouping.diagnostics().get("pins_broken")).isZero();
  }

  @Test
  void groups_userRule_keptInEveryGroup() {
    MatchingProblem problem =
        MatchingProblem.pool(SyntheticOrganisation.generate(80, 29).people())
            .constraint(
                Constraints.rule(
                    "one office per group",
                    (a, b) ->
                        !a.attributes().get("location").equals(b.attributes().get("location"))))
            .seed(29)
            .build();
    Grouping grouping = PeerMatch.groups(problem, GroupOptions.ofSize(4));
    GroupChecks.feasible(problem, grouping, 4, 4);
    for (Grouping.Group g : grouping.groups()) {
      assertThat(g.crosses()).containsKey("location");
    }
  }

  @Test
  void groups_largePool_sparsePathKeepsTheRules() {
    MatchingProblem problem = organisation(4_000, 11);
    Grouping grouping = PeerMatch.groups(problem, GroupOptions.ofSize(4));
    assertThat(grouping.diagnostics().get("dense")).isZero();
    GroupChecks.feasible(problem, grouping, 4, 4);
    assertThat(grouping.unplaced()).isEmpty();
  }

  @Test
  void groups_sameSeed_sameGroups() {
    MatchingProblem problem = organisation(150, 13);
    assertThat(PeerMatch.groups(problem).groups()).isEqualTo(PeerMatch.groups(problem).groups());
  }

  @Test
  void groups_aRuleNobodyCanKeep_leavesTheBreakerOutAndServesWhoSatOutFirst() {
    List<Participant> people = new ArrayList<>();
    for (String id : List.of("a", "b", "c", "d", "e")) {
      people.add(Participant.of(id, SkillVector.of("x", 1), SkillVector.of("x", 1)));
    }
    MatchingProblem problem =
        MatchingProblem.pool(people).constraint(Constraints.forbidden(IdPair.of("a", "b"))).build();
    GroupOptions options = GroupOptions.ofSizes(2, 5);
    Grouping plain = PeerMatch.groups(problem, options);
    GroupChecks.feasible(problem, plain, 2, 5);
    assertThat(plain.unplaced()).containsExactly("b");

    // b sat out the last round (a, c, d, e met): b is served first, a waits.
    History history = History.builder().round(IdPair.of("a", "c"), IdPair.of("d", "e")).build();
    Grouping round = Rounds.nextGroups(problem, history, 0, options);
    GroupChecks.feasible(problem, round, 2, 5);
    assertThat(round.unplaced()).containsExactly("a");
    assertThat(round.diagnostics().get("sat_out")).isEqualTo(1.0);
  }

  @Test
  void nextGroups_tenRounds_noRepeat() {
    MatchingProblem problem = organisation(64, 17);
    History history = History.empty();
    for (int week = 0; week < 10; week++) {
      Grouping round = Rounds.nextGroups(problem, history, 10, GroupOptions.ofSize(4));
      GroupChecks.feasible(problem, round, 4, 4);
      assertThat(GroupChecks.repeats(history, round)).as("week %d", week).isZero();
      assertThat(round.repeats()).isZero();
      history = Rounds.append(history, round);
    }
    assertThat(
            Evaluation.evaluate(
                    problem,
                    Rounds.nextGroups(problem, History.empty(), 0, GroupOptions.ofSize(4)),
                    EvaluationOptions.DEFAULTS.withHistory(history))
                .has("repeats"))
        .isTrue();
  }

  @Test
  void nextGroups_pinnedPair_togetherEveryRoundWithoutCountingARepeat() {
    List<Participant> people = SyntheticOrganisation.generate(40, 23).people();
    String a = people.get(0).id();
    String b = people.get(5).id();
    MatchingProblem problem =
        MatchingProblem.pool(people)
            .constraint(Constraints.pinned(IdPair.of(a, b)))
            .seed(23)
            .build();
    History history = History.empty();
    for (int week = 0; week < 3; week++) {
      Grouping round = Rounds.nextGroups(problem, history, 10, GroupOptions.ofSize(4));
      GroupChecks.feasibleForAll(problem, round, 4, 4);
      // The pinned pair meets every week; nothing else meets twice.
      assertThat(GroupChecks.repeats(history, round)).isEqualTo(week > 0 ? 1 : 0);
      assertThat(round.repeats()).isZero();
      history = Rounds.append(history, round);
    }
  }

  @Test
  void nextGroups_coolDownThatCannotHold_reportsTheRepeatsItMakes() {
    MatchingProblem problem =
        MatchingProblem.pool(SyntheticOrganisation.generate(8, 19).people()).seed(19).build();
    History history = History.empty();
    int total = 0;
    for (int week = 0; week < 4; week++) {
      Grouping round = Rounds.nextGroups(problem, history, 4, GroupOptions.ofSize(4));
      GroupChecks.feasible(problem, round, 4, 4);
      assertThat(round.repeats()).isEqualTo(GroupChecks.repeats(history, round));
      total += round.repeats();
      history = Rounds.append(history, round);
    }
    // 8 people, each meets 3 a week: 4 weeks need 12 partners of 7, so some meet again; the
    // fewest (every pair once in the first two weeks at best) is at least 4 + 4 repeats.
    assertThat(total).isGreaterThanOrEqualTo(8);
  }

  @Test
  void evaluate_handMadeGrouping_countsBlauSizesAndRepeats() {
    List<Participant> people = new ArrayList<>();
    String[] departments = {"A", "A", "B", "C", "A", "B"};
    for (int i = 0; i < departments.length; i++) {
      people.add(
          Participant.builder("p" + i)
              .attribute("department", departments[i])
              .offers("x:1")
              .seeks("x:1")
              .build());
    }
    MatchingProblem problem = MatchingProblem.pool(people).build();
    Grouping grouping =
        new Grouping(
            List.of(
                new Grouping.Group(0, List.of("p0", "p1", "p2", "p3"), 0, 0, Map.of(), Map.of(), 0),
                new Grouping.Group(1, List.of("p4", "p5"), 0, 0, Map.of(), Map.of(), 0)),
            List.of(),
            0,
            0,
            "completed",
            0,
            Map.of());
    History history = History.builder().round(IdPair.of("p0", "p1"), IdPair.of("p4", "p2")).build();
    Metrics m =
        Evaluation.evaluate(problem, grouping, EvaluationOptions.DEFAULTS.withHistory(history));
    // Group 0: departments A, A, B, C → 1 − (1/4 + 1/16 + 1/16) = 0.625 for 4 people; group 1:
    // A, B → 0.5 for 2 people.
    assertThat(m.get("blau_department")).isCloseTo((4 * 0.625 + 2 * 0.5) / 6, within(1e-12));
    assertThat(m.get("cross_department_rate")).isCloseTo(6.0 / 7, within(1e-12));
    assertThat(m.get("groups_crossing_department")).isEqualTo(1.0);
    assertThat(m.get("group_size_4")).isEqualTo(1.0);
    assertThat(m.get("group_size_2")).isEqualTo(1.0);
    assertThat(m.get("repeats")).isEqualTo(1.0);
    assertThat(m.get("relevance_total"))
        .isCloseTo(7 * problem.relevance(people.get(0), people.get(1)), within(1e-12));
    assertThat(m.get("coverage")).isEqualTo(1.0);
  }

  @Test
  void groups_badInput_failsWithTheRule() {
    MatchingProblem twoSided =
        MatchingProblem.twoSided(
                SyntheticOrganisation.generate(20, 1).mentors(),
                SyntheticOrganisation.generate(20, 1).mentees())
            .build();
    assertThatThrownBy(() -> PeerMatch.groups(twoSided))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one pool");
    assertThatThrownBy(() -> PeerMatch.groups(organisation(3, 1), GroupOptions.ofSize(4)))
        .hasMessageContaining("need at least 4 people but there were 3");
    assertThatThrownBy(() -> PeerMatch.groups(organisation(6, 1), GroupOptions.ofSizes(4, 5)))
        .hasMessageContaining("6 people cannot be split into groups of 4 to 5");
    assertThatThrownBy(() -> GroupOptions.ofSize(1)).hasMessageContaining("at least 2");
    assertThatThrownBy(() -> GroupOptions.ofSizes(5, 3)).hasMessageContaining("at least the");
    assertThatThrownBy(() -> GroupOptions.ofSize(4).withLambda(2))
        .hasMessageContaining("lambda must be in [0, 1]");
  }

  /** Every group is checked again, from the people and the problem's rules. */
  static final class GroupChecks {
    private GroupChecks() {}

    static Participant person(MatchingProblem problem, String id) {
      return problem.participants().stream()
          .filter(p -> p.id().equals(id))
          .findFirst()
          .orElseThrow();
    }

    /** Everyone once; sizes within the range; every pair inside a group allowed; pins together. */
    static void feasible(MatchingProblem problem, Grouping grouping, int min, int max) {
      Set<String> seen = new HashSet<>();
      for (Grouping.Group g : grouping.groups()) {
        assertThat(g.size()).as("group %d", g.id()).isGreaterThanOrEqualTo(2);
        if (grouping.unplaced().isEmpty()) {
          int groups = Math.max(1, problem.size() / min);
          int hi = min == max ? (problem.size() + groups - 1) / groups : max;
          assertThat(g.size()).as("group %d", g.id()).isBetween(min, hi);
        }
        for (String id : g.members()) {
          assertThat(seen.add(id)).as("%s placed once", id).isTrue();
        }
        for (int i = 0; i < g.size(); i++) {
          for (int j = i + 1; j < g.size(); j++) {
            Participant a = person(problem, g.members().get(i));
            Participant b = person(problem, g.members().get(j));
            assertThat(problem.allows(a, b)).as("%s with %s", a.id(), b.id()).isTrue();
          }
        }
      }
      for (String id : grouping.unplaced()) {
        assertThat(seen.add(id)).as("%s unplaced once", id).isTrue();
      }
      assertThat(seen).hasSize(problem.size());
      int pinsBroken = 0;
      for (IdPair pin : problem.pinnedPairs()) {
        if (grouping.groupOf(pin.first()).isEmpty()
            || !grouping.groupOf(pin.first()).equals(grouping.groupOf(pin.second()))) {
          pinsBroken++;
        }
      }
      assertThat(grouping.diagnostics().get("pins_broken")).isEqualTo((double) pinsBroken);
    }

    /** {@link #feasible} and every pin kept, nobody left out: for problems known to allow it. */
    static void feasibleForAll(MatchingProblem problem, Grouping grouping, int min, int max) {
      feasible(problem, grouping, min, max);
      assertThat(grouping.unplaced()).isEmpty();
      for (IdPair pin : problem.pinnedPairs()) {
        assertThat(grouping.groupOf(pin.first())).isEqualTo(grouping.groupOf(pin.second()));
      }
    }

    /** Pairs of the round that met in any round of the history. */
    static int repeats(History history, Grouping round) {
      int count = 0;
      for (IdPair pair : round.pairs()) {
        if (history.roundsAgo(pair.first(), pair.second()) != Integer.MAX_VALUE) {
          count++;
        }
      }
      return count;
    }
  }
}
