package io.peermatch.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scale tool's parts: options, the result line, the GC log, the table, and one small run. */
class ScaleRunTest {

  @Test
  void parse_defaults_aMillionPeopleEveryStrategyOfBothShapesWith4g() {
    ScaleOptions o = ScaleOptions.parse(new String[0]);
    assertThat(o.people()).isEqualTo(1_000_000);
    assertThat(o.heap()).isEqualTo("4g");
    assertThat(o.fallbackHeap()).isEqualTo("6g");
    assertThat(o.cpus()).isEqualTo(2);
    assertThat(o.out()).isEqualTo(Path.of("target", "scale.md"));
    List<ScaleOptions.Job> jobs = o.jobs();
    assertThat(jobs)
        .contains(
            new ScaleOptions.Job("mentoring", "max-weight"),
            new ScaleOptions.Job("mentoring", "diversity-seeking"),
            new ScaleOptions.Job("pool", "stable-roommates"))
        .hasSize(
            EndToEndBenchmark.TwoSidedStrategy.values().length
                + PoolEndToEndBenchmark.PoolStrategy.values().length);
  }

  @Test
  void parse_choices() {
    ScaleOptions o =
        ScaleOptions.parse(
            new String[] {
              "--people", "100_000", "--shape", "mentoring", "--strategies", "max-weight, greedy",
              "--heap", "6144m", "--fallback-heap", "none", "--timeout", "60"
            });
    assertThat(o.people()).isEqualTo(100_000);
    assertThat(o.fallbackHeap()).isNull();
    assertThat(o.heap()).isEqualTo("6144m");
    assertThat(o.timeoutSeconds()).isEqualTo(60);
    assertThat(o.jobs())
        .containsExactly(
            new ScaleOptions.Job("mentoring", "max-weight"),
            new ScaleOptions.Job("mentoring", "greedy"));
  }

  @Test
  void parse_badValues_nameTheArgument() {
    assertThatThrownBy(() -> ScaleOptions.parse(new String[] {"--people", "0"}))
        .hasMessage("--people must be at least 1 but was 0");
    assertThatThrownBy(() -> ScaleOptions.parse(new String[] {"--heap", "lots"}))
        .hasMessage("--heap must be a heap size such as 4g or 6144m but was 'lots'");
    assertThatThrownBy(() -> ScaleOptions.parse(new String[] {"--shape", "ring"}))
        .hasMessage("--shape must be mentoring, pool or both but was 'ring'");
    assertThatThrownBy(() -> ScaleOptions.parse(new String[] {"--people"}))
        .hasMessage("argument --people needs a value");
    assertThatThrownBy(() -> ScaleOptions.parse(new String[] {"--size", "3"}))
        .hasMessage("unknown argument '--size'");
  }

  @Test
  void resultLine_roundTrips_evenWithTabsInTheStatus() {
    ScaleResult r =
        new ScaleResult(
            "pool",
            "suitor",
            1000,
            "4g",
            15_000,
            480,
            0.96,
            0.5,
            0.75,
            10,
            200,
            30,
            40,
            123_456_789,
            99_000_000,
            100_000_000,
            12,
            "failed in strategy:\tboom");
    ScaleResult back = ScaleResult.parse(r.toLine());
    assertThat(back).isEqualTo(r.with("failed in strategy: boom", r.gcLogMaxBytes()));
    assertThat(back.totalMs()).isEqualTo(270);
    assertThatThrownBy(() -> ScaleResult.parse("hello")).hasMessageContaining("not a scale");
  }

  @Test
  void gcLogMax_takesTheLargestHeapBeforeACollection() {
    List<String> log =
        List.of(
            "[0.010s][info][gc] Using G1",
            "[1.2s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 4.1ms",
            "[9.9s][info][gc] GC(7) Pause Full (G1 Compaction Pause) 3900M->2100M(4096M) 900ms",
            "[5.0s][info][gc] GC(3) Pause Young (Concurrent Start) (G1 Humongous Allocation)"
                + " 1.5G->1G(4G) 20ms");
    assertThat(HeapPeak.gcLogMax(log)).isEqualTo(3900L << 20);
    assertThat(HeapPeak.gcLogMax(List.of("[0.01s][info][gc] Using G1"))).isEqualTo(-1);
  }

  @Test
  void heapPeak_seesAnAllocationThatIsStillReachable() {
    try (HeapPeak peak = HeapPeak.start()) {
      long before = peak.peakBytes();
      long[] big = new long[8 << 20]; // 64 MiB
      big[big.length - 1] = 1;
      assertThat(peak.peakBytes()).isGreaterThanOrEqualTo(before + (60L << 20));
      assertThat(big[big.length - 1]).isEqualTo(1);
    }
  }

  @Test
  void markdown_oneRowPerRun_failuresIncluded() {
    ScaleOptions o = ScaleOptions.parse(new String[0]);
    ScaleResult ok =
        new ScaleResult(
            "mentoring",
            "max-weight",
            1_000_000,
            "4g",
            15_889_524,
            131_000,
            0.9977,
            0.6102,
            0.8813,
            11_000,
            30_000,
            5_000,
            2_500,
            3L << 30,
            2L << 30,
            3L << 30,
            4_000,
            "ok");
    ScaleResult oom =
        ScaleResult.missing(
            "pool", "stable-roommates", 1_000_000, "6g", "out-of-memory in strategy");
    String md = ScaleTable.markdown(List.of(ok, oom), o, "test machine");
    assertThat(md)
        .contains(
            "| mentoring | max-weight | 1,000,000 | 15,889,524 | 131,000 | 99.77 % | 61.02 % /"
                + " 88.13 % | 11.0 s | 30.0 s | 5.00 s | 2.50 s | 37.5 s | 3.00 GiB | 3.15 KiB"
                + " | 2.00 GiB | 3.00 GiB | 4.00 s | 4g | ok |")
        .contains("| pool | stable-roommates | 1,000,000 | — |")
        .contains("| 6g | out-of-memory in strategy |")
        .contains("test machine");
  }

  @Test
  void child_runsEveryPhase_andReportsAnUnsupportedStrategyAsAStatus() {
    ScaleResult r = ScaleChild.run(1000, "mentoring", "max-weight", "test", 50);
    assertThat(r.status()).isEqualTo("ok");
    assertThat(r.edges()).isPositive();
    assertThat(r.pairs()).isPositive();
    assertThat(r.capacityFill()).isBetween(0.5, 1.0);
    // 1,000 people stay in exact mode: every positive pair is a candidate.
    assertThat(r.graphRecall()).isEqualTo(1.0);
    assertThat(r.searchRecall()).isBetween(0.5, 1.0);
    assertThat(r.evaluationMs()).isNotNegative();
    assertThat(r.peakBytes()).isPositive();
    ScaleResult unsupported = ScaleChild.run(1000, "mentoring", "suitor", "test");
    assertThat(unsupported.status()).startsWith("unsupported: strategy 'suitor'");
    assertThat(unsupported.strategyMs()).isEqualTo(-1);
    assertThat(unsupported.totalMs()).isEqualTo(-1);
  }
}
