package io.peermatch.core.internal.candidates;

/**
 * Partial selection on parallel primitive arrays: moves the {@code keep} best entries (highest
 * score, ties by lower id) to the front, best first. {@code O(count · log keep)} with a bounded
 * heap; reuses its buffers, so one instance per worker allocates nothing in steady state.
 */
final class TopK {

  private int[] heap = new int[64];
  private int[] picked = new int[64];
  private int[] newIds = new int[64];
  private double[] newScore = new double[64];
  private double[] newAux = new double[64];

  /**
   * Reorders the first {@code count} entries of {@code ids}, {@code score} and {@code aux} so that
   * the first {@code keep} are the best, best first.
   */
  void pick(int[] ids, double[] score, double[] aux, int count, int keep) {
    if (keep <= 0) {
      return;
    }
    if (heap.length < keep) {
      int size = Math.max(keep, heap.length * 2);
      heap = new int[size];
      picked = new int[size];
      newIds = new int[size];
      newScore = new double[size];
      newAux = new double[size];
    }
    // heap[0..size) holds positions of the best so far, worst at the root.
    int size = 0;
    for (int i = 0; i < count; i++) {
      if (size < keep) {
        heap[size] = i;
        siftUp(size++, ids, score);
      } else if (better(i, heap[0], ids, score)) {
        heap[0] = i;
        siftDown(size, ids, score);
      }
    }
    int kept = size;
    // Pop worst-first into the tail, so the result is best-first.
    for (int r = kept - 1; r >= 0; r--) {
      picked[r] = heap[0];
      heap[0] = heap[--size];
      siftDown(size, ids, score);
    }
    for (int r = 0; r < kept; r++) {
      newIds[r] = ids[picked[r]];
      newScore[r] = score[picked[r]];
      newAux[r] = aux[picked[r]];
    }
    System.arraycopy(newIds, 0, ids, 0, kept);
    System.arraycopy(newScore, 0, score, 0, kept);
    System.arraycopy(newAux, 0, aux, 0, kept);
  }

  /** A one-off selection with fresh buffers; see {@link #pick}. */
  static void select(int[] ids, double[] score, double[] aux, int count, int keep) {
    new TopK().pick(ids, score, aux, count, keep);
  }

  private static boolean better(int i, int j, int[] ids, double[] score) {
    return score[i] > score[j] || (score[i] == score[j] && ids[i] < ids[j]);
  }

  private void siftUp(int at, int[] ids, double[] score) {
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

  private void siftDown(int size, int[] ids, double[] score) {
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
