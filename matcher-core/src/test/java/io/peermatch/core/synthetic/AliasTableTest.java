package io.peermatch.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AliasTableTest {

  @Test
  void sample_followsTheWeights() {
    double[] weights = {1, 2, 3, 0, 4, 0.5};
    AliasTable table = new AliasTable(weights);
    SplittableRandom random = new SplittableRandom(1);
    int draws = 400_000;
    int[] count = new int[weights.length];
    for (int i = 0; i < draws; i++) {
      count[table.sample(random)]++;
    }
    assertThat(count[3]).isZero();
    for (int i = 0; i < weights.length; i++) {
      assertThat(count[i] / (double) draws).isCloseTo(weights[i] / 10.5, within(0.004));
    }
  }

  @Test
  void constructor_needsAPositiveWeight() {
    assertThatThrownBy(() -> new AliasTable(new double[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights must have a positive sum but was 0.0");
  }

  @Property(tries = 200, seed = "20261129")
  void below_staysInRange(@ForAll @IntRange(min = 1, max = Integer.MAX_VALUE) int bound) {
    SplittableRandom random = new SplittableRandom(bound);
    for (int i = 0; i < 100; i++) {
      assertThat(Draw.below(random, bound)).isBetween(0, bound - 1);
    }
  }

  @Test
  void normal_isStandardAndBounded() {
    SplittableRandom random = new SplittableRandom(3);
    double sum = 0;
    double squares = 0;
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      double z = Draw.normal(random);
      assertThat(z).isBetween(-3.0, 3.0);
      sum += z;
      squares += z * z;
    }
    assertThat(sum / n).isCloseTo(0.0, within(0.01));
    assertThat(squares / n).isCloseTo(1.0, within(0.02));
  }

  @Test
  void uniform_inUnitInterval() {
    SplittableRandom random = new SplittableRandom(4);
    double sum = 0;
    for (int i = 0; i < 100_000; i++) {
      double u = Draw.uniform(random);
      assertThat(u).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
      sum += u;
    }
    assertThat(sum / 100_000).isCloseTo(0.5, within(0.005));
  }
}
