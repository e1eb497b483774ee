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

  /**
   * The keys moved to the front are the {@code keep} largest, whatever the sizes: small counts (the
   * plain quickselect), large ones with few kept (the sampled pivot), keys in ascending, descending
   * or random order and in few distinct high halves (ties of the partial sums).
   */
  @Property(tries = 2000, seed = "20261205")
  void selectLargest_movesTheLargestKeysToTheFront(@ForAll long seed) {
    Random rnd = new Random(seed);
    int count = rnd.nextInt(4) == 0 ? rnd.nextInt(300) : 256 + rnd.nextInt(4000);
    int keep = rnd.nextInt(3) == 0 ? rnd.nextInt(count + 2) : rnd.nextInt(1 + count / 8);
    int order = rnd.nextInt(3);
    int highs = 1 + rnd.nextInt(rnd.nextBoolean() ? 4 : 1000);
    long[] keys = new long[count + rnd.nextInt(3)];
    for (int i = 0; i < count; i++) {
      long high = order == 0 ? rnd.nextInt(highs) : (long) i * highs / Math.max(1, count);
      if (order == 2) {
        high = highs - high;
      }
      keys[i] = (high << 32) | (0xFFFFFFFFL - i);
    }
    long[] sorted = java.util.Arrays.copyOf(keys, count);
    java.util.Arrays.sort(sorted);
    TopK.selectLargest(keys, count, keep, new long[TopK.SAMPLE]);
    int kept = Math.min(Math.max(keep, 0), count);
    long[] front = java.util.Arrays.copyOf(keys, kept);
    java.util.Arrays.sort(front);
    assertThat(front).containsExactly(java.util.Arrays.copyOfRange(sorted, count - kept, count));
    long[] all = java.util.Arrays.copyOf(keys, count);
    java.util.Arrays.sort(all);
    assertThat(all).containsExactly(sorted);
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
