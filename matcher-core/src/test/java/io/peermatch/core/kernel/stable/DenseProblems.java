package io.peermatch.core.kernel.stable;

import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.Scoring;
import io.peermatch.api.SkillVector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded two-sided and pool problems in which almost every pair is a candidate (everyone offers and
 * seeks most of four skills, complementarity or mutual exchange, no rules), so that the derived
 * preferences are long and the lattice of stable matchings is not trivial.
 */
public final class DenseProblems {

  private static final String[] SKILLS = {"a", "b", "c", "d", "e", "f"};

  private DenseProblems() {}

  public static MatchingProblem twoSided(
      long seed, int maxLeft, int maxRight, int maxMentorCapacity) {
    Random rnd = new Random(seed);
    int nl = 1 + rnd.nextInt(maxLeft);
    int nr = 1 + rnd.nextInt(maxRight);
    List<Participant> left = new ArrayList<>();
    for (int i = 0; i < nl; i++) {
      left.add(person(rnd, "m" + i, 1 + rnd.nextInt(maxMentorCapacity)));
    }
    List<Participant> right = new ArrayList<>();
    for (int i = 0; i < nr; i++) {
      right.add(person(rnd, "e" + i, 1));
    }
    return MatchingProblem.twoSided(left, right)
        .scoring(Scoring.complementarity())
        .seed(seed)
        .build();
  }

  public static MatchingProblem pool(long seed, int maxSize) {
    Random rnd = new Random(seed);
    int n = 2 + rnd.nextInt(maxSize - 1);
    List<Participant> people = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      people.add(person(rnd, "p" + i, 1));
    }
    return MatchingProblem.pool(people).scoring(Scoring.mutualExchange()).seed(seed).build();
  }

  private static Participant person(Random rnd, String id, int capacity) {
    return new Participant(id, Map.of(), vector(rnd), vector(rnd), capacity);
  }

  private static SkillVector vector(Random rnd) {
    Map<String, Double> levels = new LinkedHashMap<>();
    int count = 2 + rnd.nextInt(3);
    for (int i = 0; i < count; i++) {
      levels.put(SKILLS[rnd.nextInt(SKILLS.length)], (1 + rnd.nextInt(8)) / 8.0);
    }
    return SkillVector.of(levels);
  }
}
