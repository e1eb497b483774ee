package io.peermatch.core.internal.candidates;

import io.peermatch.core.graph.CandidateGraphBuilder;
import io.peermatch.core.kernel.SolveControl;
import java.util.Arrays;

/**
 * The balanced candidate selection: a candidate graph in which nobody holds more than {@code b(x) =
 * K · capacity(x)} candidacies, chosen heaviest first as in a greedy b-matching, so that the people
 * everyone wants cannot take every candidacy and the people who could take a partner are somebody's
 * candidate.
 *
 * <p><b>Why.</b> Each person's own top K concentrates on the same popular partners as the
 * organisation grows: at a million people the top-K graph reached a third of the mentors' capacity,
 * and two thirds of the mentees could not be matched although everyone could have been. A
 * degree-bounded graph is Jebara, Wang and Chang's answer to the hubs of nearest-neighbour graphs;
 * here the bound is the b-matching of b-suitor (Khan et al.), on lists found by the skill index.
 *
 * <p><b>Algorithm.</b>
 *
 * <ol>
 *   <li><i>Lists.</i> Everyone searches twice ({@link CandidateQuery}): from the head of its
 *       posting lists (its own best partners) and from an assortative start ({@link ListStarts}:
 *       where the people stronger than it in a skill have used up the capacity of that skill's
 *       partners), reading a short window there. The two results, rescored exactly, make its list
 *       of up to {@code 3 b(x)} partners, best first.
 *   <li><i>Proposals.</i> In synchronous rounds everyone with fewer than {@code b(x)} proposals out
 *       proposes to the next partners on its list who would accept it now; everyone holds the best
 *       {@code b(y)} proposals received (ties by index) and lets the others go, who propose again
 *       in the next round ({@link ProposalRounds}).
 *   <li><i>Second searches.</i> People whose list ran out with proposals left to make search again,
 *       in an index of only the people who still have room (the first one, filtered), leaving out
 *       those who hold them already; then more rounds, up to {@link #MAX_SEARCHES} times. A search
 *       reads from the head of the lists (the best partners with room) for at most {@code min(n,
 *       10⁵)} people in all (measured: beyond that they cost more than they bring, see below), the
 *       scarce side of a two-sided problem first (the side whose total capacity is smaller: its
 *       people decide how many pairs can form), then those with the fewest proposals out for their
 *       budget. Everyone else reads a window of {@link #WINDOW} entries per list at assortative
 *       starts recomputed over the people with room ({@link ListStarts}: what they can still hold
 *       against what the searchers still want), a short read that reaches partners who can take
 *       them. Measured on one pool of a million people (seed 1): with head searches only (for
 *       316,228 people) {@code suitor} paired 87.1 % of the people, with the windows 99.9 %; on
 *       100,000 mentoring people, windows instead of head searches lost 0.8 % of {@code
 *       max-weight}'s relevance, which is why the head comes first while the allowance lasts.
 * </ol>
 *
 * The candidate graph is the set of held proposals: every participant has at most {@code 2 b(x)}
 * candidates (the proposals it holds and those it made).
 *
 * <p><b>Guarantee.</b> With exact searches and the rounds run to the end, every allowed pair of
 * positive weight that is not a candidate has an end with a full budget: either end made {@code
 * b(x)} proposals that are held, or holds {@code b(y)} proposals. Nobody who could still take a
 * candidate is left without one while a partner with room would have them. The posting budget of
 * large organisations makes the searches approximate, and the guarantee then holds for the partners
 * they see. The result depends only on the input, never on the number of threads: each round reads
 * a frozen state, and every tie is broken by index.
 *
 * <p><b>Cost.</b> Two searches per person (the second reads a short window) plus the second
 * searches, each costing at most the posting budget; {@code O(n + proposals · log b)} per round.
 * Memory: the lists ({@code 3 b(x)} entries of 12 bytes per person) and the held proposals ({@code
 * b(x)} entries of 12 bytes).
 *
 * <p>A. Khan, A. Pothen, M. M. A. Patwary, N. R. Satish, N. Sundaram, F. Manne, M. Halappanavar and
 * P. Dubey, "Efficient approximation algorithms for weighted b-matching", SIAM Journal on
 * Scientific Computing 38(5), 2016, pp. S593–S619. T. Jebara, J. Wang and S.-F. Chang, "Graph
 * construction and b-matching for semi-supervised learning", ICML 2009.
 */
final class BalancedSelection {

  /** Searches after the first, at most. */
  static final int MAX_SEARCHES = 8;

  /** Entries the assortative search reads per list. */
  static final int WINDOW = 32;

