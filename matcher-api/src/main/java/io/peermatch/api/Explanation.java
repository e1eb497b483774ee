package io.peermatch.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Why two people were paired: the skills that contributed most to the pair's score (with amounts,
 * largest first) and any bonus or penalty terms from soft preferences, so that an intranet can show
 * "why you two".
 *
 * @param skills the largest skill contributions, largest first
 * @param terms bonus (positive) or penalty (negative) terms, each named after its rule
 */
public record Explanation(List<SkillContribution> skills, List<Term> terms) {

  private static final Explanation NONE = new Explanation(List.of(), List.of());

  /** A named term added to a pair's weight, such as a soft preference's bonus. */
  public record Term(String name, double amount) {}

  /** Copies the lists. */
  public Explanation {
    skills = List.copyOf(skills);
    terms = List.copyOf(terms);
  }

  /** An explanation with nothing in it. */
  public static Explanation none() {
    return NONE;
  }

  /**
   * The {@code limit} largest of {@code contributions}, largest first (ties by skill name), with
   * the given terms.
   */
  public static Explanation of(List<SkillContribution> contributions, List<Term> terms, int limit) {
    List<SkillContribution> sorted = new ArrayList<>(contributions);
    sorted.removeIf(c -> c.amount() == 0.0);
    sorted.sort(
        Comparator.comparingDouble((SkillContribution c) -> -c.amount())
            .thenComparing(SkillContribution::skill)
            .thenComparing(SkillContribution::direction));
    return new Explanation(sorted.subList(0, Math.min(limit, sorted.size())), terms);
  }

  /** The same skills with {@code term} appended. */
  public Explanation withTerm(Term term) {
    List<Term> more = new ArrayList<>(terms);
    more.add(term);
    return new Explanation(skills, more);
  }

  /**
   * A one-line human summary such as {@code "kubernetes +0.56 (teaches); sql +0.12 (shared);
   * different department +0.10"}.
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    for (SkillContribution c : skills) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(c.skill()).append(' ').append(signed(c.amount()));
      switch (c.direction()) {
        case FIRST_TEACHES_SECOND -> sb.append(" (first teaches)");
        case SECOND_TEACHES_FIRST -> sb.append(" (second teaches)");
        case SHARED -> sb.append(" (shared)");
      }
    }
    for (Term t : terms) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(t.name()).append(' ').append(signed(t.amount()));
    }
    return sb.toString();
  }

  private static String signed(double amount) {
    return FixedPoint.signedThousandths(amount);
  }

  @Override
  public String toString() {
    return summary();
  }
}
