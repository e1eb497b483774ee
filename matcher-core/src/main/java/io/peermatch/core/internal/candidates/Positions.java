package io.peermatch.core.internal.candidates;

/**
 * The positions of a parallel scatter: items counted per worker's part ({@code counts[part][key]})
 * are laid out key by key, and within a key part by part, so the result is the same whatever the
 * parts were run by.
 */
final class Positions {

  private Positions() {}

  /**
   * Turns each {@code counts[part][key]} into the first position of that part's items of that key,
   * and returns where each key starts ({@code keys + 1} entries, the last the total).
   */
  static int[] lay(int[][] counts, int keys) {
    int[] start = new int[keys + 1];
    int next = 0;
    for (int key = 0; key < keys; key++) {
      start[key] = next;
      for (int[] c : counts) {
        int k = c[key];
        c[key] = next;
        next += k;
      }
    }
    start[keys] = next;
    return start;
  }
}
