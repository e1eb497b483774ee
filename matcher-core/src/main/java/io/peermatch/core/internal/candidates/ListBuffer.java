package io.peermatch.core.internal.candidates;

import java.util.Arrays;

/** The candidate lists that one block of searches found, in the order searched. */
final class ListBuffer {

  int[] partner;
  double[] weight;
  int size;
  int[] length = new int[256];
  boolean[] more = new boolean[256];
  int lists;

  /** A buffer for lists of {@code capacity} entries in all (it grows if need be). */
  ListBuffer(int capacity) {
    this.partner = new int[capacity];
    this.weight = new double[capacity];
  }

  /** Appends a list of {@code found} partners, best first; {@code more}: it may go on. */
  void add(int[] partners, double[] weights, int found, boolean more) {
    reserve(found);
    System.arraycopy(partners, 0, partner, size, found);
    System.arraycopy(weights, 0, weight, size, found);
    size += found;
    close(found, more);
  }

  /** Appends the last list of {@code query}. */
  void add(CandidateQuery query, int found, boolean more) {
    reserve(found);
    for (int r = 0; r < found; r++) {
      partner[size + r] = query.listPartner(r);
      weight[size + r] = query.listWeight(r);
    }
    size += found;
    close(found, more);
  }

  private void reserve(int found) {
    if (size + found > partner.length) {
      int grown = Math.max(size + found, partner.length + (partner.length >> 1));
      partner = Arrays.copyOf(partner, grown);
      weight = Arrays.copyOf(weight, grown);
    }
  }

  private void close(int found, boolean goesOn) {
    if (lists == length.length) {
      length = Arrays.copyOf(length, lists * 2);
      more = Arrays.copyOf(more, lists * 2);
    }
    length[lists] = found;
    more[lists] = goesOn;
    lists++;
  }
}
