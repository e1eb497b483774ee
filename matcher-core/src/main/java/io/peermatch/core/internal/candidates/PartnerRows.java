package io.peermatch.core.internal.candidates;

import io.peermatch.core.internal.problem.SkillMatrix;
import java.util.Arrays;

/**
 * Every participant's offered and sought skills packed in one short row of ints, for the exact
 * rescoring of shortlisted partners ({@link CandidateQuery}): row {@code p} is {@code data[start[p]
 * .. start[p + 1])}, its first int the number of offered skills, then the offered entries, then the
 * sought ones, each in ascending skill order as in the {@link SkillMatrix} rows. An entry is {@code
 * skill << levelBits | code}, and {@code levels[code]} is its level, the same double as in the
 * matrix.
 *
 * <p>Why: a rescoring reads one partner's two rows, and a partner is anyone among a million. From
 * the two skill matrices that is six waits for main memory (the row bounds, the skills and the
 * levels of each matrix, in six arrays far apart); from here it is two (the row's start, then the
 * row, which for a dozen skills is one cache line). Levels take few distinct values in practice
 * (steps of a scale), so a code of a few bits replaces a double; where they take more than {@link
 * #MAX_LEVELS}, or the skill ids do not fit beside the codes, there are no packed rows and the
 * rescoring reads the matrices.
 */
final class PartnerRows {

  /** The most distinct levels the codes can name. */
  static final int MAX_LEVELS = 1 << 12;

  final int[] start;
  final int[] data;
  final double[] levels;
  final int levelBits;
  final int levelMask;

  private PartnerRows(int[] start, int[] data, double[] levels, int levelBits) {
    this.start = start;
    this.data = data;
    this.levels = levels;
    this.levelBits = levelBits;
    this.levelMask = (1 << levelBits) - 1;
  }

  /**
   * The packed rows of the participants of the two matrices (which have the same rows), or null
   * when the levels take more than {@link #MAX_LEVELS} distinct values or the skill ids do not fit.
   */
  static PartnerRows of(SkillMatrix offers, SkillMatrix seeks, int skillCount) {
    LevelCodes codes = new LevelCodes();
    if (!codes.addAll(offers) || !codes.addAll(seeks)) {
      return null;
    }
    int levelBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(codes.size() - 1));
    if (skillCount > 0 && 32 - Integer.numberOfLeadingZeros(skillCount - 1) > 31 - levelBits) {
      return null;
    }
    int n = offers.rows();
    int[] start = new int[n + 1];
    long size = (long) n + offers.entries() + seeks.entries();
    if (size > Integer.MAX_VALUE - 8) {
      return null;
    }
    int[] data = new int[(int) size];
    int at = 0;
    for (int p = 0; p < n; p++) {
      start[p] = at;
      data[at++] = offers.end(p) - offers.start(p);
      at = pack(offers, p, codes, levelBits, data, at);
      at = pack(seeks, p, codes, levelBits, data, at);
    }
    start[n] = at;
    return new PartnerRows(start, data, codes.values(), levelBits);
  }

  private static int pack(
      SkillMatrix m, int p, LevelCodes codes, int levelBits, int[] data, int at) {
    for (int k = m.start(p), e = m.end(p); k < e; k++) {
      data[at++] = m.skill(k) << levelBits | codes.code(m.level(k));
    }
    return at;
  }

  /** Distinct levels and their codes, in the order first met: an open-addressing table. */
  private static final class LevelCodes {
    private long[] keys = new long[64];
    private int[] code = new int[64];
    private boolean[] used = new boolean[64];
    private double[] values = new double[16];
    private int size;

    boolean addAll(SkillMatrix m) {
      for (int k = 0, e = m.entries(); k < e; k++) {
        if (code(m.level(k)) < 0) {
          return false;
        }
      }
      return true;
    }

    /** The code of {@code level}, added when new; -1 when there would be too many. */
    int code(double level) {
      long bits = Double.doubleToRawLongBits(level);
      int mask = keys.length - 1;
      int h = (int) ((bits * 0x9E3779B97F4A7C15L) >>> 40) & mask;
      while (used[h]) {
        if (keys[h] == bits) {
          return code[h];
        }
        h = (h + 1) & mask;
      }
      if (size == MAX_LEVELS) {
        return -1;
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, 2 * size);
      }
      values[size] = level;
      used[h] = true;
      keys[h] = bits;
      code[h] = size++;
      if (2 * size > keys.length) {
        rehash();
      }
      return size - 1;
    }

    private void rehash() {
      long[] oldKeys = keys;
      int[] oldCode = code;
      boolean[] oldUsed = used;
      keys = new long[2 * oldKeys.length];
      code = new int[keys.length];
      used = new boolean[keys.length];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldUsed[i]) {
          int h = (int) ((oldKeys[i] * 0x9E3779B97F4A7C15L) >>> 40) & mask;
          while (used[h]) {
            h = (h + 1) & mask;
          }
          used[h] = true;
          keys[h] = oldKeys[i];
          code[h] = oldCode[i];
        }
      }
    }

    int size() {
      return Math.max(1, size);
    }

    double[] values() {
      return Arrays.copyOf(values, size);
    }
  }
}
