package io.peermatch.core.internal.problem;

import io.peermatch.api.Constraint;
import io.peermatch.api.Explanation;
import io.peermatch.api.History;
import io.peermatch.api.IdPair;
import io.peermatch.core.internal.util.LongHashSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The hard rules and soft preferences of a problem, compiled to int codes and primitive pair sets
 * so that the candidate generator can test millions of pairs without touching a string.
 *
 * <p>User rules ({@link Constraint.CustomRule}) run after every built-in rule, and never in the
 * score-free pre-filter, so that they are called on candidate pairs only; user bonuses ({@link
 * Constraint.CustomBonus}) are added after the built-in preferences. An exception from a user
 * function is rethrown as an {@link IllegalStateException} naming the rule and the pair.
 */
public final class CompiledRules {

  /** One rule on an int pair. */
  private interface PairTest {
    boolean test(int i, int j, double relevance);
  }

  private final CompiledProblem problem;
  private final PairTest[] hard;
  private final PairTest[] structural;
  private final PairTest[] soft;
  private final double[] softWeight;
  private final String[] softName;
  private final Constraint.CustomBonus[] bonuses;

  /** The attribute codes the built-in rules and preferences compare, each once ({@link #touch}). */
  private final int[][] comparedCodes;

  private CompiledRules(CompiledProblem problem) {
    this.problem = problem;
    List<PairTest> hardTests = new ArrayList<>();
    List<PairTest> customTests = new ArrayList<>();
    List<PairTest> structuralTests = new ArrayList<>();
    List<PairTest> softTests = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Constraint.CustomBonus> bonusList = new ArrayList<>();
    List<int[]> codesRead = new ArrayList<>();
    for (Constraint c : problem.problem().constraints()) {
      if (c instanceof Constraint.CustomRule rule) {
        customTests.add(compile(rule, codesRead));
      } else if (c instanceof Constraint.PairRule rule) {
        PairTest test = compile(rule, codesRead);
        hardTests.add(test);
        if (!(rule instanceof Constraint.MinimumScore)) {
          structuralTests.add(test);
        }
      } else if (c instanceof Constraint.Preference preference) {
        softTests.add(compile(preference.rule(), codesRead));
        weights.add(preference.weight());
        names.add(preference.rule().name());
      } else if (c instanceof Constraint.CustomBonus bonus) {
        bonusList.add(bonus);
      }
    }
    // User rules last: the built-in ones, on int codes, reject most pairs before them.
    hardTests.addAll(customTests);
    this.bonuses = bonusList.toArray(new Constraint.CustomBonus[0]);
    this.hard = hardTests.toArray(new PairTest[0]);
    this.structural = structuralTests.toArray(new PairTest[0]);
    this.soft = softTests.toArray(new PairTest[0]);
    this.softWeight = weights.stream().mapToDouble(Double::doubleValue).toArray();
    this.softName = names.toArray(new String[0]);
    this.comparedCodes = codesRead.toArray(new int[0][]);
  }

  /** Compiles the constraints of {@code problem}. */
  public static CompiledRules of(CompiledProblem problem) {
    return new CompiledRules(problem);
  }

  /** The test of {@code rule}; the attribute codes it compares are noted in {@code codesRead}. */
  private PairTest compile(Constraint.PairRule rule, List<int[]> codesRead) {
    if (rule instanceof Constraint.DifferentValue d) {
      int[] codes = read(problem.attributeCodes(d.attribute()), codesRead);
      return (i, j, r) -> codes[i] < 0 || codes[i] != codes[j];
    }
    if (rule instanceof Constraint.SameValue s) {
      int[] codes = read(problem.attributeCodes(s.attribute()), codesRead);
      return (i, j, r) -> codes[i] >= 0 && codes[i] == codes[j];
    }
    if (rule instanceof Constraint.MinimumScore m) {
      double minimum = m.minimum();
      return (i, j, r) -> r >= minimum;
    }
    if (rule instanceof Constraint.ForbiddenPairs f) {
      LongHashSet keys = pairKeys(f.pairs());
      return (i, j, r) -> !keys.contains(pairKey(i, j));
    }
    if (rule instanceof Constraint.NotPairedWithin n) {
      LongHashSet recent = recentPairs(n.history(), n.rounds());
      return (i, j, r) -> !recent.contains(pairKey(i, j));
    }
    if (rule instanceof Constraint.CustomRule custom) {
      return (i, j, r) -> {
        try {
          return custom.predicate().test(problem.participant(i), problem.participant(j));
        } catch (RuntimeException e) {
          throw new IllegalStateException(
              "rule '" + custom.name() + "' failed for pair " + pairName(i, j) + ": " + e, e);
        }
      };
    }
    throw new IllegalStateException("unknown rule " + rule);
  }

