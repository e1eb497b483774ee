package io.peermatch.core.internal.candidates;

import java.util.Arrays;

/**
 * Partial selection on parallel primitive arrays: moves the {@code keep} best entries (highest
 * score, ties by lower id) to the front, best first, and leaves the others behind them in some
 * order.
 *
 * <p>Hoare's selection (quickselect, with a median-of-three pivot) splits off the best {@code keep}
 * in expected {@code O(count)}, and a quicksort orders them in {@code O(keep · log keep)}. Measured
 * on the candidate searches (a few hundred to a few thousand touched partners, keep 48) it takes
 * about a third of the time of the bounded heap it replaced, whose unpredictable branches cost more
 * than its comparisons. The order is total (ids are distinct), so the result does not depend on the
 * order of the input. Allocates nothing.
 */
final class TopK {

  /** Ranges this small are sorted by insertion. */
  private static final int INSERTION = 16;

  /** The bits of {@code f} as an int that orders like the float (negative values too). */
  static int sortable(float f) {
    int bits = Float.floatToIntBits(f);
    return bits >= 0 ? bits : bits ^ 0x7FFFFFFF;
  }

  /**
   * Reorders the first {@code count} entries so that the first {@code keep} are the best, sorted.
   */
  static void select(int[] ids, double[] score, double[] aux, int count, int keep) {
    if (keep <= 0 || count <= 0) {
      return;
    }
    int k = Math.min(keep, count);
    if (k < count) {
      selectFront(ids, score, aux, count, k);
    }
    sort(ids, score, aux, 0, k - 1);
  }

  /** Moves the best {@code k} of the first {@code count} entries into {@code [0, k)}. */
  private static void selectFront(int[] ids, double[] score, double[] aux, int count, int k) {
    int lo = 0;
    int hi = count - 1;
    while (hi - lo > INSERTION) {
      int p = partition(ids, score, aux, lo, hi);
      if (p == k - 1 || p == k) {
        return;
      }
      if (p < k) {
        lo = p + 1;
      } else {
        hi = p - 1;
      }
    }
    sort(ids, score, aux, lo, hi);
  }

  /** Sorts {@code [lo, hi]} best first. */
  private static void sort(int[] ids, double[] score, double[] aux, int lo, int hi) {
    while (hi - lo > INSERTION) {
      int p = partition(ids, score, aux, lo, hi);
      // Recurse into the smaller side, loop on the larger: stack depth O(log n).
      if (p - lo < hi - p) {
        sort(ids, score, aux, lo, p - 1);
        lo = p + 1;
      } else {
        sort(ids, score, aux, p + 1, hi);
        hi = p - 1;
      }
    }
    insertionSort(ids, score, aux, lo, hi);
  }

  /** Sorts {@code [lo, hi]} best first by insertion: {@code O(n + inversions)}. */
  private static void insertionSort(int[] ids, double[] score, double[] aux, int lo, int hi) {
    for (int i = lo + 1; i <= hi; i++) {
      int id = ids[i];
      double s = score[i];
      double a = aux[i];
      int j = i - 1;
      while (j >= lo && better(id, s, ids[j], score[j])) {
        ids[j + 1] = ids[j];
        score[j + 1] = score[j];
        aux[j + 1] = aux[j];
        j--;
      }
      ids[j + 1] = id;
      score[j + 1] = s;
      aux[j + 1] = a;
    }
  }

  /**
   * Partitions {@code [lo, hi]} around a median-of-three pivot: better entries before it, worse
   * after. Returns the pivot's final position.
   */
  private static int partition(int[] ids, double[] score, double[] aux, int lo, int hi) {
    int mid = (lo + hi) >>> 1;
    // Order lo, mid, hi so that the median lands at mid, then park it at hi.
    if (better(ids[mid], score[mid], ids[lo], score[lo])) {
      swap(ids, score, aux, mid, lo);
    }
    if (better(ids[hi], score[hi], ids[lo], score[lo])) {
      swap(ids, score, aux, hi, lo);
    }
    if (better(ids[hi], score[hi], ids[mid], score[mid])) {
      swap(ids, score, aux, hi, mid);
    }
    swap(ids, score, aux, mid, hi);
    int pivotId = ids[hi];
    double pivotScore = score[hi];
    int store = lo;
    for (int i = lo; i < hi; i++) {
      if (better(ids[i], score[i], pivotId, pivotScore)) {
        swap(ids, score, aux, i, store);
        store++;
      }
    }
    swap(ids, score, aux, store, hi);
    return store;
  }

