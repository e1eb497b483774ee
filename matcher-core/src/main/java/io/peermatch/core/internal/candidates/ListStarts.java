package io.peermatch.core.internal.candidates;

import io.peermatch.core.internal.problem.CompiledScoring;
import io.peermatch.core.internal.problem.SkillMatrix;

/**
 * Where each participant starts reading each of its posting lists in the first search of the
 * balanced selection: assortatively, by strength, so that the readers of a list share its capacity
 * instead of all reading its head.
 *
 * <p>For a list of partners sorted by level and the readers of it sorted by their own level in the
 * same skill (the reverse list: the people who seek a skill read the list of those who offer it),
 * the strongest readers start at the head, and a reader whose stronger rivals want {@code D}
 * candidacies in total starts where the partners above hold about {@code α · D} of them, {@code α =
 * min(1, capacity / demand)} spreading an oversubscribed list over its whole length. With weights
 * that are products of levels this is where the greedy b-matching puts each reader (product weights
 * are supermodular, so the greedy pairs strong with strong); with several skills per person it is
 * an estimate, and the rounds of proposals and the second searches correct it. Starts are aligned
 * to the first entry of a tie block. Every reader still reads its budget of entries from its start,
 * so the cost per search is unchanged; what changes is that popular people are no longer
 * everybody's first proposal.
 *
 * <p>Offsets are relative to the start of the list, one per entry of the skill matrices.
 */
final class ListStarts {

  /** Per offers entry: offset into the other side's seekers of the skill (the x product). */
  private final int[] offersToSeekers;

  /** Per offers entry: offset into the other side's offerers of the skill (the z product). */
  private final int[] offersToOfferers;

  /** Per seeks entry: offset into the other side's offerers of the skill (the y product). */
  private final int[] seeksToOfferers;

  private ListStarts(int offers, int seeks) {
    this.offersToSeekers = new int[offers];
    this.offersToOfferers = new int[offers];
    this.seeksToOfferers = new int[seeks];
  }

  /** The offset of the term {@code kind} ({@code 0} x, {@code 1} y, {@code 2} z) of entry e. */
  int offset(int kind, int entry) {
    return switch (kind) {
      case 0 -> offersToSeekers[entry];
      case 1 -> seeksToOfferers[entry];
      default -> offersToOfferers[entry];
    };
  }

  /**
   * The starts of {@code g}'s problem for readers with the given budgets ({@code demand}: what each
   * participant asks for; {@code receive}: what each holds).
   */
  static ListStarts compute(CandidateGenerator g, int[] demand, int[] receive) {
    return compute(g, g.leftIndex, g.rightIndex, demand, receive);
  }

  /**
   * The starts of {@code g}'s problem for readers with the given budgets in the lists of the given
   * indexes of targets (the same index twice in a pool; {@code g}'s indexes, or those of the people
   * with room in a second search). The readers are everyone, ordered by {@code g}'s indexes; those
   * who ask for nothing do not move the starts.
   */
  static ListStarts compute(
      CandidateGenerator g,
      SkillIndex leftTargets,
      SkillIndex rightTargets,
      int[] demand,
      int[] receive) {
    SkillMatrix offers = g.problem.offers();
    SkillMatrix seeks = g.problem.seeks();
    ListStarts starts = new ListStarts(offers.entries(), seeks.entries());
    double[] share = shares(g, offers, seeks, demand);
    int skills = g.problem.skillCount();
    // Skills in parallel: a skill's walks write only the offsets of that skill's entries, so the
    // result is the same whatever the number of threads. Blocks of one skill, because a few
    // popular skills hold most of the entries.
    g.forEachBlock(
        skills,
        () -> null,
        (none, from, to, stop) -> {
          for (int s = from; s < to && !stop.poll(); s++) {
            walkSkill(g, leftTargets, rightTargets, s, offers, seeks, share, receive, starts);
          }
          return Boolean.TRUE;
        },
        Boolean[]::new,
        1);
    return starts;
  }

