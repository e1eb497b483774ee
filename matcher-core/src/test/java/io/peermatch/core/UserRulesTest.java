package io.peermatch.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.api.Constraint;
import io.peermatch.api.Constraints;
import io.peermatch.api.Explanation;
import io.peermatch.api.History;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.Trio;
import io.peermatch.core.synthetic.Organisation;
import io.peermatch.core.synthetic.SyntheticOrganisation;
import io.peermatch.core.testing.FeasibilityChecker;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * An organisation's own rules and bonuses ({@link Constraints#rule}, {@link Constraints#bonus}),
 * through every strategy, rounds and suggestions; and rounds and suggestions taking every kind of
 * constraint a problem takes.
 */
class UserRulesTest {

  private static final Organisation ORG = SyntheticOrganisation.generate(800, 21);
  private static final Map<String, Participant> BY_ID = new HashMap<>();

  static {
    for (Participant p : ORG.people()) {
      BY_ID.put(p.id(), p);
    }
  }

  /**
   * Neither reports to the other, nor do they share a manager: "not in the same reporting line".
   */
  private static boolean notInTheSameReportingLine(Participant a, Participant b) {
    String ma = a.attributes().get("manager");
    String mb = b.attributes().get("manager");
    return !a.id().equals(mb) && !b.id().equals(ma) && (ma == null || !ma.equals(mb));
  }

  private static final Constraint.CustomRule REPORTING_LINE =
      Constraints.rule("not in the same reporting line", UserRulesTest::notInTheSameReportingLine);

  private static final Constraint.CustomBonus SAME_CITY =
      Constraints.bonus(
          "same city",
          (a, b) ->
              a.attributes().get("location") != null
                      && a.attributes().get("location").equals(b.attributes().get("location"))
                  ? 0.05
                  : 0.0,
          0.05);

  @Test
  void customRule_holdsForEveryPairOfEveryStrategy() {
    for (MatchingProblem problem :
        List.of(
            MatchingProblem.twoSided(ORG.mentors(), ORG.mentees())
                .constraint(REPORTING_LINE)
                .build(),
            MatchingProblem.pool(ORG.people()).constraint(REPORTING_LINE).build())) {
      PreparedProblem prepared = PeerMatch.prepare(problem);
      for (Strategy s : Strategy.supporting(problem.kind())) {
        Matching m = prepared.match(s);
        FeasibilityChecker.assertFeasible(problem, m);
        for (MatchedPair p : m.pairs()) {
          assertThat(notInTheSameReportingLine(BY_ID.get(p.first()), BY_ID.get(p.second())))
              .as(s.label() + " " + p.ids())
              .isTrue();
        }
      }
    }
  }

  @Test
  void customRule_withoutIt_somePairsWouldBreakIt() {
    // The rule bites on this organisation: otherwise the test above proves nothing.
    Matching free =
        PeerMatch.match(MatchingProblem.pool(ORG.people()).build(), Strategy.MAX_WEIGHT);
    assertThat(free.pairs())
        .anyMatch(p -> !notInTheSameReportingLine(BY_ID.get(p.first()), BY_ID.get(p.second())));
  }

  @Test
  void customRule_isCalledOnCandidatePairsOnly() {
    AtomicLong calls = new AtomicLong();
    MatchingProblem problem =
        MatchingProblem.pool(ORG.people())
            .constraint(
                Constraints.rule(
                    "counted",
                    (a, b) -> {
                      calls.incrementAndGet();
                      return true;
                    }))
            .build();
    // Top-K mode: each of a person's searches (two, and a few more for some in the balanced
    // selection) rescores a shortlist of 3K partners, far fewer than all pairs.
    PeerMatch.prepare(problem, MatchOptions.DEFAULTS.withExactPairLimit(0).withCandidates(8));
    long n = ORG.people().size();
    assertThat(calls.get()).isPositive().isLessThan(n * (n - 1) / 2 / 4);
    calls.set(0);
    PeerMatch.prepare(
        problem,
        MatchOptions.DEFAULTS
            .withExactPairLimit(0)
            .withCandidates(8)
            .withCandidateSelection(CandidateSelection.NEAREST));
    // One search per person with the nearest selection.
    assertThat(calls.get()).isPositive().isLessThanOrEqualTo(n * 3 * 8 * 2);
  }

  @Test
  void customBonus_addsItsWeightAndShowsByName() {
    MatchingProblem problem =
        MatchingProblem.twoSided(ORG.mentors(), ORG.mentees()).constraint(SAME_CITY).build();
    Matching m = PeerMatch.match(problem, Strategy.MAX_WEIGHT);
    boolean seen = false;
    for (MatchedPair p : m.pairs()) {
      double bonus = SAME_CITY.scorer().score(BY_ID.get(p.first()), BY_ID.get(p.second()));
      assertThat(p.weight()).isCloseTo(p.score() + bonus, within(1e-12));
      boolean named =
          p.explanation().terms().stream()
              .anyMatch(t -> t.name().equals("same city") && t.amount() == 0.05);
      assertThat(named).isEqualTo(bonus != 0.0);
      seen |= named;
    }
    assertThat(seen).isTrue();
  }

