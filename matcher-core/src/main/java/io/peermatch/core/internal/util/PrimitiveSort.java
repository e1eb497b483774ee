package io.peermatch.core.internal.util;

import io.peermatch.core.kernel.SolveControl;

/** Sorting helpers on primitive arrays, for hot paths that must not box. */
public final class PrimitiveSort {

  private PrimitiveSort() {}

  /**
   * The indices {@code 0 .. values.length-1} ordered by value, highest first; equal values keep
   * index order (the sort is stable). An LSD radix sort over the IEEE bits made order-preserving:
   * {@code O(n)}, eight passes of eight bits at most.
   */
  public static int[] indicesByDescendingValue(double[] values) {
    return indicesByDescendingValue(values, SolveControl.none(), "sort");
  }

  /**
   * As {@link #indicesByDescendingValue(double[])}, checking {@code control} every million keys.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  public static int[] indicesByDescendingValue(
      double[] values, SolveControl control, String phase) {
    int n = values.length;
    long[] keys = new long[n];
    long all = 0;
    long any = -1;
    for (int i = 0; i < n; i++) {
      long bits = Double.doubleToLongBits(values[i] == 0.0 ? 0.0 : values[i]);
      // Order-preserving map of doubles to signed longs, then inverted for descending order and
      // shifted to unsigned so that a byte-wise radix sort works.
      long ordered = bits ^ ((bits >> 63) & Long.MAX_VALUE);
      long key = ~ordered ^ Long.MIN_VALUE;
      keys[i] = key;
      all |= key;
      any &= key;
    }
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    int[] b = new int[n];
    int[] count = new int[256];
    long varying = all ^ any;
    for (int shift = 0; shift < 64; shift += 8) {
      if (((varying >>> shift) & 0xFF) == 0) {
        continue; // every key has the same byte here
      }
      control.check(phase);
      java.util.Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[(int) ((keys[a[i]] >>> shift) & 0xFF)]++;
      }
      int sum = 0;
      for (int d = 0; d < 256; d++) {
        int c = count[d];
        count[d] = sum;
        sum += c;
      }
      for (int i = 0; i < n; i++) {
        if ((i & 0xFFFFF) == 0xFFFFF) {
          control.check(phase);
        }
        int idx = a[i];
        b[count[(int) ((keys[idx] >>> shift) & 0xFF)]++] = idx;
      }
      int[] t = a;
      a = b;
      b = t;
    }
    return a;
  }
}