  /** How many partners per unit of budget each list keeps from the head search. */
  static final int HEAD_KEEP = 1;

  /**
   * How many from the assortative window: twice as many, because those are the partners who can
   * take a participant when its own best are taken (measured: a tight posting budget leaves 1.4 %
   * fewer pairs with one than with two; at 100,000 people the relevance is the same).
   */
  static final int WINDOW_KEEP = 2;

  /**
   * Second searches from the head of the lists, at most: {@code n · min(1, SECOND_SEARCH_SCALE /
   * n)} in all; the others read windows.
   */
  static final double SECOND_SEARCH_SCALE = 1e5;

  private final CandidateGenerator g;
  private final int maxSearches;
  private final double allowanceScale;
  private final int n;
  private final int[] budget;
  private final HeldProposals held;
  private final CandidateLists lists;
  private final ProposalRounds rounds;

  /** Whether the left side's total budget is the smaller one (a two-sided problem). */
  private final boolean leftScarce;

  private BalancedSelection(CandidateGenerator generator, int maxSearches, double allowance) {
    this.g = generator;
    this.maxSearches = maxSearches;
    this.allowanceScale = allowance;
    this.n = generator.n;
    this.budget = budgets(generator);
    long leftBudget = 0;
    long rightBudget = 0;
    for (int x = 0; x < n; x++) {
      if (x < generator.left) {
        leftBudget += budget[x];
      } else {
        rightBudget += budget[x];
      }
    }
    this.leftScarce = leftBudget <= rightBudget;
    this.held = new HeldProposals(budget);
    this.lists = new CandidateLists(n);
    this.rounds = new ProposalRounds(generator, budget, held, lists);
  }

  /** Selects the candidate pairs of {@code generator}'s problem into {@code builder}. */
  static void select(CandidateGenerator generator, CandidateGraphBuilder builder) {
    select(generator, builder, MAX_SEARCHES, SECOND_SEARCH_SCALE);
  }

  /**
   * The selection with at most {@code maxSearches} second searches, from the head of the lists for
   * at most {@code n · min(1, allowance / n)} people in all (tests run it to the end with large
   * values, or with windows alone with {@code 0}).
   */
  static void select(
      CandidateGenerator generator,
      CandidateGraphBuilder builder,
      int maxSearches,
      double allowance) {
    BalancedSelection s = new BalancedSelection(generator, maxSearches, allowance);
    s.run();
    s.emit(builder);
  }

  /** {@code K · capacity}, at most the number of possible partners. */
  static int[] budgets(CandidateGenerator g) {
    int[] capacity = g.problem.capacities();
    int[] budget = new int[g.n];
    for (int x = 0; x < g.n; x++) {
      long partners = g.pool ? g.n - 1 : (x < g.left ? g.n - g.left : g.left);
      budget[x] = (int) Math.min(partners, (long) g.k * capacity[x]);
    }
    return budget;
  }

  private void run() {
    int[] everyone = new int[n];
    for (int x = 0; x < n; x++) {
      everyone[x] = x;
    }
    g.stage(0.0, 0.05);
    ListStarts starts = ListStarts.compute(g, budget, budget);
    g.stage(0.05, 0.65);
    firstLists(starts);
    g.stage(0.65, 0.75);
    rounds.run(everyone, n);
    long allowance = (long) Math.ceil(n * Math.min(1.0, allowanceScale / n));
    for (int s = 1; s <= maxSearches; s++) {
      int[] needy = new int[n];
      int count = 0;
      for (int x = 0; x < n; x++) {
        if (rounds.out(x) < budget[x] && lists.exhausted(x) && lists.more(x)) {
          needy[count++] = x;
        }
      }
      if (count == 0) {
        return;
      }
      boolean[] fromHead = new boolean[n];
      int heads = (int) Math.min(count, allowance);
      if (heads == count) {
        for (int i = 0; i < count; i++) {
          fromHead[needy[i]] = true;
        }
      } else {
        neediest(needy, count, heads, fromHead);
        count = windowReaders(needy, count, fromHead);
        if (count == 0) {
          return;
        }
      }
      allowance -= heads;
      double from = 0.75 + 0.2 * (s - 1) / maxSearches;
      double to = 0.75 + 0.2 * s / maxSearches;
      secondLists(needy, count, fromHead, heads > 0, heads < count, from, (from + to) / 2);
      g.stage((from + to) / 2, to);
      rounds.run(needy, count);
    }
  }

