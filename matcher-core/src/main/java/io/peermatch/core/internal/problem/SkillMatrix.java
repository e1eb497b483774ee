package io.peermatch.core.internal.problem;

import io.peermatch.api.Participant;
import io.peermatch.api.SkillVector;
import io.peermatch.core.kernel.SolveControl;
import java.util.Map;

/**
 * A participants × skills matrix in compressed sparse row form: row {@code i} holds participant
 * {@code i}'s skills in ascending skill id (= name) order with their levels.
 */
public final class SkillMatrix {

  private final int[] rowStart;
  private final int[] skill;
  private final double[] level;

  private SkillMatrix(int[] rowStart, int[] skill, double[] level) {
    this.rowStart = rowStart;
    this.skill = skill;
    this.level = level;
  }

  static SkillMatrix of(
      Participant[] participants,
      Map<String, Integer> skillIndex,
      boolean offers,
      SolveControl control) {
    int n = participants.length;
    int[] rowStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      SkillVector v = offers ? participants[i].offers() : participants[i].seeks();
      rowStart[i + 1] = rowStart[i] + v.size();
    }
    int[] skill = new int[rowStart[n]];
    double[] level = new double[rowStart[n]];
    for (int i = 0; i < n; i++) {
      if ((i & 1023) == 0) {
        control.check(CompiledProblem.PHASE);
        control.progress(CompiledProblem.PHASE, (double) i / n);
      }
      SkillVector v = offers ? participants[i].offers() : participants[i].seeks();
      int k = rowStart[i];
      for (int j = 0; j < v.size(); j++, k++) {
        skill[k] = skillIndex.get(v.skill(j));
        level[k] = v.level(j);
      }
    }
    return new SkillMatrix(rowStart, skill, level);
  }

  /** The number of rows (participants). */
  public int rows() {
    return rowStart.length - 1;
  }

  /** The number of stored entries. */
  public int entries() {
    return skill.length;
  }

  /** The first entry index of row {@code i}. */
  public int start(int i) {
    return rowStart[i];
  }

  /** One past the last entry index of row {@code i}. */
  public int end(int i) {
    return rowStart[i + 1];
  }

  /** The skill id of entry {@code k}. */
  public int skill(int k) {
    return skill[k];
  }

  /** The level of entry {@code k}. */
  public double level(int k) {
    return level[k];
  }

  /** The inner product of row {@code i} of this matrix and row {@code j} of {@code other}. */
  public double dot(int i, SkillMatrix other, int j) {
    double sum = 0.0;
    int a = rowStart[i];
    int aEnd = rowStart[i + 1];
    int b = other.rowStart[j];
    int bEnd = other.rowStart[j + 1];
    while (a < aEnd && b < bEnd) {
      int sa = skill[a];
      int sb = other.skill[b];
      if (sa == sb) {
        sum += level[a++] * other.level[b++];
      } else if (sa < sb) {
        a++;
      } else {
        b++;
      }
    }
    return sum;
  }
}
