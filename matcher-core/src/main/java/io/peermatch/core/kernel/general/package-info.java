/**
 * Matching in one pool (general, non-bipartite graphs): peers pair among themselves.
 *
 * <p>All kernels take a {@link io.peermatch.core.graph.CandidateGraph} (vertices are people, edges
 * allowed pairs with weights; edges of weight at most 0 are never matched) and return a {@link
 * io.peermatch.core.kernel.general.GeneralMatchingResult}: matched edge ids, a partner array, the
 * weight, and for the blossom kernel a {@link
 * io.peermatch.core.kernel.general.GeneralDualCertificate}.
 *
 * <ul>
 *   <li>{@link io.peermatch.core.kernel.general.BlossomMaximumWeightMatching#solve(
 *       io.peermatch.core.graph.CandidateGraph)}: the exact optimum, with a certificate; {@code
 *       solve(graph, 0.01)} stops at a proven 1 % gap, about twice as fast.
 *   <li>{@link io.peermatch.core.kernel.general.SuitorMatching}: the greedy-equal 1/2-approximation
 *       in linear time, and {@code solveImproved} with depth-limited augmenting paths and cycles
 *       (about 99 % of the optimum in practice), {@code solveImprovedWithBound} with a proven upper
 *       bound from {@link io.peermatch.core.kernel.general.FractionalCoverUpperBound}.
 *   <li>{@link io.peermatch.core.kernel.general.VertexSplittingBMatching}: capacities above one (a
 *       person who wants several peers), exact, by reduction.
 *   <li>{@link io.peermatch.core.kernel.general.GreedyTrioCompletion}: groups of three for the
 *       people a matching leaves single (odd counts).
 *   <li>{@link io.peermatch.core.kernel.general.GeneralMatchingChecker}: the independent checker
 *       (feasibility, optimality from a certificate, dual feasibility for upper bounds).
 * </ul>
 */
package io.peermatch.core.kernel.general;
