/**
 * For researchers: the contract of the raw kernels, which every strategy of {@link
 * io.peermatch.core.Strategy} may offer for raw instances (edge lists and ranked lists) without
 * participants, skills or rules.
 *
 * <p>A strategy's kernels are found by its typed name: {@code
 * Strategy.MAX_WEIGHT.assignmentKernel().solve(graph)}, or by its string name and the kind of
 * instance with {@link io.peermatch.core.Strategy#of(String, InstanceKind)}. {@link GraphKernel}
 * takes a {@link io.peermatch.core.graph.CandidateGraph} (bipartite for {@link
 * InstanceKind#ASSIGNMENT}, one pool for {@link InstanceKind#GENERAL}) and returns a {@link
 * KernelResult}; {@link MarriageKernel} and {@link RoommatesKernel} take the ranked-list instances
 * of {@link io.peermatch.core.kernel.stable}.
 *
 * <p>The algorithms themselves, each with its independent checker, are public in three packages:
 * {@link io.peermatch.core.kernel.bipartite} (two sides, weighted), {@link
 * io.peermatch.core.kernel.general} (one pool, weighted) and {@link
 * io.peermatch.core.kernel.stable} (ranked lists). Kernels trust their inputs as built by {@code
 * CandidateGraphBuilder} and the instance builders, which validate them.
 */
package io.peermatch.core.kernel;
