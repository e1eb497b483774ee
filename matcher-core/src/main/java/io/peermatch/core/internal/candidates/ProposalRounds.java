package io.peermatch.core.internal.candidates;

import java.util.Arrays;

/**
 * The rounds of proposals of the balanced selection ({@link BalancedSelection}): b-suitor in
 * synchronous rounds. In each round every active participant proposes to the next partners on its
 * list that would accept it under the state the last round left ({@link HeldProposals#accepts}),
 * until it has {@code b(x)} proposals out; then every participant that received proposals keeps the
 * best within its budget and lets the others go, and the proposers let go that still have partners
 * to try are the next round's active ones.
 *
 * <p>Both halves run in parallel blocks (proposers by index ranges, answers by receiver ranges)
 * over a frozen state, and a receiver's answer depends only on the set of proposals it holds and
 * receives (every tie is broken by index): the rounds give the same result whatever the number of
 * threads. A proposal is two ints and a double (proposer, receiver, weight); each block groups its
 * proposals by contiguous ranges of receivers, which the answers are split by, {@code O(n +
 * proposals)} per round.
 */
final class ProposalRounds {

  /** Rounds after one search, at most (the last ones move very few people). */
  static final int MAX_ROUNDS = 200;

  private final CandidateGenerator g;
  private final int n;
  private final int[] budget;
  private final HeldProposals held;
  private final CandidateLists lists;

  /** Proposals each participant has out: held, or waiting for an answer. */
  private final int[] out;

  ProposalRounds(CandidateGenerator g, int[] budget, HeldProposals held, CandidateLists lists) {
    this.g = g;
    this.n = g.n;
    this.budget = budget;
    this.held = held;
    this.lists = lists;
    this.out = new int[g.n];
  }

  /** Proposals participant x has out. */
  int out(int x) {
    return out[x];
  }

  /** Rounds until nobody has a proposal left to make, starting with {@code who[0..count)}. */
  void run(int[] who, int count) {
    int[] active = Arrays.copyOf(who, count);
    int ranges = Math.max(1, Math.min(RANGES, n / 4096));
    long toRange = ((long) ranges << 32) / Math.max(1, n);
    for (int round = 0; round < MAX_ROUNDS && active.length > 0; round++) {
      int[] proposers = active;
      Proposals[] blocks =
          g.forEachBlock(
              proposers.length,
              () -> null,
              (none, from, to, stop) -> {
                long most = 0;
                for (int i = from; i < to; i++) {
                  most += budget[proposers[i]] - out[proposers[i]];
                }
                Proposals made = new Proposals((int) Math.min(Integer.MAX_VALUE - 8, most));
                for (int i = from; i < to; i++) {
                  if ((i & 255) == 0 && stop.poll()) {
                    break;
                  }
                  propose(proposers[i], made);
                }
                made.group(ranges, toRange);
                return made;
              },
              Proposals[]::new);
      active = answer(blocks, ranges);
    }
  }

  /** Participant x proposes to the next partners on its list that would accept it now. */
  private void propose(int x, Proposals made) {
    int[] partners = lists.partners(x);
    double[] weights = lists.weights(x);
    int count = out[x];
    int at = lists.next(x);
    int stop = lists.end(x);
    while (count < budget[x] && at < stop) {
      if (held.accepts(partners[at], x, weights[at])) {
        made.add(x, partners[at], weights[at]);
        count++;
      }
      at++;
    }
    lists.advance(x, at);
    out[x] = count;
  }

