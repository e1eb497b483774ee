/**
 * PeerMatch core: matches people to people inside organisations.
 *
 * <p>For applications, one package: {@link io.peermatch.core} (the facade {@link
 * io.peermatch.core.PeerMatch}, {@link io.peermatch.core.Strategy}, {@link
 * io.peermatch.core.MatchOptions}, {@link io.peermatch.core.PreparedProblem}, rounds, suggestions
 * and evaluation), with the vocabulary of {@code io.peermatch.api}, which this module passes on.
 *
 * <p>For researchers: {@link io.peermatch.core.graph} (candidate graphs, the kernels' input),
 * {@link io.peermatch.core.kernel} and its four sub-packages (the raw algorithms with their
 * independent checkers) and {@link io.peermatch.core.synthetic} (seeded synthetic organisations).
 *
 * <p>Everything under {@code io.peermatch.core.internal} is the engine: not exported, free to
 * change in any release.
 */
module io.peermatch.core {
  requires transitive io.peermatch.api;

  exports io.peermatch.core;
  exports io.peermatch.core.graph;
  exports io.peermatch.core.kernel;
  exports io.peermatch.core.kernel.bipartite;
  exports io.peermatch.core.kernel.general;
  exports io.peermatch.core.kernel.grouping;
  exports io.peermatch.core.kernel.stable;
  exports io.peermatch.core.synthetic;
}
