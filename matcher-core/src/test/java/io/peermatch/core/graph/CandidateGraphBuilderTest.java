package io.peermatch.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CandidateGraphBuilderTest {

  @Test
  void addEdge_vertexOutOfRange_rejectedNamingRangeAndValue() {
    assertThatThrownBy(() -> CandidateGraphBuilder.general(3).addEdge(0, 3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("vertex must be in [0, 3) but was 3");
    assertThatThrownBy(() -> CandidateGraphBuilder.general(3).addEdge(-1, 2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> CandidateGraphBuilder.bipartite(2, 2).addEdge(0, 4, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[0, 4)");
  }

  @Test
  void expectEdges_outOfRange_rejectedNamingTheValue() {
    assertThatThrownBy(() -> CandidateGraphBuilder.general(3).expectEdges(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was -1");
  }

  @Test
  void expectEdges_thenFewerOrMore_buildsTheSameGraph() {
    CandidateGraph sized =
        CandidateGraphBuilder.general(4)
            .expectEdges(2)
            .addEdge(2, 3, 1.5)
            .addEdge(0, 1, 2)
            .addEdge(1, 0, 3)
            .build();
    CandidateGraph plain =
        CandidateGraphBuilder.general(4)
            .addEdge(2, 3, 1.5)
            .addEdge(0, 1, 2)
            .addEdge(1, 0, 3)
            .build();
    assertThat(sized.edgeCount()).isEqualTo(2).isEqualTo(plain.edgeCount());
    for (int e = 0; e < 2; e++) {
      assertThat(sized.u(e)).isEqualTo(plain.u(e));
      assertThat(sized.v(e)).isEqualTo(plain.v(e));
      assertThat(sized.weight(e)).isEqualTo(plain.weight(e));
    }
    assertThat(sized.weight(0)).isEqualTo(3.0);
    CandidateGraph roomy =
        CandidateGraphBuilder.general(4).expectEdges(100).addEdge(2, 3, 1.5).build();
    assertThat(roomy.edgeCount()).isEqualTo(1);
  }

  @Test
  void addEdge_selfPair_rejected() {
    assertThatThrownBy(() -> CandidateGraphBuilder.general(3).addEdge(1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("self-pair")
        .hasMessageContaining("(1, 1)");
  }

  @Test
  void addEdge_sameSide_rejected() {
    assertThatThrownBy(() -> CandidateGraphBuilder.bipartite(2, 3).addEdge(0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("edge (0, 1)")
        .hasMessageContaining("left vertex (< 2)");
    assertThatThrownBy(() -> CandidateGraphBuilder.bipartite(2, 3).addEdge(2, 4, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("edge (2, 4)");
    // Right-to-left order is also refused: u must be on the left.
    assertThatThrownBy(() -> CandidateGraphBuilder.bipartite(2, 3).addEdge(3, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addEdge_nonFiniteWeight_rejectedNamingEdgeAndValue() {
    assertThatThrownBy(() -> CandidateGraphBuilder.general(3).addEdge(0, 1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must be finite but was NaN for edge (0, 1)");
    assertThatThrownBy(
            () -> CandidateGraphBuilder.general(3).addEdge(0, 2, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Infinity");
    assertThatThrownBy(
            () -> CandidateGraphBuilder.general(3).addEdge(0, 2, 1.0, Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("relevance must be finite");
  }

  @Test
  void capacity_belowOne_rejectedNamingVertexAndValue() {
    assertThatThrownBy(() -> CandidateGraphBuilder.general(3).capacity(2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity must be at least 1 but was 0 for vertex 2");
    assertThatThrownBy(() -> CandidateGraphBuilder.general(3).capacities(new int[] {1, -1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vertex 1");
    assertThatThrownBy(() -> CandidateGraphBuilder.general(3).capacities(new int[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 3 capacities but got 2");
  }

  @Test
  void counts_negative_rejected() {
    assertThatThrownBy(() -> CandidateGraphBuilder.general(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CandidateGraphBuilder.bipartite(2, -3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void duplicates_heavierWinsInEitherOrder() {
    CandidateGraph g =
        CandidateGraphBuilder.general(3)
            .addEdge(2, 0, 1.0, 0.1)
            .addEdge(0, 2, 3.0, 0.3)
            .addEdge(0, 2, 2.0, 0.2)
            .addEdge(1, 2, 5.0)
            .addEdge(2, 1, 4.0)
            .build();
    assertThat(g.edgeCount()).isEqualTo(2);
    int e02 = g.edgeBetween(0, 2);
    assertThat(g.weight(e02)).isEqualTo(3.0);
    assertThat(g.relevance(e02)).isEqualTo(0.3); // relevance travels with the heavier weight
    assertThat(g.weight(g.edgeBetween(2, 1))).isEqualTo(5.0);
  }

  @Test
  void build_edgesSortedAndAdjacencySortedByOtherEnd() {
    CandidateGraphBuilder b = CandidateGraphBuilder.general(6);
    int[][] edges = {{4, 5}, {0, 3}, {3, 1}, {5, 0}, {2, 3}, {1, 0}, {4, 3}, {2, 5}};
    for (int[] e : edges) {
      b.addEdge(e[0], e[1], e[0] + 10 * e[1]);
    }
    CandidateGraph g = b.build();
    assertThat(g.edgeCount()).isEqualTo(edges.length);
    for (int e = 0; e < g.edgeCount(); e++) {
      assertThat(g.u(e)).isLessThan(g.v(e));
      if (e > 0) {
        long prev = (long) g.u(e - 1) * 6 + g.v(e - 1);
        long cur = (long) g.u(e) * 6 + g.v(e);
        assertThat(cur).isGreaterThan(prev);
      }
    }
    for (int x = 0; x < 6; x++) {
      int previous = -1;
      int degree = 0;
      for (int k = g.adjacencyStart(x); k < g.adjacencyEnd(x); k++) {
        int other = g.other(g.adjacentEdge(k), x);
        assertThat(other).isGreaterThan(previous);
        previous = other;
        degree++;
      }
      assertThat(degree).isEqualTo(g.degree(x));
    }
    // Vertex 3 touches 0, 1, 2 and 4.
    int[] others = new int[g.degree(3)];
    for (int k = 0; k < others.length; k++) {
      others[k] = g.other(g.adjacentEdge(g.adjacencyStart(3) + k), 3);
    }
    assertThat(others).containsExactly(0, 1, 2, 4);
  }

  @Test
  void edgeBetween_findsEitherOrderAndMissesAbsentPairs() {
    CandidateGraph g =
        CandidateGraphBuilder.bipartite(2, 3)
            .addEdge(0, 4, 1)
            .addEdge(1, 2, 2)
            .addEdge(0, 2, 3)
            .build();
    int e = g.edgeBetween(4, 0);
    assertThat(e).isEqualTo(g.edgeBetween(0, 4)).isNotNegative();
    assertThat(g.weight(e)).isEqualTo(1);
    assertThat(g.edgeBetween(1, 3)).isEqualTo(-1);
    assertThat(g.edgeBetween(1, 4)).isEqualTo(-1);
    assertThat(g.isBipartite()).isTrue();
    assertThat(g.leftCount()).isEqualTo(2);
    assertThat(g.rightCount()).isEqualTo(3);
  }

  @Test
  void capacities_defaultOneAndSettable() {
    CandidateGraph g = CandidateGraphBuilder.general(3).capacity(1, 4).build();
    assertThat(g.capacities()).containsExactly(1, 4, 1);
    assertThat(g.edgeCount()).isZero();
  }

  @Test
  void of_buildsTheSameGraphAsTheBuilder() {
    CandidateGraph g =
        CandidateGraph.of(4, -1, new int[] {3, 0}, new int[] {1, 2}, new double[] {1, 2}, null);
    assertThat(g.isBipartite()).isFalse();
    assertThat(g.edgeCount()).isEqualTo(2);
    assertThat(g.u(0)).isEqualTo(0);
    assertThat(g.v(0)).isEqualTo(2);
    assertThat(g.u(1)).isEqualTo(1);
    assertThat(g.v(1)).isEqualTo(3);
    assertThat(g.totalWeight(new int[] {0, 1})).isEqualTo(3);
  }
}
