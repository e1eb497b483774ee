package io.peermatch.core.kernel.general;

import java.util.Arrays;

/**
 * A 4-ary min-heap of (double key, int item) pairs on parallel arrays (four children share a cache
 * line of keys, and the tree is half as deep as a binary one). Items may repeat: kernels use it
 * lazily, validating an entry when it reaches the top instead of deleting stale ones.
 */
final class DoubleMinHeap {

  private double[] keys;
  private int[] items;
  private int size;
  // Counters for measurement only (see BlossomMaximumWeightMatching#profile); increments are
  // invisible next to a sift.
  long pushes;
  long pops;

  DoubleMinHeap(int capacity) {
    keys = new double[Math.max(16, capacity)];
    items = new int[keys.length];
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  void clear() {
    size = 0;
  }

  double minKey() {
    return keys[0];
  }

  int minItem() {
    return items[0];
  }

  void push(double key, int item) {
    pushes++;
    if (size == keys.length) {
      int grown = size + (size >> 1) + 16;
      keys = Arrays.copyOf(keys, grown);
      items = Arrays.copyOf(items, grown);
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 2;
      if (keys[parent] <= key) {
        break;
      }
      keys[i] = keys[parent];
      items[i] = items[parent];
      i = parent;
    }
    keys[i] = key;
    items[i] = item;
  }

  /** Removes the minimum entry; read it first with {@link #minKey()} and {@link #minItem()}. */
  void pop() {
    pops++;
    size--;
    if (size == 0) {
      return;
    }
    double key = keys[size];
    int item = items[size];
    int i = 0;
    while (true) {
      int first = 4 * i + 1;
      if (first >= size) {
        break;
      }
      int last = Math.min(first + 4, size);
      int child = first;
      double min = keys[first];
      for (int c = first + 1; c < last; c++) {
        if (keys[c] < min) {
          min = keys[c];
          child = c;
        }
      }
      if (key <= min) {
        break;
      }
      keys[i] = min;
      items[i] = items[child];
      i = child;
    }
    keys[i] = key;
    items[i] = item;
  }
}
