/**
 * For researchers: weighted matching on two sides (assignment, b-matching), each kernel with a
 * certificate and an independent checker.
 *
 * <ul>
 *   <li>{@link io.peermatch.core.kernel.bipartite.SuccessiveShortestPathBipartiteMatching}: the
 *       exact maximum-weight b-matching of a sparse bipartite {@link
 *       io.peermatch.core.graph.CandidateGraph}, with dual potentials (what {@code max-weight} runs
 *       on two-sided problems).
 *   <li>{@link io.peermatch.core.kernel.bipartite.AuctionBipartiteMatching}: Bertsekas' ε-scaled
 *       auction for very large one-to-one problems, with a proven upper bound.
 *   <li>{@link io.peermatch.core.kernel.bipartite.JonkerVolgenantAssignment}: the dense assignment
 *       problem on a {@link io.peermatch.core.kernel.bipartite.DenseAssignment} matrix.
 *   <li>{@link io.peermatch.core.kernel.bipartite.MaximumWeightBipartiteMatchingChecker}: the
 *       independent checker (feasibility, optimality from the duals).
 * </ul>
 *
 * <p>Results are {@link io.peermatch.core.kernel.bipartite.BipartiteMatchingResult}: matched edge
 * ids, the weight and the dual potentials.
 */
package io.peermatch.core.kernel.bipartite;
