package io.peermatch.core.internal.groups;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.api.Constraints;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.SkillVector;
import io.peermatch.core.GroupOptions;
import io.peermatch.core.Grouping;
import io.peermatch.core.PeerMatch;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.kernel.SolveControl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cohorts above the dense limit (one mentor with 3–4 mentees): the sparse path (the candidate
 * graph's mentor–mentee pairs, sampled mentee pairs, mentors as leaders) gives feasible cohorts
 * under the hard rules, and on instances small enough for both paths a relevance within a bound of
 * the dense path's. The two are not meant to be equal: the sparse path values only the candidate
 * pairs (each mentee's best mentors by the balanced selection, a few other mentees), the dense one
 * every pair.
 */
class SparseCohortsTest {

  private static final String[] SKILLS = {
    "java", "sql", "design", "sales", "ml", "go", "finance", "hiring", "kotlin", "writing"
  };

  /** Mentors m0.. and mentees e.., teams of about 8, departments, skills; a pin and a veto. */
  static MatchingProblem cohorts(long seed, int mentors, int mentees) {
    Random random = new Random(seed);
    List<Participant> left = new ArrayList<>();
    List<Participant> right = new ArrayList<>();
    int teams = Math.max(2, (mentors + mentees) / 8);
    for (int i = 0; i < mentors + mentees; i++) {
      Participant p =
          Participant.builder((i < mentors ? "m" : "e") + i)
              .attribute("team", "t" + random.nextInt(teams))
              .attribute("department", "d" + random.nextInt(6))
              .attribute("location", "l" + random.nextInt(4))
              .offers(skills(random, i < mentors ? 4 : 2))
              .seeks(skills(random, i < mentors ? 1 : 3))
              .build();
      (i < mentors ? left : right).add(p);
    }
    return MatchingProblem.twoSided(left, right)
        .constraint(Constraints.differentValue("team"))
        .constraint(Constraints.forbidden(IdPair.of("m0", right.get(0).id())))
        .constraint(Constraints.pinned(List.of(IdPair.of("m1", right.get(1).id()))))
        .seed(seed)
        .build();
  }

  private static SkillVector skills(Random random, int count) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < count; k++) {
      String s = SKILLS[random.nextInt(SKILLS.length)];
      if (sb.indexOf(s + ":") < 0) {
        sb.append(sb.length() == 0 ? "" : ";")
            .append(s)
            .append(':')
            .append((random.nextInt(5) + 1) / 5.0);
      }
    }
    return SkillVector.parse(sb.toString());
  }

  /**
   * Every cohort: one mentor, 3 to 4 mentees, every pair allowed, the pin kept; everyone placed.
   */
  static void assertFeasible(MatchingProblem problem, Grouping g) {
    Map<String, Participant> byId = new HashMap<>();
    problem.participants().forEach(p -> byId.put(p.id(), p));
    int placed = 0;
    for (Grouping.Group group : g.groups()) {
      long mentors = group.members().stream().filter(id -> id.startsWith("m")).count();
      assertThat(mentors).as("mentors in %s", group.members()).isEqualTo(1);
      assertThat(group.size() - 1).as("mentees in %s", group.members()).isBetween(3, 4);
      List<String> m = group.members();
      for (int i = 0; i < m.size(); i++) {
        for (int j = i + 1; j < m.size(); j++) {
          Participant a = byId.get(m.get(i));
          Participant b = byId.get(m.get(j));
          boolean sameSide = a.id().charAt(0) == b.id().charAt(0);
          // allows() judges a mentor with a mentee; two mentees share a cohort under the pair
          // rules (the team rule), checked here directly.
          if (!sameSide) {
            Participant mentor = a.id().startsWith("m") ? a : b;
            Participant mentee = mentor == a ? b : a;
            assertThat(problem.allows(mentor, mentee)).as("%s with %s", a.id(), b.id()).isTrue();
          } else {
            assertThat(a.attributes().get("team")).isNotEqualTo(b.attributes().get("team"));
          }
        }
      }
      placed += group.size();
    }
    assertThat(placed + g.unplaced().size()).isEqualTo(problem.size());
    assertThat(g.unplaced()).isEmpty();
    assertThat(g.groupOf("m1")).isEqualTo(g.groupOf("e" + (problem.left().size() + 1)));
    assertThat(g.repeats()).isZero();
  }

  private static double relevance(Grouping g) {
    double total = 0;
    for (Grouping.Group group : g.groups()) {
      total += group.relevance();
    }
    return total;
  }

  private static Grouping plan(MatchingProblem problem, long seed, int denseLimit) {
    GroupOptions options =
        GroupOptions.cohorts(3, 4).withLambda(1.0).withTimeLimit(Duration.ofSeconds(30));
    return GroupPlanner.plan(
        problem,
        CandidateOptions.DEFAULTS,
        seed,
        1,
        SolveControl.none(),
        options,
        null,
        0,
        denseLimit);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void sparsePath_smallInstance_feasibleAndWithinTheBoundOfTheDensePath(long seed) {
    MatchingProblem problem = cohorts(seed, 40, 140);
    Grouping sparse = plan(problem, seed, 0);
    Grouping dense = plan(problem, seed, Integer.MAX_VALUE);
    assertThat(sparse.diagnostics().get("dense")).isZero();
    assertThat(dense.diagnostics().get("dense")).isEqualTo(1.0);
    assertFeasible(problem, sparse);
    assertFeasible(problem, dense);
    // At λ = 1 both maximise the relevance inside cohorts, the sparse one over fewer pairs (the
    // mentee pairs are a sample): measured 0.82–0.83 of the dense path's on these three seeds
    // (0.77–0.78 with 4 sampled mentee pairs each instead of 12); 0.75 is the bound held to.
    assertThat(relevance(sparse)).isGreaterThanOrEqualTo(0.75 * relevance(dense));
  }

  @Test
  void cohortsOfFourThousandPeople_sparseSearchWithLeaders_feasible() {
    MatchingProblem problem = cohorts(7, 900, 3100);
    Grouping g =
        PeerMatch.groups(problem, GroupOptions.cohorts(3, 4).withTimeLimit(Duration.ofSeconds(20)));
    assertThat(g.diagnostics().get("dense")).isZero();
    assertThat(g.groups()).hasSize(900);
    assertFeasible(problem, g);
    assertThat(g.objective()).isLessThanOrEqualTo(g.upperBound());
  }
}
