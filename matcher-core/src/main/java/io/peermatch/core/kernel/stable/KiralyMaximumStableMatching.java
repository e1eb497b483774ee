package io.peermatch.core.kernel.stable;

import java.util.Arrays;

/**
 * A large weakly stable matching for stable marriage or hospitals/residents with ties and
 * incomplete lists (MAX-SMTI, MAX-HRT): Király's linear-time local 3/2-approximation of the maximum
 * weakly stable matching, a problem that is NP-hard (Manlove, Irving, Iwama, Miyazaki and Morita
 * 2002) and hard to approximate within 33/29 (Yanagisawa 2007).
 *
 * <p><b>Method.</b> Left agents ("men", residents, capacity 1) propose down their lists tie by tie;
 * right agents ("women", hospitals, any capacity) hold proposals. Gale–Shapley with three local
 * rules. (1) Within his current tie a man proposes first to <em>maidens</em>, women who have never
 * received a proposal, who always accept. (2) A man is <em>uncertain</em> while another maiden is
 * left in the tie of his fiancée; a woman holding an uncertain man (a <em>flighty</em> woman)
 * accepts any proposal and lets him go, since he finds an equally good maiden at once; he keeps her
 * on his list, while every other rejection deletes the woman for the current round. Only a woman's
 * first fiancé can be uncertain (a man proposes to a non-maiden only when his tie has no maiden
 * left, and maidens never come back). (3) A man rejected by his whole list starts it again as a
 * <em>bachelor</em>, and a woman indifferent between a bachelor and a first-round man (a
 * <em>lad</em>) prefers the bachelor; a bachelor rejected by his whole list stays single. Otherwise
 * a woman accepts a proposal when she has room or strictly prefers the proposer to her worst
 * fiancé, who is then rejected. For a hospital of capacity above 1 the rules apply to its fiancés
 * one by one: an uncertain fiancé is let go first, then a worst one, then (for a bachelor) a worst
 * lad.
 *
 * <p><b>Guarantee.</b> Weakly stable (no pair in which both strictly prefer each other; see {@link
 * Stability}), and at least 2/3 of the size of a maximum weakly stable matching (Király 2013,
 * Theorem 3 for SMTI and the extension to HRT); the tests check both against brute force on small
 * instances. <b>Running time</b> O(L) for total list length L with capacities 1 (each man walks his
 * list at most twice, and the maiden scans only move forward); O(L c) with capacities up to c.
 * Deterministic: men propose in id order, ties in list order. <b>Inputs</b>: a {@link
 * StableMarriageInstance} whose left capacities are all 1 (swap the sides for the other way round).
 *
 * <p>Z. Király, Linear time local approximation algorithm for maximum stable marriage,
 * <i>Algorithms</i> 6 (2013) 471–484. For a weakly stable matching without the size guarantee use
 * {@link GaleShapleyStableMatching} (ties broken at random); for strong or super-stability {@link
 * StronglyStableMatching} and {@link SuperStableHospitalsResidents}.
 */
public final class KiralyMaximumStableMatching {

  private static final byte LAD = 0;
  private static final byte BACHELOR = 1;
  private static final byte OLD_BACHELOR = 2;

  private KiralyMaximumStableMatching() {}

  /**
   * A weakly stable matching of at least 2/3 of the maximum size.
   *
   * @throws IllegalArgumentException if some left agent has a capacity above 1
   */
  public static StableMarriageMatching solve(StableMarriageInstance in) {
    for (int l = 0; l < in.leftCount; l++) {
      if (in.leftCap[l] != 1) {
        throw new IllegalArgumentException(
            "király's algorithm needs capacity 1 on the proposing (left) side but left agent "
                + l
                + " has capacity "
                + in.leftCap[l]);
      }
    }
    return new Run(in).run();
  }

  private static final class Run {
    final StableMarriageInstance in;
    final int[] ls;
    final int[] ll;
    final int[] groupEnd;
    final int[] rightRankOfLeftPos; // the rank the woman at left position p gives its man
    final byte[] phase;
    final int[] tieStart;
    final int[] tieEnd;
    final int[] sweep; // next position of the current tie not yet tried in this phase
    final int[] maiden; // next position of the current tie that may hold a maiden
    final byte[] tried; // phase + 1 in which position p was proposed to, 0 if never
    final boolean[] proposedTo; // right agents that received a proposal (maidens are the others)
    final int[] fiancePos; // left position of each man's engagement, or -1
    final int[] slotStart; // each woman's fiancés: slots slotStart[r] .. slotStart[r] + load[r]
    final int[] slots; // left positions
    final int[] slotMan; // the man of each slot
    final int[] load;
    final int[] queue;
    int head;
    int tail;

