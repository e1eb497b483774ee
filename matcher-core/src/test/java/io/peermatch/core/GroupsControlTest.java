package io.peermatch.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peermatch.api.Constraints;
import io.peermatch.api.History;
import io.peermatch.api.MatchingCancelledException;
import io.peermatch.api.MatchingProblem;
import io.peermatch.core.synthetic.SyntheticOrganisation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The solve control of groups: a deadline or an interrupt during the search returns the best
 * grouping so far (feasible, checked by {@code GroupsTest.GroupChecks}); before the search it
 * throws. The sizes cover the dense path (iterated maxima search) and the sparse one (sampled
 * pairs). The stops are made deterministic by a progress listener that waits for the deadline or
 * interrupts the thread when the search starts; the only bound on time is a generous sanity limit.
 */
class GroupsControlTest {

  /** Far above any run here, loaded machine included: a stop that is not honoured fails this. */
  private static final Duration SANITY = Duration.ofSeconds(60);

  private static MatchingProblem organisation(int n) {
    return MatchingProblem.pool(SyntheticOrganisation.generate(n, 21).people())
        .constraint(Constraints.differentValue("team"))
        .seed(21)
        .build();
  }

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 4_000})
  void groups_deadlinePassesWhenTheSearchStarts_bestGroupingSoFarWithoutExplanations(int n) {
    MatchingProblem problem = organisation(n);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(2));
    List<String> phases = new ArrayList<>();
    MatchOptions control =
        MatchOptions.DEFAULTS
            .withDeadline(deadline)
            .withProgress(
                (phase, fraction) -> {
                  phases.add(phase);
                  if (phase.equals("group search") && fraction == 0.0) {
                    sleepUntil(deadline.plusMillis(50));
                  }
                });
    long start = System.nanoTime();
    Grouping grouping =
        PeerMatch.groups(problem, GroupOptions.ofSize(4).withTimeLimit(SANITY), control);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(SANITY);
    assertThat(grouping.status()).isEqualTo("deadline_reached");
    GroupsTest.GroupChecks.feasibleForAll(problem, grouping, 4, 4);
    assertThat(grouping.diagnostics().get("explanations_omitted")).isEqualTo(1.0);
    assertThat(grouping.groups()).allSatisfy(g -> assertThat(g.brings()).isEmpty());
    assertThat(phases).contains("group search");
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 4_000})
  void groups_interruptedWhenTheSearchStarts_bestGroupingSoFarAndTheFlagStaysSet(int n) {
    MatchingProblem problem = organisation(n);
    MatchOptions control =
        MatchOptions.DEFAULTS.withProgress(
            (phase, fraction) -> {
              if (phase.equals("group search") && fraction == 0.0) {
                Thread.currentThread().interrupt();
              }
            });
    Grouping grouping =
        PeerMatch.groups(problem, GroupOptions.ofSize(4).withTimeLimit(SANITY), control);
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
    assertThat(grouping.status()).isEqualTo("interrupted");
    GroupsTest.GroupChecks.feasibleForAll(problem, grouping, 4, 4);
    // Interrupted, not late: the explanations are there.
    assertThat(grouping.diagnostics().get("explanations_omitted")).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 4_000})
  void groups_deadlineAlreadyPassed_throwsBeforeTheSearch(int n) {
    MatchingProblem problem = organisation(n);
    MatchOptions control = MatchOptions.DEFAULTS.withDeadline(Instant.now().minusSeconds(1));
    assertThatThrownBy(() -> PeerMatch.groups(problem, GroupOptions.ofSize(4), control))
        .isInstanceOfSatisfying(
            MatchingCancelledException.class,
            e -> assertThat(e.reason()).isEqualTo(MatchingCancelledException.Reason.DEADLINE));
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 4_000})
  void groups_interruptedBeforeTheCall_throwsAndKeepsTheFlag(int n) {
    MatchingProblem problem = organisation(n);
    Thread.currentThread().interrupt();
    assertThatThrownBy(
            () -> PeerMatch.groups(problem, GroupOptions.ofSize(4), MatchOptions.DEFAULTS))
        .isInstanceOfSatisfying(
            MatchingCancelledException.class,
            e -> assertThat(e.reason()).isEqualTo(MatchingCancelledException.Reason.INTERRUPTED));
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 4_000})
  void nextGroups_deadlineDuringTheSearch_aFeasibleRoundWithoutRepeatsOfTheFirst(int n) {
    MatchingProblem problem = organisation(n);
    Grouping first = Rounds.nextGroups(problem, History.empty(), 5, GroupOptions.ofSize(4));
    History history = Rounds.append(History.empty(), first);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(2));
    MatchOptions control =
        MatchOptions.DEFAULTS
            .withDeadline(deadline)
            .withProgress(
                (phase, fraction) -> {
                  if (phase.equals("group search") && fraction == 0.0) {
                    sleepUntil(deadline.plusMillis(50));
                  }
                });
    Grouping second =
        Rounds.nextGroups(
            problem, history, 5, GroupOptions.ofSize(4).withTimeLimit(SANITY), control);
    assertThat(second.status()).isEqualTo("deadline_reached");
    GroupsTest.GroupChecks.feasible(problem, second, 4, 4);
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 4_000})
  void groups_withAControlThatNeverStops_theSameGroupsAsWithout(int n) {
    MatchingProblem problem = organisation(n);
    GroupOptions options = GroupOptions.ofSize(4).withTimeLimit(Duration.ofDays(1));
    List<Double> searchFractions = new ArrayList<>();
    Grouping controlled =
        PeerMatch.groups(
            problem,
            options,
            MatchOptions.DEFAULTS
                .withTimeout(Duration.ofDays(1))
                .withThreads(1)
                .withProgress(
                    (phase, fraction) -> {
                      if (phase.equals("group search")) {
                        searchFractions.add(fraction);
                      }
                    }));
    Grouping plain = PeerMatch.groups(problem, options);
    assertThat(controlled.groups()).isEqualTo(plain.groups());
    assertThat(controlled.status()).isIn("completed", "optimal");
    assertThat(searchFractions).containsExactly(0.0, 1.0);
  }

  private static void sleepUntil(Instant instant) {
    while (Instant.now().isBefore(instant)) {
      try {
        Thread.sleep(Math.max(1, Duration.between(Instant.now(), instant).toMillis()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
