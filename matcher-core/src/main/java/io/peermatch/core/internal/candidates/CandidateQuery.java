package io.peermatch.core.internal.candidates;

import io.peermatch.core.internal.problem.CompiledRules;
import io.peermatch.core.internal.problem.CompiledScoring;
import io.peermatch.core.internal.problem.SkillMatrix;
import java.util.Arrays;

/**
 * One worker's search for the candidates of one participant at a time, with its own scratch space
 * (so workers never share mutable state).
 *
 * <p>With {@code q} as one end and {@code c} as the other, three accumulators hold the inner
 * products that every built-in scoring combines: {@code x = offers(q)·seeks(c)}, {@code y =
 * seeks(q)·offers(c)} and {@code z = offers(q)·offers(c)}. Each of q's skills is a <em>term</em>
 * that reads one impact-ordered posting list. Reading stops at a depth that grows fourfold, from
 * {@code max(64, 4k)} entries per list up to the posting budget, until no unread partner can beat
 * the current K-th best: the next unread level of each list bounds what every partner not yet seen
 * can score (Fagin's threshold algorithm, applied to whole blocks). In exact mode every list is
 * read to the end and every touched pair is kept.
 */
final class CandidateQuery {

  private static final int X = 0;
  private static final int Y = 1;
  private static final int Z = 2;

  private final CandidateGenerator g;
  private final CompiledScoring scoring;
  private final CompiledRules rules;
  private final SkillIndex leftIndex;
  private final SkillIndex rightIndex;

  /**
   * The partners the next {@link #list} must leave out ({@link #exclude}): a few (those holding the
   * searcher's proposals), marked in their slots once touched ({@link #excludedSlot}), so that the
   * checks read the query's own small arrays instead of an array over every participant, which cost
   * a cache miss per partner touched.
   */
  private int[] excludedIds = new int[16];

  private int excludedCount;

  /** Where each term starts reading, or null to read every list from its head. */
  private final ListStarts starts;

  /** The most entries a search reads in each list, or 0 for the budget alone. */
  int depthLimit;

  /**
   * The shortlist is this many times {@code k}: the partners ranked best by their partial sums that
   * are rescored exactly.
   */
  private static final int SHORTLIST_FACTOR = 3;

  /**
   * The slot of each partner the current query has touched: an open-addressing table (linear
   * probing) of {@code (partner + 1) << 32 | slot}, sized to the touched partners, so that the
   * lookup for every list entry stays in the cache. An array indexed by partner is one cache miss
   * per entry at a million people; this table halves the cost of a search there.
   */
  private long[] table = new long[4096];

  /** Where each slot's partner sits in {@link #table}, so that a new query clears only those. */
  private int[] tablePos = new int[1024];

  private int query;

  // Partners touched by the current query, by slot: dense, so ranking them reads memory in order.
  private int[] touched = new int[1024];
  private double[][] acc = new double[3][1024];

  // Per touched partner: whether it has been rescored exactly in this query, and the results.
  private boolean[] exact = new boolean[1024];

  /** Per touched partner: whether the current query leaves it out ({@link #exclude}). */
  private boolean[] excludedSlot = new boolean[1024];

  // Per touched partner: the terms whose lists it has been read in (bit t for term t < 64), and
  // the number of the query whose last shortlist took it.
  private long[] seen = new long[1024];
  private int[] inShortlist = new int[1024];
  private double[] exactWeight = new double[1024];
  private double[] exactRelevance = new double[1024];
  private int touchedCount;

  // Terms of the current query.
  private int termCount;
  private int[] termKind = new int[16];
  private double[] termLevel = new double[16];
  private int[] termPos = new int[16];
  private int[] termStart = new int[16];
  private int[] termEnd = new int[16];
  private long[][] termEntries = new long[16][];
  private int[][] termBlockEnds = new int[16][];
  private int[] termBlockStart = new int[16];
  private int[] termBlockEnd = new int[16];
  private int[] termRotation = new int[16];

  // Shortlist buffers.
  private int[] ids = new int[1024];
  private double[] score = new double[1024];
  private double[] relevance = new double[1024];

  /**
   * The query's offered and sought levels by skill id, for {@link #exactRelevance}; filled for the
   * current query only (zero elsewhere), or null for a scoring that is not linear.
   */
  private final double[] queryOffers;

  private final double[] querySeeks;

  /** The participant whose levels fill {@link #queryOffers} and {@link #querySeeks}, or -1. */
  private int denseFor = -1;

  CandidateQuery(CandidateGenerator generator) {
    this(generator, generator.leftIndex, generator.rightIndex, null);
  }

