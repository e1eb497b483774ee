package io.peermatch.core.testing;

import io.peermatch.api.Constraint;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Slow, obvious references computed from the public API alone ({@link MatchingProblem#allows},
 * {@link MatchingProblem#relevance}, {@link Constraint.Preference}): every allowed pair, a
 * straightforward greedy, and the maximum-weight b-matching by exhaustive search.
 */
public final class BruteForce {

  private BruteForce() {}

  /**
   * A pair by participant index (as in {@link MatchingProblem#participants()}): {@code a < b}; in a
   * two-sided problem {@code a} is on the left.
   */
  public record Pair(int a, int b, double relevance, double weight) {
    public long key(int n) {
      return (long) a * n + b;
    }
  }

  /** The sum of the weights of the preferences that hold for the pair. */
  public static double softTerms(
      MatchingProblem problem, Participant first, Participant second, double relevance) {
    double sum = 0;
    for (Constraint.Preference p : problem.preferences()) {
      if (p.rule().allows(first, second, relevance)) {
        sum += p.weight();
      }
    }
    return sum;
  }

  /** Every pair the hard rules allow, whatever its weight, in (a, b) order. */
  public static List<Pair> allowedPairs(MatchingProblem problem) {
    List<Participant> all = problem.participants();
    int n = all.size();
    int left = problem.isPool() ? n : problem.left().size();
    List<Pair> out = new ArrayList<>();
    for (int a = 0; a < left; a++) {
      for (int b = problem.isPool() ? a + 1 : left; b < n; b++) {
        Participant first = all.get(a);
        Participant second = all.get(b);
        if (!problem.allows(first, second)) {
          continue;
        }
        double relevance = problem.relevance(first, second);
        out.add(
            new Pair(a, b, relevance, relevance + softTerms(problem, first, second, relevance)));
      }
    }
    return out;
  }

  /** The allowed pairs whose relevance or weight is above zero: what exact mode should keep. */
  public static List<Pair> positivePairs(MatchingProblem problem) {
    List<Pair> out = new ArrayList<>();
    for (Pair p : allowedPairs(problem)) {
      if (p.relevance() > 0 || p.weight() > 0) {
        out.add(p);
      }
    }
    return out;
  }

  /** The pinned pairs as index pairs (a < b). */
  public static List<int[]> pinned(MatchingProblem problem) {
    Map<String, Integer> index = indexById(problem);
    List<int[]> out = new ArrayList<>();
    for (IdPair pair : problem.pinnedPairs()) {
      int a = index.get(pair.first());
      int b = index.get(pair.second());
      out.add(new int[] {Math.min(a, b), Math.max(a, b)});
    }
    return out;
  }

  /** Participant index by id. */
  public static Map<String, Integer> indexById(MatchingProblem problem) {
    Map<String, Integer> index = new HashMap<>();
    List<Participant> all = problem.participants();
    for (int i = 0; i < all.size(); i++) {
      index.put(all.get(i).id(), i);
    }
    return index;
  }

  /**
   * The textbook greedy: pinned pairs first, then every allowed pair of positive weight by weight,
   * highest first, ties by (a, b), taken when both ends have capacity left.
   *
   * @return the chosen pairs as sorted keys {@code a * n + b}
   */
  public static Set<Long> referenceGreedy(MatchingProblem problem) {
    List<Participant> all = problem.participants();
    int n = all.size();
    int[] capacity = new int[n];
    for (int i = 0; i < n; i++) {
      capacity[i] = all.get(i).capacity();
    }
    Set<Long> chosen = new HashSet<>();
    for (int[] pin : pinned(problem)) {
      capacity[pin[0]]--;
      capacity[pin[1]]--;
      chosen.add((long) pin[0] * n + pin[1]);
    }
    List<Pair> pairs = new ArrayList<>(allowedPairs(problem));
    pairs.sort(
        Comparator.comparingDouble((Pair p) -> -p.weight())
            .thenComparingInt(Pair::a)
            .thenComparingInt(Pair::b));
    for (Pair p : pairs) {
      if (p.weight() <= 0) {
        break;
      }
      if (chosen.contains(p.key(n))) {
        continue;
      }
      if (capacity[p.a()] > 0 && capacity[p.b()] > 0) {
        capacity[p.a()]--;
        capacity[p.b()]--;
        chosen.add(p.key(n));
      }
    }
    return chosen;
  }

  /**
   * The maximum total weight of a b-matching over {@code pairs} with the problem's capacities, by
   * exhaustive search (for at most about 20 pairs).
   */
  public static double maxWeight(MatchingProblem problem, List<Pair> pairs) {
    List<Participant> all = problem.participants();
    int[] capacity = new int[all.size()];
    for (int i = 0; i < capacity.length; i++) {
      capacity[i] = all.get(i).capacity();
    }
    List<Pair> positive = new ArrayList<>();
    for (Pair p : pairs) {
      if (p.weight() > 0) {
        positive.add(p);
      }
    }
    double[] suffix = new double[positive.size() + 1];
    for (int i = positive.size() - 1; i >= 0; i--) {
      suffix[i] = suffix[i + 1] + positive.get(i).weight();
    }
    double[] best = {0};
    search(positive, 0, capacity, 0, suffix, best);
    return best[0];
  }

  private static void search(
      List<Pair> pairs, int i, int[] capacity, double sum, double[] suffix, double[] best) {
    if (sum > best[0]) {
      best[0] = sum;
    }
    if (i == pairs.size() || sum + suffix[i] <= best[0]) {
      return;
    }
    Pair p = pairs.get(i);
    if (capacity[p.a()] > 0 && capacity[p.b()] > 0) {
      capacity[p.a()]--;
      capacity[p.b()]--;
      search(pairs, i + 1, capacity, sum + p.weight(), suffix, best);
      capacity[p.a()]++;
      capacity[p.b()]++;
    }
    search(pairs, i + 1, capacity, sum, suffix, best);
  }
}
