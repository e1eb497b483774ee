package io.peermatch.core.internal.candidates;

import io.peermatch.api.IdPair;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import io.peermatch.core.internal.control.Parallel;
import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.internal.problem.CompiledRules;
import io.peermatch.core.internal.problem.CompiledScoring;
import io.peermatch.core.kernel.SolveControl;
import java.util.function.IntFunction;
import java.util.function.Supplier;

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
 * in an inverted index whose lists are ordered by level (highest first), and the lists are read
 * together from the head down ({@link CandidateQuery}): partial sums rank the partners touched so
 * far, the best {@code 3k} are rescored exactly with the hard rules and soft terms, and reading
 * stops as soon as no unread partner can beat the current K-th best (a threshold algorithm) or when
 * the query has read {@link CandidateOptions#postingLimit()} entries for each direction of the
 * score it reads (inside a tie block it will not finish, each participant reads its own rotated
 * window, so equally good partners share the candidacies). Both sides of a two-sided problem ask,
 * and the union is kept, so a mentor whom every mentee ranks low still gets the mentees who suit
 * them best. Cost: {@code O(n · postingLimit)} list entries at most, spread over {@code threads}
 * workers; the result does not depend on the thread count.
 *
 * <p>Pinned pairs are always in the graph. In exact mode with a custom scoring or a positive soft
 * preference, every pair is scored, so a pair that shares no skill but earns a bonus is kept. In
 * top-K mode partners are found through shared skills only: a pair that shares no skill scores zero
 * under every built-in scoring and is never proposed, whatever its bonus.
 */
final class CandidateGenerator {

  private static final int BLOCK = 2048;

  /** The progress phase of candidate generation. */
  static final String PHASE = "candidates";

  final CompiledProblem problem;
  final CompiledScoring scoring;
  final CompiledRules rules;
  private final CandidateOptions options;
  private final SolveControl control;

  /** The control whose progress the next {@link #forEachBlock} reports: a slice of the phase. */
  private SolveControl stage;

  final int n;
  final int left;
  final boolean pool;
  final SkillIndex leftIndex;
  final SkillIndex rightIndex;
  final boolean exact;
  final int k;
  final int postingLimit;
  final double maxSoftBonus;

  /** The participants' skills packed for rescoring, or null (exact mode, or they do not pack). */
  final PartnerRows partnerRows;

  private CandidateGenerator(
      CompiledProblem problem,
      CompiledScoring scoring,
      CompiledRules rules,
      CandidateOptions options,
      SolveControl control) {
    this.problem = problem;
    this.scoring = scoring;
    this.rules = rules;
    this.options = options;
    this.control = control;
    this.stage = control;
    this.n = problem.size();
    this.left = problem.leftCount();
    this.pool = problem.isPool();
    long pairs = pool ? (long) n * (n - 1) / 2 : (long) left * (n - left);
    this.exact = pairs <= options.exactPairLimit();
    this.k = exact ? Integer.MAX_VALUE : options.k();
    this.postingLimit = exact ? Integer.MAX_VALUE : options.effectivePostingLimit(n);
    this.maxSoftBonus = rules.maxSoftBonus();
    boolean needIndex = !exact || (scoring.isLinear() && rules.maxSoftBonus() <= 0);
    SkillIndex[] index =
        needIndex
            ? SkillIndex.build(
                problem,
                pool ? new int[] {0, n} : new int[] {0, left, n},
                threads(),
                quietControl(),
                PHASE)
            : new SkillIndex[] {null, null};
    this.leftIndex = index[0];
    this.rightIndex = pool ? leftIndex : index[1];
    // Only the top-K searches rescore partners from all over the organisation.
    this.partnerRows =
        !exact && scoring.isLinear()
            ? PartnerRows.of(problem.offers(), problem.seeks(), problem.skillCount())
            : null;
  }

  /** A generator for single-person searches ({@link CandidateSearch}); indexes are built now. */
  static CandidateGenerator forSearch(
      CompiledProblem problem,
      CompiledScoring scoring,
      CompiledRules rules,
      CandidateOptions options) {
    return new CandidateGenerator(problem, scoring, rules, options, SolveControl.none());
  }

  /** Generates the candidate graph of {@code problem} with the given options. */
  public static Candidates generate(
      CompiledProblem problem,
      CompiledScoring scoring,
      CompiledRules rules,
      CandidateOptions options) {
    return generate(problem, scoring, rules, options, SolveControl.none());
  }

  /**
   * Generates the candidate graph of {@code problem} with the given options, honouring {@code
   * control} (its executor runs the helper workers).
   */
  public static Candidates generate(
      CompiledProblem problem,
      CompiledScoring scoring,
      CompiledRules rules,
      CandidateOptions options,
      SolveControl control) {
    long start = System.nanoTime();
    CandidateGenerator generator =
        new CandidateGenerator(problem, scoring, rules, options, control);
    CandidateGraph graph = generator.run();
    return new Candidates(graph, generator.exact, System.nanoTime() - start);
  }

  /**
   * A balanced top-K graph with at most {@code maxSearches} second searches for at most {@code n ·
   * min(1, sqrt(allowance / n))} people: tests run the selection to the end to check its guarantee.
   */
  static CandidateGraph balanced(
      CompiledProblem problem,
      CompiledScoring scoring,
      CompiledRules rules,
      CandidateOptions options,
      int maxSearches,
      double allowance) {
    CandidateGenerator generator =
        new CandidateGenerator(
            problem,
            scoring,
            rules,
            options.withExactPairLimit(0).withSelection(CandidateOptions.Selection.BALANCED),
            SolveControl.none());
    return generator.build(
        builder -> BalancedSelection.select(generator, builder, maxSearches, allowance));
  }

  CandidateGraph run() {
    return build(null);
  }

  private CandidateGraph build(java.util.function.Consumer<CandidateGraphBuilder> selection) {
    CandidateGraphBuilder builder =
        pool ? CandidateGraphBuilder.general(n) : CandidateGraphBuilder.bipartite(left, n - left);
    builder.capacities(problem.capacities());
    if (exact && (!scoring.isLinear() || rules.maxSoftBonus() > 0)) {
      // A custom scoring, or a bonus that can make a pair sharing no skill worth something: the
      // index would miss such pairs, and exact mode is small enough to score them all.
      allPairs(builder);
    } else if (selection != null) {
      selection.accept(builder);
    } else if (!exact && options.selection() == CandidateOptions.Selection.BALANCED) {
      BalancedSelection.select(this, builder);
    } else {
      // In exact mode one side's queries find every pair; in top-K mode both sides ask.
      int queries = exact && !pool ? left : n;
      EdgeBuffer[] blocks = runQueries(queries);
      for (EdgeBuffer block : blocks) {
        block.drainTo(builder);
      }
    }
    addPinned(builder);
    return builder.build(control);
  }

  private void allPairs(CandidateGraphBuilder builder) {
    for (int i = 0; i < left; i++) {
      control.check(PHASE);
      control.progress(PHASE, (double) i / left);
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
    return forEachBlock(
        queries,
        () -> new CandidateQuery(this),
        (query, from, to, stop) -> {
          EdgeBuffer out = new EdgeBuffer();
          for (int q = from; q < to; q++) {
            if ((q & 63) == 0 && stop.poll()) {
              break;
            }
            query.run(q, out);
          }
          return out;
        },
        EdgeBuffer[]::new);
  }

  /** The deadline, interruption and executor of the run, without progress reports. */
  SolveControl quietControl() {
    return control.withProgress(null);
  }

  /** The threads the parallel loops use: the configured number, or one per processor. */
  int threads() {
    return Math.max(1, options.effectiveThreads());
  }

  /**
   * Maps the progress of the next loops into {@code [from, to]} of the phase (a selection in
   * several steps reports each as a slice, so the phase's progress grows once from 0 to 1).
   */
  void stage(double from, double to) {
    stage = control.within(PHASE, from, to);
  }

  /**
   * Checks for an interrupt or the deadline every 16th call (a serial loop over skills or people).
   *
   * @throws io.peermatch.api.MatchingCancelledException when the solve must stop
   */
  void checkStop(int step) {
    if ((step & 15) == 0) {
      control.check(PHASE);
    }
  }

  /**
   * One block of work: items {@code from .. to-1} with a worker's own scratch state. A task polls
   * {@code stop} every few dozen items and returns early (any result) when it says so: the loop
   * then throws, and nobody reads the result.
   */
  interface BlockTask<W, R> {
    R run(W worker, int from, int to, Parallel.Stop stop);
  }

  /**
   * Runs {@code task} on the items {@code 0 .. count-1} in blocks, spread over the configured
   * threads, each thread with its own worker state; returns the blocks' results in block order, so
   * that whatever the thread count, the caller sees the same results in the same order.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt or the deadline
   */
  <W, R> R[] forEachBlock(
      int count, Supplier<W> workers, BlockTask<W, R> task, IntFunction<R[]> array) {
    return forEachBlock(count, workers, task, array, BLOCK);
  }

  /** {@link #forEachBlock(int, Supplier, BlockTask, IntFunction)} with blocks of {@code size}. */
  <W, R> R[] forEachBlock(
      int count, Supplier<W> workers, BlockTask<W, R> task, IntFunction<R[]> array, int size) {
    int blockCount = (int) ((count + (long) size - 1) / size);
    R[] blocks = array.apply(blockCount);
    int threads = Math.max(1, Math.min(options.effectiveThreads(), blockCount));
    Parallel.forEach(
        blockCount,
        threads,
        stage,
        PHASE,
        () -> {
          W state = workers.get();
          return (b, stop) ->
              blocks[b] =
                  task.run(state, b * size, (int) Math.min(count, (long) (b + 1) * size), stop);
        });
    return blocks;
  }
}