  /** Everyone's first list: the head search and the assortative window, merged. */
  private void firstLists(ListStarts starts) {
    ListBuffer[] blocks =
        g.forEachBlock(
            n,
            () -> new FirstSearch(g, starts),
            (search, from, to, stop) -> {
              ListBuffer out =
                  new ListBuffer(listSpace(null, from, to, budget, HEAD_KEEP + WINDOW_KEEP));
              for (int x = from; x < to; x++) {
                if ((x & 31) == 0 && stop.poll()) {
                  break;
                }
                search.run(x, budget[x], out);
              }
              return out;
            },
            ListBuffer[]::new);
    lists.store(null, blocks);
  }

  /**
   * Second lists of the {@code count} participants in {@code who} (ascending): a search of the
   * people with room, leaving out those who hold their proposals; from the head of the lists for
   * those marked {@code fromHead} (if {@code heads}), else (if {@code windows}) from the
   * assortative starts of the people with room. Progress is reported in {@code [progressFrom,
   * progressTo]} of the phase.
   */
  private void secondLists(
      int[] who,
      int count,
      boolean[] fromHead,
      boolean heads,
      boolean windows,
      double progressFrom,
      double progressTo) {
    // The starts report progress in the first tenth of the slice, the searches in the rest.
    double split = progressFrom + (progressTo - progressFrom) / 10;
    g.stage(progressFrom, split);
    boolean[] open = new boolean[n];
    for (int y = 0; y < n; y++) {
      open[y] = !held.full(y);
    }
    g.checkStop(0);
    SolveControl quiet = g.quietControl();
    SkillIndex left = g.leftIndex.restrictedTo(open, g.threads(), quiet, CandidateGenerator.PHASE);
    g.checkStop(0);
    SkillIndex right =
        g.pool
            ? left
            : g.rightIndex.restrictedTo(open, g.threads(), quiet, CandidateGenerator.PHASE);
    g.checkStop(0);
    Holders holders = holders(who, count);
    int[] missing = new int[n];
    for (int i = 0; i < count; i++) {
      missing[who[i]] = budget[who[i]] - rounds.out(who[i]);
    }
    ListStarts starts = windows ? ListStarts.compute(g, left, right, missing, room()) : null;
    g.stage(split, progressTo);
    ListBuffer[] blocks =
        g.forEachBlock(
            count,
            () -> new SecondSearch(g, left, right, heads, starts),
            (search, from, to, stop) -> {
              ListBuffer out = new ListBuffer(listSpace(who, from, to, missing, 2));
              for (int i = from; i < to; i++) {
                if ((i & 31) == 0 && stop.poll()) {
                  break;
                }
                int x = who[i];
                CandidateQuery query = fromHead[x] ? search.head : search.window;
                for (int h = holders.start()[i]; h < holders.start()[i + 1]; h++) {
                  query.exclude(holders.ids()[h]);
                }
                int found = query.list(x, missing[x], 2 * missing[x]);
                // Another search is worth it only if this one found someone and may have missed
                // others (the next reads a smaller index).
                out.add(query, found, found > 0 && !query.exhaustive());
              }
              return out;
            },
            ListBuffer[]::new);
    lists.store(Arrays.copyOf(who, count), blocks);
  }

  /**
   * Keeps, of {@code who[0..count)}, those marked to search from the head and those who read a
   * window: people of the scarce side (everyone in a pool) with fewer than {@code b(x) − ⌊b(x)/4⌋}
   * proposals out. A window search is for reaching partners who can take someone: the last quarter
   * of a budget adds choice, not reach (measured on one pool of a million people: windows for
   * everyone short of their whole budget paired 99.97 % of the people at 2.6 times the searches of
   * those short of half, 99.1 %), and the plentiful side of a two-sided problem cannot form more
   * pairs than the scarce side's capacity (at a million mentoring people, windows for both sides
   * took candidate generation from 45 s to 65 s and the heap to its 4 GiB limit). Returns how many
   * are kept, in ascending order.
   *
   * <p>Measured and not taken: windows only for those with few candidates (proposals out plus held
   * below {@code b(x)}, or fewer than {@code b(x)/4} out). On the million-person pool it made 1.47
   * million window searches instead of 2.29 million and took {@code suitor} from 93.8 s to 78.6 s
   * end to end (99.68 % paired, 2.4 % less weight), and mentoring {@code max-weight} from 59.2 s to
   * 54.4 s (still 100 %); but the sparser graphs cost the strategies that do not optimise the fill:
   * {@code greedy} paired 89.1 % of the pool (95.0 % with the rule above), {@code stable-roommates}
   * 85.7 % (90.0 %), and the stable mentoring strategies 94.64 % (96.55 %).
   */
  private int windowReaders(int[] who, int count, boolean[] fromHead) {
    int kept = 0;
    for (int i = 0; i < count; i++) {
      int x = who[i];
      boolean scarce = g.pool || (x < g.left) == leftScarce;
      if (fromHead[x] || (scarce && rounds.out(x) < budget[x] - budget[x] / 4)) {
        who[kept++] = x;
      }
    }
    return kept;
  }

