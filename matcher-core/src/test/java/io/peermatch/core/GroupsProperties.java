package io.peermatch.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peermatch.api.Constraints;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.SkillVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link PeerMatch#groups} on small random pools against a brute force written here from the public
 * definitions: with λ = 1 a grouping is worth the relevance of its pairs ({@link
 * MatchingProblem#relevance}); every partition into {@code n / s} groups of {@code ⌊n / K⌋} to
 * {@code ⌈n / K⌉} people that keeps every rule ({@link MatchingProblem#allows}, pins together) is
 * tried.
 */
class GroupsProperties {

  private static final String[] SKILLS = {"java", "sql", "design", "sales", "ml"};
  private static final String SEPARATOR = ";";

  static MatchingProblem randomPool(long seed, int n, boolean rules) {
    Random random = new Random(seed);
    List<Participant> people = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      people.add(
          Participant.builder("p" + i)
              .attribute("team", "t" + random.nextInt(4))
              .attribute("department", "d" + random.nextInt(3))
              .offers(skills(random))
              .seeks(skills(random))
              .build());
    }
    MatchingProblem.Builder b = MatchingProblem.pool(people).seed(seed);
    // Only build() may refuse (a pin that breaks a hard rule); everything above must succeed.
    if (rules) {
      b.constraint(Constraints.differentValue("team"));
      if (random.nextBoolean()) {
        b.constraint(Constraints.forbidden(IdPair.of("p0", "p" + (1 + random.nextInt(n - 1)))));
      }
      if (random.nextBoolean()) {
        b.constraint(Constraints.pinned(IdPair.of("p1", "p" + (2 + random.nextInt(n - 2)))));
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException pinBreaksARule) {
      return null;
    }
  }

  private static SkillVector skills(Random random) {
    StringBuilder sb = new StringBuilder();
    for (String s : SKILLS) {
      if (random.nextInt(3) == 0) {
        sb.append(sb.length() == 0 ? "" : SEPARATOR)
            .append(s)
            .append(':')
            .append((random.nextInt(5) + 1) / 5.0);
      }
    }
    return sb.length() == 0 ? SkillVector.empty() : SkillVector.parse(sb.toString());
  }

  @Property(tries = 300, seed = "14")
  void groups_smallPools_feasibleAndOptimalAgainstBruteForce(
      @ForAll long seed,
      @ForAll @IntRange(min = 4, max = 10) int n,
      @ForAll @IntRange(min = 2, max = 4) int size,
      @ForAll boolean rules) {
    if (n < size) {
      return;
    }
    MatchingProblem problem = randomPool(seed, n, rules);
    if (problem == null) {
      return; // the problem refuses a pin that breaks a hard rule
    }
    GroupOptions options = GroupOptions.ofSize(size).withLambda(1.0);
    Grouping grouping;
    try {
      grouping = PeerMatch.groups(problem, options);
    } catch (IllegalArgumentException pinsDoNotFit) {
      assertThat(pinsDoNotFit).hasMessageContaining("pins");
      return;
    }
    GroupsTest.GroupChecks.feasible(problem, grouping, size, size);
    double best = bruteForce(problem, size);
    Statistics.collect(Double.isNaN(best) ? "no feasible partition" : "compared with brute force");
    if (Double.isNaN(best)) {
      return; // no partition keeps every rule: someone is left out, checked above
    }
    GroupsTest.GroupChecks.feasibleForAll(problem, grouping, size, size);
    double total =
        Evaluation.evaluate(problem, grouping, EvaluationOptions.DEFAULTS).get("relevance_total");
    assertThat(total).isCloseTo(best, within(1e-6 * Math.max(1, Math.abs(best))));
    assertThat(grouping.objective()).isCloseTo(best, within(1e-6 * Math.max(1, Math.abs(best))));
    assertThat(grouping.upperBound()).isGreaterThanOrEqualTo(best - 1e-6);
  }

  @Property(tries = 60, seed = "15")
  void groups_anyLambda_feasibleWithRangedSizes(
      @ForAll long seed,
      @ForAll @IntRange(min = 6, max = 40) int n,
      @ForAll @IntRange(min = 2, max = 3) int min,
      @ForAll @IntRange(min = 0, max = 2) int extra,
      @ForAll @IntRange(min = 0, max = 10) int tenthsOfLambda) {
    MatchingProblem problem = randomPool(seed, n, true);
    if (problem == null) {
      return;
    }
    GroupOptions options = GroupOptions.ofSizes(min, min + extra).withLambda(tenthsOfLambda / 10.0);
    Grouping grouping;
    try {
      grouping = PeerMatch.groups(problem, options);
    } catch (IllegalArgumentException cannotSplit) {
      assertThat(cannotSplit).hasMessageMatching("(?s).*(pins|cannot be split).*");
      return;
    }
    GroupsTest.GroupChecks.feasible(problem, grouping, min, min + extra);
    Statistics.collect(grouping.unplaced().isEmpty() ? "everyone placed" : "someone unplaced");
  }

  /** The best relevance over every partition that keeps the rules, or NaN if none does. */
  static double bruteForce(MatchingProblem problem, int size) {
    int n = problem.size();
    int k = Math.max(1, n / size);
    int lo = n / k;
    int hi = (n + k - 1) / k;
    List<Participant> people = problem.participants();
    double[][] w = new double[n][n];
    boolean[][] ok = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j) {
          w[i][j] = problem.relevance(people.get(i), people.get(j));
          ok[i][j] = problem.allows(people.get(i), people.get(j));
        }
      }
    }
    int[][] pins = new int[problem.pinnedPairs().size()][];
    for (int p = 0; p < pins.length; p++) {
      IdPair pin = problem.pinnedPairs().get(p);
      pins[p] =
          new int[] {
            Integer.parseInt(pin.first().substring(1)), Integer.parseInt(pin.second().substring(1))
          };
    }
    double[] best = {Double.NaN};
    search(0, new int[n], new int[k], 0, k, lo, hi, w, ok, pins, best);
    return best[0];
  }

  private static void search(
      int x,
      int[] groupOf,
      int[] count,
      int used,
      int k,
      int lo,
      int hi,
      double[][] w,
      boolean[][] ok,
      int[][] pins,
      double[] best) {
    int n = groupOf.length;
    if (x == n) {
      for (int g = 0; g < k; g++) {
        if (count[g] < lo || count[g] > hi) {
          return;
        }
      }
      for (int[] pin : pins) {
        if (groupOf[pin[0]] != groupOf[pin[1]]) {
          return;
        }
      }
      double value = 0;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (groupOf[i] == groupOf[j]) {
            if (!ok[i][j]) {
              return;
            }
            value += w[i][j];
          }
        }
      }
      if (Double.isNaN(best[0]) || value > best[0]) {
        best[0] = value;
      }
      return;
    }
    for (int g = 0; g < Math.min(used + 1, k); g++) {
      if (count[g] == hi) {
        continue;
      }
      groupOf[x] = g;
      count[g]++;
      search(x + 1, groupOf, count, Math.max(used, g + 1), k, lo, hi, w, ok, pins, best);
      count[g]--;
    }
  }
}
