package io.peermatch.core.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The skills of the synthetic organisations, indexed in name order so that a sorted array of
 * indices is already a sorted array of names (the input {@link
 * io.peermatch.api.SkillVector#ofSorted} wants).
 */
final class SkillCatalogue {

  private static final String[] NAMES;
  private static final int[][] BY_DOMAIN;
  private static final List<String> NAME_LIST;

  static {
    List<String> all = new ArrayList<>();
    for (SkillDomain d : SkillDomain.values()) {
      all.addAll(Arrays.asList(d.skills()));
    }
    String[] names = all.toArray(new String[0]);
    Arrays.sort(names);
    for (int i = 1; i < names.length; i++) {
      if (names[i].equals(names[i - 1])) {
        throw new IllegalStateException("skill '" + names[i] + "' is listed twice");
      }
    }
    int[][] byDomain = new int[SkillDomain.values().length][];
    for (SkillDomain d : SkillDomain.values()) {
      String[] skills = d.skills();
      int[] indices = new int[skills.length];
      for (int j = 0; j < skills.length; j++) {
        int i = Arrays.binarySearch(names, skills[j]);
        indices[j] = i;
      }
      byDomain[d.ordinal()] = indices;
    }
    NAMES = names;
    BY_DOMAIN = byDomain;
    NAME_LIST = Collections.unmodifiableList(Arrays.asList(names.clone()));
  }

  private SkillCatalogue() {}

  static int size() {
    return NAMES.length;
  }

  /** The name of skill {@code index}; the same String instance every time. */
  static String name(int index) {
    return NAMES[index];
  }

  /** The catalogue indices of {@code domain}'s skills, most widespread first; do not modify. */
  static int[] indices(SkillDomain domain) {
    return BY_DOMAIN[domain.ordinal()];
  }

  /** All names in name order. */
  static List<String> names() {
    return NAME_LIST;
  }
}