  /**
   * A query over the given indexes (of the left and right sides; the same index twice in a pool),
   * reading each list from its head, or from {@code starts} when given.
   */
  CandidateQuery(
      CandidateGenerator generator,
      SkillIndex leftIndex,
      SkillIndex rightIndex,
      ListStarts starts) {
    this.g = generator;
    this.scoring = generator.scoring;
    this.rules = generator.rules;
    this.leftIndex = leftIndex;
    this.rightIndex = rightIndex;
    this.starts = starts;
    this.growing =
        !scoring.isLinear() || (scoring.c1() >= 0 && scoring.c2() >= 0 && scoring.c3() >= 0);
    int skills = scoring.isLinear() ? generator.problem.skillCount() : 0;
    this.queryOffers = scoring.isLinear() ? new double[skills] : null;
    this.querySeeks = scoring.isLinear() ? new double[skills] : null;
  }

  /** The top-K search of {@link CandidateGenerator}: q's {@code k} best partners go to out. */
  void run(int q, EdgeBuffer out) {
    if (g.exact) {
      begin(q);
      scan(Integer.MAX_VALUE);
      emitAll(q, g.pool || q < g.left, out);
    } else {
      ordered = g.k;
      search(q, g.k);
      emitShortlist(q, g.pool || q < g.left, g.k, out);
    }
  }

  /**
   * Leaves {@code c} out of the next {@link #list} (a partner that already holds the querying
   * participant's proposal). Call before the query it applies to.
   */
  void exclude(int c) {
    if (excludedCount == excludedIds.length) {
      excludedIds = Arrays.copyOf(excludedIds, 2 * excludedCount);
    }
    excludedIds[excludedCount++] = c;
  }

  /** Marks the slots of the excluded partners touched so far. */
  private void markExcluded() {
    int mask = table.length - 1;
    for (int i = 0; i < excludedCount; i++) {
      long key = (long) (excludedIds[i] + 1) << 32;
      long e;
      for (int h = hash(excludedIds[i]) & mask; (e = table[h]) != 0; h = (h + 1) & mask) {
        if ((e & 0xFFFFFFFF00000000L) == key) {
          excludedSlot[(int) e] = true;
          break;
        }
      }
    }
  }

  /**
   * Searches q's best {@code k} partners and keeps up to {@code keep} of the exactly rescored ones,
   * best first: read them with {@link #listPartner} and {@link #listWeight}, and {@link
   * #exhaustive} tells whether q has no other acceptable partner.
   *
   * @return how many were kept
   */
  int list(int q, int k, int keep) {
    if (k <= 0) {
      exhaustive = false;
      excludedCount = 0;
      return 0;
    }
    ordered = Math.max(k, keep);
    search(q, k);
    excludedCount = 0;
    int count = 0;
    int limit = Math.min(shortlistSize, keep);
    for (int r = 0; r < limit; r++) {
      double weight = score[r];
      if (weight != Double.NEGATIVE_INFINITY && (relevance[r] > 0 || weight > 0)) {
        ids[count] = ids[r];
        score[count] = weight;
        count++;
      }
    }
    exhaustive =
        limit == shortlistSize
            && unseenBound(qLeft(q)) == NONE
            && outsideBound(q, qLeft(q)) == NONE;
    return count;
  }

  /**
   * Whether the last {@link #list} saw every partner q could have: all its lists read to the end,
   * and every partner touched ranked and kept or refused.
   */
  boolean exhaustive() {
    return exhaustive;
  }

  private boolean exhaustive;

  private static final double NONE = Double.NEGATIVE_INFINITY;

  private boolean qLeft(int q) {
    return g.pool || q < g.left;
  }

  /** Partner {@code r} of the last {@link #list}. */
  int listPartner(int r) {
    return ids[r];
  }

  /** The weight of partner {@code r} of the last {@link #list}. */
  double listWeight(int r) {
    return score[r];
  }

  private void begin(int q) {
    query++;
    for (int slot = 0; slot < touchedCount; slot++) {
      table[tablePos[slot]] = 0;
    }
    touchedCount = 0;
    partialFloor = Double.NEGATIVE_INFINITY;
    collectTerms(q, g.pool || q < g.left);
  }