    Run(StableMarriageInstance in) {
      this.in = in;
      ls = in.leftStart;
      ll = in.leftList;
      int nl = in.leftCount;
      int nr = in.rightCount;
      groupEnd = SuperStableMatching.groupEnds(ls, in.leftRank);
      int[] twin = PreferenceTables.twinOffsets(ls, ll, in.rightStart, in.rightList);
      rightRankOfLeftPos = new int[ll.length];
      for (int p = 0; p < ll.length; p++) {
        rightRankOfLeftPos[p] =
            in.rightRank == null ? twin[p] : in.rightRank[in.rightStart[ll[p]] + twin[p]];
      }
      phase = new byte[nl];
      tieStart = new int[nl];
      tieEnd = new int[nl];
      sweep = new int[nl];
      maiden = new int[nl];
      tried = new byte[ll.length];
      proposedTo = new boolean[nr];
      fiancePos = new int[nl];
      Arrays.fill(fiancePos, -1);
      slotStart = new int[nr + 1];
      for (int r = 0; r < nr; r++) {
        slotStart[r + 1] = slotStart[r] + in.rightCap[r];
      }
      slots = new int[slotStart[nr]];
      slotMan = new int[slotStart[nr]];
      load = new int[nr];
      queue = new int[nl + 1];
      for (int l = 0; l < nl; l++) {
        enterTie(l, ls[l]);
      }
    }

    StableMarriageMatching run() {
      for (int l = 0; l < in.leftCount; l++) {
        push(l);
      }
      while (head != tail) {
        int l = queue[head];
        head = head + 1 == queue.length ? 0 : head + 1;
        propose(l);
      }
      int[] leftMate = new int[in.leftCount];
      for (int l = 0; l < in.leftCount; l++) {
        leftMate[l] = fiancePos[l] < 0 ? -1 : ll[fiancePos[l]];
      }
      return StableMarriageMatching.ofLeftMates(in.rightCount, leftMate);
    }

    private void push(int l) {
      queue[tail] = l;
      tail = tail + 1 == queue.length ? 0 : tail + 1;
    }

    private void enterTie(int l, int start) {
      tieStart[l] = start;
      tieEnd[l] = start < ls[l + 1] ? groupEnd[start] : start;
      sweep[l] = start;
      maiden[l] = start;
    }

    /** Man l proposes until someone accepts him or he gives up. */
    private void propose(int l) {
      while (phase[l] != OLD_BACHELOR) {
        byte mark = (byte) (phase[l] + 1);
        int end = tieEnd[l];
        int p = nextMaiden(l);
        if (p >= end) {
          p = sweep[l];
          while (p < end && tried[p] == mark) {
            p++;
          }
          sweep[l] = p;
        }
        if (p >= end) {
          if (end < ls[l + 1]) {
            enterTie(l, end);
          } else if (phase[l] == LAD) {
            phase[l] = BACHELOR;
            enterTie(l, ls[l]);
          } else {
            phase[l] = OLD_BACHELOR;
          }
          continue;
        }
        tried[p] = mark;
        if (accept(l, p)) {
          return;
        }
      }
    }

    /** The first position at or after l's maiden pointer in his tie that holds a maiden. */
    private int nextMaiden(int l) {
      int p = maiden[l];
      int end = tieEnd[l];
      while (p < end && proposedTo[ll[p]]) {
        p++;
      }
      maiden[l] = p;
      return p;
    }

    /** Whether engaged man l still has a maiden in the tie of his fiancée. */
    private boolean uncertain(int l) {
      return nextMaiden(l) < tieEnd[l];
    }

    /** Woman ll[p] receives man l's proposal; true if she accepts (rejecting someone if full). */
    private boolean accept(int l, int p) {
      int r = ll[p];
      proposedTo[r] = true;
      int base = slotStart[r];
      if (load[r] < in.rightCap[r]) {
        slotMan[base + load[r]] = l;
        slots[base + load[r]++] = p;
        fiancePos[l] = p;
        return true;
      }
      int rank = rightRankOfLeftPos[p];
      int worst = -1;
      int worstRank = -1;
      int worstLad = -1;
      for (int k = base, end = base + load[r]; k < end; k++) {
        int q = slots[k];
        int m = slotMan[k];
        if (uncertain(m)) {
          // A flighty woman lets her uncertain fiancé go without his deleting her: he finds a
          // maiden in the same tie, and may come back if he is rejected there.
          tried[q] = 0;
          replace(k, l, p);
          return true;
        }
        int qr = rightRankOfLeftPos[q];
        if (qr > worstRank) {
          worstRank = qr;
          worst = k;
          worstLad = -1;
        }
        if (qr == worstRank && phase[m] == LAD && worstLad < 0) {
          worstLad = k;
        }
      }
      if (rank < worstRank) {
        replace(worst, l, p);
        return true;
      }
      if (rank == worstRank && phase[l] == BACHELOR && worstLad >= 0) {
        replace(worstLad, l, p);
        return true;
      }
      return false;
    }

    /** The fiancé in slot k is rejected (and proposes again) in favour of man l at position p. */
    private void replace(int k, int l, int p) {
      int m = slotMan[k];
      fiancePos[m] = -1;
      slots[k] = p;
      slotMan[k] = l;
      fiancePos[l] = p;
      push(m);
    }
  }
}