  /**
   * Every receiver keeps the best proposals within its budget; returns, ascending, the proposers
   * let go that still have partners to try.
   *
   * <p>Each block's proposals come grouped by contiguous ranges of receivers ({@link
   * Proposals#group}), and each range is answered by one worker, reading its part of every block.
   * What a receiver keeps and lets go depends only on the set it receives, not on the order. Why:
   * grouping all proposals by receiver on one thread (a counting sort over sixteen million of them
   * at a million people) was 2.4 s of the candidates' wall time, most of it cache misses; moving
   * them into one array ordered by range, in parallel, still cost 0.9 s of the rounds' 4.7 s at a
   * million people (a pass that writes all over 320 MB), where grouping each block while its
   * proposals are in the cache costs little.
   */
  private int[] answer(Proposals[] blocks, int ranges) {
    Released[] released =
        g.forEachBlock(
            ranges,
            () -> null,
            (none, from, to, stop) -> {
              Released let = new Released();
              for (int r = from; r < to; r++) {
                for (Proposals made : blocks) {
                  int[] proposer = made.proposer;
                  int[] receiver = made.receiver;
                  double[] weight = made.weight;
                  for (int p = made.rangeStart[r], e = made.rangeStart[r + 1]; p < e; p++) {
                    int go = held.offer(receiver[p], proposer[p], weight[p]);
                    if (go >= 0) {
                      let.add(go);
                    }
                  }
                }
              }
              return let;
            },
            Released[]::new,
            1);
    boolean[] again = new boolean[n];
    int againCount = 0;
    for (Released let : released) {
      for (int i = 0; i < let.size; i++) {
        int x = let.who[i];
        out[x]--;
        if (!again[x] && !lists.exhausted(x)) {
          again[x] = true;
          againCount++;
        }
      }
    }
    int[] active = new int[againCount];
    for (int x = 0, a = 0; a < againCount; x++) {
      if (again[x]) {
        active[a++] = x;
      }
    }
    return active;
  }

  /** Ranges of receivers the answers are split into, at most. */
  private static final int RANGES = 64;

  /**
   * The proposals one block made: proposer, receiver and weight (carried along, because reading it
   * from the proposer's list when the receiver answers is a cache miss per proposal), grouped by
   * ranges of receivers once the block is done.
   */
  private static final class Proposals {
    int[] proposer;
    int[] receiver;
    double[] weight;
    int size;

    /** Where each range's proposals start ({@code ranges + 1} entries), once grouped. */
    int[] rangeStart;

    /** Room for {@code most} proposals: what the block's proposers may still make, in all. */
    Proposals(int most) {
      proposer = new int[most];
      receiver = new int[most];
      weight = new double[most];
    }

    void add(int x, int y, double w) {
      proposer[size] = x;
      receiver[size] = y;
      weight[size] = w;
      size++;
    }

    /**
     * Groups the proposals by range of receivers, keeping their order within a range (a counting
     * sort): receiver y is in range {@code (y · toRange) >>> 32}, contiguous ranges of about {@code
     * n / ranges} receivers ({@code toRange} is {@code ⌊ranges · 2³² / n⌋}, so the range of {@code
     * n - 1} is below {@code ranges}).
     */
    void group(int ranges, long toRange) {
      int[] start = new int[ranges + 1];
      for (int i = 0; i < size; i++) {
        start[(int) ((receiver[i] * toRange) >>> 32) + 1]++;
      }
      for (int r = 0; r < ranges; r++) {
        start[r + 1] += start[r];
      }
      int[] at = Arrays.copyOf(start, ranges);
      int[] byProposer = new int[size];
      int[] byReceiver = new int[size];
      double[] byWeight = new double[size];
      for (int i = 0; i < size; i++) {
        int p = at[(int) ((receiver[i] * toRange) >>> 32)]++;
        byProposer[p] = proposer[i];
        byReceiver[p] = receiver[i];
        byWeight[p] = weight[i];
      }
      proposer = byProposer;
      receiver = byReceiver;
      weight = byWeight;
      rangeStart = start;
    }
  }

  /** The proposers one range of receivers let go. */
  private static final class Released {
    int[] who = new int[64];
    int size;

    void add(int x) {
      if (size == who.length) {
        who = Arrays.copyOf(who, size * 2);
      }
      who[size++] = x;
    }
  }
}