  /** What each participant can still hold: the rest of its budget (nothing once it is full). */
  private int[] room() {
    int[] room = new int[n];
    for (int y = 0; y < n; y++) {
      room[y] = budget[y] - held.held(y);
    }
    return room;
  }

  /**
   * Entries of the lists of {@code who[from..to)} (or of {@code from..to-1}), at most: {@code
   * times} their wanted partners each.
   */
  private static int listSpace(int[] who, int from, int to, int[] wanted, int times) {
    long space = 0;
    for (int i = from; i < to; i++) {
      space += (long) times * wanted[who == null ? i : who[i]];
    }
    return (int) Math.min(Integer.MAX_VALUE - 8, space);
  }

  /**
   * Marks the {@code keep} participants of {@code who[0..count)} who search from the head of the
   * lists: the scarce side of a two-sided problem first, then the fewest proposals out for their
   * budget, then the lower index.
   */
  private void neediest(int[] who, int count, int keep, boolean[] mark) {
    if (keep == 0) {
      return; // the allowance is spent: nobody to choose, no order needed
    }
    long[] key = new long[count];
    for (int i = 0; i < count; i++) {
      int x = who[i];
      long used = ((long) rounds.out(x) << 20) / Math.max(1, budget[x]);
      long side = g.pool || (x < g.left) == leftScarce ? 0 : 1L << 21;
      key[i] = ((side + used) << 32) | x;
    }
    Arrays.sort(key);
    for (int i = 0; i < keep; i++) {
      mark[(int) key[i]] = true;
    }
  }

  /** Who holds each searcher's proposals: those of searcher i are {@code ids[start[i] ..]}. */
  private record Holders(int[] start, int[] ids) {}

  /**
   * For each of the {@code count} participants in {@code who}, the participants that hold its
   * proposals (a search must not find them again), ascending: those of {@code who[i]} are {@code
   * ids[start[i]] .. ids[start[i + 1] - 1]}.
   *
   * <p>Two passes over every held proposal, each over contiguous ranges of holders in parallel (one
   * range per thread): the first counts per searcher and range, the second writes each range's
   * holders after those of the ranges before it, so the lists are the same whatever the number of
   * threads. Why: on one thread, the passes over the sixteen million proposals of a million people
   * took 1.7 s of the candidates' wall time.
   */
  private Holders holders(int[] who, int count) {
    int[] slot = new int[n];
    Arrays.fill(slot, -1);
    for (int i = 0; i < count; i++) {
      slot[who[i]] = i;
    }
    int size = (int) ((n + (long) g.threads() - 1) / g.threads());
    // Pass 1: per range of holders, the proposals it holds from each searcher.
    int[][] counts =
        g.forEachBlock(
            n,
            () -> null,
            (none, from, to, stop) -> {
              int[] c = new int[count];
              for (int y = from; y < to; y++) {
                if ((y & 4095) == 0 && stop.poll()) {
                  break;
                }
                for (int at = held.start(y), e = at + held.held(y); at < e; at++) {
                  int i = slot[held.proposer(at)];
                  if (i >= 0) {
                    c[i]++;
                  }
                }
              }
              return c;
            },
            int[][]::new,
            size);
    // Each range's first position for each searcher: searchers in order, ranges in order.
    int[] start = Positions.lay(counts, count);
    int[] ids = new int[start[count]];
    g.forEachBlock(
        n,
        () -> null,
        (none, from, to, stop) -> {
          int[] at = counts[from / size];
          for (int y = from; y < to; y++) {
            if ((y & 4095) == 0 && stop.poll()) {
              break;
            }
            for (int s = held.start(y), e = s + held.held(y); s < e; s++) {
              int i = slot[held.proposer(s)];
              if (i >= 0) {
                ids[at[i]++] = y;
              }
            }
          }
          return null;
        },
        Object[]::new,
        size);
    return new Holders(start, ids);
  }

