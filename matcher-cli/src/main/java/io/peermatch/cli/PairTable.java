package io.peermatch.cli;

import java.util.Arrays;

/**
 * Weighted pairs {@code (u, v)} of non-negative ints, each pair once: adding a pair again keeps the
 * heavier weight. Primitive arrays and open addressing, so memory grows with the distinct pairs
 * only (about 40 bytes each), whatever the number of rows read.
 */
final class PairTable {

  /** The most distinct pairs: the slots, at most half full, must fit in one array. */
  static final int MAX_PAIRS = 1 << 29;

  private int[] us = new int[16];
  private int[] vs = new int[16];
  private double[] ws = new double[16];
  private int size;

  /** Slot → 1 + index of the pair, 0 for empty. Power-of-two length, at most half full. */
  private int[] slots = new int[32];

  /**
   * Adds {@code (u, v)} with weight {@code w}, or keeps the heavier weight if the pair is there.
   *
   * @return false if the pair is new and the table already holds {@link #MAX_PAIRS} pairs
   */
  boolean put(int u, int v, double w) {
    long key = ((long) u << 32) | (v & 0xFFFFFFFFL);
    int mask = slots.length - 1;
    int s = hash(key) & mask;
    while (slots[s] != 0) {
      int i = slots[s] - 1;
      if (us[i] == u && vs[i] == v) {
        if (w > ws[i]) {
          ws[i] = w;
        }
        return true;
      }
      s = (s + 1) & mask;
    }
    if (size >= MAX_PAIRS) {
      return false;
    }
    if (size == us.length) {
      int grown = (int) Math.min(Integer.MAX_VALUE - 8L, size + (size >> 1) + 16L);
      us = Arrays.copyOf(us, grown);
      vs = Arrays.copyOf(vs, grown);
      ws = Arrays.copyOf(ws, grown);
    }
    us[size] = u;
    vs[size] = v;
    ws[size] = w;
    size++;
    slots[s] = size;
    if (2L * size > slots.length) {
      rehash();
    }
    return true;
  }

  private void rehash() {
    int[] grown = new int[slots.length * 2];
    int mask = grown.length - 1;
    for (int i = 0; i < size; i++) {
      int s = hash(((long) us[i] << 32) | (vs[i] & 0xFFFFFFFFL)) & mask;
      while (grown[s] != 0) {
        s = (s + 1) & mask;
      }
      grown[s] = i + 1;
    }
    slots = grown;
  }

  private static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  int size() {
    return size;
  }

  int u(int i) {
    return us[i];
  }

  int v(int i) {
    return vs[i];
  }

  double weight(int i) {
    return ws[i];
  }
}
