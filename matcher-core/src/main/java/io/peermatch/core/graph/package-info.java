/**
 * For researchers: candidate graphs, the input of every weighted kernel. A {@link
 * io.peermatch.core.graph.CandidateGraph} is a sparse weighted graph in CSR arrays (bipartite for
 * two-sided problems, general for one pool) with a capacity per vertex; build one from an edge list
 * with {@link io.peermatch.core.graph.CandidateGraphBuilder}, or take the one a strategy runs on
 * from {@link io.peermatch.core.PreparedProblem#candidateGraph()}.
 */
package io.peermatch.core.graph;
