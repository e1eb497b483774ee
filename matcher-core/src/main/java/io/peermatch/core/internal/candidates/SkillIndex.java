package io.peermatch.core.internal.candidates;

import io.peermatch.core.internal.control.Parallel;
import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.internal.problem.SkillMatrix;
import io.peermatch.core.kernel.SolveControl;

/**
 * An inverted index over one set of participants: for every skill, the participants who offer it
 * and those who seek it, each list sorted by level (highest first, ties by index). Impact-ordered
 * lists are what let the candidate generator read only the head of a long list.
 *
 * <p>An entry is one long: the participant in the high half and the level as a float in the low
 * half ({@link #member}, {@link #level}), so that reading a list is one stream of memory. The float
 * level feeds the partial sums that only rank partners (exact scores come from the skill matrices);
 * bounds use {@link #levelAtMost}, which is never below the level.
 */
final class SkillIndex {

  final int[] offerStart;
  final long[] offerEntry;
  final int[] offerBlockEnd;
  final int[] seekStart;
  final long[] seekEntry;
  final int[] seekBlockEnd;

  private SkillIndex(Postings offers, Postings seeks) {
    this.offerStart = offers.start;
    this.offerEntry = offers.entry;
    this.offerBlockEnd = offers.blockEnd;
    this.seekStart = seeks.start;
    this.seekEntry = seeks.entry;
    this.seekBlockEnd = seeks.blockEnd;
  }

  /** The participant of a packed entry. */
  static int member(long entry) {
    return (int) (entry >>> 32);
  }

  /** The level of a packed entry, rounded to a float. */
  static float level(long entry) {
    return Float.intBitsToFloat((int) entry);
  }

  /** A bound of the level of a packed entry: never below the exact level. */
  static double levelAtMost(long entry) {
    return Math.nextUp(level(entry));
  }

  /** Indexes participants {@code from .. to-1} of {@code problem}. */
  static SkillIndex build(CompiledProblem problem, int from, int to) {
    return build(problem, new int[] {from, to}, 1, SolveControl.none(), "index")[0];
  }

  /**
   * Indexes participants {@code bounds[i] .. bounds[i+1]-1} of {@code problem} for every {@code i},
   * on up to {@code threads} threads: each of an index's two kinds of lists is built by one thread
   * (at a million people one pool's index took half a second on one thread, in a profile). The
   * result does not depend on the number of threads.
   */
  static SkillIndex[] build(
      CompiledProblem problem, int[] bounds, int threads, SolveControl control, String phase) {
    int indexes = bounds.length - 1;
    int skills = problem.skillCount();
    Postings[] built = new Postings[2 * indexes];
    Parallel.forEach(
        2 * indexes,
        threads,
        control,
        phase,
        () ->
            (task, stop) -> {
              int i = task / 2;
              SkillMatrix matrix = task % 2 == 0 ? problem.offers() : problem.seeks();
              built[task] = postings(matrix, skills, bounds[i], bounds[i + 1]);
            });
    SkillIndex[] index = new SkillIndex[indexes];
    for (int i = 0; i < indexes; i++) {
      index[i] = new SkillIndex(built[2 * i], built[2 * i + 1]);
    }
    return index;
  }

  /**
   * This index restricted to the participants for which {@code include} is true: the same lists in
   * the same order, with the others left out. The balanced selection's second searches read an
   * index of the people who can still take a partner, so that the full ones at the heads of the
   * lists do not use up their budget; filtering keeps the order of the sorted lists in one pass
   * over them, where building it again sorted every list once more (about a second each time at a
   * million people, on one thread).
   *
   * <p>On up to {@code threads} threads: each list is filtered by one thread, counted in a first
   * loop and copied in a second (at a million people the restrictions before the eight second
   * searches took half a second in all on one thread, in a profile). The result does not depend on
   * the number of threads.
   */
  SkillIndex restrictedTo(boolean[] include, int threads, SolveControl control, String phase) {
    int skills = offerStart.length - 1;
    int[][] start = {offerStart, seekStart};
    long[][] entry = {offerEntry, seekEntry};
    int[][] blockEnd = {offerBlockEnd, seekBlockEnd};
    int[][] kept = {new int[skills + 1], new int[skills + 1]};
    forEachList(
        skills,
        threads,
        control,
        phase,
        (kind, s) -> {
          int count = 0;
          for (int p = start[kind][s]; p < start[kind][s + 1]; p++) {
            if (include[member(entry[kind][p])]) {
              count++;
            }
          }
          kept[kind][s + 1] = count;
        });
    long[][] keptEntry = new long[2][];
    int[][] keptBlockEnd = new int[2][];
    for (int kind = 0; kind < 2; kind++) {
      for (int s = 0; s < skills; s++) {
        kept[kind][s + 1] += kept[kind][s];
      }
      keptEntry[kind] = new long[kept[kind][skills]];
      keptBlockEnd[kind] = new int[kept[kind][skills]];
    }
    forEachList(
        skills,
        threads,
        control,
        phase,
        (kind, s) ->
            restrict(
                s,
                start[kind],
                entry[kind],
                blockEnd[kind],
                include,
                kept[kind],
                keptEntry[kind],
                keptBlockEnd[kind]));
    return new SkillIndex(
        new Postings(kept[0], keptEntry[0], keptBlockEnd[0]),
        new Postings(kept[1], keptEntry[1], keptBlockEnd[1]));
  }

