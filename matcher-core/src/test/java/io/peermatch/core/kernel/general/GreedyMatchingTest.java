package io.peermatch.core.kernel.general;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import org.junit.jupiter.api.Test;

class GreedyMatchingTest {

  @Test
  void solve_path_takesTheHeaviestEdgeFirst() {
    // a-b 1, b-c 1.5, c-d 1: greedy takes b-c (1.5) and is stuck; the optimum a-b + c-d is 2.
    CandidateGraph g =
        CandidateGraphBuilder.general(4)
            .addEdge(0, 1, 1)
            .addEdge(1, 2, 1.5)
            .addEdge(2, 3, 1)
            .build();
    int[] chosen = GreedyMatching.solve(g);
    assertThat(chosen).containsExactly(g.edgeBetween(1, 2));
  }

  @Test
  void solve_ties_brokenByEdgeOrder() {
    // Three edges of weight 1 on a triangle: (0,1) comes first in (u, v) order.
    CandidateGraph g =
        CandidateGraphBuilder.general(3).addEdge(1, 2, 1).addEdge(0, 2, 1).addEdge(0, 1, 1).build();
    assertThat(GreedyMatching.solve(g)).containsExactly(g.edgeBetween(0, 1));
  }

  @Test
  void solve_capacities_allowSeveralPartners() {
    // Mentor 0 (capacity 2) and mentees 1..3: takes the two heaviest.
    CandidateGraph g =
        CandidateGraphBuilder.bipartite(1, 3)
            .capacity(0, 2)
            .addEdge(0, 1, 0.5)
            .addEdge(0, 2, 0.9)
            .addEdge(0, 3, 0.7)
            .build();
    assertThat(GreedyMatching.solve(g)).containsExactly(g.edgeBetween(0, 2), g.edgeBetween(0, 3));
  }

  @Test
  void solve_nonPositiveWeights_neverTaken() {
    CandidateGraph g =
        CandidateGraphBuilder.general(4).addEdge(0, 1, 0.0).addEdge(2, 3, -1).build();
    assertThat(GreedyMatching.solve(g)).isEmpty();
  }

  @Test
  void solve_residualCapacities_areConsumedAndZeroBlocks() {
    CandidateGraph g =
        CandidateGraphBuilder.general(4).addEdge(0, 1, 3).addEdge(2, 3, 2).addEdge(1, 2, 1).build();
    int[] capacity = {0, 1, 1, 1};
    int[] chosen = GreedyMatching.solve(g, capacity);
    assertThat(chosen).containsExactly(g.edgeBetween(2, 3));
    assertThat(capacity).containsExactly(0, 1, 0, 0);
  }

  @Test
  void solve_emptyGraph_isEmpty() {
    assertThat(GreedyMatching.solve(CandidateGraphBuilder.general(0).build())).isEmpty();
    assertThat(GreedyMatching.solve(CandidateGraphBuilder.bipartite(3, 0).build())).isEmpty();
  }
}