  /** The three walks of skill {@code s}: of each side's readers in a two-sided problem. */
  private static void walkSkill(
      CandidateGenerator g,
      SkillIndex leftTargets,
      SkillIndex rightTargets,
      int s,
      SkillMatrix offers,
      SkillMatrix seeks,
      double[] share,
      int[] receive,
      ListStarts starts) {
    for (int side = 0; side < (g.pool ? 1 : 2); side++) {
      SkillIndex own = side == 0 ? g.leftIndex : g.rightIndex;
      SkillIndex other = g.pool ? leftTargets : side == 0 ? rightTargets : leftTargets;
      walk(own, false, other, true, s, offers, share, receive, starts.offersToSeekers);
      walk(own, true, other, false, s, seeks, share, receive, starts.seeksToOfferers);
      walk(own, false, other, false, s, offers, share, receive, starts.offersToOfferers);
    }
  }

  /**
   * What each participant asks of each list it reads: its budget split evenly over its terms (the
   * lists its search reads, as {@link CandidateQuery} chooses them).
   */
  private static double[] shares(
      CandidateGenerator g, SkillMatrix offers, SkillMatrix seeks, int[] demand) {
    CompiledScoring scoring = g.scoring;
    double[] share = new double[g.n];
    for (int q = 0; q < g.n; q++) {
      boolean qLeft = g.pool || q < g.left;
      boolean either = scoring.c1() != 0 || scoring.c2() != 0;
      boolean needX = g.pool ? either : (qLeft ? scoring.c1() : scoring.c2()) != 0;
      boolean needY = g.pool ? either : (qLeft ? scoring.c2() : scoring.c1()) != 0;
      boolean needZ = scoring.c3() != 0;
      int offered = offers.end(q) - offers.start(q);
      int sought = seeks.end(q) - seeks.start(q);
      int terms = (needX ? offered : 0) + (needZ ? offered : 0) + (needY ? sought : 0);
      share[q] = terms == 0 ? 0.0 : (double) demand[q] / terms;
    }
    return share;
  }

  /**
   * One skill: the readers in {@code own}'s list (seekers if {@code readerSeeks}, else offerers)
   * start in {@code other}'s list (seekers if {@code targetSeeks}, else offerers) where their
   * stronger rivals' demand is met.
   */
  private static void walk(
      SkillIndex own,
      boolean readerSeeks,
      SkillIndex other,
      boolean targetSeeks,
      int s,
      SkillMatrix readerMatrix,
      double[] share,
      int[] receive,
      int[] offsets) {
    int[] readerStart = readerSeeks ? own.seekStart : own.offerStart;
    long[] readers = readerSeeks ? own.seekEntry : own.offerEntry;
    int[] targetStart = targetSeeks ? other.seekStart : other.offerStart;
    long[] targets = targetSeeks ? other.seekEntry : other.offerEntry;
    int[] targetBlockEnd = targetSeeks ? other.seekBlockEnd : other.offerBlockEnd;
    int rFrom = readerStart[s];
    int rTo = readerStart[s + 1];
    int tFrom = targetStart[s];
    int tTo = targetStart[s + 1];
    if (rFrom == rTo || tFrom == tTo) {
      return;
    }
    double demand = 0;
    for (int r = rFrom; r < rTo; r++) {
      demand += share[SkillIndex.member(readers[r])];
    }
    double capacity = 0;
    for (int t = tFrom; t < tTo; t++) {
      capacity += receive[SkillIndex.member(targets[t])];
    }
    double alpha = demand > capacity ? capacity / demand : 1.0;
    double asked = 0;
    // The first entry of the block that holds the partner where the capacity runs out.
    int block = tFrom;
    int at = tFrom;
    double held = receive[SkillIndex.member(targets[tFrom])];
    for (int r = rFrom; r < rTo; r++) {
      double wanted = alpha * asked;
      while (held <= wanted && at + 1 < tTo) {
        at++;
        held += receive[SkillIndex.member(targets[at])];
        if (at >= targetBlockEnd[block]) {
          block = at;
        }
      }
      int x = SkillIndex.member(readers[r]);
      if (share[x] > 0) {
        // Readers who ask for nothing do not search: only their rivals' starts need their demand.
        offsets[entryOf(readerMatrix, x, s)] = block - tFrom;
        asked += share[x];
      }
    }
  }

  /** The entry of skill {@code s} in row {@code x} (rows are sorted by skill). */
  private static int entryOf(SkillMatrix matrix, int x, int s) {
    int lo = matrix.start(x);
    int hi = matrix.end(x) - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int k = matrix.skill(mid);
      if (k < s) {
        lo = mid + 1;
      } else if (k > s) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    throw new IllegalStateException("skill " + s + " not in row " + x);
  }
}
