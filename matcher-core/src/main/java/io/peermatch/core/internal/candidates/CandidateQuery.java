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
 * that reads one impact-ordered posting list. Reading stops at a depth that doubles, from {@code
 * initialDepth} up to {@code postingLimit}, until no unread partner can beat the current K-th best:
 * the next unread level of each list bounds what every partner not yet seen can score (Fagin's
 * threshold algorithm, applied to whole blocks). In exact mode every list is read to the end and
 * every touched pair is kept.
 */
final class CandidateQuery {

  private static final int X = 0;
  private static final int Y = 1;
  private static final int Z = 2;

  private final CandidateGenerator g;
  private final CompiledScoring scoring;
  private final CompiledRules rules;

  /**
   * Per partner: the current query's number in the high half and the partner's slot in the low
   * half. One random access per list entry; a new query needs no clearing.
   */
  private final long[] mark;

  private int query;

  // Partners touched by the current query, by slot: dense, so ranking them reads memory in order.
  private int[] touched = new int[1024];
  private double[][] acc = new double[3][1024];
  private int touchedCount;

  // Terms of the current query.
  private int termCount;
  private int[] termKind = new int[16];
  private double[] termLevel = new double[16];
  private int[] termPos = new int[16];
  private int[] termStart = new int[16];
  private int[] termEnd = new int[16];
  private int[][] termMembers = new int[16][];
  private double[][] termLevels = new double[16][];
  private int[][] termBlockEnds = new int[16][];
  private int[] termBlockStart = new int[16];
  private int[] termBlockEnd = new int[16];
  private int[] termRotation = new int[16];

  // Shortlist buffers.
  private int[] ids = new int[1024];
  private double[] score = new double[1024];
  private double[] relevance = new double[1024];
  private final TopK topK = new TopK();

  CandidateQuery(CandidateGenerator generator) {
    this.g = generator;
    this.scoring = generator.scoring;
    this.rules = generator.rules;
    this.mark = new long[generator.n];
  }

  void run(int q, EdgeBuffer out) {
    query++;
    touchedCount = 0;
    boolean qLeft = g.pool || q < g.left;
    collectTerms(q, qLeft);
    if (g.exact) {
      scan(Integer.MAX_VALUE);
      emitAll(q, qLeft, out);
    } else {
      // The budget bounds the entries this query reads over all its lists, so the work per
      // participant stays bounded however long the lists of a huge organisation grow.
      // Each direction of the score (x, y, z) read gets its own budget: a pool query reads both
      // what q can teach and what q can learn, and would otherwise see half as deep.
      long budget = (long) g.postingLimit * directions();
      int maxDepth =
          (int) Math.max(1, Math.min(Integer.MAX_VALUE, budget / Math.max(1, termCount)));
      // A small budget is read in one go: a second round would rank the same partners twice.
      int depth = maxDepth <= 4 * g.initialDepth ? maxDepth : g.initialDepth;
      while (true) {
        scan(depth);
        double theta = shortlist(q, qLeft);
        if (depth >= maxDepth || unseenBound(qLeft) <= theta) {
          break;
        }
        depth = (int) Math.min(maxDepth, 4L * depth);
      }
      emitShortlist(q, qLeft, out);
    }
  }

