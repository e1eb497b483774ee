package io.peermatch.core.kernel.general;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The lazy 4-ary heap against a plain list of the entries it holds: pops come out in key order. */
class DoubleMinHeapTest {

  private record Entry(double key, int item) {}

  @Property(tries = 2000, seed = "20261129")
  void popOrderMatchesReferenceSort(@ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int items = 1 + random.nextInt(12);
    // Few distinct keys, so that ties and repeated entries of one item are common.
    int distinctKeys = 1 + random.nextInt(20);
    DoubleMinHeap heap = new DoubleMinHeap(1 + random.nextInt(4));
    List<Entry> model = new ArrayList<>();
    int operations = random.nextInt(300);
    for (int op = 0; op < operations; op++) {
      if (model.isEmpty() || random.nextInt(3) != 0) {
        double key = random.nextInt(distinctKeys) * 0.5;
        int item = random.nextInt(items);
        heap.push(key, item);
        model.add(new Entry(key, item));
      } else {
        double min = Double.POSITIVE_INFINITY;
        for (Entry x : model) {
          min = Math.min(min, x.key());
        }
        assertThat(heap.minKey()).isEqualTo(min);
        assertThat(model.remove(new Entry(heap.minKey(), heap.minItem()))).isTrue();
        heap.pop();
      }
      assertThat(heap.size()).isEqualTo(model.size());
    }
    List<Entry> sorted = new ArrayList<>(model);
    sorted.sort(Comparator.comparingDouble(Entry::key));
    for (Entry expected : sorted) {
      assertThat(heap.minKey()).isEqualTo(expected.key());
      assertThat(model.remove(new Entry(heap.minKey(), heap.minItem()))).isTrue();
      heap.pop();
    }
    assertThat(heap.isEmpty()).isTrue();
    assertThat(model).isEmpty();
  }

  @Test
  void growsPastItsCapacityAndKeepsEqualKeysApart() {
    DoubleMinHeap heap = new DoubleMinHeap(1);
    for (int i = 0; i < 100; i++) {
      heap.push(i % 3, i);
    }
    int[] perKey = new int[3];
    double last = -1;
    while (!heap.isEmpty()) {
      assertThat(heap.minKey()).isGreaterThanOrEqualTo(last);
      last = heap.minKey();
      assertThat(heap.minItem() % 3).isEqualTo((int) heap.minKey());
      perKey[(int) heap.minKey()]++;
      heap.pop();
    }
    assertThat(perKey).containsExactly(34, 33, 33);
  }
}
