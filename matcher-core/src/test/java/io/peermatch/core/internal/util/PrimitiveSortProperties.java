package io.peermatch.core.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PrimitiveSortProperties {

  private static final double[] SPECIAL = {
    0.0,
    -0.0,
    1.0,
    -1.0,
    0.5,
    Double.MIN_VALUE,
    -Double.MIN_VALUE,
    Double.MIN_NORMAL,
    Double.MAX_VALUE,
    -Double.MAX_VALUE,
    1e300,
    -1e300,
    1e-300,
    -1e-300,
    Double.POSITIVE_INFINITY,
    Double.NEGATIVE_INFINITY
  };

  @Provide
  Arbitrary<double[]> values() {
    Arbitrary<Double> special = Arbitraries.of(0, SPECIAL.length - 1).map(i -> SPECIAL[i]);
    Arbitrary<Double> ties = Arbitraries.integers().between(-3, 3).map(i -> i / 2.0);
    Arbitrary<Double> any =
        Arbitraries.doubles().between(-1e12, 1e12).withSpecialValue(0.0).withSpecialValue(-0.0);
    Arbitrary<Double> bits =
        Arbitraries.longs().map(Double::longBitsToDouble).filter(d -> !Double.isNaN(d));
    Arbitrary<Double> element =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, special),
            net.jqwik.api.Tuple.of(3, ties),
            net.jqwik.api.Tuple.of(3, any),
            net.jqwik.api.Tuple.of(2, bits));
    return element
        .list()
        .ofMaxSize(400)
        .map(
            list -> {
              double[] a = new double[list.size()];
              for (int i = 0; i < a.length; i++) {
                a[i] = list.get(i);
              }
              return a;
            });
  }

  @Property(tries = 1000, seed = "20261129")
  void indicesByDescendingValue_equalsBoxedStableSort(@ForAll("values") double[] values) {
    assertThat(PrimitiveSort.indicesByDescendingValue(values)).containsExactly(reference(values));
  }

  /** A boxed, stable, obviously right reference; -0.0 and 0.0 are equal values. */
  static int[] reference(double[] values) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      order.add(i);
    }
    order.sort((i, j) -> Double.compare(values[j] + 0.0, values[i] + 0.0));
    return order.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void indicesByDescendingValue_handExample() {
    double[] v = {0.5, -0.0, 2.0, 0.0, 0.5, -3.0};
    // 2.0 (2), 0.5 (0, 4), zeros in index order (1, 3), -3.0 (5)
    assertThat(PrimitiveSort.indicesByDescendingValue(v)).containsExactly(2, 0, 4, 1, 3, 5);
    assertThat(PrimitiveSort.indicesByDescendingValue(new double[0])).isEmpty();
  }
}
