package io.peermatch.core.internal.problem;

import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.SkillVector;
import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link MatchingProblem} turned into int-indexed primitive arrays: the form every stage after
 * validation works on.
 *
 * <p>Participants become ints: in a two-sided problem the left side is {@code 0 .. leftCount-1} and
 * the right side follows; in a pool {@code leftCount == size}. Skill names become ints in name
 * order (so that sums over skills run in the same order as {@link SkillVector#dot}); each
 * participant's offers and seeks become rows of a CSR matrix. Attribute values become int codes per
 * attribute ({@code -1} when absent).
 *
 * <p>Immutable after construction and safe to share between threads.
 */
public final class CompiledProblem {

  private final MatchingProblem problem;
  private final Participant[] participants;
  private final Map<String, Integer> indexById;
  private final int leftCount;
  private final int[] capacity;
  private final String[] skillNames;
  private final SkillMatrix offers;
  private final SkillMatrix seeks;
  private final Map<String, int[]> attributeCodes = new HashMap<>();
  private final Map<String, String[]> attributeValues = new HashMap<>();

  /** The progress phase of compiling a problem. */
  public static final String PHASE = "compile";

  private CompiledProblem(MatchingProblem problem, SolveControl control) {
    this.problem = problem;
    List<Participant> all = problem.participants();
    int n = all.size();
    this.participants = all.toArray(new Participant[0]);
    this.leftCount = problem.isPool() ? n : problem.left().size();
    this.indexById = new HashMap<>(n * 2);
    this.capacity = new int[n];
    // One pass with hash maps (first-seen codes), then sort the names once: no per-person sorted
    // structure, which matters at a million people.
    Map<String, Integer> skillSeen = new HashMap<>();
    Map<String, AttributeCodes> attributes = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if ((i & 511) == 0) {
        control.check(PHASE);
        control.progress(PHASE, 0.5 * i / n);
      }
      Participant p = participants[i];
      indexById.put(p.id(), i);
      capacity[i] = p.capacity();
      addSkills(skillSeen, p.offers());
      addSkills(skillSeen, p.seeks());
      for (Map.Entry<String, String> e : p.attributes().entrySet()) {
        attributes.computeIfAbsent(e.getKey(), k -> new AttributeCodes(n)).add(i, e.getValue());
      }
    }
    this.skillNames = skillSeen.keySet().toArray(new String[0]);
    Arrays.sort(skillNames);
    Map<String, Integer> skillIndex = new HashMap<>(skillNames.length * 2);
    for (int s = 0; s < skillNames.length; s++) {
      skillIndex.put(skillNames[s], s);
    }
    this.offers = SkillMatrix.of(participants, skillIndex, true, control.within(PHASE, 0.5, 0.75));
    this.seeks = SkillMatrix.of(participants, skillIndex, false, control.within(PHASE, 0.75, 1));
    for (Map.Entry<String, AttributeCodes> e : attributes.entrySet()) {
      AttributeCodes a = e.getValue();
      attributeValues.put(e.getKey(), a.sortedValues());
      attributeCodes.put(e.getKey(), a.codes);
    }
  }

  /** Compiles {@code problem}; linear in the size of the problem. */
  public static CompiledProblem compile(MatchingProblem problem) {
    return new CompiledProblem(problem, SolveControl.none());
  }

  /**
   * Compiles {@code problem}, honouring {@code control}.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static CompiledProblem compile(MatchingProblem problem, SolveControl control) {
    CompiledProblem compiled = new CompiledProblem(problem, control);
    control.progress(PHASE, 1.0);
    return compiled;
  }

  private static void addSkills(Map<String, Integer> skills, SkillVector v) {
    for (int i = 0; i < v.size(); i++) {
      skills.putIfAbsent(v.skill(i), skills.size());
    }
  }

  /** One attribute's values, coded first in order of appearance, then renumbered in value order. */
  private static final class AttributeCodes {
    final int[] codes;
    final Map<String, Integer> seen = new HashMap<>();

    AttributeCodes(int n) {
      codes = new int[n];
      Arrays.fill(codes, -1);
    }

    void add(int i, String value) {
      Integer code = seen.get(value);
      if (code == null) {
        code = seen.size();
        seen.put(value, code);
      }
      codes[i] = code;
    }

    /** Renumbers the codes so that they follow value order; returns the values in code order. */
    String[] sortedValues() {
      String[] values = seen.keySet().toArray(new String[0]);
      Arrays.sort(values);
      int[] remap = new int[values.length];
      for (int c = 0; c < values.length; c++) {
        remap[seen.get(values[c])] = c;
      }
      for (int i = 0; i < codes.length; i++) {
        if (codes[i] >= 0) {
          codes[i] = remap[codes[i]];
        }
      }
      return values;
    }
  }

  /** The problem this was compiled from. */
  public MatchingProblem problem() {
    return problem;
  }

  /** The number of participants. */
  public int size() {
    return participants.length;
  }

  /** Whether the problem is one pool. */
  public boolean isPool() {
    return problem.isPool();
  }

  /** The size of the left side; equal to {@link #size()} for a pool. */
  public int leftCount() {
    return leftCount;
  }

  /** The participant with index {@code i}. */
  public Participant participant(int i) {
    return participants[i];
  }

  /** The id of participant {@code i}. */
  public String id(int i) {
    return participants[i].id();
  }

  /** The index of the participant with {@code id}, or -1. */
  public int indexOf(String id) {
    Integer i = indexById.get(id);
    return i == null ? -1 : i;
  }

  /** The capacity of participant {@code i}. */
  public int capacity(int i) {
    return capacity[i];
  }

  /** A copy of every capacity. */
  public int[] capacities() {
    return capacity.clone();
  }

  /** The number of distinct skills offered or sought. */
  public int skillCount() {
    return skillNames.length;
  }

  /** The name of skill {@code s}. */
  public String skillName(int s) {
    return skillNames[s];
  }

  /** What each participant offers, as a CSR matrix. */
  public SkillMatrix offers() {
    return offers;
  }

  /** What each participant seeks, as a CSR matrix. */
  public SkillMatrix seeks() {
    return seeks;
  }

  /** Whether any participant has {@code attribute}. */
  public boolean hasAttribute(String attribute) {
    return attributeCodes.containsKey(attribute);
  }

  /** The attribute names present, sorted. */
  public List<String> attributeNames() {
    String[] names = attributeCodes.keySet().toArray(new String[0]);
    Arrays.sort(names);
    return List.of(names);
  }

  /**
   * The code of each participant's value of {@code attribute}, {@code -1} when absent; an array of
   * {@code -1} if no one has the attribute. Do not modify.
   */
  public int[] attributeCodes(String attribute) {
    int[] codes = attributeCodes.get(attribute);
    if (codes == null) {
      codes = new int[participants.length];
      Arrays.fill(codes, -1);
    }
    return codes;
  }

  /** The values of {@code attribute} in code order. */
  public String[] attributeValues(String attribute) {
    String[] values = attributeValues.get(attribute);
    return values == null ? new String[0] : values.clone();
  }

  /** Whether {@code i} and {@code j} may be paired by shape: different sides, or a pool. */
  public boolean sameSide(int i, int j) {
    return !isPool() && (i < leftCount) == (j < leftCount);
  }
}
