package io.peermatch.core.internal.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class TopKProperties {

  /** The first {@code keep} entries equal the head of a full sort by (score desc, id asc). */
  @Property(tries = 1000, seed = "20261129")
  void select_equalsTheHeadOfAFullSort(@ForAll long seed) {
    Random rnd = new Random(seed);
    int count = rnd.nextInt(60);
    int capacity = count + rnd.nextInt(5);
    int keep = rnd.nextInt(count + 3);
    int[] ids = new int[capacity];
    double[] score = new double[capacity];
    double[] aux = new double[capacity];
    List<double[]> reference = new ArrayList<>();
    int idRange = 1 + rnd.nextInt(200);
    java.util.Set<Integer> used = new java.util.HashSet<>();
    for (int i = 0; i < count; i++) {
      int id;
      do {
        id = rnd.nextInt(idRange + count);
      } while (!used.add(id));
      ids[i] = id;
      // Few distinct scores, so that ties are common.
      score[i] = rnd.nextInt(5) - 1.5 * rnd.nextInt(2);
      aux[i] = id * 10.0 + 0.5;
      reference.add(new double[] {score[i], id, aux[i]});
    }
    reference.sort(
        Comparator.comparingDouble((double[] r) -> -r[0])
            .thenComparingDouble((double[] r) -> r[1]));
    TopK.select(ids, score, aux, count, keep);
    int kept = Math.min(keep, count);
    for (int r = 0; r < kept; r++) {
      assertThat(score[r]).isEqualTo(reference.get(r)[0]);
      assertThat((double) ids[r]).isEqualTo(reference.get(r)[1]);
      assertThat(aux[r]).isEqualTo(reference.get(r)[2]);
    }
  }

  @Property(tries = 20, seed = "20261129")
  void select_keepZero_changesNothing(@ForAll long seed) {
    int[] ids = {3, 1, 2};
    double[] score = {1, 2, 3};
    double[] aux = {0, 0, 0};
    TopK.select(ids, score, aux, 3, 0);
    assertThat(ids).containsExactly(3, 1, 2);
  }
}
