package io.peermatch.core.internal.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LongHashSetProperties {

  @Provide
  Arbitrary<List<Long>> keys() {
    Arbitrary<Long> small = Arbitraries.longs().between(-50, 50);
    Arbitrary<Long> any = Arbitraries.longs().filter(k -> k != Long.MIN_VALUE);
    // Keys that differ only in high bits, to stress the hash mixing.
    Arbitrary<Long> high = Arbitraries.integers().between(0, 64).map(i -> (long) i << 40);
    return Arbitraries.oneOf(small, any, high, Arbitraries.just(Long.MAX_VALUE))
        .list()
        .ofMaxSize(500);
  }

  @Property(tries = 500, seed = "20261129")
  void addAndContains_agreeWithHashSet(
      @ForAll("keys") List<Long> added,
      @ForAll("keys") List<Long> probes,
      @ForAll @IntRange(min = 0, max = 64) int expected) {
    LongHashSet set = new LongHashSet(expected);
    Set<Long> reference = new HashSet<>();
    for (long k : added) {
      assertThat(set.add(k)).isEqualTo(reference.add(k));
      assertThat(set.size()).isEqualTo(reference.size());
    }
    for (long k : added) {
      assertThat(set.contains(k)).isTrue();
    }
    for (long k : probes) {
      assertThat(set.contains(k)).isEqualTo(reference.contains(k));
    }
  }

  @Test
  void add_reservedKey_rejected() {
    assertThatThrownBy(() -> new LongHashSet(4).add(Long.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reserved");
    assertThat(new LongHashSet(4).contains(Long.MIN_VALUE)).isFalse();
  }
}
