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

  /**
   * Stores the lists of {@code who} in order (everyone 0, 1, ... when null), as found. The lists
   * they replace are dropped: the unread rest of every other list moves into one new block, and the
   * blocks stored before go (see {@link #compact}).
   */
  void store(int[] who, ListBuffer[] blocks) {
    if (who != null) {
      compact();
    }
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

  /**
   * Moves the unread rest of every list into one new block and drops the blocks stored before,
   * keeping each participant's next partner and its flag. Called before the lists of a second
   * search are stored: the searchers' old lists are read to their end, so they move nothing.
   *
   * <p>Why: the blocks are kept as the searches filled them, and a block stays as long as one of
   * its participants still reads it. At a million people the first lists (three times the budget
   * per person, 0.75 GB) stayed to the end of the selection for the sixth of the people who never
   * searched again, and kept the heap near its 4 GiB limit, the collector marking without pause.
   */
  private void compact() {
    int n = next.length;
    long total = 0;
    for (int x = 0; x < n; x++) {
      total += end[x] - next[x];
    }
    ListBuffer rest = new ListBuffer((int) Math.min(Integer.MAX_VALUE - 8, total));
    int at = 0;
    for (int x = 0; x < n; x++) {
      int length = end[x] - next[x];
      if (length > 0) {
        ListBuffer from = buffers.get(buffer[x]);
        System.arraycopy(from.partner, next[x], rest.partner, at, length);
        System.arraycopy(from.weight, next[x], rest.weight, at, length);
      }
      buffer[x] = 0;
      next[x] = at;
      at += length;
      end[x] = at;
    }
    rest.size = at;
    buffers.clear();
    buffers.add(rest);
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
