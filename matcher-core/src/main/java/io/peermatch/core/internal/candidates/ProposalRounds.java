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
 * threads. A proposal is two ints and a double (proposer, receiver, weight); answers are split by
 * contiguous ranges of receivers (a count and a scatter, in parallel), {@code O(n + proposals)} per
 * round.
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
    for (int round = 0; round < MAX_ROUNDS && active.length > 0; round++) {
      int[] proposers = active;
      Proposals[] blocks =
          g.forEachBlock(
              proposers.length,
              () -> null,
              (none, from, to, stop) -> {
                Proposals made = new Proposals();
                for (int i = from; i < to; i++) {
                  if ((i & 255) == 0 && stop.poll()) {
                    break;
                  }
                  propose(proposers[i], made);
                }
                return made;
              },
              Proposals[]::new);
      active = answer(blocks);
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
   * <p>The proposals are first moved, block by block in parallel, into contiguous ranges of
   * receivers (a count, then a scatter to positions fixed by the counts), and each range is then
   * answered by one worker. Within a range the proposals stay in block order, not grouped by
   * receiver: what a receiver keeps and lets go depends only on the set it receives. Why: grouping
   * all proposals by receiver on one thread (a counting sort over sixteen million of them at a
   * million people) was 2.4 s of the candidates' wall time, most of it cache misses.
   */
  private int[] answer(Proposals[] blocks) {
    long sum = 0;
    for (Proposals b : blocks) {
      sum += b.size;
    }
    int total = (int) sum;
    int ranges = Math.max(1, Math.min(RANGES, total / 4096));
    // Per block, the proposals to each range of receivers.
    int[][] counts = new int[blocks.length][];
    g.forEachBlock(
        blocks.length,
        () -> null,
        (none, from, to, stop) -> {
          for (int b = from; b < to; b++) {
            int[] c = new int[ranges];
            Proposals made = blocks[b];
            for (int i = 0; i < made.size; i++) {
              c[range(made.receiver[i], ranges)]++;
            }
            counts[b] = c;
          }
          return null;
        },
        Object[]::new,
        1);
    // Range-major positions: range r holds the proposals of block 0, then block 1, ...
    int[] rangeStart = Positions.lay(counts, ranges);
    int[] proposer = new int[total];
    int[] receiver = new int[total];
    double[] weight = new double[total];
    g.forEachBlock(
        blocks.length,
        () -> null,
        (none, from, to, stop) -> {
          for (int b = from; b < to; b++) {
            int[] at = counts[b];
            Proposals made = blocks[b];
            for (int i = 0; i < made.size; i++) {
              int p = at[range(made.receiver[i], ranges)]++;
              proposer[p] = made.proposer[i];
              receiver[p] = made.receiver[i];
              weight[p] = made.weight[i];
            }
            blocks[b] = null; // read once: let the collector take it
          }
          return null;
        },
        Object[]::new,
        1);
    Released[] released =
        g.forEachBlock(
            ranges,
            () -> null,
            (none, from, to, stop) -> {
              Released let = new Released();
              for (int r = from; r < to; r++) {
                for (int p = rangeStart[r]; p < rangeStart[r + 1]; p++) {
                  int go = held.offer(receiver[p], proposer[p], weight[p]);
                  if (go >= 0) {
                    let.add(go);
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

  /** The range of receiver {@code y}: contiguous ranges of about {@code n / ranges} receivers. */
  private int range(int y, int ranges) {
    return (int) ((long) y * ranges / n);
  }

  /**
   * The proposals one block made: proposer, receiver and weight (carried along, because reading it
   * from the proposer's list when the receiver answers is a cache miss per proposal).
   */
  private static final class Proposals {
    int[] proposer = new int[256];
    int[] receiver = new int[256];
    double[] weight = new double[256];
    int size;

    void add(int x, int y, double w) {
      if (size == proposer.length) {
        proposer = Arrays.copyOf(proposer, size * 2);
        receiver = Arrays.copyOf(receiver, size * 2);
        weight = Arrays.copyOf(weight, size * 2);
      }
      proposer[size] = x;
      receiver[size] = y;
      weight[size] = w;
      size++;
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
