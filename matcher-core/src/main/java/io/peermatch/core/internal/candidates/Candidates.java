package io.peermatch.core.internal.candidates;

import io.peermatch.core.graph.CandidateGraph;

/**
 * The candidate graph of a problem and how it was made.
 *
 * @param graph the candidate pairs, vertices numbered as in the compiled problem
 * @param exact whether every pair scoring above zero was kept (exact mode) rather than the top K
 * @param nanos wall time of generation
 */
public record Candidates(CandidateGraph graph, boolean exact, long nanos) {}
