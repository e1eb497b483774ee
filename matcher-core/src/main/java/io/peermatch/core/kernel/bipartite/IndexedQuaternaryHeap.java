package io.peermatch.core.kernel.bipartite;

import java.util.Arrays;

/**
 * An indexed 4-ary min-heap of int items {@code 0 .. capacity-1} keyed by doubles, on primitive
 * arrays, with decrease-key. A 4-ary heap halves the depth of a binary one and keeps a node's
 * children in one cache line, which suits Dijkstra's many decrease-keys.
 *
 * <p>{@link #clear()} costs time proportional to the items still inside, so a search that touches
 * few vertices of a large graph pays only for what it touched.
 */
final class IndexedQuaternaryHeap {

  private final int[] items;
  private final double[] keys;
  private final int[] position;
  private int size;

  IndexedQuaternaryHeap(int capacity) {
    items = new int[capacity];
    keys = new double[capacity];
    position = new int[capacity];
    Arrays.fill(position, -1);
  }

  boolean isEmpty() {
    return size == 0;
  }

  boolean contains(int item) {
    return position[item] >= 0;
  }

  int minItem() {
    return items[0];
  }

  double minKey() {
    return keys[0];
  }

  /** Inserts {@code item} or lowers its key; a higher key is ignored. */
  void insertOrDecrease(int item, double key) {
    int i = position[item];
    if (i < 0) {
      i = size++;
    } else if (key >= keys[i]) {
      return;
    }
    siftUp(i, item, key);
  }

  int removeMin() {
    int min = items[0];
    position[min] = -1;
    int last = --size;
    if (last > 0) {
      siftDown(items[last], keys[last], last);
    }
    return min;
  }

  void clear() {
    for (int i = 0; i < size; i++) {
      position[items[i]] = -1;
    }
    size = 0;
  }

  private void siftUp(int i, int item, double key) {
    while (i > 0) {
      int parent = (i - 1) >>> 2;
      if (keys[parent] <= key) {
        break;
      }
      items[i] = items[parent];
      keys[i] = keys[parent];
      position[items[i]] = i;
      i = parent;
    }
    items[i] = item;
    keys[i] = key;
    position[item] = i;
  }

  private void siftDown(int item, double key, int n) {
    int i = 0;
    while (true) {
      int first = 4 * i + 1;
      if (first >= n) {
        break;
      }
      int best = first;
      double bestKey = keys[first];
      int end = Math.min(first + 4, n);
      for (int c = first + 1; c < end; c++) {
        if (keys[c] < bestKey) {
          best = c;
          bestKey = keys[c];
        }
      }
      if (bestKey >= key) {
        break;
      }
      items[i] = items[best];
      keys[i] = bestKey;
      position[items[i]] = i;
      i = best;
    }
    items[i] = item;
    keys[i] = key;
    position[item] = i;
  }
}
