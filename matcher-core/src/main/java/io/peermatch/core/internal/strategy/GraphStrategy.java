package io.peermatch.core.internal.strategy;

import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.MatchingStrategy;
import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.internal.candidates.CandidateOptions;
import io.peermatch.core.internal.candidates.Prepared;
import io.peermatch.core.kernel.KernelResult;
import io.peermatch.core.kernel.SolveControl;
import java.util.Objects;

/**
 * A strategy that works on the candidate graph: the template every weighted strategy follows.
 *
 * <p>{@link #match(MatchingProblem)} compiles the problem, builds its candidate graph, fixes the
 * pinned pairs, hands the {@linkplain ResidualGraph residual graph} to {@link #solve} and turns the
 * chosen edges back into a {@link Matching} with explanations. Subclasses implement only the kernel
 * call. Stateless and thread-safe.
 */
public abstract class GraphStrategy implements MatchingStrategy {

  private final String name;
  private final CandidateOptions options;

  protected GraphStrategy(String name, CandidateOptions options) {
    this.name = Objects.requireNonNull(name, "name");
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public final String name() {
    return name;
  }

  /** The candidate options this strategy prepares problems with. */
  public final CandidateOptions candidateOptions() {
    return options;
  }

  @Override
  public final Matching match(MatchingProblem problem) {
    requireSupported(problem.kind());
    return match(Prepared.prepare(problem, options));
  }

  /** Matches an already prepared problem (so that several strategies can share one graph). */
  public final Matching match(Prepared prepared) {
    return match(prepared, SolveControl.none());
  }

  /**
   * Matches an already prepared problem under {@code control}: progress in the phase named after
   * this strategy (its kernel's own reports mapped into it), then {@value MatchingAssembler#PHASE}.
   *
   * @throws io.peermatch.api.MatchingCancelledException on an interrupt, or at the deadline unless
   *     the strategy returns its best matching so far (status {@link
   *     io.peermatch.api.MatchingStatus#DEADLINE_REACHED})
   */
  public final Matching match(Prepared prepared, SolveControl control) {
    requireSupported(prepared.problem().kind());
    control.check(name);
    control.progress(name, 0.0);
    int[] pinned = prepared.pinnedEdges();
    ResidualGraph residual = ResidualGraph.of(prepared.graph(), pinned, control);
    long start = System.nanoTime();
    KernelResult result = solve(residual.graph(), prepared, control.within(name, 0, 1));
    control.progress(name, 1.0);
    long nanos = System.nanoTime() - start;
    int[] edges = new int[pinned.length + result.edges().length];
    System.arraycopy(pinned, 0, edges, 0, pinned.length);
    for (int i = 0; i < result.edges().length; i++) {
      edges[pinned.length + i] = residual.originalEdge()[result.edges()[i]];
    }
    return MatchingAssembler.assemble(
        prepared,
        name,
        edges,
        result.status(),
        nanos,
        result.iterations(),
        result.diagnostics(),
        control);
  }

  /**
   * Fails if this strategy does not support problems of {@code kind}.
   *
   * @throws IllegalArgumentException naming the strategy, the shape and an alternative
   */
  public final void requireSupported(MatchingProblem.Kind kind) {
    if (!supports(kind)) {
      throw new IllegalArgumentException(unsupportedMessage(kind));
    }
  }

  /** The message for a problem shape this strategy does not support; may name an alternative. */
  protected String unsupportedMessage(MatchingProblem.Kind kind) {
    return "strategy '"
        + name
        + "' does not support "
        + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
        + " problems";
  }

  /**
   * Runs the kernel on {@code graph}, whose capacities already account for pinned pairs.
   *
   * @param graph the residual candidate graph (vertex ids as in the compiled problem)
   * @param prepared the whole prepared problem, for kernels that need more than weights
   * @param control the deadline, interruption and progress (in this strategy's phase)
   */
  protected abstract KernelResult solve(
      CandidateGraph graph, Prepared prepared, SolveControl control);
}
