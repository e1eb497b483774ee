package io.peermatch.core.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class CandidateGraphBuilderProperties {

  /** The graph equals a map of pair to heaviest weight, and its adjacency agrees with its edges. */
  @Property(tries = 300, seed = "20261129")
  void build_matchesAMapOfHeaviestEdges(@ForAll long seed) {
    Random rnd = new Random(seed);
    boolean bipartite = rnd.nextBoolean();
    int left = 1 + rnd.nextInt(20);
    int right = 1 + rnd.nextInt(20);
    int n = bipartite ? left + right : left;
    CandidateGraphBuilder b =
        bipartite ? CandidateGraphBuilder.bipartite(left, right) : CandidateGraphBuilder.general(n);
    Map<Long, Double> heaviest = new HashMap<>();
    int edges = rnd.nextInt(200);
    for (int i = 0; i < edges; i++) {
      int x;
      int y;
      if (bipartite) {
        x = rnd.nextInt(left);
        y = left + rnd.nextInt(right);
      } else {
        if (n < 2) {
          break;
        }
        x = rnd.nextInt(n);
        y = rnd.nextInt(n - 1);
        if (y >= x) {
          y++;
        }
      }
      double w = rnd.nextInt(7) - 2 + (rnd.nextBoolean() ? 0.5 : 0);
      b.addEdge(x, y, w);
      heaviest.merge((long) Math.min(x, y) * n + Math.max(x, y), w, Math::max);
    }
    CandidateGraph g = b.build();
    assertThat(g.edgeCount()).isEqualTo(heaviest.size());
    for (int e = 0; e < g.edgeCount(); e++) {
      assertThat(g.weight(e)).isEqualTo(heaviest.get((long) g.u(e) * n + g.v(e)));
      assertThat(g.edgeBetween(g.u(e), g.v(e))).isEqualTo(e);
      assertThat(g.edgeBetween(g.v(e), g.u(e))).isEqualTo(e);
    }
    int adjacencyTotal = 0;
    for (int x = 0; x < n; x++) {
      int previous = -1;
      for (int k = g.adjacencyStart(x); k < g.adjacencyEnd(x); k++) {
        int e = g.adjacentEdge(k);
        assertThat(g.u(e) == x || g.v(e) == x).isTrue();
        int other = g.other(e, x);
        assertThat(other).isGreaterThan(previous);
        previous = other;
        adjacencyTotal++;
      }
    }
    assertThat(adjacencyTotal).isEqualTo(2 * g.edgeCount());
    for (long key : heaviest.keySet()) {
      assertThat(g.edgeBetween((int) (key / n), (int) (key % n))).isNotNegative();
    }
  }
}
