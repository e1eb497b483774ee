package io.peermatch.api;

import java.util.Objects;

/**
 * How much one skill added to a pair's score, and in which direction it flows.
 *
 * @param skill the skill name
 * @param amount its share of the score
 * @param direction who teaches whom
 */
public record SkillContribution(String skill, double amount, Direction direction) {

  /** Who teaches whom through a skill. */
  public enum Direction {
    /** The first (left) person offers what the second seeks. */
    FIRST_TEACHES_SECOND,
    /** The second (right) person offers what the first seeks. */
    SECOND_TEACHES_FIRST,
    /** Both offer the skill: shared expertise. */
    SHARED
  }

  /** Checks for nulls. */
  public SkillContribution {
    Objects.requireNonNull(skill, "skill");
    Objects.requireNonNull(direction, "direction");
  }
}
