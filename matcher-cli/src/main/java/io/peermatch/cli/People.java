package io.peermatch.cli;

import io.peermatch.api.Participant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The people a command works on, as read, with how error messages name their origin (the file, or
 * "synthetic organisation").
 */
record People(List<Participant> everyone, String origin) {

  People {
    everyone = List.copyOf(everyone);
  }

  int size() {
    return everyone.size();
  }

  /** Every attribute name that somebody has, sorted. */
  Set<String> attributeNames() {
    Set<String> known = new TreeSet<>();
    for (Participant p : everyone) {
      known.addAll(p.attributes().keySet());
    }
    return known;
  }

  /** Everyone by id. */
  Map<String, Participant> byId() {
    Map<String, Participant> byId = new HashMap<>();
    for (Participant p : everyone) {
      byId.put(p.id(), p);
    }
    return byId;
  }

  /**
   * Fails if nobody has any of {@code attributes}, the ones a diversity term measures: asked for
   * explicitly ({@code what}), diversity would then be zero for every pair and the result would
   * rank by relevance alone, silently. Nothing is checked for an empty organisation.
   */
  void requireDiversity(List<String> attributes, String what) {
    if (everyone.isEmpty()) {
      return;
    }
    Set<String> known = attributeNames();
    for (String a : attributes) {
      if (known.contains(a)) {
        return;
      }
    }
    throw new IllegalArgumentException(
        origin
            + ": "
            + what
            + " seeks diversity over "
            + String.join(", ", attributes)
            + ", but nobody has any of them (the people's attributes are: "
            + (known.isEmpty() ? "none" : String.join(", ", known))
            + "); it would rank by relevance alone");
  }

  /** The attributes of diversity-seeking and {@code groups}' diversity term. */
  static final List<String> DIVERSITY =
      List.copyOf(io.peermatch.core.DiversityOptions.DEFAULTS.distanceWeights().keySet());

  /** The attributes that {@code suggest} spreads its list over. */
  static final List<String> SUGGESTION_DIVERSITY = List.of("department", "location");

  /**
   * Fails if {@code attribute} is nobody's: a typo would otherwise silently allow (or forbid) every
   * pair. Nothing is checked for an empty organisation.
   *
   * @param where how the error starts: the people's origin, or the place in a rules file
   * @param option the option that names it, or null
   */
  void requireAttribute(String attribute, String where, String option) {
    if (everyone.isEmpty()) {
      return;
    }
    Set<String> known = attributeNames();
    if (!known.contains(attribute)) {
      throw new IllegalArgumentException(
          where
              + ": unknown attribute '"
              + attribute
              + "'"
              + (option == null ? "" : " in " + option)
              + "; the people's attributes are: "
              + String.join(", ", known));
    }
  }
}