  @Test
  void customRule_asAPreference_showsItsName() {
    MatchingProblem problem =
        MatchingProblem.twoSided(ORG.mentors(), ORG.mentees())
            .constraint(Constraints.prefer(REPORTING_LINE, 0.02))
            .build();
    Matching m = PeerMatch.match(problem, Strategy.GREEDY);
    assertThat(m.pairs())
        .anyMatch(
            p ->
                p.explanation()
                    .terms()
                    .contains(new Explanation.Term("not in the same reporting line", 0.02)));
  }

  @Test
  void customBonus_aboveItsMaximum_failsNamingTheBonusTheValueAndThePair() {
    MatchingProblem problem =
        MatchingProblem.twoSided(
                List.of(Participant.builder("m").offers("go:1").build()),
                List.of(Participant.builder("e").seeks("go:1").build()))
            .constraint(Constraints.bonus("generous", (a, b) -> 0.5, 0.1))
            .build();
    assertThatThrownBy(() -> PeerMatch.match(problem, Strategy.GREEDY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "bonus 'generous' must be finite, at least -1e12 and at most 0.1 but was 0.5 for pair"
                + " (m, e)");
    // A penalty has no maximum to respect, but a huge one would make sums infinite.
    MatchingProblem penalty =
        MatchingProblem.twoSided(
                List.of(Participant.builder("m").offers("go:1").build()),
                List.of(Participant.builder("e").seeks("go:1").build()))
            .constraint(Constraints.bonus("harsh", (a, b) -> -1e300, 0.1))
            .build();
    assertThatThrownBy(() -> PeerMatch.match(penalty, Strategy.GREEDY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "bonus 'harsh' must be finite, at least -1e12 and at most 0.1 but was -1.0E300 for"
                + " pair (m, e)");
  }

  @Test
  void customRule_throwing_failsNamingTheRuleAndThePair() {
    MatchingProblem problem =
        MatchingProblem.twoSided(
                List.of(Participant.builder("m").offers("go:1").build()),
                List.of(Participant.builder("e").seeks("go:1").build()))
            .constraint(
                Constraints.rule(
                    "directory lookup",
                    (a, b) -> {
                      throw new IllegalArgumentException("no such employee");
                    }))
            .build();
    assertThatThrownBy(() -> PeerMatch.match(problem, Strategy.GREEDY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("rule 'directory lookup' failed for pair (m, e)")
        .hasMessageContaining("no such employee");
  }

  @Test
  void customRule_pinnedPairBreakingIt_isRejectedByName() {
    Participant a = Participant.builder("a").attribute("manager", "b").offers("go:1").build();
    Participant b = Participant.builder("b").seeks("go:1").build();
    assertThatThrownBy(
            () ->
                MatchingProblem.twoSided(List.of(a), List.of(b))
                    .constraint(REPORTING_LINE)
                    .constraint(Constraints.pinned(IdPair.of("a", "b")))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "pinned pair (a, b) breaks the hard constraint 'not in the same reporting line'");
  }

  @Test
  void badNames_andMaxima_areRejected() {
    assertThatThrownBy(() -> Constraints.rule(" ", (a, b) -> true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule name must not be blank");
    assertThatThrownBy(() -> Constraints.bonus("x", (a, b) -> 0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "bonus maximum must be in [0, 1e12] (so that sums stay finite) but was -1.0 for 'x'");
    assertThatThrownBy(() -> Constraints.bonus("x", (a, b) -> 0, 1e13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 1.0E13 for 'x'");
    assertThat(Constraints.bonus("x", (a, b) -> 0, Constraints.MAX_WEIGHT).maximum())
        .isEqualTo(1e12);
  }

  @Test
  void rounds_takeEveryKindOfConstraint() {
    List<Participant> people = ORG.people().subList(0, 120);
    Participant first = people.get(0);
    Participant second = people.get(1);
    Participant third = people.get(2);
    Participant fourth = people.get(3);
    List<Constraint> constraints =
        List.of(
            Constraints.differentValue("team"),
            REPORTING_LINE,
            Constraints.forbidden(IdPair.of(third.id(), fourth.id())),
            Constraints.prefer(Constraints.differentValue("department"), 0.3),
            SAME_CITY);
    List<Constraint> withPin = new java.util.ArrayList<>(constraints);
    boolean pinnable =
        !first.attributes().get("team").equals(second.attributes().get("team"))
            && notInTheSameReportingLine(first, second);
    if (pinnable) {
      withPin.add(Constraints.pinned(IdPair.of(first.id(), second.id())));
    }
    History history = History.empty();
    Set<IdPair> seen = new HashSet<>();
    for (int week = 0; week < 3; week++) {
      Matching round =
          Rounds.next(people, history, Integer.MAX_VALUE, week == 0 ? withPin : constraints);
      for (MatchedPair p : round.pairs()) {
        Participant a = BY_ID.get(p.first());
        Participant b = BY_ID.get(p.second());
        assertThat(a.attributes().get("team")).isNotEqualTo(b.attributes().get("team"));
        assertThat(notInTheSameReportingLine(a, b)).isTrue();
        assertThat(p.ids().unordered())
            .isNotEqualTo(IdPair.of(third.id(), fourth.id()).unordered());
        assertThat(seen.add(p.ids().unordered())).as("no repeat").isTrue();
        boolean crosses =
            !java.util.Objects.equals(
                a.attributes().get("department"), b.attributes().get("department"));
        assertThat(
                p.explanation().terms().stream()
                    .anyMatch(t -> t.name().equals("different department")))
            .isEqualTo(crosses);
      }
      for (Trio t : round.trios()) {
        seen.add(IdPair.of(t.joiner(), t.first()).unordered());
        seen.add(IdPair.of(t.joiner(), t.second()).unordered());
      }
      if (week == 0 && pinnable) {
        assertThat(round.pairs())
            .extracting(p -> p.ids().unordered())
            .contains(IdPair.of(first.id(), second.id()).unordered());
      }
      history = Rounds.append(history, round);
    }
  }

  @Test
  void rounds_pinnedPairWithinTheCoolDown_isRejected() {
    List<Participant> people = ORG.people().subList(0, 20);
    Matching week1 = Rounds.next(people, History.empty(), 4, List.of());
    History history = Rounds.append(History.empty(), week1);
    IdPair met = week1.pairs().get(0).ids();
    assertThatThrownBy(() -> Rounds.next(people, history, 4, List.of(Constraints.pinned(met))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("pinned pair " + met + " met within the cool-down of 4 rounds");
  }

  @Test
  void rounds_ofAProblem_honourCapacities() {
    List<Participant> people = new java.util.ArrayList<>();
    for (Participant p : ORG.people().subList(0, 41)) {
      people.add(new Participant(p.id(), p.attributes(), p.offers(), p.seeks(), 1));
    }
    Participant host = people.get(0);
    people.set(0, new Participant(host.id(), host.attributes(), host.offers(), host.seeks(), 3));
    MatchingProblem problem = MatchingProblem.pool(people).build();
    Matching round = Rounds.next(problem, History.empty(), 4);
    Map<String, Integer> degrees = round.degrees();
    // Everyone may meet everyone (one partner a head, the host three): all but one are served.
    assertThat(degrees.getOrDefault(host.id(), 0)).isEqualTo(3);
    degrees.forEach((id, d) -> assertThat(d).isLessThanOrEqualTo(id.equals(host.id()) ? 3 : 1));
    assertThat(round.unmatched()).hasSizeLessThanOrEqualTo(1);
    assertThat(round.trios()).isEmpty();
    for (MatchedPair p : round.pairs()) {
      // A round's pair is worth 1 plus its relevance (so that nobody is left out for lack of it).
      assertThat(p.weight()).isCloseTo(1 + p.score(), within(1e-12));
    }
  }

  @Test
  void suggestions_honourPinsRulesAndBonuses() {
    Participant mentee = ORG.mentees().get(3);
    Participant pinnedMentor =
        ORG.mentors().stream()
            .filter(m -> m.capacity() == 1 && notInTheSameReportingLine(m, mentee))
            .findFirst()
            .orElseThrow();
    Participant other = ORG.mentees().get(4);
    MatchingProblem problem =
        MatchingProblem.twoSided(ORG.mentors(), ORG.mentees())
            .constraint(REPORTING_LINE)
            .constraint(SAME_CITY)
            .constraint(Constraints.pinned(IdPair.of(pinnedMentor.id(), mentee.id())))
            .build();
    Suggestions index = Suggestions.build(problem, 10);
    List<Suggestion> forMentee = index.suggest(mentee.id(), 5);
    assertThat(forMentee).hasSize(1); // capacity 1, filled by the pin
    assertThat(forMentee.get(0).id()).isEqualTo(pinnedMentor.id());
    assertThat(forMentee.get(0).explanation().terms())
        .contains(new Explanation.Term(Suggestions.PINNED_TERM, 0.0));
    for (Participant m : ORG.mentees().subList(5, 40)) {
      for (Suggestion s : index.suggest(m.id(), 5)) {
        assertThat(s.id()).isNotEqualTo(pinnedMentor.id()); // fully booked
        assertThat(notInTheSameReportingLine(BY_ID.get(s.id()), m)).isTrue();
      }
    }
    assertThat(index.suggest(other.id(), 5)).isNotEmpty();
  }
}
