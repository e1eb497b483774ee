package io.peermatch.core.graph;

import io.peermatch.api.IdPair;
import io.peermatch.core.problem.CompiledProblem;
import io.peermatch.core.problem.CompiledRules;
import io.peermatch.core.problem.CompiledScoring;
import io.peermatch.core.problem.SkillMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the sparse candidate graph of a compiled problem: which pairs may meet, and what each is
 * worth, with every hard rule applied.
 *
 * <p><b>Exact mode</b> (at most {@link CandidateOptions#exactPairLimit()} possible pairs): every
 * allowed pair whose relevance or weight is above zero. For the built-in (linear) scorings this is
 * found through the skill index without a cut-off, so it costs only the pairs that share a skill; a
 * custom scoring is evaluated on all pairs.
 *
 * <p><b>Top-K mode</b> (larger problems): for every participant, the {@code k} heaviest allowed
 * partners, found without looking at all {@code n²} pairs. Each participant's skills are looked up
 * in an inverted index whose lists are ordered by level, and only the first {@code postingLimit}
 * entries of each list are read (impact-ordered pruning, as in information retrieval). Partial sums
 * rank the touched partners; the best {@code 2k} are then rescored exactly and the best {@code k}
 * kept. Both sides of a two-sided problem ask, and the union is kept, so a mentor whom every mentee
 * ranks low still gets the mentees who suit them best. Cost: {@code O(n · s · postingLimit)} for
 * {@code s} skills per person, spread over {@code threads} workers; the result does not depend on
 * the thread count.
 *
 * <p>Pinned pairs are always in the graph. A pair that shares no skill scores zero under every
 * built-in scoring and is never a candidate.
 */
public final class CandidateGenerator {

  private static final int BLOCK = 2048;

  private final CompiledProblem problem;
  private final CompiledScoring scoring;
  private final CompiledRules rules;
  private final CandidateOptions options;
  private final int n;
  private final int left;
  private final boolean pool;
  private final SkillIndex leftIndex;
  private final SkillIndex rightIndex;
  private final boolean exact;
  private final int k;
  private final int postingLimit;

  private CandidateGenerator(
      CompiledProblem problem,
      CompiledScoring scoring,
      CompiledRules rules,
      CandidateOptions options) {
    this.problem = problem;
    this.scoring = scoring;
    this.rules = rules;
    this.options = options;
    this.n = problem.size();
    this.left = problem.leftCount();
    this.pool = problem.isPool();
    long pairs = pool ? (long) n * (n - 1) / 2 : (long) left * (n - left);
    this.exact = pairs <= options.exactPairLimit();
    this.k = exact ? Integer.MAX_VALUE : options.k();
    this.postingLimit = exact ? Integer.MAX_VALUE : options.effectivePostingLimit();
    boolean needIndex = !exact || scoring.isLinear();
    this.leftIndex = needIndex ? SkillIndex.build(problem, 0, left) : null;
    this.rightIndex = needIndex && !pool ? SkillIndex.build(problem, left, n) : leftIndex;
  }

  /** Generates the candidate graph of {@code problem} with the given options. */
  public static Candidates generate(
      CompiledProblem problem,
      CompiledScoring scoring,
      CompiledRules rules,
      CandidateOptions options) {
    long start = System.nanoTime();
    CandidateGenerator generator = new CandidateGenerator(problem, scoring, rules, options);
    CandidateGraph graph = generator.run();
    return new Candidates(graph, generator.exact, System.nanoTime() - start);
  }

  private CandidateGraph run() {
    CandidateGraphBuilder builder =
        pool ? CandidateGraphBuilder.general(n) : CandidateGraphBuilder.bipartite(left, n - left);
    builder.capacities(problem.capacities());
    if (exact && !scoring.isLinear()) {
      allPairs(builder);
    } else {
      // In exact mode one side's queries find every pair; in top-K mode both sides ask.
      int queries = exact && !pool ? left : n;
      EdgeBuffer[] blocks = runQueries(queries);
      for (EdgeBuffer block : blocks) {
        block.drainTo(builder);
      }
    }
    addPinned(builder);
    return builder.build();
  }

  private void allPairs(CandidateGraphBuilder builder) {
    for (int i = 0; i < left; i++) {
      for (int j = pool ? i + 1 : left; j < n; j++) {
        offer(builder, i, j, scoring.relevance(i, j));
      }
    }
  }

  private void offer(CandidateGraphBuilder builder, int a, int b, double relevance) {
    if (!rules.allows(a, b, relevance)) {
      return;
    }
    double weight = relevance + rules.softTerms(a, b, relevance);
    if (relevance > 0 || weight > 0) {
      builder.addEdge(a, b, weight, relevance);
    }
  }

  private void addPinned(CandidateGraphBuilder builder) {
    for (IdPair pair : problem.problem().pinnedPairs()) {
      int a = problem.indexOf(pair.first());
      int b = problem.indexOf(pair.second());
      if (!pool && a >= left) {
        int t = a;
        a = b;
        b = t;
      }
      double relevance = scoring.relevance(a, b);
      builder.addEdge(a, b, relevance + rules.softTerms(a, b, relevance), relevance);
    }
  }

  private EdgeBuffer[] runQueries(int queries) {
    int blockCount = (queries + BLOCK - 1) / BLOCK;
    EdgeBuffer[] blocks = new EdgeBuffer[blockCount];
    int threads = Math.max(1, Math.min(options.effectiveThreads(), blockCount));
    AtomicInteger next = new AtomicInteger();
    Runnable worker =
        () -> {
          Workspace ws = new Workspace(n);
          int b;
          while ((b = next.getAndIncrement()) < blockCount) {
            if (Thread.currentThread().isInterrupted()) {
              return;
            }
            EdgeBuffer out = new EdgeBuffer();
            int end = Math.min(queries, (b + 1) * BLOCK);
            for (int q = b * BLOCK; q < end; q++) {
              query(q, ws, out);
            }
            blocks[b] = out;
          }
        };
    if (threads == 1) {
      worker.run();
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads, CandidateGenerator::daemon);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          futures.add(pool.submit(worker));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("candidate generation was interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw new IllegalStateException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    if (Thread.currentThread().isInterrupted()) {
      throw new IllegalStateException("candidate generation was interrupted");
    }
    return blocks;
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "peermatch-candidates");
    t.setDaemon(true);
    return t;
  }

  /** Per-thread scratch space: accumulators for the three inner products, and the touched list. */
  private static final class Workspace {
    final double[] x;
    final double[] y;
    final double[] z;
    final boolean[] seen;
    int[] touched = new int[1024];
    int touchedCount;
    double[] score = new double[1024];
    double[] relevance = new double[1024];
    int[] order = new int[1024];

    Workspace(int n) {
      x = new double[n];
      y = new double[n];
      z = new double[n];
      seen = new boolean[n];
    }

    void touch(int c) {
      if (!seen[c]) {
        seen[c] = true;
        if (touchedCount == touched.length) {
          touched = Arrays.copyOf(touched, touchedCount * 2);
        }
        touched[touchedCount++] = c;
      }
    }

    void reset() {
      for (int t = 0; t < touchedCount; t++) {
        int c = touched[t];
        seen[c] = false;
        x[c] = 0;
        y[c] = 0;
        z[c] = 0;
      }
      touchedCount = 0;
    }
  }

  /**
   * Finds the candidates of participant {@code q}. With {@code q} as one end and {@code c} as the
   * other, the accumulators hold {@code x = offers(q)·seeks(c)}, {@code y = seeks(q)·offers(c)} and
   * {@code z = offers(q)·offers(c)}.
   */
  private void query(int q, Workspace ws, EdgeBuffer out) {
    boolean qLeft = pool || q < left;
    SkillIndex index = pool ? leftIndex : (qLeft ? rightIndex : leftIndex);
    // x feeds t1 when q is on the left (a = q) and t2 when q is on the right; y the other way. A
    // pool takes the better direction, so it needs both whenever either coefficient is set.
    boolean forwardOrPool = scoring.c1() != 0 || scoring.c2() != 0;
    boolean needX = pool ? forwardOrPool : (qLeft ? scoring.c1() : scoring.c2()) != 0;
    boolean needY = pool ? forwardOrPool : (qLeft ? scoring.c2() : scoring.c1()) != 0;
    boolean needZ = scoring.c3() != 0;
    SkillMatrix offers = problem.offers();
    SkillMatrix seeks = problem.seeks();
    if (needX || needZ) {
      for (int e = offers.start(q); e < offers.end(q); e++) {
        int s = offers.skill(e);
        double level = offers.level(e);
        if (needX) {
          int end = Math.min(index.seekEnd(s), sat(index.seekStart(s), postingLimit));
          for (int p = index.seekStart(s); p < end; p++) {
            int c = index.seekMember(p);
            ws.touch(c);
            ws.x[c] += level * index.seekLevel(p);
          }
        }
        if (needZ) {
          int end = Math.min(index.offerEnd(s), sat(index.offerStart(s), postingLimit));
          for (int p = index.offerStart(s); p < end; p++) {
            int c = index.offerMember(p);
            ws.touch(c);
            ws.z[c] += level * index.offerLevel(p);
          }
        }
      }
    }
    if (needY) {
      for (int e = seeks.start(q); e < seeks.end(q); e++) {
        int s = seeks.skill(e);
        double level = seeks.level(e);
        int end = Math.min(index.offerEnd(s), sat(index.offerStart(s), postingLimit));
        for (int p = index.offerStart(s); p < end; p++) {
          int c = index.offerMember(p);
          ws.touch(c);
          ws.y[c] += level * index.offerLevel(p);
        }
      }
    }
    select(q, qLeft, ws, out);
    ws.reset();
  }

  private static int sat(int start, int limit) {
    long end = (long) start + limit;
    return end > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) end;
  }

  /** Ranks the touched partners of {@code q} and emits the best ones as edges. */
  private void select(int q, boolean qLeft, Workspace ws, EdgeBuffer out) {
    int count = 0;
    if (ws.score.length < ws.touchedCount) {
      ws.score = new double[ws.touchedCount];
      ws.relevance = new double[ws.touchedCount];
      ws.order = new int[ws.touchedCount];
    }
    for (int t = 0; t < ws.touchedCount; t++) {
      int c = ws.touched[t];
      if (c == q || (exact && pool && c < q)) {
        continue;
      }
      int a = qLeft ? q : c;
      int b = qLeft ? c : q;
      // t1 = offers(a)·seeks(b), t2 = offers(b)·seeks(a); which accumulator holds which depends on
      // whether q is a or b.
      double t1 = qLeft ? ws.x[c] : ws.y[c];
      double t2 = qLeft ? ws.y[c] : ws.x[c];
      double relevance = scoring.relevanceFromProducts(a, b, t1, t2, ws.z[c]);
      if (!rules.allows(a, b, relevance)) {
        continue;
      }
      double weight = relevance + rules.softTerms(a, b, relevance);
      if (relevance <= 0 && weight <= 0) {
        continue;
      }
      if (exact) {
        // Untruncated lists: the sums are complete, so the pair is final.
        out.add(a, b, weight, relevance);
        continue;
      }
      ws.score[count] = weight;
      ws.order[count] = c;
      count++;
    }
    if (exact || count == 0) {
      return;
    }
    int shortlist = (int) Math.min(count, 2L * k);
    TopK.select(ws.order, ws.score, ws.relevance, count, shortlist);
    // Rescore the shortlist exactly: truncated lists may have left partial sums.
    for (int r = 0; r < shortlist; r++) {
      int c = ws.order[r];
      int a = qLeft ? q : c;
      int b = qLeft ? c : q;
      double relevance = scoring.relevance(a, b);
      ws.relevance[r] = relevance;
      ws.score[r] =
          rules.allows(a, b, relevance)
              ? relevance + rules.softTerms(a, b, relevance)
              : Double.NEGATIVE_INFINITY;
    }
    int keep = Math.min(shortlist, k);
    TopK.select(ws.order, ws.score, ws.relevance, shortlist, keep);
    for (int r = 0; r < keep; r++) {
      int c = ws.order[r];
      double weight = ws.score[r];
      double relevance = ws.relevance[r];
      if (weight != Double.NEGATIVE_INFINITY && (relevance > 0 || weight > 0)) {
        out.add(qLeft ? q : c, qLeft ? c : q, weight, relevance);
      }
    }
  }
}
