package io.peermatch.core.internal.util;

import java.util.Arrays;

/**
 * An open-addressing hash set of {@code long} keys (linear probing, power-of-two table): no boxing,
 * for pair keys on hot paths. {@link Long#MIN_VALUE} is reserved as the empty marker. Not
 * thread-safe while being filled; safe to read from many threads afterwards.
 */
public final class LongHashSet {

  private static final long EMPTY = Long.MIN_VALUE;

  private long[] table;
  private int size;

  /** A set sized for about {@code expected} keys. */
  public LongHashSet(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    table = new long[capacity];
    Arrays.fill(table, EMPTY);
  }

  /** Adds {@code key}; returns whether it was absent. */
  public boolean add(long key) {
    if (key == EMPTY) {
      throw new IllegalArgumentException("key " + key + " is reserved");
    }
    if (2 * (size + 1) > table.length) {
      grow();
    }
    int mask = table.length - 1;
    int i = mix(key) & mask;
    while (table[i] != EMPTY) {
      if (table[i] == key) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = key;
    size++;
    return true;
  }

  /** Whether {@code key} is present. */
  public boolean contains(long key) {
    int mask = table.length - 1;
    int i = mix(key) & mask;
    long t;
    while ((t = table[i]) != EMPTY) {
      if (t == key) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  /** The number of keys. */
  public int size() {
    return size;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    Arrays.fill(table, EMPTY);
    size = 0;
    for (long key : old) {
      if (key != EMPTY) {
        add(key);
      }
    }
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
