package io.peermatch.core.kernel.general;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peermatch.core.graph.CandidateGraph;
import io.peermatch.core.graph.CandidateGraphBuilder;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class GreedyTrioCompletionTest {

  @Test
  void complete_oddPersonJoinsThePairWhereTheyAddMost() {
    // Pairs 0-1 and 2-3; person 4 knows everyone: 0 (1) + 1 (1) = 2 versus 2 (3) + 3 (2) = 5.
    CandidateGraph g =
        CandidateGraphBuilder.general(5)
            .addEdge(0, 1, 9)
            .addEdge(2, 3, 9)
            .addEdge(4, 0, 1)
            .addEdge(4, 1, 1)
            .addEdge(4, 2, 3)
            .addEdge(4, 3, 2)
            .build();
    GeneralMatchingResult m = BlossomMaximumWeightMatching.solve(g);
    GreedyTrioCompletion t = GreedyTrioCompletion.complete(g, m.mate());
    assertThat(t.trios()).hasDimensions(1, 3);
    assertThat(t.trios()[0]).containsExactly(2, 3, 4);
    assertThat(t.addedWeight()).containsExactly(5.0);
    assertThat(t.unplaced()).isEmpty();
  }

  @Test
  void complete_needsAnEdgeToBothMembers() {
    // 2 knows only 0 of the pair 0-1: no trio is allowed.
    CandidateGraph g = CandidateGraphBuilder.general(3).addEdge(0, 1, 5).addEdge(0, 2, 4).build();
    GreedyTrioCompletion t = GreedyTrioCompletion.complete(g, new int[] {1, 0, -1});
    assertThat(t.trios()).isEmpty();
    assertThat(t.unplaced()).containsExactly(2);
  }

  @Test
  void complete_asymmetricMate_rejected() {
    CandidateGraph g = CandidateGraphBuilder.general(3).addEdge(0, 1, 5).build();
    assertThatThrownBy(() -> GreedyTrioCompletion.complete(g, new int[] {1, -1, -1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vertex 0");
  }

  @Property(tries = 1000, seed = "20261129")
  void complete_rulesHold(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 1 + r.nextInt(30);
    CandidateGraph g = SmallGraphs.random(r, n, 0.1 + 0.6 * r.nextDouble(), r.nextInt(4));
    int[] mate = SuitorMatching.solve(g).mate();
    GreedyTrioCompletion t = GreedyTrioCompletion.complete(g, mate);
    boolean[] pairUsed = new boolean[n];
    boolean[] placed = new boolean[n];
    for (int i = 0; i < t.trios().length; i++) {
      int[] trio = t.trios()[i];
      int a = trio[0];
      int b = trio[1];
      int x = trio[2];
      assertThat(mate[a]).isEqualTo(b);
      assertThat(mate[x]).isEqualTo(-1);
      assertThat(pairUsed[a]).as("one extra per pair").isFalse();
      assertThat(placed[x]).isFalse();
      pairUsed[a] = true;
      placed[x] = true;
      int ea = g.edgeBetween(x, a);
      int eb = g.edgeBetween(x, b);
      assertThat(ea).isNotNegative();
      assertThat(eb).isNotNegative();
      assertThat(t.addedWeight()[i]).isEqualTo(g.weight(ea) + g.weight(eb));
    }
    // Maximality: no unplaced person has an allowed pair that is still free.
    for (int x : t.unplaced()) {
      assertThat(mate[x]).isEqualTo(-1);
      for (int a = 0; a < n; a++) {
        int b = mate[a];
        if (b > a && !pairUsed[a]) {
          assertThat(g.edgeBetween(x, a) >= 0 && g.edgeBetween(x, b) >= 0).isFalse();
        }
      }
    }
  }
}
