package io.peermatch.core.internal.strategy;

import io.peermatch.api.Diagnostic;
import io.peermatch.api.Diagnostics;
import io.peermatch.api.Explanation;
import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingStatus;
import io.peermatch.api.Participant;
import io.peermatch.api.Scoring;
import io.peermatch.api.Trio;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.candidates.Prepared;
import io.peermatch.core.internal.control.Parallel;
import io.peermatch.core.internal.problem.CompiledProblem;
import io.peermatch.core.kernel.KernelResult;
import io.peermatch.core.kernel.SolveControl;
import io.peermatch.core.kernel.general.GreedyTrioCompletion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/** Turns chosen edge ids back into the public {@link Matching}: ids, scores, explanations. */
public final class MatchingAssembler {

  /** How many skills an explanation lists at most. */
  public static final int EXPLANATION_SKILLS = 5;

  private MatchingAssembler() {}

  /**
   * The matching made of {@code edges} of the prepared problem's graph. Pairs are listed in edge
   * order (by left, then right index), so the output does not depend on the order a kernel found
   * them in.
   */
  public static Matching assemble(
      Prepared prepared,
      String strategy,
      int[] edges,
      MatchingStatus status,
      long solveNanos,
      long iterations,
      Map<String, Double> values) {
    return assemble(
        prepared,
        strategy,
        edges,
        status,
        solveNanos,
        iterations,
        KernelResult.of(edges, status, iterations, values).diagnostics(),
        SolveControl.none());
  }

  /** The progress phase of turning edges into pairs with explanations. */
  public static final String PHASE = "assemble";

  /**
   * As {@link #assemble(Prepared, String, int[], MatchingStatus, long, long, Map)}, with typed
   * figures, honouring {@code control}: an interrupt throws; once the deadline has passed the pairs
   * go without explanations ({@link Diagnostic.ExplanationsOmitted}).
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt
   */
  public static Matching assemble(
      Prepared prepared,
      String strategy,
      int[] edges,
      MatchingStatus status,
      long solveNanos,
      long iterations,
      List<Diagnostic> figures,
      SolveControl control) {
    CompiledProblem compiled = prepared.compiled();
    CandidateGraph graph = prepared.graph();
    int[] sorted = edges.clone();
    Arrays.sort(sorted);
    // Explanations cost a few microseconds a pair: after the deadline (a best-so-far result, or a
    // deadline that passes while they are built) every pair goes without, so that the call
    // returns at once and the result does not depend on where the deadline fell.
    boolean explain = status != MatchingStatus.DEADLINE_REACHED && !control.deadlinePassed();
    MatchedPair[] built = new MatchedPair[sorted.length];
    if (explain) {
      explain = explainAll(prepared, sorted, built, control);
    }
    if (!explain) {
      for (int i = 0; i < sorted.length; i++) {
        if ((i & 0x3FF) == 0) {
          control.checkInterrupted(PHASE);
        }
        int e = sorted[i];
        built[i] = pair(prepared, e, graph.u(e), graph.v(e), false);
      }
    }
    boolean[] matched = new boolean[compiled.size()];
    double objective = 0.0;
    for (int e : sorted) {
      matched[graph.u(e)] = true;
      matched[graph.v(e)] = true;
      objective += graph.weight(e);
    }
    List<MatchedPair> pairs = Arrays.asList(built);
    List<Trio> trios = new ArrayList<>();
    List<Diagnostic> all = consistent(figures, objective);
    if (compiled.problem().allowsTrios()) {
      all.add(new Diagnostic.Trios(addTrios(prepared, sorted, matched, trios)));
    }
    all.add(new Diagnostic.Candidates(prepared.candidates().exact()));
    if (!explain) {
      all.add(new Diagnostic.ExplanationsOmitted());
    }
    List<String> unmatched = new ArrayList<>();
    for (int i = 0; i < compiled.size(); i++) {
      if (!matched[i]) {
        unmatched.add(compiled.id(i));
      }
    }
    control.progress(PHASE, 1.0);
    Diagnostics diagnostics =
        new Diagnostics(
            strategy,
            solveNanos,
            prepared.candidates().nanos(),
            graph.edgeCount(),
            iterations,
            all);
    return new Matching(status, pairs, unmatched, objective, diagnostics, trios);
  }