  /** One step on list {@code skill} of one kind (0: offers, 1: seeks). */
  private interface ListTask {
    void run(int kind, int skill);
  }

  /** Runs {@code task} on every list of both kinds, each list on one of up to {@code threads}. */
  private static void forEachList(
      int skills, int threads, SolveControl control, String phase, ListTask task) {
    Parallel.forEach(
        2 * skills, threads, control, phase, () -> (t, stop) -> task.run(t / skills, t % skills));
  }

  /** Copies the entries of list {@code s} that {@code include} keeps to {@code kept[s]} on. */
  private static void restrict(
      int s,
      int[] start,
      long[] entry,
      int[] blockEnd,
      boolean[] include,
      int[] kept,
      long[] keptEntry,
      int[] keptBlockEnd) {
    // Backwards, so that each kept entry knows the next kept one: both are in one tie block when
    // the next lies inside this one's block of the full list.
    int q = kept[s + 1];
    int nextFull = -1;
    for (int p = start[s + 1] - 1; p >= start[s]; p--) {
      if (include[member(entry[p])]) {
        q--;
        keptEntry[q] = entry[p];
        keptBlockEnd[q] = nextFull >= 0 && nextFull < blockEnd[p] ? keptBlockEnd[q + 1] : q + 1;
        nextFull = p;
      }
    }
  }

  /**
   * One kind of posting lists; {@code blockEnd[p]} is one past the last entry of the same list with
   * the same level as entry p (its tie block), so that a reader can spread its reads over a block
   * it will not finish.
   */
  private record Postings(int[] start, long[] entry, int[] blockEnd) {}

  private static Postings postings(SkillMatrix matrix, int skills, int from, int to) {
    int[] start = new int[skills + 1];
    for (int i = from; i < to; i++) {
      for (int k = matrix.start(i); k < matrix.end(i); k++) {
        start[matrix.skill(k) + 1]++;
      }
    }
    for (int s = 0; s < skills; s++) {
      start[s + 1] += start[s];
    }
    int total = start[skills];
    int[] member = new int[total];
    double[] level = new double[total];
    int[] fill = new int[skills];
    System.arraycopy(start, 0, fill, 0, skills);
    for (int i = from; i < to; i++) {
      for (int k = matrix.start(i); k < matrix.end(i); k++) {
        int pos = fill[matrix.skill(k)]++;
        member[pos] = i;
        level[pos] = matrix.level(k);
      }
    }
    // Members arrive in index order; a stable sort by level keeps index order among equal levels.
    for (int s = 0; s < skills; s++) {
      sortByLevelDescending(member, level, start[s], start[s + 1]);
    }
    int[] blockEnd = new int[total];
    for (int s = 0; s < skills; s++) {
      for (int p = start[s + 1] - 1; p >= start[s]; p--) {
        blockEnd[p] = p + 1 < start[s + 1] && level[p + 1] == level[p] ? blockEnd[p + 1] : p + 1;
      }
    }
    long[] entry = new long[total];
    for (int p = 0; p < total; p++) {
      entry[p] =
          ((long) member[p] << 32) | (Float.floatToRawIntBits((float) level[p]) & 0xFFFFFFFFL);
    }
    return new Postings(start, entry, blockEnd);
  }

  /** A stable merge sort of one posting list by level, highest first; no boxing. */
  private static void sortByLevelDescending(int[] member, double[] level, int from, int to) {
    int n = to - from;
    if (n < 2) {
      return;
    }
    boolean sorted = true;
    for (int k = from + 1; k < to && sorted; k++) {
      sorted = level[k - 1] >= level[k];
    }
    if (sorted) {
      return;
    }
    // Levels are in (0, 1], where IEEE bits order like the values. Pack (inverted level, position)
    // into one long: the position takes the low bits, so equal levels stay in index order; the
    // level loses as many low mantissa bits, which only merges levels equal to within ~1e-9.
    int shift = 64 - Long.numberOfLeadingZeros(n);
    long positionMask = (1L << shift) - 1;
    long[] keys = new long[n];
    for (int k = 0; k < n; k++) {
      long bits = Double.doubleToRawLongBits(level[from + k]) >>> shift;
      keys[k] = ((Long.MAX_VALUE >>> shift) - bits) << shift | k;
    }
    java.util.Arrays.sort(keys);
    int[] m = new int[n];
    double[] l = new double[n];
    for (int k = 0; k < n; k++) {
      int at = (int) (keys[k] & positionMask);
      m[k] = member[from + at];
      l[k] = level[from + at];
    }
    System.arraycopy(m, 0, member, from, n);
    System.arraycopy(l, 0, level, from, n);
  }
}
