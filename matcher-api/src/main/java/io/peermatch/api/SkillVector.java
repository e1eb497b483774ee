package io.peermatch.api;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An immutable sparse vector of skills: skill name to level in {@code [0, 1]}.
 *
 * <p>A participant has two: what they {@linkplain Participant#offers() offer} (can teach) and what
 * they {@linkplain Participant#seeks() seek} (want to learn). Entries are kept sorted by name, so
 * iteration order, {@link #toString()} and every score computed from a vector are deterministic. A
 * level of zero is the same as an absent skill and is not stored.
 *
 * <pre>{@code
 * SkillVector offers = SkillVector.parse("kubernetes:0.8;sql:0.4");
 * SkillVector seeks = SkillVector.of(Map.of("go", 0.6));
 * }</pre>
 *
 * <p>Skill names are trimmed, must not be blank and must not contain {@code ':'} or {@code ';'}
 * (the separators of the text form). Instances are immutable and thread-safe.
 */
public final class SkillVector {

  private static final SkillVector EMPTY = new SkillVector(new String[0], new double[0]);

  private final String[] names;
  private final double[] levels;

  private SkillVector(String[] names, double[] levels) {
    this.names = names;
    this.levels = levels;
  }

  /** The vector with no skills. */
  public static SkillVector empty() {
    return EMPTY;
  }

  /**
   * A vector with the given levels.
   *
   * @throws IllegalArgumentException if a name is blank or contains a separator, or a level is NaN
   *     or outside {@code [0, 1]}
   */
  public static SkillVector of(Map<String, ? extends Number> levels) {
    Objects.requireNonNull(levels, "levels");
    TreeMap<String, Double> sorted = new TreeMap<>();
    for (Map.Entry<String, ? extends Number> e : levels.entrySet()) {
      String name = checkName(e.getKey());
      double level = checkLevel(name, Objects.requireNonNull(e.getValue(), "level").doubleValue());
      if (sorted.put(name, level) != null) {
        throw new IllegalArgumentException("skill '" + name + "' is listed twice");
      }
    }
    return fromSorted(sorted);
  }

  /** A vector with a single skill. */
  public static SkillVector of(String skill, double level) {
    return of(Map.of(skill, level));
  }

  /** A vector with two skills. */
  public static SkillVector of(String skill1, double level1, String skill2, double level2) {
    Map<String, Double> map = new LinkedHashMap<>();
    map.put(skill1, level1);
    if (map.put(skill2, level2) != null) {
      throw new IllegalArgumentException("skill '" + skill2 + "' is listed twice");
    }
    return of(map);
  }

  /**
   * A vector from parallel arrays already sorted by name: the fast path for generators and readers
   * that produce millions of vectors. The arrays are copied; zero levels are dropped.
   *
   * @throws IllegalArgumentException if the names are not strictly increasing, or a rule of {@link
   *     #of(Map)} is broken
   */
  public static SkillVector ofSorted(String[] names, double[] levels) {
    if (names.length != levels.length) {
      throw new IllegalArgumentException(
          "expected as many levels as names but got " + levels.length + " and " + names.length);
    }
    int nonZero = 0;
    String[] trimmed = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      trimmed[i] = checkName(names[i]);
      checkLevel(trimmed[i], levels[i]);
      // Order is checked on the trimmed names, which are the ones stored.
      if (i > 0 && trimmed[i - 1].compareTo(trimmed[i]) >= 0) {
        throw new IllegalArgumentException(
            "skill names must be strictly increasing but '"
                + trimmed[i]
                + "' follows '"
                + trimmed[i - 1]
                + "'");
      }
      if (levels[i] != 0.0) {
        nonZero++;
      }
    }
    if (nonZero == 0) {
      return EMPTY;
    }
    String[] n = new String[nonZero];
    double[] l = new double[nonZero];
    for (int i = 0, k = 0; i < names.length; i++) {
      if (levels[i] != 0.0) {
        n[k] = trimmed[i];
        l[k++] = levels[i];
      }
    }
    return new SkillVector(n, l);
  }

  /**
   * Parses the text form {@code "kubernetes:0.8;sql:0.4"}. An empty or blank string is the empty
   * vector.
   *
   * @throws IllegalArgumentException naming the entry if an entry is not {@code name:level}, a
   *     level is not a number, or a rule of {@link #of(Map)} is broken
   */
  public static SkillVector parse(String text) {
    return parse(text, null);
  }

  /**
   * Parses the text form, as {@link #parse(String)}, keeping one instance of each skill name in
   * {@code names}: a name already in the map is stored as the map's instance, a new one is added.
   * Readers of many people share one map, so that a million vectors hold a few hundred names
   * instead of ten million copies (a gigabyte of heap at a million people, and a string comparison
   * instead of a reference check wherever names are looked up). Threads that parse at once may
   * share a map that is safe for them (a {@code ConcurrentHashMap}); pass {@code null} to keep
   * every name as parsed.
   *
   * @throws IllegalArgumentException as {@link #parse(String)}
   */
  public static SkillVector parse(String text, Map<String, String> names) {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      return EMPTY;
    }
    TreeMap<String, Double> sorted = new TreeMap<>();
    for (String entry : text.split(";", -1)) {
      if (entry.isBlank()) {
        continue;
      }
      int colon = entry.lastIndexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(
            "skill entry must be name:level but was '" + entry.trim() + "'");
      }
      String name = checkName(entry.substring(0, colon));
      if (names != null) {
        String known = names.putIfAbsent(name, name);
        name = known == null ? name : known;
      }
      String number = entry.substring(colon + 1).trim();
      double level;
      try {
        level = Double.parseDouble(number);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "skill level of '" + name + "' is not a number: '" + number + "'");
      }
      checkLevel(name, level);
      if (sorted.put(name, level) != null) {
        throw new IllegalArgumentException("skill '" + name + "' is listed twice");
      }
    }
    return fromSorted(sorted);
  }

  private static SkillVector fromSorted(TreeMap<String, Double> sorted) {
    sorted.values().removeIf(level -> level == 0.0);
    if (sorted.isEmpty()) {
      return EMPTY;
    }
    String[] names = new String[sorted.size()];
    double[] levels = new double[sorted.size()];
    int i = 0;
    for (Map.Entry<String, Double> e : sorted.entrySet()) {
      names[i] = e.getKey();
      levels[i] = e.getValue();
      i++;
    }
    return new SkillVector(names, levels);
  }

  private static String checkName(String raw) {
    Objects.requireNonNull(raw, "skill name");
    String name = raw.trim();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("skill name must not be blank");
    }
    if (name.indexOf(':') >= 0 || name.indexOf(';') >= 0) {
      throw new IllegalArgumentException(
          "skill name must not contain ':' or ';' but was '" + name + "'");
    }
    return name;
  }

  private static double checkLevel(String name, double level) {
    if (!(level >= 0.0 && level <= 1.0)) {
      throw new IllegalArgumentException(
          "skill level must be in [0, 1] but was " + level + " for '" + name + "'");
    }
    return level;
  }

  /** The number of skills with a positive level. */
  public int size() {
    return names.length;
  }

  /** Whether no skill has a positive level. */
  public boolean isEmpty() {
    return names.length == 0;
  }

  /** The name of the {@code i}-th skill in name order. */
  public String skill(int i) {
    return names[i];
  }

  /** The level of the {@code i}-th skill in name order. */
  public double level(int i) {
    return levels[i];
  }

  /** The level of {@code skill}, or 0 if absent. */
  public double level(String skill) {
    int i = Arrays.binarySearch(names, skill);
    return i >= 0 ? levels[i] : 0.0;
  }

  /** Whether the vector has a positive level for {@code skill}. */
  public boolean contains(String skill) {
    return Arrays.binarySearch(names, skill) >= 0;
  }

  /** The inner product {@code Σ this[s] · other[s]}, by a merge of the two sorted entry lists. */
  public double dot(SkillVector other) {
    double sum = 0.0;
    int i = 0;
    int j = 0;
    while (i < names.length && j < other.names.length) {
      int c = names[i].compareTo(other.names[j]);
      if (c == 0) {
        sum += levels[i++] * other.levels[j++];
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  /** The entries as an unmodifiable map in name order. */
  public Map<String, Double> asMap() {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      map.put(names[i], levels[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * The text form accepted by {@link #parse(String)}, for example {@code "kubernetes:0.8;sql:0.4"}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      if (i > 0) {
        sb.append(';');
      }
      sb.append(names[i]).append(':').append(formatLevel(levels[i]));
    }
    return sb.toString();
  }

  static String formatLevel(double level) {
    String s = Double.toString(level);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SkillVector v
        && Arrays.equals(names, v.names)
        && Arrays.equals(levels, v.levels);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(names) + Arrays.hashCode(levels);
  }
}