  /**
   * The figures with every bound of the total weight raised, where rounding left it below, to the
   * objective of the matching as summed here (the kernels sum in another order, so a bound that the
   * optimum attains can come out an ulp low; raising a bound keeps it a bound), and each upper
   * bound's gap taken against that objective.
   */
  static List<Diagnostic> consistent(List<Diagnostic> figures, double objective) {
    List<Diagnostic> out = new ArrayList<>(figures.size() + 3);
    for (Diagnostic d : figures) {
      if (d instanceof Diagnostic.DualBound b && b.value() < objective) {
        out.add(new Diagnostic.DualBound(objective));
      } else if (d instanceof Diagnostic.UpperBound u) {
        double value = Math.max(u.value(), objective);
        out.add(new Diagnostic.UpperBound(value, value - objective, u.method()));
      } else {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * Places people left without a partner into the pair where they add most ({@link
   * GreedyTrioCompletion}); marks them matched and returns the weight they add.
   */
  private static double addTrios(
      Prepared prepared, int[] edges, boolean[] matched, List<Trio> trios) {
    CandidateGraph graph = prepared.graph();
    int[] mate = new int[graph.vertexCount()];
    Arrays.fill(mate, -1);
    for (int e : edges) {
      mate[graph.u(e)] = graph.v(e);
      mate[graph.v(e)] = graph.u(e);
    }
    GreedyTrioCompletion completion = GreedyTrioCompletion.complete(graph, mate);
    CompiledProblem compiled = prepared.compiled();
    double total = 0.0;
    for (int t = 0; t < completion.trios().length; t++) {
      int[] trio = completion.trios()[t];
      double added = completion.addedWeight()[t];
      matched[trio[2]] = true;
      total += added;
      trios.add(new Trio(compiled.id(trio[0]), compiled.id(trio[1]), compiled.id(trio[2]), added));
    }
    return total;
  }

  /** Pairs explained per chunk of a parallel loop. */
  private static final int CHUNK = 1024;

  /**
   * Builds every pair of {@code sorted} with its explanation into {@code built}, on the prepared
   * problem's threads; returns false, with {@code built} incomplete, when the deadline passes
   * first. Each pair depends only on its edge, so the pairs are the same for any thread count. Why
   * parallel: explanations cost a few microseconds a pair, over a second of one thread for the half
   * million pairs of a million people.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt
   */
  private static boolean explainAll(
      Prepared prepared, int[] sorted, MatchedPair[] built, SolveControl control) {
    if (sorted.length == 0) {
      return true;
    }
    CandidateGraph graph = prepared.graph();
    // The loop itself stops only on an interrupt: a deadline is not an error here, it means the
    // pairs go without explanations, decided below once the loop is over.
    SolveControl untimed =
        SolveControl.none()
            .withExecutor(control.executor().orElse(null))
            .withProgress(control.listener().orElse(null));
    AtomicBoolean late = new AtomicBoolean();
    int chunks = (sorted.length + CHUNK - 1) / CHUNK;
    Parallel.forEach(
        chunks,
        prepared.threads(),
        untimed,
        PHASE,
        () ->
            (c, stop) -> {
              if (late.get() || control.deadlinePassed()) {
                late.set(true);
                return;
              }
              for (int i = c * CHUNK, end = Math.min(sorted.length, i + CHUNK); i < end; i++) {
                if ((i & 63) == 0 && stop.poll()) {
                  return;
                }
                int e = sorted[i];
                built[i] = pair(prepared, e, graph.u(e), graph.v(e), true);
              }
            });
    return !late.get();
  }

  private static MatchedPair pair(Prepared prepared, int e, int a, int b, boolean explain) {
    CompiledProblem compiled = prepared.compiled();
    CandidateGraph graph = prepared.graph();
    // In a pool, list first the person whose direction gives the score, so that "first teaches
    // second" reads the right way round.
    if (compiled.isPool() && !prepared.scoring().forwardIsBetter(a, b)) {
      int t = a;
      a = b;
      b = t;
    }
    double relevance = graph.relevance(e);
    return new MatchedPair(
        compiled.id(a),
        compiled.id(b),
        relevance,
        graph.weight(e),
        explain ? explain(prepared, a, b, relevance) : Explanation.none());
  }

  /**
   * Why {@code a} and {@code b} (compiled indices, {@code a} first: the left side, or the pool
   * direction that gives the score) make a pair: the largest skill contributions and the soft terms
   * that hold.
   */
  public static Explanation explain(Prepared prepared, int a, int b, double relevance) {
    CompiledProblem compiled = prepared.compiled();
    Participant first = compiled.participant(a);
    Participant second = compiled.participant(b);
    Scoring scoring = compiled.problem().scoring();
    return Explanation.of(
        scoring.contributions(first, second),
        prepared.rules().softTermList(a, b, relevance),
        EXPLANATION_SKILLS);
  }
}
