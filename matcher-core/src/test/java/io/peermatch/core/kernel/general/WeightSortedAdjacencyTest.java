package io.peermatch.core.kernel.general;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import io.peermatch.core.kernel.SolveControl;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class WeightSortedAdjacencyTest {

  /**
   * Each vertex's list is its positive-weight edges, heaviest first, ties by the other end,
   * whatever the number of threads: against lists made one edge at a time and sorted by a
   * comparator. Weights in modes 1 to 3 tie often; mode 2 has zero and negative weights.
   */
  @Property(tries = 1000, seed = "20261206")
  void lists_arePositiveEdgesHeaviestFirst_onAnyNumberOfThreads(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    CandidateGraph g = SmallGraphs.random(r, r.nextInt(40), r.nextDouble(), r.nextInt(4));
    List<List<double[]>> expected = reference(g);
    for (int threads : new int[] {1, 3}) {
      assertLists(WeightSortedAdjacency.of(g, SolveControl.none(), "adjacency", threads), expected);
    }
  }

  /**
   * Enough vertices for several chunks of the parallel passes (16,384 vertices each), and a degree
   * large enough for the sort to matter.
   */
  @Test
  void largeGraph_severalChunks_sameAsTheReference() {
    SplittableRandom r = new SplittableRandom(7);
    int n = 40_000;
    CandidateGraphBuilder b = CandidateGraphBuilder.general(n);
    for (int u = 0; u < n; u++) {
      for (int i = 0; i < 4; i++) {
        int v = r.nextInt(n);
        if (v != u) {
          b.addEdge(Math.min(u, v), Math.max(u, v), SmallGraphs.weight(r, r.nextInt(3)));
        }
      }
    }
    CandidateGraph g = b.build();
    List<List<double[]>> expected = reference(g);
    for (int threads : new int[] {1, 2, 4}) {
      assertLists(WeightSortedAdjacency.of(g, SolveControl.none(), "adjacency", threads), expected);
    }
  }

  /** Per vertex: (other end, weight) of its positive edges, heaviest first, ties by other end. */
  private static List<List<double[]>> reference(CandidateGraph g) {
    List<List<double[]>> lists = new ArrayList<>();
    for (int v = 0; v < g.vertexCount(); v++) {
      lists.add(new ArrayList<>());
    }
    for (int e = 0; e < g.edgeCount(); e++) {
      if (g.weight(e) > 0) {
        lists.get(g.u(e)).add(new double[] {g.v(e), g.weight(e)});
        lists.get(g.v(e)).add(new double[] {g.u(e), g.weight(e)});
      }
    }
    Comparator<double[]> heaviestFirst =
        Comparator.<double[]>comparingDouble(x -> -x[1]).thenComparingDouble(x -> x[0]);
    for (List<double[]> list : lists) {
      list.sort(heaviestFirst);
    }
    return lists;
  }

  private static void assertLists(WeightSortedAdjacency adj, List<List<double[]>> expected) {
    assertThat(adj.vertexCount).isEqualTo(expected.size());
    for (int v = 0; v < expected.size(); v++) {
      List<double[]> list = expected.get(v);
      assertThat(adj.offset[v + 1] - adj.offset[v]).as("degree of %d", v).isEqualTo(list.size());
      for (int i = 0; i < list.size(); i++) {
        int at = adj.offset[v] + i;
        assertThat(adj.other[at]).as("vertex %d, entry %d", v, i).isEqualTo((int) list.get(i)[0]);
        assertThat(adj.weight[at]).as("vertex %d, entry %d", v, i).isEqualTo(list.get(i)[1]);
      }
    }
  }
}