  /**
   * Every held proposal becomes a candidate pair, handed to the builder in the order of its edges
   * (by smaller end, then larger; the left end first in a two-sided problem), grouped here with a
   * counting sort by the smaller end and an insertion sort of each group's few partners. Why: the
   * builder sorts what comes out of order, and the proposals come grouped by who holds them, which
   * made it sort fourteen million edges at a million people, three passes of random reads on one
   * thread.
   */
  private void emit(CandidateGraphBuilder builder) {
    int[] first = new int[n + 1];
    for (int y = 0; y < n; y++) {
      for (int s = held.start(y), e = s + held.held(y); s < e; s++) {
        first[Math.min(held.proposer(s), y) + 1]++;
      }
    }
    for (int a = 0; a < n; a++) {
      first[a + 1] += first[a];
    }
    int[] other = new int[first[n]];
    double[] weight = new double[first[n]];
    int[] fill = Arrays.copyOf(first, n);
    for (int y = 0; y < n; y++) {
      for (int s = held.start(y), e = s + held.held(y); s < e; s++) {
        int x = held.proposer(s);
        int at = fill[Math.min(x, y)]++;
        other[at] = Math.max(x, y);
        weight[at] = held.slotWeight(s);
      }
    }
    builder.expectEdges(first[n]);
    boolean soft = g.rules.hasSoftPreferences();
    for (int a = 0; a < n; a++) {
      int from = first[a];
      int to = first[a + 1];
      for (int i = from + 1; i < to; i++) {
        int b = other[i];
        double w = weight[i];
        int j = i - 1;
        for (; j >= from && other[j] > b; j--) {
          other[j + 1] = other[j];
          weight[j + 1] = weight[j];
        }
        other[j + 1] = b;
        weight[j + 1] = w;
      }
      for (int i = from; i < to; i++) {
        int b = other[i];
        // In a two-sided problem the smaller end is the left one (left indices come first).
        builder.addEdge(a, b, weight[i], soft ? g.scoring.relevance(a, b) : weight[i]);
      }
    }
  }

  /**
   * One worker's second searches: one query from the head of the lists of the people with room
   * ({@code null} if nobody searches from the head), one from their assortative starts, reading a
   * window ({@code null} if nobody reads windows).
   */
  private static final class SecondSearch {
    private final CandidateQuery head;
    private final CandidateQuery window;

    SecondSearch(
        CandidateGenerator g, SkillIndex left, SkillIndex right, boolean heads, ListStarts starts) {
      this.head = heads ? new CandidateQuery(g, left, right, null) : null;
      this.window = starts == null ? null : new CandidateQuery(g, left, right, starts);
      if (window != null) {
        window.depthLimit = WINDOW;
      }
    }
  }

  /**
   * One worker's first search: the head search and the assortative window of one participant,
   * merged into one list without repeats, best first.
   */
  private static final class FirstSearch {
    private final CandidateQuery head;
    private final CandidateQuery window;
    private int[] partner = new int[64];
    private double[] weight = new double[64];

    FirstSearch(CandidateGenerator g, ListStarts starts) {
      this.head = new CandidateQuery(g);
      this.window = new CandidateQuery(g, g.leftIndex, g.rightIndex, starts);
      this.window.depthLimit = WINDOW;
    }

    void run(int x, int b, ListBuffer out) {
      if (b == 0) {
        out.add(partner, weight, 0, false);
        return;
      }
      int most = (HEAD_KEEP + WINDOW_KEEP) * b;
      if (partner.length < most) {
        partner = new int[most];
        weight = new double[most];
      }
      // Short lists: a longer head list only sends people down a line of the same popular
      // partners, while a second search of the people with room finds them someone who can take
      // them.
      int found = head.list(x, b, HEAD_KEEP * b);
      int extra = window.list(x, b, WINDOW_KEEP * b);
      // Merge the two lists (each best first); a partner in both has the same weight in both.
      int size = 0;
      int i = 0;
      int j = 0;
      while (i < found || j < extra) {
        boolean fromHead =
            j == extra
                || (i < found
                    && (head.listWeight(i) > window.listWeight(j)
                        || (head.listWeight(i) == window.listWeight(j)
                            && head.listPartner(i) <= window.listPartner(j))));
        int y = fromHead ? head.listPartner(i) : window.listPartner(j);
        double w = fromHead ? head.listWeight(i++) : window.listWeight(j++);
        if (!contains(y, w, size)) {
          partner[size] = y;
          weight[size++] = w;
        }
      }
      boolean more = !head.exhaustive() || !window.exhaustive();
      out.add(partner, weight, size, more);
    }

    /**
     * Whether {@code y} is already among the merged partners of weight {@code w} (the last ones).
     */
    private boolean contains(int y, double w, int size) {
      for (int k = size - 1; k >= 0 && weight[k] == w; k--) {
        if (partner[k] == y) {
          return true;
        }
      }
      return false;
    }
  }
}
