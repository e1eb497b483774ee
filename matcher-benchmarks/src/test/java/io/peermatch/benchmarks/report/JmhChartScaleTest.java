package io.peermatch.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class JmhChartScaleTest {

  @Test
  void covering_roundsOutToWholeDecades() {
    LogAxis axis = LogAxis.covering(1500, 250_000, 0, 100);

    assertThat(axis.lo()).isEqualTo(3);
    assertThat(axis.hi()).isEqualTo(6);
  }

  @Test
  void covering_exactDecadesStay() {
    LogAxis axis = LogAxis.covering(1000, 100_000, 0, 100);

    assertThat(axis.lo()).isEqualTo(3);
    assertThat(axis.hi()).isEqualTo(5);
  }

  @Test
  void covering_oneValue_spansOneDecade() {
    LogAxis axis = LogAxis.covering(1000, 1000, 0, 100);

    assertThat(axis.lo()).isEqualTo(3);
    assertThat(axis.hi()).isEqualTo(4);
  }

  @Test
  void map_decadesAndInBetween() {
    LogAxis x = new LogAxis(3, 5, 90, 710);

    assertThat(x.map(1000)).isCloseTo(90, within(1e-9));
    assertThat(x.map(10_000)).isCloseTo(400, within(1e-9));
    assertThat(x.map(100_000)).isCloseTo(710, within(1e-9));
    assertThat(x.map(Math.sqrt(10) * 1000)).isCloseTo(245, within(1e-9));
  }

  @Test
  void map_upwardsAxis_smallValuesAtTheBottom() {
    LogAxis y = new LogAxis(0, 2, 400, 0);

    assertThat(y.map(1)).isCloseTo(400, within(1e-9));
    assertThat(y.map(10)).isCloseTo(200, within(1e-9));
    assertThat(y.map(100)).isCloseTo(0, within(1e-9));
  }

  @Test
  void covering_nonPositive_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LogAxis.covering(0, 10, 0, 1))
        .withMessage("an axis needs positive finite values but got min 0.0 and max 10.0");
  }

  @Test
  void tickLabels() {
    assertThat(ScalingChart.peopleLabel(0)).isEqualTo("1");
    assertThat(ScalingChart.peopleLabel(2)).isEqualTo("100");
    assertThat(ScalingChart.peopleLabel(4)).isEqualTo("10k");
    assertThat(ScalingChart.peopleLabel(6)).isEqualTo("1M");
    assertThat(ScalingChart.timeLabel(-6)).isEqualTo("1 ns");
    assertThat(ScalingChart.timeLabel(-2)).isEqualTo("10 µs");
    assertThat(ScalingChart.timeLabel(0)).isEqualTo("1 ms");
    assertThat(ScalingChart.timeLabel(2)).isEqualTo("100 ms");
    assertThat(ScalingChart.timeLabel(3)).isEqualTo("1 s");
    assertThat(ScalingChart.timeLabel(5)).isEqualTo("100 s");
  }

  @Test
  void escape_xml() {
    assertThat(ScalingChart.escape("a<b & \"c\">")).isEqualTo("a&lt;b &amp; &quot;c&quot;&gt;");
  }
}
