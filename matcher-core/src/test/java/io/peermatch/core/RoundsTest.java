package io.peermatch.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peermatch.api.Constraints;
import io.peermatch.api.History;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.Participant;
import io.peermatch.api.Trio;
import io.peermatch.core.synthetic.SyntheticOrganisation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoundsTest {

  @Test
  void fiftyTwoWeeklyRounds_of500People_repeatNoPair() {
    List<Participant> people = SyntheticOrganisation.generate(500, 7).people();
    History history = History.empty();
    Set<IdPair> met = new HashSet<>();
    for (int week = 0; week < 52; week++) {
      Matching round = Rounds.next(people, history, Integer.MAX_VALUE, List.of());
      assertThat(round.pairs()).as("week %d", week).hasSize(250);
      assertThat(round.unmatched()).isEmpty();
      for (MatchedPair p : round.pairs()) {
        assertThat(met.add(p.ids().unordered())).as("week %d repeats %s", week, p.ids()).isTrue();
      }
      history = Rounds.append(history, round);
    }
    assertThat(met).hasSize(52 * 250);
  }

  @Test
  void oddCount_putsTheLeftoverInATrio() {
    List<Participant> people = SyntheticOrganisation.generate(301, 3).people();
    Matching round = Rounds.next(people, History.empty(), 4, List.of());
    assertThat(round.pairs()).hasSize(150);
    assertThat(round.trios()).hasSize(1);
    assertThat(round.unmatched()).isEmpty();
  }

  @Test
  void whoSatOutLastRound_isServedFirst() {
    // Four people, and a team rule that lets only one pair meet: whoever sits out in round 1 must
    // be in the pair of round 2 (the cool-down of 0 allows repeats).
    Participant a = Participant.builder("a").attribute("team", "x").offers("go:1").build();
    Participant b = Participant.builder("b").attribute("team", "x").seeks("go:1").build();
    Participant c = Participant.builder("c").attribute("team", "y").offers("go:0.1").build();
    List<Participant> people = List.of(a, b, c);
    // Only pairs across teams: a–c or b–c; one of a, b sits out each round.
    Matching first =
        Rounds.next(people, History.empty(), 0, List.of(Constraints.differentValue("team")));
    assertThat(first.pairs()).hasSize(1);
    String satOut = first.unmatched().get(0);
    History history = Rounds.append(History.empty(), first);
    Matching second = Rounds.next(people, history, 0, List.of(Constraints.differentValue("team")));
    assertThat(second.pairs().get(0).ids().contains(satOut)).isTrue();
  }

  @Test
  void trioMembersCountAsMetForTheCoolDown() {
    List<Participant> people = SyntheticOrganisation.generate(3, 1).people();
    Matching round = Rounds.next(people, History.empty(), 1, List.of());
    assertThat(round.trios()).hasSize(1);
    Trio t = round.trios().get(0);
    History history = Rounds.append(History.empty(), round);
    assertThat(history.roundsAgo(t.joiner(), t.first())).isEqualTo(1);
    assertThat(history.roundsAgo(t.joiner(), t.second())).isEqualTo(1);
    // Everyone has met everyone within the cool-down: nobody can meet in the next round.
    Matching next = Rounds.next(people, history, 1, List.of());
    assertThat(next.pairs()).isEmpty();
  }

  @Test
  void badInput() {
    List<Participant> people = SyntheticOrganisation.generate(4, 1).people();
    assertThatThrownBy(() -> Rounds.next(people, History.empty(), -1, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cool-down must be at least 0 rounds but was -1");
    History stranger = History.builder().round(IdPair.of(people.get(0).id(), "ghost")).build();
    assertThatThrownBy(() -> Rounds.next(people, stranger, 2, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ghost'");
  }
}
