package io.peermatch.cli;

import io.peermatch.api.Explanation;
import io.peermatch.api.SkillContribution;
import java.util.ArrayList;
import java.util.List;

/**
 * Explanations in words, from one person's side of a pair, for people rather than for analysts:
 * "Ben can teach you sql and go; you can teach Ben excel; bonus: different department".
 */
final class Words {

  private Words() {}

  /**
   * Why {@code self} meets {@code partner}, from {@code self}'s side.
   *
   * @param selfIsFirst whether {@code self} is the pair's first person (the explanation's
   *     directions are relative to the pair)
   * @param partnerName how to name the partner
   */
  static String explain(Explanation explanation, boolean selfIsFirst, String partnerName) {
    List<String> theyTeach = new ArrayList<>();
    List<String> youTeach = new ArrayList<>();
    List<String> shared = new ArrayList<>();
    for (SkillContribution c : explanation.skills()) {
      switch (c.direction()) {
        case FIRST_TEACHES_SECOND -> (selfIsFirst ? youTeach : theyTeach).add(c.skill());
        case SECOND_TEACHES_FIRST -> (selfIsFirst ? theyTeach : youTeach).add(c.skill());
        case SHARED -> shared.add(c.skill());
      }
    }
    List<String> parts = new ArrayList<>();
    if (!theyTeach.isEmpty()) {
      parts.add(partnerName + " can teach you " + list(theyTeach));
    }
    if (!youTeach.isEmpty()) {
      parts.add("you can teach " + partnerName + " " + list(youTeach));
    }
    if (!shared.isEmpty()) {
      parts.add("you both know " + list(shared));
    }
    for (Explanation.Term t : explanation.terms()) {
      parts.add((t.amount() >= 0 ? "bonus: " : "penalty: ") + t.name());
    }
    if (parts.isEmpty()) {
      parts.add("no skill in common; paired so that nobody is left out");
    }
    return String.join("; ", parts);
  }

  /** "a", "a and b", "a, b and c". */
  static String list(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }
}
