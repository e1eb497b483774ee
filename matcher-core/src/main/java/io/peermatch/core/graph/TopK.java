package io.peermatch.core.graph;

/**
 * Partial selection on parallel primitive arrays: moves the {@code keep} best entries (highest
 * score, ties by lower id) to the front, in order. {@code O(count · log keep)} with a bounded heap;
 * no boxing.
 */
final class TopK {

  private TopK() {}

  /**
   * Reorders the first {@code count} entries of {@code ids}, {@code score} and {@code aux} so that
   * the first {@code keep} are the best, best first.
   */
  static void select(int[] ids, double[] score, double[] aux, int count, int keep) {
    if (keep <= 0) {
      return;
    }
    // heap[0..size) holds positions of the best so far, worst at the root.
    int[] heap = new int[keep];
    int size = 0;
    for (int i = 0; i < count; i++) {
      if (size < keep) {
        heap[size] = i;
        siftUp(heap, size++, ids, score);
      } else if (better(i, heap[0], ids, score)) {
        heap[0] = i;
        siftDown(heap, size, ids, score);
      }
    }
    // Pop worst-first into the tail of the result, so the result is best-first.
    int[] picked = new int[size];
    for (int r = size - 1; r >= 0; r--) {
      picked[r] = heap[0];
      heap[0] = heap[--size];
      siftDown(heap, size, ids, score);
    }
    int kept = picked.length;
    int[] newIds = new int[kept];
    double[] newScore = new double[kept];
    double[] newAux = new double[kept];
    for (int r = 0; r < kept; r++) {
      newIds[r] = ids[picked[r]];
      newScore[r] = score[picked[r]];
      newAux[r] = aux[picked[r]];
    }
    System.arraycopy(newIds, 0, ids, 0, kept);
    System.arraycopy(newScore, 0, score, 0, kept);
    System.arraycopy(newAux, 0, aux, 0, kept);
  }

  private static boolean better(int i, int j, int[] ids, double[] score) {
    return score[i] > score[j] || (score[i] == score[j] && ids[i] < ids[j]);
  }

  private static void siftUp(int[] heap, int at, int[] ids, double[] score) {
    int x = heap[at];
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      if (!better(heap[parent], x, ids, score)) {
        break;
      }
      heap[at] = heap[parent];
      at = parent;
    }
    heap[at] = x;
  }

  private static void siftDown(int[] heap, int size, int[] ids, double[] score) {
    if (size == 0) {
      return;
    }
    int at = 0;
    int x = heap[0];
    while (true) {
      int child = 2 * at + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && better(heap[child], heap[child + 1], ids, score)) {
        child++;
      }
      if (!better(x, heap[child], ids, score)) {
        break;
      }
      heap[at] = heap[child];
      at = child;
    }
    heap[at] = x;
  }
}