  private static boolean better(int idA, double a, int idB, double b) {
    return a > b || (a == b && idA < idB);
  }

  private static void swap(int[] ids, double[] score, double[] aux, int i, int j) {
    int id = ids[i];
    ids[i] = ids[j];
    ids[j] = id;
    double s = score[i];
    score[i] = score[j];
    score[j] = s;
    double a = aux[i];
    aux[i] = aux[j];
    aux[j] = a;
  }

  /** Keys sampled for the pivot of {@link #selectLargest}: the size of its scratch array. */
  static final int SAMPLE = 64;

  /**
   * Moves the {@code keep} largest of the first {@code count} keys (distinct) to the front, in no
   * particular order, using {@code sample} ({@link #SAMPLE} longs) as scratch space.
   *
   * <p>When few of many are kept (a shortlist of 48 out of a thousand partners read), a pivot is
   * taken from a sample of the keys so that about one and a half times {@code keep} lie above it,
   * one branch-free pass moves those to the front, and the quickselect runs on them alone. Why: the
   * quickselect's first partitions over all the keys go either way at random, so nearly every
   * comparison was a mispredicted branch; at a million people the selection was a quarter of the
   * shortlist's time. The result is the same set (the keys are distinct).
   */
  static void selectLargest(long[] keys, int count, int keep, long[] sample) {
    if (keep <= 0 || keep >= count) {
      return;
    }
    if (count >= 4 * SAMPLE && keep <= count / 4) {
      int stride = count / SAMPLE;
      for (int i = 0; i < SAMPLE; i++) {
        sample[i] = keys[i * stride];
      }
      Arrays.sort(sample, 0, SAMPLE);
      // The sample's r-th largest: about (r + 1) · count / SAMPLE keys lie at or above it.
      int r = (int) Math.min(SAMPLE - 1, (3L * keep * SAMPLE) / (2L * count) + 2);
      long pivot = sample[SAMPLE - 1 - r];
      int store = 0;
      for (int i = 0; i < count; i++) {
        long key = keys[i];
        keys[i] = keys[store];
        keys[store] = key;
        store += key >= pivot ? 1 : 0;
      }
      if (store >= keep) {
        quickselect(keys, store, keep);
        return;
      }
      // Too few above the pivot (an unlucky sample): select over all of them.
    }
    quickselect(keys, count, keep);
  }

  /** The quickselect of {@link #selectLargest}: Lomuto partitions around a median of three. */
  private static void quickselect(long[] keys, int count, int keep) {
    if (keep <= 0 || keep >= count) {
      return;
    }
    int lo = 0;
    int hi = count - 1;
    while (hi > lo) {
      int mid = (lo + hi) >>> 1;
      // Median of three as the pivot, parked at hi.
      if (keys[mid] > keys[lo]) {
        swap(keys, mid, lo);
      }
      if (keys[hi] > keys[lo]) {
        swap(keys, hi, lo);
      }
      if (keys[hi] > keys[mid]) {
        swap(keys, hi, mid);
      }
      swap(keys, mid, hi);
      long pivot = keys[hi];
      int store = lo;
      for (int i = lo; i < hi; i++) {
        if (keys[i] > pivot) {
          swap(keys, i, store);
          store++;
        }
      }
      swap(keys, store, hi);
      if (store == keep - 1 || store == keep) {
        return;
      }
      if (store < keep) {
        lo = store + 1;
      } else {
        hi = store - 1;
      }
    }
  }

  private static void swap(long[] keys, int i, int j) {
    long t = keys[i];
    keys[i] = keys[j];
    keys[j] = t;
  }
}
