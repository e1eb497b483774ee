package io.peermatch.core.internal.problem;

import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.SkillVector;
import io.peermatch.core.internal.control.Parallel;
import io.peermatch.core.kernel.SolveControl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  private CompiledProblem(MatchingProblem problem, SolveControl control, int threads, int chunk) {
    this.problem = problem;
    List<Participant> all = problem.participants();
    int n = all.size();
    this.participants = all.toArray(new Participant[0]);
    this.leftCount = problem.isPool() ? n : problem.left().size();
    this.indexById = new HashMap<>(n * 2);
    this.capacity = new int[n];
    // Chunk 0 indexes the ids; chunks 1.. collect the names of a range of participants each, with
    // codes of their own (first seen first). Merged below: names sorted, codes renumbered in value
    // order, so the result is the same for any number of threads.
    int chunks = (int) ((n + (long) chunk - 1) / chunk);
    ChunkNames[] names = new ChunkNames[chunks];
    Parallel.forEach(
        chunks + 1,
        threads,
        control.within(PHASE, 0, 0.5),
        PHASE,
        () ->
            (c, stop) -> {
              if (c == 0) {
                for (int i = 0; i < n; i++) {
                  if ((i & 4095) == 0 && stop.poll()) {
                    return;
                  }
                  indexById.put(participants[i].id(), i);
                  capacity[i] = participants[i].capacity();
                }
              } else {
                int from = (c - 1) * chunk;
                names[c - 1] = ChunkNames.of(participants, from, Math.min(n, from + chunk), stop);
              }
            });
    Set<String> skillSeen = new HashSet<>();
    Map<String, List<AttributeCodes>> attributes = new HashMap<>();
    for (ChunkNames part : names) {
      skillSeen.addAll(part.skills);
      for (Map.Entry<String, AttributeCodes> e : part.attributes.entrySet()) {
        attributes.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
      }
    }
    control.check(PHASE);
    this.skillNames = skillSeen.toArray(new String[0]);
    Arrays.sort(skillNames);
    Map<String, Integer> skillIndex = new HashMap<>(skillNames.length * 2);
    for (int s = 0; s < skillNames.length; s++) {
      skillIndex.put(skillNames[s], s);
    }
    // The two matrices and each attribute's merge are independent: one loop runs them all, the
    // matrices and then the attributes with the most values first, so that the long tasks start
    // early (at a million people the teams and managers have 134,000 values each, and merging
    // them took a second on one thread).
    List<String> attributeNames = new ArrayList<>(attributes.keySet());
    attributeNames.sort(
        Comparator.comparingInt((String a) -> -AttributeCodes.chunkValues(attributes.get(a)))
            .thenComparing(Comparator.naturalOrder()));
    SkillMatrix[] matrices = new SkillMatrix[2];
    String[][] values = new String[attributeNames.size()][];
    int[][] codes = new int[attributeNames.size()][];
    SolveControl quiet = control.withProgress(null);
    Parallel.forEach(
        2 + attributeNames.size(),
        threads,
        control.within(PHASE, 0.5, 1),
        PHASE,
        () ->
            (task, stop) -> {
              if (task < 2) {
                matrices[task] = SkillMatrix.of(participants, skillIndex, task == 0, quiet);
              } else {
                List<AttributeCodes> parts = attributes.get(attributeNames.get(task - 2));
                values[task - 2] = AttributeCodes.sortedValues(parts);
                codes[task - 2] = AttributeCodes.merge(parts, values[task - 2], n);
              }
            });
    for (int a = 0; a < attributeNames.size(); a++) {
      attributeValues.put(attributeNames.get(a), values[a]);
      attributeCodes.put(attributeNames.get(a), codes[a]);
    }
    this.offers = matrices[0];
    this.seeks = matrices[1];
  }

  /** Participants per chunk of the parallel first pass. */
  private static final int CHUNK = 1 << 15;

  /** Compiles {@code problem}; linear in the size of the problem. */
  public static CompiledProblem compile(MatchingProblem problem) {
    return compile(problem, SolveControl.none());
  }

  /**
   * Compiles {@code problem}, honouring {@code control}, on the calling thread.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static CompiledProblem compile(MatchingProblem problem, SolveControl control) {
    return compile(problem, control, 1);
  }

  /**
   * Compiles {@code problem}, honouring {@code control}, with up to {@code threads} threads (the
   * calling one included; helpers on {@code control}'s executor, or threads of its own). The result
   * does not depend on the number of threads.
   *
   * @throws IllegalArgumentException if {@code threads} is less than 1
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static CompiledProblem compile(
      MatchingProblem problem, SolveControl control, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1 but was " + threads);
    }
    return compile(problem, control, threads, CHUNK);
  }

  /** As {@link #compile(MatchingProblem, SolveControl, int)} with chunks of {@code chunk}. */
  static CompiledProblem compile(
      MatchingProblem problem, SolveControl control, int threads, int chunk) {
    CompiledProblem compiled = new CompiledProblem(problem, control, threads, chunk);
    control.progress(PHASE, 1.0);
    return compiled;
  }

  /** The skill names and attribute values of one chunk of participants. */
  private static final class ChunkNames {
    final Set<String> skills = new HashSet<>();
    final Map<String, AttributeCodes> attributes = new HashMap<>();

    static ChunkNames of(Participant[] participants, int from, int to, Parallel.Stop stop) {
      ChunkNames chunk = new ChunkNames();
      for (int i = from; i < to; i++) {
        if ((i & 1023) == 0 && stop.poll()) {
          break;
        }
        Participant p = participants[i];
        addSkills(chunk.skills, p.offers());
        addSkills(chunk.skills, p.seeks());
        for (Map.Entry<String, String> e : p.attributes().entrySet()) {
          chunk
              .attributes
              .computeIfAbsent(e.getKey(), k -> new AttributeCodes(from, to - from))
              .add(i, e.getValue());
        }
      }
      return chunk;
    }
  }

  private static void addSkills(Set<String> skills, SkillVector v) {
    for (int i = 0; i < v.size(); i++) {
      skills.add(v.skill(i));
    }
  }

  /**
   * One attribute's values in one chunk of participants ({@code from} on), coded in order of
   * appearance; {@link #merge} renumbers them in value order over all chunks.
   */
  private static final class AttributeCodes {
    final int from;
    final int[] codes;
    final Map<String, Integer> seen = new HashMap<>();

    AttributeCodes(int from, int size) {
      this.from = from;
      this.codes = new int[size];
      Arrays.fill(codes, -1);
    }

    void add(int i, String value) {
      Integer code = seen.get(value);
      if (code == null) {
        code = seen.size();
        seen.put(value, code);
      }
      codes[i - from] = code;
    }

    /** The values of the chunks, counted once per chunk they appear in. */
    static int chunkValues(List<AttributeCodes> chunks) {
      int count = 0;
      for (AttributeCodes chunk : chunks) {
        count += chunk.seen.size();
      }
      return count;
    }

    /** Every value of the chunks, sorted. */
    static String[] sortedValues(List<AttributeCodes> chunks) {
      Set<String> all = new HashSet<>();
      for (AttributeCodes chunk : chunks) {
        all.addAll(chunk.seen.keySet());
      }
      String[] values = all.toArray(new String[0]);
      Arrays.sort(values);
      return values;
    }

    /** The codes of all {@code n} participants in {@code values}' order, -1 where absent. */
    static int[] merge(List<AttributeCodes> chunks, String[] values, int n) {
      Map<String, Integer> code = new HashMap<>(values.length * 2);
      for (int c = 0; c < values.length; c++) {
        code.put(values[c], c);
      }
      int[] codes = new int[n];
      Arrays.fill(codes, -1);
      for (AttributeCodes chunk : chunks) {
        int[] remap = new int[chunk.seen.size()];
        for (Map.Entry<String, Integer> e : chunk.seen.entrySet()) {
          remap[e.getValue()] = code.get(e.getKey());
        }
        for (int i = 0; i < chunk.codes.length; i++) {
          if (chunk.codes[i] >= 0) {
            codes[chunk.from + i] = remap[chunk.codes[i]];
          }
        }
      }
      return codes;
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