  /**
   * The threshold search: reads q's lists deeper until no unread partner can beat the k-th best or
   * the budget is spent, leaving the rescored shortlist in {@code ids}, {@code score} and {@code
   * relevance}. Returns whether the threshold, not the budget, ended it.
   */
  private boolean search(int q, int k) {
    begin(q);
    boolean qLeft = g.pool || q < g.left;
    // The budget bounds the entries this query reads over all its lists, so the work per
    // participant stays bounded however long the lists of a huge organisation grow.
    // Each direction of the score (x, y, z) read gets its own budget: a pool query reads both
    // what q can teach and what q can learn, and would otherwise see half as deep.
    long budget = (long) g.postingLimit * directions();
    int maxDepth = (int) Math.max(1, Math.min(Integer.MAX_VALUE, budget / Math.max(1, termCount)));
    if (depthLimit > 0) {
      maxDepth = Math.min(maxDepth, depthLimit);
    }
    int initial = Math.max(64, 4 * k);
    // A small budget is read in one go: a second round would rank the same partners twice.
    int depth = maxDepth <= 4 * initial ? maxDepth : initial;
    int factor = SHORTLIST_FACTOR;
    scan(depth);
    while (true) {
      double theta = shortlist(q, qLeft, k, factor);
      double unseen = unseenBound(qLeft);
      // Done when neither an unread partner nor one read but not rescored can beat the k-th best
      // (Fagin's threshold and NRA bounds).
      if (unseen <= theta && outsideBound(q, qLeft) <= theta) {
        return true;
      }
      if (depth < maxDepth) {
        depth = (int) Math.min(maxDepth, 4L * depth);
        scan(depth);
      } else if (unseen == NONE && (shortlistSize < rankedCount || floored)) {
        // Every list is read, so every partial sum is complete, and a partner outside the
        // shortlist still may beat the k-th best: rescore more of them.
        factor *= 2;
        // A longer shortlist reaches below the last one's worst partial sum: no floor.
        partialFloor = Double.NEGATIVE_INFINITY;
      } else {
        return false;
      }
    }
  }

