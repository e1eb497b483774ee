package io.peermatch.core.general;

import java.util.Arrays;

/**
 * A binary min-heap of (double key, int item) pairs on parallel arrays. Items may repeat: kernels
 * use it lazily, validating an entry when it reaches the top instead of deleting stale ones.
 */
final class DoubleMinHeap {

  private double[] keys;
  private int[] items;
  private int size;

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
    if (size == keys.length) {
      int grown = size + (size >> 1) + 16;
      keys = Arrays.copyOf(keys, grown);
      items = Arrays.copyOf(items, grown);
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
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
    size--;
    if (size == 0) {
      return;
    }
    double key = keys[size];
    int item = items[size];
    int i = 0;
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      if (right < size && keys[right] < keys[child]) {
        child = right;
      }
      if (key <= keys[child]) {
        break;
      }
      keys[i] = keys[child];
      items[i] = items[child];
      i = child;
    }
    keys[i] = key;
    items[i] = item;
  }
}
