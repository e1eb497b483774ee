package io.peermatch.core.internal.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import org.junit.jupiter.api.Test;

class ResidualGraphTest {

  // Mentors 0 (cap 2), 1 (cap 1); mentees 2, 3, 4 (cap 1).
  private final CandidateGraph full =
      CandidateGraphBuilder.bipartite(2, 3)
          .capacity(0, 2)
          .addEdge(0, 2, 0.9)
          .addEdge(0, 3, 0.8)
          .addEdge(0, 4, 0.7)
          .addEdge(1, 2, 0.6)
          .addEdge(1, 4, 0.5)
          .build();

  @Test
  void of_noPins_isTheFullGraph() {
    ResidualGraph r = ResidualGraph.of(full, new int[0]);
    assertThat(r.graph()).isSameAs(full);
    assertThat(r.originalEdge()).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void of_pins_reduceCapacitiesAndDropFullVertices() {
    // Pin 0-3: mentor 0 keeps 1 slot, mentee 3 is full. Pin 1-4: mentor 1 and mentee 4 are full.
    int pin03 = full.edgeBetween(0, 3);
    int pin14 = full.edgeBetween(1, 4);
    ResidualGraph r = ResidualGraph.of(full, new int[] {pin03, pin14});
    CandidateGraph g = r.graph();
    // Left: 0-2 only (0-3 pinned, 0-4 touches full 4, 1-x touch full 1).
    assertThat(g.edgeCount()).isEqualTo(1);
    assertThat(g.u(0)).isEqualTo(0);
    assertThat(g.v(0)).isEqualTo(2);
    assertThat(r.originalEdge()).containsExactly(full.edgeBetween(0, 2));
    assertThat(g.capacity(0)).isEqualTo(1);
    assertThat(g.capacity(2)).isEqualTo(1);
    assertThat(g.weight(0)).isEqualTo(0.9);
  }
}