  /**
   * The most a partner read but left out of the last shortlist could weigh: its partial products
   * plus, for every list it has not been seen in yet, that list's next unread level (the bound of
   * Fagin's NRA: what it could still gain from the lists it may still appear in), scored, plus the
   * largest soft bonus. Minus infinity when the shortlist took every partner read.
   */
  private double outsideBound(int q, boolean qLeft) {
    double[] rest = this.rest;
    for (int t = 0; t < termCount; t++) {
      rest[t] =
          termPos[t] < termEnd[t]
              ? termLevel[t] * SkillIndex.levelAtMost(termEntries[t][termPos[t]])
              : 0.0;
    }
    double best = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < touchedCount; i++) {
      int c = touched[i];
      if (inShortlist[i] == shortlistStamp || c == q || excludedSlot[i]) {
        continue;
      }
      if (exact[i]) {
        // Rescored in an earlier pass: its weight is known.
        best = Math.max(best, exactWeight[i] - g.maxSoftBonus);
        continue;
      }
      double x = acc[X][i];
      double y = acc[Y][i];
      double z = acc[Z][i];
      long mask = seen[i];
      for (int t = 0; t < termCount; t++) {
        if (t >= 64 || (mask & (1L << t)) == 0) {
          switch (termKind[t]) {
            case X -> x += rest[t];
            case Y -> y += rest[t];
            default -> z += rest[t];
          }
        }
      }
      double t1 = qLeft ? x : y;
      double t2 = qLeft ? y : x;
      best = Math.max(best, scoring.relevanceFromProducts(qLeft ? q : c, qLeft ? c : q, t1, t2, z));
    }
    // Partial sums add float-rounded levels: a relative slack keeps the bound above the truth.
    return best == Double.NEGATIVE_INFINITY
        ? best
        : best + Math.abs(best) * 1e-6 + 1e-12 + g.maxSoftBonus;
  }

  private double[] rest = new double[16];

  /** The number of the last shortlist: {@code inShortlist[slot]} equals it for its partners. */
  private int shortlistStamp;

  private void collectTerms(int q, boolean qLeft) {
    SkillIndex index = g.pool ? leftIndex : (qLeft ? rightIndex : leftIndex);
    // x feeds t1 when q is on the left (a = q) and t2 when q is on the right; y the other way. A
    // pool takes the better direction, so it needs both whenever either coefficient is set.
    boolean either = scoring.c1() != 0 || scoring.c2() != 0;
    boolean needX = g.pool ? either : (qLeft ? scoring.c1() : scoring.c2()) != 0;
    boolean needY = g.pool ? either : (qLeft ? scoring.c2() : scoring.c1()) != 0;
    boolean needZ = scoring.c3() != 0;
    SkillMatrix offers = g.problem.offers();
    SkillMatrix seeks = g.problem.seeks();
    termCount = 0;
    for (int e = offers.start(q); e < offers.end(q); e++) {
      int s = offers.skill(e);
      if (needX) {
        addTerm(
            X,
            offers.level(e),
            index.seekStart[s] + offset(X, e),
            index.seekStart[s + 1],
            index.seekEntry,
            index.seekBlockEnd,
            q);
      }
      if (needZ) {
        addTerm(
            Z,
            offers.level(e),
            index.offerStart[s] + offset(Z, e),
            index.offerStart[s + 1],
            index.offerEntry,
            index.offerBlockEnd,
            q);
      }
    }
    if (needY) {
      for (int e = seeks.start(q); e < seeks.end(q); e++) {
        int s = seeks.skill(e);
        addTerm(
            Y,
            seeks.level(e),
            index.offerStart[s] + offset(Y, e),
            index.offerStart[s + 1],
            index.offerEntry,
            index.offerBlockEnd,
            q);
      }
    }
  }

  /** Where the term of this kind for skill-matrix entry e starts reading, past its list's head. */
  private int offset(int kind, int entry) {
    return starts == null ? 0 : starts.offset(kind, entry);
  }

  private void addTerm(
      int kind, double level, int start, int end, long[] entries, int[] blockEnds, int q) {
    if (start == end) {
      return;
    }
    if (termCount == termKind.length) {
      int grown = termCount * 2;
      termKind = Arrays.copyOf(termKind, grown);
      termLevel = Arrays.copyOf(termLevel, grown);
      termPos = Arrays.copyOf(termPos, grown);
      termStart = Arrays.copyOf(termStart, grown);
      termEnd = Arrays.copyOf(termEnd, grown);
      termEntries = Arrays.copyOf(termEntries, grown);
      termBlockEnds = Arrays.copyOf(termBlockEnds, grown);
      termBlockStart = Arrays.copyOf(termBlockStart, grown);
      termBlockEnd = Arrays.copyOf(termBlockEnd, grown);
      termRotation = Arrays.copyOf(termRotation, grown);
      rest = Arrays.copyOf(rest, grown);
    }
    int t = termCount++;
    termKind[t] = kind;
    termLevel[t] = level;
    termPos[t] = start;
    termStart[t] = start;
    termEnd[t] = end;
    termEntries[t] = entries;
    termBlockEnds[t] = blockEnds;
    termBlockStart[t] = start;
    termBlockEnd[t] = start;
    // A fixed pseudo-random offset per (participant, list): within a tie block that the query
    // will not read to its end, each participant reads a different window, so that equally good
    // partners share the candidacies instead of the lowest ids taking them all.
    long h = (q * 0x9E3779B97F4A7C15L + start) * 0xBF58476D1CE4E5B9L;
    termRotation[t] = (int) ((h ^ (h >>> 31)) >>> 33);
  }

  /** How many of the three products this query reads lists for. */
  private int directions() {
    int used = 0;
    for (int t = 0; t < termCount; t++) {
      used |= 1 << termKind[t];
    }
    return Math.max(1, Integer.bitCount(used));
  }

  /**
   * Loads where every term will read next, for all terms before any is read (as {@link #warmRows}
   * does for the rescoring): the end of the tie block the next entry opens, then the entry the
   * rotation of that block reads first. Each term starts in another list, at a place of its own
   * (the rotation, the assortative starts), so each start is a wait for main memory, and the scan
   * of one term is too long for the processor to run ahead into the next.
   */
  private void warmTerms() {
    long sum = 0;
    for (int t = 0; t < termCount; t++) {
      int r = termPos[t];
      if (r < termEnd[t] && r >= termBlockEnd[t]) {
        sum += termBlockEnds[t][r];
      }
    }
    for (int t = 0; t < termCount; t++) {
      int r = termPos[t];
      if (r < termEnd[t]) {
        int p =
            r < termBlockEnd[t]
                ? rotated(r, termBlockStart[t], termBlockEnd[t], termRotation[t])
                : rotated(r, r, termBlockEnds[t][r], termRotation[t]);
        sum += termEntries[t][p];
      }
    }
    warmSum += sum;
  }

  /** Where entry {@code r} of the tie block {@code [start, end)} lies after the rotation. */
  private static int rotated(int r, int start, int end, int rotation) {
    int length = end - start;
    return length == 1 ? r : start + (int) ((r - start + (long) (rotation % length)) % length);
  }

  /** Reads every term's list down to {@code depth} entries from its head. */
  private void scan(int depth) {
    warmTerms();
    for (int t = 0; t < termCount; t++) {
      int end = (int) Math.min(termEnd[t], (long) termStart[t] + depth);
      long[] entries = termEntries[t];
      int[] blockEnds = termBlockEnds[t];
      int blockStart = termBlockStart[t];
      int blockEnd = termBlockEnd[t];
      int rotation = termRotation[t];
      int kind = termKind[t];
      double[] a = acc[kind];
      double level = termLevel[t];
      long bit = t < 64 ? 1L << t : 0L;
      // Entry r of the list in level order is read through a rotation of its tie block: the same
      // entries in a block read to its end, a participant's own window of one it stops inside.
      // p follows r through the rotated block (one division per block, not per entry).
      int r = termPos[t];
      int p = r < blockEnd ? rotated(r, blockStart, blockEnd, rotation) : r;
      for (; r < end; r++, p++) {
        if (r >= blockEnd) {
          blockStart = r;
          blockEnd = blockEnds[r];
          p = rotated(r, blockStart, blockEnd, rotation);
        } else if (p == blockEnd) {
          p = blockStart;
        }
        long entry = entries[p];
        int c = SkillIndex.member(entry);
        int mask = table.length - 1;
        int h = hash(c) & mask;
        long key = (long) (c + 1) << 32;
        long e;
        while ((e = table[h]) != 0 && (e & 0xFFFFFFFF00000000L) != key) {
          h = (h + 1) & mask;
        }
        int slot;
        if (e == 0) {
          slot = touchedCount++;
          if (slot == touched.length) {
            grow();
            a = acc[kind];
          }
          table[h] = key | slot;
          tablePos[slot] = h;
          touched[slot] = c;
          exact[slot] = false;
          excludedSlot[slot] = false;
          seen[slot] = 0;
          acc[X][slot] = 0;
          acc[Y][slot] = 0;
          acc[Z][slot] = 0;
          if (2 * touchedCount > table.length) {
            rehash();
          }
        } else {
          slot = (int) e;
        }
        a[slot] += level * SkillIndex.level(entry);
        seen[slot] |= bit;
      }
      termPos[t] = Math.max(termPos[t], end);
      termBlockStart[t] = blockStart;
      termBlockEnd[t] = blockEnd;
    }
    markExcluded();
  }

  private static int hash(int c) {
    return (c * 0x9E3779B9) >>> 7;
  }

  /** Doubles the table, keeping every touched partner's slot. */
  private void rehash() {
    long[] bigger = new long[table.length * 2];
    int mask = bigger.length - 1;
    for (int slot = 0; slot < touchedCount; slot++) {
      int h = hash(touched[slot]) & mask;
      while (bigger[h] != 0) {
        h = (h + 1) & mask;
      }
      bigger[h] = ((long) (touched[slot] + 1) << 32) | slot;
      tablePos[slot] = h;
    }
    table = bigger;
  }

  private void grow() {
    int size = touched.length * 2;
    touched = Arrays.copyOf(touched, size);
    tablePos = Arrays.copyOf(tablePos, size);
    exact = Arrays.copyOf(exact, size);
    excludedSlot = Arrays.copyOf(excludedSlot, size);
    seen = Arrays.copyOf(seen, size);
    inShortlist = Arrays.copyOf(inShortlist, size);
    exactWeight = Arrays.copyOf(exactWeight, size);
    exactRelevance = Arrays.copyOf(exactRelevance, size);
    for (int kind = 0; kind < 3; kind++) {
      acc[kind] = Arrays.copyOf(acc[kind], size);
    }
  }

  /**
   * The most that a partner not yet touched could weigh: its products are bounded by the next
   * unread level of each list.
   */
  private double unseenBound(boolean qLeft) {
    double[] bound = this.bound;
    bound[X] = 0;
    bound[Y] = 0;
    bound[Z] = 0;
    boolean unread = false;
    for (int t = 0; t < termCount; t++) {
      if (termPos[t] < termEnd[t]) {
        bound[termKind[t]] += termLevel[t] * SkillIndex.levelAtMost(termEntries[t][termPos[t]]);
        unread = true;
      }
    }
    if (!unread) {
      return Double.NEGATIVE_INFINITY;
    }
    double t1 = qLeft ? bound[X] : bound[Y];
    double t2 = qLeft ? bound[Y] : bound[X];
    double forward = positive(scoring.c1()) * t1 + positive(scoring.c2()) * t2;
    double backward = positive(scoring.c1()) * t2 + positive(scoring.c2()) * t1;
    double best = g.pool ? Math.max(forward, backward) : forward;
    return best + positive(scoring.c3()) * bound[Z] + g.maxSoftBonus;
  }

  private final double[] bound = new double[3];

  private static double positive(double c) {
    return Math.max(0.0, c);
  }

  /**
   * Ranks the touched partners by their partial sums, rescores the best {@code 3k} exactly (with
   * hard rules and soft terms) and orders them by exact weight. Returns the k-th best exact weight,
   * or minus infinity when fewer than k are allowed.
   */
  private double shortlist(int q, boolean qLeft, int k, int factor) {
    double theta = shortlist(q, qLeft, k, factor, false);
    if (theta == Double.NEGATIVE_INFINITY && shortlistSize < rankedCount) {
      // Hard rules emptied the shortlist while more partners wait: rank again, this time leaving
      // out the partners the rules forbid (rare, so the common path stays cheap).
      theta = shortlist(q, qLeft, k, factor, true);
    }
    return theta;
  }

  private double shortlist(int q, boolean qLeft, int k, int factor, boolean filter) {
    if (ids.length < touchedCount) {
      int size = Math.max(touchedCount, ids.length * 2);
      ids = new int[size];
      score = new double[size];
      relevance = new double[size];
    }
    if (keys.length < touchedCount) {
      keys = new long[Math.max(touchedCount, keys.length * 2)];
    }
    // Partial sums only grow as the lists are read deeper, so the worst partial sum that made the
    // last pass's shortlist is a floor for this one's: partners below it cannot enter.
    double floor = filter ? Double.NEGATIVE_INFINITY : partialFloor;
    int count = 0;
    floored = false;
    for (int i = 0; i < touchedCount; i++) {
      int c = touched[i];
      if (c == q || (filter && !rules.allowsIgnoringScore(qLeft ? q : c, qLeft ? c : q))) {
        continue;
      }
      if (excludedSlot[i]) {
        continue;
      }
      double t1 = qLeft ? acc[X][i] : acc[Y][i];
      double t2 = qLeft ? acc[Y][i] : acc[X][i];
      double partial =
          scoring.relevanceFromProducts(qLeft ? q : c, qLeft ? c : q, t1, t2, acc[Z][i]);
      if (partial < floor) {
        floored = true;
        continue;
      }
      // Ranked by the partial sum rounded to a float (it only chooses whom to rescore), ties by
      // the order partners were first read: one long per partner, larger is better.
      keys[count++] = ((long) TopK.sortable((float) partial) << 32) | (0xFFFFFFFFL - i);
    }
    rankedCount = count;
    int shortlist = (int) Math.min(count, (long) factor * k);
    TopK.selectLargest(keys, count, shortlist, sample);
    shortlistStamp++;
    double worst = Double.POSITIVE_INFINITY;
    for (int r = 0; r < shortlist; r++) {
      int i = (int) (0xFFFFFFFFL - (keys[r] & 0xFFFFFFFFL));
      inShortlist[i] = shortlistStamp;
      ids[r] = touched[i];
      // The slot rides along in the relevance array until the partner is rescored.
      relevance[r] = i;
      double t1 = qLeft ? acc[X][i] : acc[Y][i];
      double t2 = qLeft ? acc[Y][i] : acc[X][i];
      worst =
          Math.min(
              worst,
              scoring.relevanceFromProducts(
                  qLeft ? q : touched[i], qLeft ? touched[i] : q, t1, t2, acc[Z][i]));
    }
    partialFloor = shortlist == (long) factor * k && growing ? worst : Double.NEGATIVE_INFINITY;
    warmRows(shortlist);
    int allowed = 0;
    for (int r = 0; r < shortlist; r++) {
      int c = ids[r];
      int slot = (int) relevance[r];
      if (!exact[slot]) {
        // Rescore once per query: a deeper pass ranks mostly the same partners again.
        int a = qLeft ? q : c;
        int b = qLeft ? c : q;
        double rel = exactRelevance(q, c, qLeft);
        exact[slot] = true;
        exactRelevance[slot] = rel;
        exactWeight[slot] =
            rules.allows(a, b, rel) ? rel + rules.softTerms(a, b, rel) : Double.NEGATIVE_INFINITY;
      }
      double weight = exactWeight[slot];
      relevance[r] = exactRelevance[slot];
      score[r] = weight;
      if (weight != Double.NEGATIVE_INFINITY) {
        allowed++;
      }
    }
    shortlistSize = shortlist;
    // Only the partners the caller reads need an order; the rest of the shortlist stays behind
    // them.
    TopK.select(ids, score, relevance, shortlist, Math.max(k, ordered));
    return allowed >= k ? score[k - 1] : Double.NEGATIVE_INFINITY;
  }

  private int shortlistSize;

  /**
   * How many of the best rescored partners the caller reads, best first (at least k): the rest of
   * the shortlist is left unordered behind them. Why: a shortlist is three times k, and ordering it
   * whole was a sixth of the shortlist's time at a million people.
   */
  private int ordered;

  /** Whether the last shortlist left partners out by the floor without ranking them. */
  private boolean floored;

  /** The lowest partial sum in the last full shortlist of this query (see {@link #shortlist}). */
  private double partialFloor;

  private long[] keys = new long[1024];

  /** Scratch space of {@link TopK#selectLargest}. */
  private final long[] sample = new long[TopK.SAMPLE];

  /** Whether partial sums can only grow as lists are read deeper (no negative coefficient). */
  private final boolean growing;

  /**
   * Loads the skill rows (and the attribute codes the rules compare) of the shortlisted partners
   * that are about to be rescored, all of them before any is rescored.
   *
   * <p>Why: a partner's rows are far apart in memory at a million people, so rescoring it waits for
   * main memory: its row bounds, then its skills and levels. Rescored one partner after another,
   * those waits add up (the rescoring loop is too long for the processor to run ahead into the next
   * partner). Here every load of one pass is independent of the others, so the processor has many
   * in flight at once, and the rescoring that follows finds the rows in the cache. With packed rows
   * ({@link PartnerRows}) there are two loads per partner instead of six.
   */
  private void warmRows(int shortlist) {
    if (queryOffers == null) {
      return;
    }
    PartnerRows packed = g.partnerRows;
    if (packed != null) {
      warmPacked(packed, shortlist);
      return;
    }
    SkillMatrix offers = g.problem.offers();
    SkillMatrix seeks = g.problem.seeks();
    if (rowBounds.length < 4 * shortlist) {
      rowBounds = new int[Math.max(4 * shortlist, 2 * rowBounds.length)];
    }
    int[] bounds = rowBounds;
    // Partners rescored by an earlier pass of this query are skipped in both passes: their rows
    // are not read again.
    for (int r = 0; r < shortlist; r++) {
      if (exact[(int) relevance[r]]) {
        continue;
      }
      int c = ids[r];
      bounds[4 * r] = offers.start(c);
      bounds[4 * r + 1] = offers.end(c);
      bounds[4 * r + 2] = seeks.start(c);
      bounds[4 * r + 3] = seeks.end(c);
    }
    long sum = 0;
    for (int r = 0; r < shortlist; r++) {
      if (exact[(int) relevance[r]]) {
        continue;
      }
      sum += rules.touch(ids[r]);
      // A row's first and last entries: a row of levels can span two cache lines.
      int from = bounds[4 * r];
      int to = bounds[4 * r + 1] - 1;
      if (from <= to) {
        sum += offers.skill(from) + offers.skill(to);
        sum += Double.doubleToRawLongBits(offers.level(from) + offers.level(to));
      }
      from = bounds[4 * r + 2];
      to = bounds[4 * r + 3] - 1;
      if (from <= to) {
        sum += seeks.skill(from) + seeks.skill(to);
        sum += Double.doubleToRawLongBits(seeks.level(from) + seeks.level(to));
      }
    }
    // Kept, so that the loads are not optimised away.
    warmSum += sum;
  }

  /** {@link #warmRows} from the packed rows: the row bounds, then each row's two ends. */
  private void warmPacked(PartnerRows packed, int shortlist) {
    if (rowBounds.length < 2 * shortlist) {
      rowBounds = new int[Math.max(2 * shortlist, 2 * rowBounds.length)];
    }
    int[] bounds = rowBounds;
    int[] start = packed.start;
    for (int r = 0; r < shortlist; r++) {
      if (exact[(int) relevance[r]]) {
        continue;
      }
      int c = ids[r];
      bounds[2 * r] = start[c];
      bounds[2 * r + 1] = start[c + 1];
    }
    int[] data = packed.data;
    long sum = 0;
    for (int r = 0; r < shortlist; r++) {
      if (exact[(int) relevance[r]]) {
        continue;
      }
      sum += rules.touch(ids[r]);
      sum += data[bounds[2 * r]] + data[bounds[2 * r + 1] - 1];
    }
    warmSum += sum;
  }

  /** Per shortlisted partner: the bounds of its offers row, then of its seeks row. */
  private int[] rowBounds = new int[256];

  /** The sum of the warmed entries: never read, only there so that the loads stay. */
  private long warmSum;

  /**
   * The exact relevance of the pair of q and c, equal bit for bit to {@link
   * CompiledScoring#relevance}: the same products, summed in the same (ascending skill) order.
   *
   * <p>Why: rescoring the shortlists was a quarter of candidate generation at a million people,
   * most of it the merge of two sparse rows per product, whose branches the processor cannot
   * predict. With q's levels spread into dense arrays once per query, each product is one pass over
   * c's row; the skills c has and q lacks add exact zeros. c's rows come from its packed row
   * ({@link PartnerRows}) when the problem has one: the same skills and levels, in one place.
   */
  private double exactRelevance(int q, int c, boolean qLeft) {
    if (queryOffers == null) {
      return qLeft ? scoring.relevance(q, c) : scoring.relevance(c, q);
    }
    if (denseFor != q) {
      spread(denseFor, 0.0);
      denseFor = q;
      spread(q, 1.0);
    }
    PartnerRows packed = g.partnerRows;
    if (packed != null) {
      return packedRelevance(packed, q, c, qLeft);
    }
    SkillMatrix offers = g.problem.offers();
    SkillMatrix seeks = g.problem.seeks();
    double x = 0.0; // offers(q)·seeks(c)
    for (int k = seeks.start(c), e = seeks.end(c); k < e; k++) {
      x += queryOffers[seeks.skill(k)] * seeks.level(k);
    }
    double y = 0.0; // seeks(q)·offers(c)
    double z = 0.0; // offers(q)·offers(c)
    for (int k = offers.start(c), e = offers.end(c); k < e; k++) {
      int skill = offers.skill(k);
      double level = offers.level(k);
      y += querySeeks[skill] * level;
      z += queryOffers[skill] * level;
    }
    return qLeft
        ? scoring.relevanceFromProducts(q, c, x, y, z)
        : scoring.relevanceFromProducts(c, q, y, x, z);
  }

  /** {@link #exactRelevance} from c's packed row: the same products in the same order. */
  private double packedRelevance(PartnerRows packed, int q, int c, boolean qLeft) {
    int[] data = packed.data;
    double[] levels = packed.levels;
    int bits = packed.levelBits;
    int mask = packed.levelMask;
    int from = packed.start[c];
    int end = packed.start[c + 1];
    int offersEnd = from + 1 + data[from];
    double x = 0.0; // offers(q)·seeks(c)
    for (int k = offersEnd; k < end; k++) {
      int entry = data[k];
      x += queryOffers[entry >>> bits] * levels[entry & mask];
    }
    double y = 0.0; // seeks(q)·offers(c)
    double z = 0.0; // offers(q)·offers(c)
    for (int k = from + 1; k < offersEnd; k++) {
      int entry = data[k];
      int skill = entry >>> bits;
      double level = levels[entry & mask];
      y += querySeeks[skill] * level;
      z += queryOffers[skill] * level;
    }
    return qLeft
        ? scoring.relevanceFromProducts(q, c, x, y, z)
        : scoring.relevanceFromProducts(c, q, y, x, z);
  }

  /** Writes participant p's levels (times {@code factor}: 1 to fill, 0 to clear) densely. */
  private void spread(int p, double factor) {
    if (p < 0) {
      return;
    }
    SkillMatrix offers = g.problem.offers();
    SkillMatrix seeks = g.problem.seeks();
    for (int k = offers.start(p), e = offers.end(p); k < e; k++) {
      queryOffers[offers.skill(k)] = factor * offers.level(k);
    }
    for (int k = seeks.start(p), e = seeks.end(p); k < e; k++) {
      querySeeks[seeks.skill(k)] = factor * seeks.level(k);
    }
  }

  /** How many partners the last ranking considered. */
  private int rankedCount;

  private void emitShortlist(int q, boolean qLeft, int k, EdgeBuffer out) {
    int keep = Math.min(shortlistSize, k);
    for (int r = 0; r < keep; r++) {
      int c = ids[r];
      double weight = score[r];
      double rel = relevance[r];
      if (weight != Double.NEGATIVE_INFINITY && (rel > 0 || weight > 0)) {
        out.add(qLeft ? q : c, qLeft ? c : q, weight, rel);
      }
    }
  }

  /** Exact mode: every touched pair, once (in a pool only from its smaller end). */
  private void emitAll(int q, boolean qLeft, EdgeBuffer out) {
    for (int i = 0; i < touchedCount; i++) {
      int c = touched[i];
      if (c == q || (g.pool && c < q)) {
        continue;
      }
      int a = qLeft ? q : c;
      int b = qLeft ? c : q;
      // Rescored: the index holds levels rounded to float, and exact mode promises exact weights.
      double rel = exactRelevance(q, c, qLeft);
      if (!rules.allows(a, b, rel)) {
        continue;
      }
      double weight = rel + rules.softTerms(a, b, rel);
      if (rel > 0 || weight > 0) {
        out.add(a, b, weight, rel);
      }
    }
  }
}
