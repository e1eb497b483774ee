package io.peermatch.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmhReportTest {

  private static final String[] FACTS = {
    "--cores", "2", "--jdk", "OpenJDK 64-Bit Server VM 17.0.15", "--date", "2026-11-29"
  };

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  static Path fixture(String name) {
    try {
      return Path.of(JmhReportTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private int run(String... args) {
    return JmhReport.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String[] args(String md, String svg, String... rest) {
    List<String> all = new ArrayList<>();
    all.addAll(List.of("--out-md", dir.resolve(md).toString()));
    all.addAll(List.of("--out-svg", dir.resolve(svg).toString()));
    all.addAll(List.of(FACTS));
    all.addAll(List.of(rest));
    return all.toArray(String[]::new);
  }

  private String read(String name) throws Exception {
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void table_singleShotWithGc_rowsUnitsErrorsAndAllocation() throws Exception {
    int code =
        run(
            args(
                "a.md",
                "a.svg",
                "--title",
                "Quick run",
                fixture("single-shot-gc.json").toString()));

    assertThat(code).as(stderr()).isZero();
    assertThat(read("a.md"))
        .isEqualTo(
            """
            ### Quick run

            Machine: 2 cores; OpenJDK 64-Bit Server VM 17.0.15; JMH 1.37; 2026-11-29.

            | Benchmark | Parameters | Mode | Score | Allocated/op | Allocated/person |
            |---|---|---|---:|---:|---:|
            | EndToEndBenchmark.run | employees=1000, strategy=greedy | ss | 10.0 ± 1.3 ms \
            | 1.95 MiB | 2.00 KiB |
            | EndToEndBenchmark.run | employees=10000, strategy=greedy | ss | 1.00 ± 0.12 s \
            | 19.5 MiB | 2.00 KiB |
            | EndToEndBenchmark.run | employees=100000, strategy=greedy | ss | 20.0 s \
            | 195 MiB | 2.00 KiB |
            | CandidateGeneratorBenchmark.prepare | employees=20000, shape=peers | ss \
            | 1.50 ± 0.03 s | 9.77 KiB | 0.500 B |

            Score ± error: JMH's mean and 99.9% confidence half-width (no error from a single \
            measurement); ss = single-shot time, avgt = average time, thrpt = throughput. Allocated/person \
            divides by the size parameter (employees, n, people, size, perSide).
            """);
  }

  @Test
  void table_averageTimeWithoutGc_noAllocationColumnsAndConvertedUnits() throws Exception {
    int code = run(args("b.md", "b.svg", fixture("average-time.json").toString()));

    assertThat(code).as(stderr()).isZero();
    assertThat(read("b.md").lines())
        .contains(
            "### PeerMatch benchmarks",
            "| Benchmark | Parameters | Mode | Score |",
            "| GaleShapleyBenchmark.galeShapley | n=1000 | avgt | 500 ± 10 µs |",
            "| GaleShapleyBenchmark.galeShapley | n=10000 | avgt | 80.0 ± 4.0 ms |",
            "| StableRoommatesBenchmark.irving | n=2000, seed=1 | avgt | 30.0 ± 2.0 ms |",
            "| StableRoommatesBenchmark.irving | n=2000, seed=42 | avgt | 20.0 ± 1.0 ms |",
            "| SparseMatchingBenchmark.solve | perSide=10000, solver=AUCTION | thrpt"
                + " | 1234 ± 10 ops/s |")
        .noneMatch(l -> l.contains("Allocated"));
    // Sorted by size as a number although JMH's "10000" sorts before "1000" as text.
    assertThat(read("b.md").indexOf("n=1000 |")).isLessThan(read("b.md").indexOf("n=10000 |"));
  }

  @Test
  void table_severalInputs_keepTheOrderOfFirstAppearance() throws Exception {
    int code =
        run(
            args(
                "c.md",
                "c.svg",
                fixture("average-time.json").toString(),
                fixture("single-shot-gc.json").toString()));

    assertThat(code).as(stderr()).isZero();
    String md = read("c.md");
    assertThat(md.indexOf("GaleShapleyBenchmark")).isLessThan(md.indexOf("EndToEndBenchmark"));
    // Rows without -prof gc get a dash in the allocation columns.
    assertThat(md).contains("| n=1000 | avgt | 500 ± 10 µs | — | — |");
  }

  @Test
  void chart_knownPoints_landOnTheLogLogCoordinates() throws Exception {
    int code = run(args("d.md", "d.svg", fixture("single-shot-gc.json").toString()));

    assertThat(code).as(stderr()).isZero();
    List<String[]> markers = ChartMarkers.of(read("d.svg"));
    // x: decades 10^3..10^5 over pixels 90..710; y: decades 10^1..10^5 ms over pixels 410..50.
    assertThat(markers)
        .extracting(m -> m[0] + " @ " + m[1] + "," + m[2])
        .containsExactly(
            "EndToEndBenchmark.run strategy=greedy: 1000 people, 10.0 ms @ 90.00,410.00",
            "EndToEndBenchmark.run strategy=greedy: 10000 people, 1.00 s @ 400.00,230.00",
            "EndToEndBenchmark.run strategy=greedy: 100000 people, 20.0 s @ 710.00,112.91",
            "CandidateGeneratorBenchmark.prepare shape=peers: 20000 people, 1.50 s"
                + " @ 493.32,214.15");
    String svg = read("d.svg");
    assertThat(svg)
        .contains("points=\"90.00,410.00 400.00,230.00 710.00,112.91\"")
        .contains(">1k</text>", ">10k</text>", ">100k</text>")
        .contains(">10 ms</text>", ">100 ms</text>", ">1 s</text>", ">10 s</text>", ">100 s</text>")
        // Error bars: 10 ± 1.25 ms and 1000 ± 120 ms; the 20 s point has no error.
        .contains("<line x1=\"90.00\" y1=\"415.22\" x2=\"90.00\" y2=\"405.40\"/>")
        .contains("<line x1=\"400.00\" y1=\"235.00\" x2=\"400.00\" y2=\"225.57\"/>")
        .doesNotContain("<line x1=\"710.00\" y1=\"1")
        .contains("<g id=\"legend\">")
        .contains(">EndToEndBenchmark.run strategy=greedy</text>")
        .contains(">CandidateGeneratorBenchmark.prepare shape=peers</text>");
  }

  @Test
  void chart_throughput_isDrawnAsTimePerOperation() throws Exception {
    int code = run(args("e.md", "e.svg", fixture("average-time.json").toString()));

    assertThat(code).as(stderr()).isZero();
    assertThat(ChartMarkers.of(read("e.svg")))
        .extracting(m -> m[0])
        .contains(
            "SparseMatchingBenchmark.solve solver=AUCTION: 10000 people, 810 µs",
            "StableRoommatesBenchmark.irving seed=1: 2000 people, 30.0 ms",
            "StableRoommatesBenchmark.irving seed=42: 2000 people, 20.0 ms");
  }

  @Test
  void chart_sizeParamOption_choosesTheAxis() throws Exception {
    int code =
        run(
            args(
                "f.md",
                "f.svg",
                "--size-param",
                "perSide",
                fixture("average-time.json").toString()));

    assertThat(code).as(stderr()).isZero();
    // Only the perSide benchmark is on the chart; the table keeps every row.
    assertThat(ChartMarkers.of(read("f.svg"))).hasSize(1);
    assertThat(read("f.md")).contains("GaleShapleyBenchmark.galeShapley");
  }

  @Test
  void output_sameInput_sameBytes() throws Exception {
    String input = fixture("single-shot-gc.json").toString();
    assertThat(run(args("1.md", "1.svg", input))).isZero();
    assertThat(run(args("2.md", "2.svg", input))).isZero();

    assertThat(Files.readAllBytes(dir.resolve("2.md")))
        .isEqualTo(Files.readAllBytes(dir.resolve("1.md")));
    assertThat(Files.readAllBytes(dir.resolve("2.svg")))
        .isEqualTo(Files.readAllBytes(dir.resolve("1.svg")));
  }

  @Test
  void outJson_mergesEveryInput() throws Exception {
    Path merged = dir.resolve("merged.json");
    int code =
        run(
            "--out-json",
            merged.toString(),
            fixture("average-time.json").toString(),
            fixture("single-shot-gc.json").toString());

    assertThat(code).as(stderr()).isZero();
    assertThat(JmhJson.read(merged).results()).hasSize(9);
  }

  @Test
  void badInput_missingFile_exit2NamingTheFile() {
    Path missing = dir.resolve("nope.json");

    assertThat(run(args("x.md", "x.svg", missing.toString()))).isEqualTo(2);
    assertThat(stderr()).isEqualTo("jmh-report: " + missing + ": no such file\n");
  }

  @Test
  void badInput_notAnArray_exit2() {
    Path file = fixture("not-jmh.json");

    assertThat(run(args("x.md", "x.svg", file.toString()))).isEqualTo(2);
    assertThat(stderr())
        .isEqualTo(
            "jmh-report: " + file + ": not JMH JSON (expected an array of benchmark results)\n");
  }

  @Test
  void badInput_brokenJson_exit2WithTheLine() {
    Path file = fixture("broken.json");

    assertThat(run(args("x.md", "x.svg", file.toString()))).isEqualTo(2);
    assertThat(stderr())
        .startsWith("jmh-report: " + file + ": not JMH JSON (invalid JSON at line ")
        .hasLineCount(1);
  }

  @Test
  void badInput_noPrimaryMetric_exit2() {
    Path file = fixture("missing-metric.json");

    assertThat(run(args("x.md", "x.svg", file.toString()))).isEqualTo(2);
    assertThat(stderr())
        .isEqualTo(
            "jmh-report: "
                + file
                + ": not JMH JSON (result 0 has no numeric primaryMetric.score)\n");
  }

  @Test
  void badInput_unknownUnit_exit2() {
    Path file = fixture("unknown-unit.json");

    assertThat(run(args("x.md", "x.svg", file.toString()))).isEqualTo(2);
    assertThat(stderr())
        .isEqualTo(
            "jmh-report: "
                + file
                + ": unknown score unit 'furlongs/op' in result 0 (io.peermatch.X.y)\n");
  }

  @Test
  void badInput_noNumericSizeParam_exit2ForTheChartButNotTheTable() throws Exception {
    Path file = fixture("no-size.json");

    assertThat(run(args("x.md", "x.svg", file.toString()))).isEqualTo(2);
    assertThat(stderr())
        .isEqualTo(
            "jmh-report: "
                + file
                + ": no result has a numeric size parameter (employees, n, people, size, perSide)"
                + " for the chart\n");
    assertThat(dir.resolve("x.md")).doesNotExist();

    err.reset();
    assertThat(run("--out-md", dir.resolve("y.md").toString(), file.toString())).isZero();
    assertThat(read("y.md"))
        .contains("| Shapes.build | n=many, shape=peers | avgt | 3.00 ± 0.50 ms |");
  }

  @Test
  void badInput_usage_exit2() {
    assertThat(run("--out-md")).isEqualTo(2);
    assertThat(stderr()).isEqualTo("jmh-report: --out-md needs a value\n");
    err.reset();
    assertThat(run("--out-md", "x.md")).isEqualTo(2);
    assertThat(stderr()).startsWith("jmh-report: no input files;").hasLineCount(1);
    err.reset();
    assertThat(run("--bogus", "x.json")).isEqualTo(2);
    assertThat(stderr()).startsWith("jmh-report: unknown option --bogus;").hasLineCount(1);
  }

  @Test
  void facts_defaultsComeFromTheRunningJvm() {
    JmhReport.Options options = new JmhReport.Options();
    String facts = JmhReport.facts(options, List.of());

    assertThat(facts)
        .startsWith("Machine: " + Runtime.getRuntime().availableProcessors() + " cores; ")
        .contains(System.getProperty("java.version"), System.getProperty("java.vm.name"));
  }
}
