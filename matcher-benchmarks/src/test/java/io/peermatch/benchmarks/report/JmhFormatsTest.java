package io.peermatch.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JmhFormatsTest {

  @Test
  void time_picksTheUnitThatKeepsTheScoreAboveOne() {
    assertThat(Formats.time(0.000_5, Double.NaN)).isEqualTo("500 ns");
    assertThat(Formats.time(0.25, 0.01)).isEqualTo("250 ± 10 µs");
    assertThat(Formats.time(3.14159, 0.2)).isEqualTo("3.14 ± 0.20 ms");
    assertThat(Formats.time(999.4, 5)).isEqualTo("999 ± 5 ms");
    assertThat(Formats.time(1234, 56)).isEqualTo("1.23 ± 0.06 s");
    assertThat(Formats.time(123_456, Double.NaN)).isEqualTo("123 s");
  }

  @Test
  void bytes_binaryUnits() {
    assertThat(Formats.bytes(0.5)).isEqualTo("0.500 B");
    assertThat(Formats.bytes(651)).isEqualTo("651 B");
    assertThat(Formats.bytes(1024)).isEqualTo("1.00 KiB");
    assertThat(Formats.bytes(3 * 1024 * 1024)).isEqualTo("3.00 MiB");
    assertThat(Formats.bytes(5.5 * 1024 * 1024 * 1024)).isEqualTo("5.50 GiB");
    assertThat(Formats.bytes(Double.NaN)).isEqualTo("—");
  }

  @Test
  void throughput_opsPerSecond() {
    assertThat(Formats.throughput(12.5, 0.25)).isEqualTo("12.5 ± 0.3 ops/s");
  }
}