  private void collectTerms(int q, boolean qLeft) {
    SkillIndex index = g.pool ? g.leftIndex : (qLeft ? g.rightIndex : g.leftIndex);
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
            index.seekStart[s],
            index.seekStart[s + 1],
            index.seekMember,
            index.seekLevel,
            index.seekBlockEnd,
            q);
      }
      if (needZ) {
        addTerm(
            Z,
            offers.level(e),
            index.offerStart[s],
            index.offerStart[s + 1],
            index.offerMember,
            index.offerLevel,
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
            index.offerStart[s],
            index.offerStart[s + 1],
            index.offerMember,
            index.offerLevel,
            index.offerBlockEnd,
            q);
      }
    }
  }

  private void addTerm(
      int kind,
      double level,
      int start,
      int end,
      int[] members,
      double[] levels,
      int[] blockEnds,
      int q) {
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
      termMembers = Arrays.copyOf(termMembers, grown);
      termLevels = Arrays.copyOf(termLevels, grown);
      termBlockEnds = Arrays.copyOf(termBlockEnds, grown);
      termBlockStart = Arrays.copyOf(termBlockStart, grown);
      termBlockEnd = Arrays.copyOf(termBlockEnd, grown);
      termRotation = Arrays.copyOf(termRotation, grown);
    }
    int t = termCount++;
    termKind[t] = kind;
    termLevel[t] = level;
    termPos[t] = start;
    termStart[t] = start;
    termEnd[t] = end;
    termMembers[t] = members;
    termLevels[t] = levels;
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
    boolean[] used = new boolean[3];
    int count = 0;
    for (int t = 0; t < termCount; t++) {
      if (!used[termKind[t]]) {
        used[termKind[t]] = true;
        count++;
      }
    }
    return Math.max(1, count);
  }

  /** Reads every term's list down to {@code depth} entries from its head. */
  private void scan(int depth) {
    for (int t = 0; t < termCount; t++) {
      int end = (int) Math.min(termEnd[t], (long) termStart[t] + depth);
      int[] members = termMembers[t];
      double[] levels = termLevels[t];
      int[] blockEnds = termBlockEnds[t];
      int blockStart = termBlockStart[t];
      int blockEnd = termBlockEnd[t];
      int rotation = termRotation[t];
      int kind = termKind[t];
      double[] a = acc[kind];
      double level = termLevel[t];
      for (int r = termPos[t]; r < end; r++) {
        if (r >= blockEnd) {
          blockStart = r;
          blockEnd = blockEnds[r];
        }
        // Entry r of the list in level order, read through a rotation of its tie block: the same
        // entries in a block read to its end, a participant's own window of one it stops inside.
        int length = blockEnd - blockStart;
        int p = length == 1 ? r : blockStart + (r - blockStart + rotation % length) % length;
        int c = members[p];
        long m = mark[c];
        int slot;
        if ((int) (m >>> 32) != query) {
          slot = touchedCount++;
          if (slot == touched.length) {
            grow();
            a = acc[kind];
          }
          mark[c] = ((long) query << 32) | slot;
          touched[slot] = c;
          acc[X][slot] = 0;
          acc[Y][slot] = 0;
          acc[Z][slot] = 0;
        } else {
          slot = (int) m;
        }
        a[slot] += level * levels[p];
      }
      termPos[t] = Math.max(termPos[t], end);
      termBlockStart[t] = blockStart;
      termBlockEnd[t] = blockEnd;
    }
  }

  private void grow() {
    int size = touched.length * 2;
    touched = Arrays.copyOf(touched, size);
    for (int kind = 0; kind < 3; kind++) {
      acc[kind] = Arrays.copyOf(acc[kind], size);
    }
  }

  /**
   * The most that a partner not yet touched could weigh: its products are bounded by the next
   * unread level of each list.
   */
  private double unseenBound(boolean qLeft) {
    double[] bound = new double[3];
    for (int t = 0; t < termCount; t++) {
      if (termPos[t] < termEnd[t]) {
        bound[termKind[t]] += termLevel[t] * termLevels[t][termPos[t]];
      }
    }
    double t1 = qLeft ? bound[X] : bound[Y];
    double t2 = qLeft ? bound[Y] : bound[X];
    double forward = positive(scoring.c1()) * t1 + positive(scoring.c2()) * t2;
    double backward = positive(scoring.c1()) * t2 + positive(scoring.c2()) * t1;
    double best = g.pool ? Math.max(forward, backward) : forward;
    return best + positive(scoring.c3()) * bound[Z] + g.maxSoftBonus;
  }

  private static double positive(double c) {
    return Math.max(0.0, c);
  }

  /**
   * Ranks the touched partners by their partial sums, rescores the best {@code 3k} exactly (with
   * hard rules and soft terms) and orders them by exact weight. Returns the K-th best exact weight,
   * or minus infinity when fewer than K are allowed.
   */
  private double shortlist(int q, boolean qLeft) {
    double theta = shortlist(q, qLeft, false);
    if (theta == Double.NEGATIVE_INFINITY && shortlistSize < rankedCount) {
      // Hard rules emptied the shortlist while more partners wait: rank again, this time leaving
      // out the partners the rules forbid (rare, so the common path stays cheap).
      theta = shortlist(q, qLeft, true);
    }
    return theta;
  }

  private double shortlist(int q, boolean qLeft, boolean filter) {
    if (ids.length < touchedCount) {
      int size = Math.max(touchedCount, ids.length * 2);
      ids = new int[size];
      score = new double[size];
      relevance = new double[size];
    }
    int count = 0;
    for (int i = 0; i < touchedCount; i++) {
      int c = touched[i];
      if (c == q || (filter && !rules.allowsIgnoringScore(qLeft ? q : c, qLeft ? c : q))) {
        continue;
      }
      double t1 = qLeft ? acc[X][i] : acc[Y][i];
      double t2 = qLeft ? acc[Y][i] : acc[X][i];
      ids[count] = c;
      score[count] = scoring.relevanceFromProducts(qLeft ? q : c, qLeft ? c : q, t1, t2, acc[Z][i]);
      count++;
    }
    rankedCount = count;
    int shortlist = (int) Math.min(count, 3L * g.k);
    topK.pick(ids, score, relevance, count, shortlist);
    int allowed = 0;
    for (int r = 0; r < shortlist; r++) {
      int c = ids[r];
      int a = qLeft ? q : c;
      int b = qLeft ? c : q;
      double rel = scoring.relevance(a, b);
      relevance[r] = rel;
      if (rules.allows(a, b, rel)) {
        double weight = rel + rules.softTerms(a, b, rel);
        score[r] = weight;
        allowed++;
      } else {
        score[r] = Double.NEGATIVE_INFINITY;
      }
    }
    shortlistSize = shortlist;
    topK.pick(ids, score, relevance, shortlist, shortlist);
    return allowed >= g.k ? score[g.k - 1] : Double.NEGATIVE_INFINITY;
  }

  private int shortlistSize;

  /** How many partners the last ranking considered. */
  private int rankedCount;

  private void emitShortlist(int q, boolean qLeft, EdgeBuffer out) {
    int keep = Math.min(shortlistSize, g.k);
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
      double t1 = qLeft ? acc[X][i] : acc[Y][i];
      double t2 = qLeft ? acc[Y][i] : acc[X][i];
      // Untruncated lists: the sums are complete and in skill order, so this is exact.
      double rel = scoring.relevanceFromProducts(a, b, t1, t2, acc[Z][i]);
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
