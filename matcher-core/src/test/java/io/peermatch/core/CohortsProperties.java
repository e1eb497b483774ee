package io.peermatch.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.api.Constraints;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.SkillVector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Two-sided cohorts ({@link GroupOptions#cohorts}) on small random problems against a brute force
 * written here from the public definitions: every assignment of mentees to mentors with {@code
 * min..max} mentees each, every pair inside a cohort allowed ({@link MatchingProblem#allows}),
 * worth (λ = 1) the mentor's relevance to each mentee plus the better direction between mentees.
 */
class CohortsProperties {

  private static final String[] SKILLS = {"java", "sql", "design", "sales", "ml"};

  static MatchingProblem randomCohorts(long seed, int mentors, int mentees, boolean rules) {
    Random random = new Random(seed);
    List<Participant> left = new ArrayList<>();
    List<Participant> right = new ArrayList<>();
    for (int i = 0; i < mentors + mentees; i++) {
      Participant p =
          Participant.builder((i < mentors ? "m" : "e") + i)
              .attribute("team", "t" + random.nextInt(3))
              .attribute("department", "d" + random.nextInt(3))
              .offers(skills(random))
              .seeks(skills(random))
              .build();
      (i < mentors ? left : right).add(p);
    }
    MatchingProblem.Builder b = MatchingProblem.twoSided(left, right).seed(seed);
    if (rules) {
      b.constraint(Constraints.differentValue("team"));
      if (random.nextBoolean()) {
        b.constraint(
            Constraints.forbidden(IdPair.of("m0", right.get(random.nextInt(mentees)).id())));
      }
    }
    return b.build();
  }

  private static SkillVector skills(Random random) {
    StringBuilder sb = new StringBuilder();
    for (String s : SKILLS) {
      if (random.nextInt(3) == 0) {
        sb.append(sb.length() == 0 ? "" : ";")
            .append(s)
            .append(':')
            .append((random.nextInt(5) + 1) / 5.0);
      }
    }
    return sb.length() == 0 ? SkillVector.empty() : SkillVector.parse(sb.toString());
  }

  @Property(tries = 300, seed = "16")
  void cohorts_smallProblems_oneMentorEachAndOptimalAgainstBruteForce(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3) int mentors,
      @ForAll @IntRange(min = 1, max = 3) int minMentees,
      @ForAll @IntRange(min = 0, max = 1) int extra,
      @ForAll @IntRange(min = 0, max = 3) int slack,
      @ForAll boolean rules) {
    int maxMentees = minMentees + extra;
    int mentees = Math.min(mentors * minMentees + slack, mentors * maxMentees);
    if (mentors + mentees > 11) {
      return;
    }
    MatchingProblem problem = randomCohorts(seed, mentors, mentees, rules);
    GroupOptions options = GroupOptions.cohorts(minMentees, maxMentees).withLambda(1.0);
    Grouping grouping = PeerMatch.groups(problem, options);

    // Every person once; each cohort one mentor and allowed pairs only.
    Set<String> seen = new HashSet<>();
    for (Grouping.Group g : grouping.groups()) {
      long mentorsIn = g.members().stream().filter(id -> id.startsWith("m")).count();
      assertThat(mentorsIn).as("mentors in %s", g.members()).isEqualTo(1);
      for (String id : g.members()) {
        assertThat(seen.add(id)).isTrue();
      }
      for (int i = 0; i < g.size(); i++) {
        for (int j = i + 1; j < g.size(); j++) {
          Participant a = person(problem, g.members().get(i));
          Participant b = person(problem, g.members().get(j));
          assertThat(problem.allows(a, b) || problem.allows(b, a)).isTrue();
        }
      }
    }
    seen.addAll(grouping.unplaced());
    assertThat(seen).hasSize(problem.size());

    double best = bruteForce(problem, minMentees, maxMentees);
    Statistics.collect(Double.isNaN(best) ? "no feasible assignment" : "compared");
    if (Double.isNaN(best)) {
      return;
    }
    assertThat(grouping.unplaced()).isEmpty();
    assertThat(grouping.groups()).hasSize(mentors);
    for (Grouping.Group g : grouping.groups()) {
      assertThat(g.size() - 1).isBetween(minMentees, maxMentees);
    }
    assertThat(grouping.objective()).isCloseTo(best, within(1e-6 * Math.max(1, Math.abs(best))));
    double relevance = grouping.groups().stream().mapToDouble(Grouping.Group::relevance).sum();
    assertThat(relevance).isCloseTo(best, within(1e-6 * Math.max(1, Math.abs(best))));
    assertThat(grouping.upperBound()).isGreaterThanOrEqualTo(best - 1e-6);
  }

  @Example
  void cohorts_badShapes_failWithTheCounts() {
    MatchingProblem problem = randomCohorts(1, 2, 3, false);
    assertThatThrownBy(() -> PeerMatch.groups(problem, GroupOptions.cohorts(2, 2)))
        .hasMessageContaining("need between 4 and 4 mentees for 2 mentors but there were 3");
    assertThatThrownBy(() -> PeerMatch.groups(problem, GroupOptions.ofSize(2)))
        .hasMessageContaining("GroupOptions.cohorts");
    MatchingProblem pool = GroupsProperties.randomPool(1, 6, false);
    assertThatThrownBy(() -> PeerMatch.groups(pool, GroupOptions.cohorts(2, 3)))
        .hasMessageContaining("cohorts need a two-sided problem");
    assertThatThrownBy(() -> GroupOptions.cohorts(0, 3)).hasMessageContaining("at least 1 mentee");
    assertThatThrownBy(() -> GroupOptions.cohorts(3, 2)).hasMessageContaining("but had 2");
  }

  private static Participant person(MatchingProblem problem, String id) {
    return problem.participants().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  /** The best value over every assignment of mentees to mentors, or NaN if none keeps the rules. */
  static double bruteForce(MatchingProblem problem, int min, int max) {
    List<Participant> mentors = problem.left();
    List<Participant> mentees = problem.right();
    int[] of = new int[mentees.size()];
    double best = Double.NaN;
    long total = 1;
    for (int i = 0; i < mentees.size(); i++) {
      total *= mentors.size();
    }
    for (long code = 0; code < total; code++) {
      long c = code;
      int[] count = new int[mentors.size()];
      for (int i = 0; i < of.length; i++) {
        of[i] = (int) (c % mentors.size());
        c /= mentors.size();
        count[of[i]]++;
      }
      boolean ok = true;
      for (int k : count) {
        ok &= k >= min && k <= max;
      }
      double value = 0;
      for (int i = 0; ok && i < of.length; i++) {
        Participant mentor = mentors.get(of[i]);
        Participant e = mentees.get(i);
        ok = problem.allows(mentor, e);
        value += problem.relevance(mentor, e);
        for (int j = i + 1; ok && j < of.length; j++) {
          if (of[j] == of[i]) {
            Participant f = mentees.get(j);
            ok = problem.allows(e, f) && problem.allows(f, e);
            value += Math.max(problem.relevance(e, f), problem.relevance(f, e));
          }
        }
      }
      if (ok && (Double.isNaN(best) || value > best)) {
        best = value;
      }
    }
    return best;
  }
}