  /** Notes in {@code codesRead} that the rules read {@code codes} ({@link #touch}); returns it. */
  private static int[] read(int[] codes, List<int[]> codesRead) {
    for (int[] known : codesRead) {
      if (known == codes) {
        return codes;
      }
    }
    codesRead.add(codes);
    return codes;
  }

  /**
   * Reads the attribute codes of participant {@code j} that the built-in rules and preferences
   * compare, and returns their sum, which means nothing: a caller about to check many pairs loads
   * them for all its partners first, so that the checks find them in the cache instead of waiting
   * for main memory one partner at a time.
   */
  public int touch(int j) {
    int sum = 0;
    for (int[] codes : comparedCodes) {
      sum += codes[j];
    }
    return sum;
  }

  private String pairName(int i, int j) {
    return "(" + problem.id(i) + ", " + problem.id(j) + ")";
  }

  /** The value of user bonus {@code b} on the pair, checked against its maximum. */
  private double bonus(Constraint.CustomBonus b, int i, int j) {
    try {
      return b.bonus(problem.participant(i), problem.participant(j));
    } catch (IllegalStateException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("bonus '")) {
        throw e; // already names the bonus, the value and the pair
      }
      throw new IllegalStateException(
          "bonus '" + b.name() + "' failed for pair " + pairName(i, j) + ": " + e, e);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "bonus '" + b.name() + "' failed for pair " + pairName(i, j) + ": " + e, e);
    }
  }

  private LongHashSet pairKeys(Iterable<IdPair> pairs) {
    LongHashSet keys = new LongHashSet(16);
    for (IdPair pair : pairs) {
      keys.add(pairKey(problem.indexOf(pair.first()), problem.indexOf(pair.second())));
    }
    return keys;
  }

  private LongHashSet recentPairs(History history, int rounds) {
    LongHashSet keys = new LongHashSet(16);
    List<List<IdPair>> all = history.rounds();
    for (int r = Math.max(0, all.size() - rounds); r < all.size(); r++) {
      for (IdPair pair : all.get(r)) {
        keys.add(pairKey(problem.indexOf(pair.first()), problem.indexOf(pair.second())));
      }
    }
    return keys;
  }

  /** An order-free key of the pair {@code {i, j}}. */
  public long pairKey(int i, int j) {
    int lo = Math.min(i, j);
    int hi = Math.max(i, j);
    return (long) lo * problem.size() + hi;
  }

  /** Whether the rules allow the pair; {@code i} on the left in a two-sided problem. */
  public boolean allows(int i, int j, double relevance) {
    for (PairTest t : hard) {
      if (!t.test(i, j, relevance)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the rules that do not depend on the score allow the pair: a cheap pre-filter for
   * callers that know only a bound of the score.
   */
  public boolean allowsIgnoringScore(int i, int j) {
    for (PairTest t : structural) {
      if (!t.test(i, j, 0.0)) {
        return false;
      }
    }
    return true;
  }

  /** Whether there is any hard rule. */
  public boolean hasHardRules() {
    return hard.length > 0;
  }

  /**
   * Whether any soft preference or user bonus can make a pair's weight differ from its relevance.
   */
  public boolean hasSoftPreferences() {
    return soft.length > 0 || bonuses.length > 0;
  }

  /**
   * The largest bonus soft preferences can add to any pair: the sum of the positive weights and of
   * the user bonuses' maxima.
   */
  public double maxSoftBonus() {
    double sum = 0.0;
    for (double w : softWeight) {
      sum += Math.max(0.0, w);
    }
    for (Constraint.CustomBonus b : bonuses) {
      sum += b.maximum();
    }
    return sum;
  }

  /** The sum of the weights of the soft preferences that hold for the pair, and user bonuses. */
  public double softTerms(int i, int j, double relevance) {
    double sum = 0.0;
    for (int p = 0; p < soft.length; p++) {
      if (soft[p].test(i, j, relevance)) {
        sum += softWeight[p];
      }
    }
    for (Constraint.CustomBonus b : bonuses) {
      sum += bonus(b, i, j);
    }
    return sum;
  }

  /** The soft preferences that hold for the pair, as explanation terms. */
  public List<Explanation.Term> softTermList(int i, int j, double relevance) {
    List<Explanation.Term> terms = new ArrayList<>();
    for (int p = 0; p < soft.length; p++) {
      if (soft[p].test(i, j, relevance)) {
        terms.add(new Explanation.Term(softName[p], softWeight[p]));
      }
    }
    for (Constraint.CustomBonus b : bonuses) {
      double amount = bonus(b, i, j);
      if (amount != 0.0) {
        terms.add(new Explanation.Term(b.name(), amount));
      }
    }
    return terms;
  }
}
