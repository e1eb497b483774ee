package io.peermatch.core.internal.candidates;

import java.util.ArrayList;
import java.util.List;

/**
 * Every participant's current candidate list in the balanced selection, and how far down it the
 * participant has proposed: the entries {@code [next, end)} of the block of searches that found it
 * (in the first search, or a later one for the people who searched again). The blocks are kept as
 * the searches filled them, so that no list is copied.
 */
final class CandidateLists {

  private final List<ListBuffer> buffers = new ArrayList<>();
  private final int[] buffer;
  private final int[] next;
  private final int[] end;
  private final boolean[] more;

  CandidateLists(int n) {
    this.buffer = new int[n];
    this.next = new int[n];
    this.end = new int[n];
    this.more = new boolean[n];
  }

  /** Stores the lists of {@code who} in order (everyone 0, 1, ... when null), as found. */
  void store(int[] who, ListBuffer[] blocks) {
    int i = 0;
    for (ListBuffer block : blocks) {
      int index = buffers.size();
      buffers.add(block);
      int at = 0;
      for (int l = 0; l < block.lists; l++, i++) {
        int x = who == null ? i : who[i];
        buffer[x] = index;
        next[x] = at;
        at += block.length[l];
        end[x] = at;
        more[x] = block.more[l];
      }
    }
  }

  /** Whether x has proposed to everyone on its list. */
  boolean exhausted(int x) {
    return next[x] == end[x];
  }

  /** Whether another search might find x more partners. */
  boolean more(int x) {
    return more[x];
  }

  /** The partners array of x's list. */
  int[] partners(int x) {
    return buffers.get(buffer[x]).partner;
  }

  /** The weights array of x's list. */
  double[] weights(int x) {
    return buffers.get(buffer[x]).weight;
  }

  /** The position of x's next partner in {@link #partners(int)}. */
  int next(int x) {
    return next[x];
  }

  /** One past the last position of x's list. */
  int end(int x) {
    return end[x];
  }

  /** x has proposed down to {@code position}. */
  void advance(int x, int position) {
    next[x] = position;
  }
}
