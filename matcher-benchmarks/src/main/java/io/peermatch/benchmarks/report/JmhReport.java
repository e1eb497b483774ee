package io.peermatch.benchmarks.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns JMH JSON results ({@code -rf json -rff FILE}) into the README's Markdown table and a
 * log–log SVG chart of time against people, one line per benchmark and non-size parameters.
 *
 * <pre>
 * java -cp matcher-benchmarks/target/benchmarks.jar io.peermatch.benchmarks.report.JmhReport \
 *     --out-md target/jmh.md --out-svg target/jmh.svg [--size-param employees,n] \
 *     [--title TEXT] [--machine TEXT] [--cores N] [--jdk TEXT] [--date YYYY-MM-DD] \
 *     [--out-json MERGED.json] RESULTS.json...
 * </pre>
 *
 * <p>The header line names the machine: cores from {@link Runtime#availableProcessors()}, the JDK
 * from {@code java.vm.name} and {@code java.version}, today's UTC date, each replaceable by an
 * option (so that the output can be reproduced byte for byte). Bad input ends with exit code 2 and
 * one line on stderr naming the file and the problem.
 */
public final class JmhReport {

  private JmhReport() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs the report; returns the exit code (0, or 2 for bad input or usage). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      Options options = Options.parse(args);
      if (options.help) {
        out.println(usage());
        return 0;
      }
      write(options, out);
      return 0;
    } catch (ReportException e) {
      err.println("jmh-report: " + e.getMessage());
      return 2;
    }
  }

  private static void write(Options options, PrintStream out) throws ReportException {
    List<JmhResult> results = new ArrayList<>();
    ArrayNode merged = new ObjectMapper().createArrayNode();
    for (Path input : options.inputs) {
      JmhJson.Parsed parsed = JmhJson.read(input);
      results.addAll(parsed.results());
      merged.addAll(parsed.raw());
    }
    SizeParam size = new SizeParam(options.sizeParams);
    String chart = null;
    if (options.outSvg != null) {
      List<Series> series = Series.of(results, size);
      if (series.isEmpty()) {
        throw new ReportException(
            String.join(", ", options.inputs.stream().map(Path::toString).toList())
                + ": no result has a numeric size parameter ("
                + String.join(", ", size.names())
                + ") for the chart");
      }
      chart = ScalingChart.render(series, size, options.title);
    }
    if (options.outJson != null) {
      try {
        write(
            options.outJson,
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(merged) + "\n");
      } catch (IOException e) {
        throw new ReportException(options.outJson + ": cannot write (" + e.getMessage() + ")");
      }
    }
    if (options.outMd != null) {
      write(
          options.outMd,
          MarkdownTable.render(results, size, options.title, facts(options, results)));
      out.println("Markdown table: " + options.outMd);
    }
    if (chart != null) {
      write(options.outSvg, chart);
      out.println("Scaling chart:  " + options.outSvg);
    }
  }

  /** e.g. {@code Machine: 2 cores; OpenJDK 64-Bit Server VM 17.0.15; JMH 1.37; 2026-11-29.} */
  static String facts(Options options, List<JmhResult> results) {
    String cores =
        options.cores != null
            ? options.cores
            : String.valueOf(Runtime.getRuntime().availableProcessors());
    String jdk =
        options.jdk != null
            ? options.jdk
            : System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
    String date = options.date != null ? options.date : LocalDate.now(ZoneOffset.UTC).toString();
    StringBuilder sb = new StringBuilder("Machine: ");
    if (options.machine != null && !options.machine.isBlank()) {
      sb.append(options.machine.strip()).append(", ");
    }
    sb.append(cores).append(" cores; ").append(jdk);
    String jmh = results.isEmpty() ? "" : results.get(0).jmhVersion();
    if (!jmh.isEmpty()) {
      sb.append("; JMH ").append(jmh);
    }
    return sb.append("; ").append(date).append('.').toString();
  }

  private static void write(Path file, String text) throws ReportException {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReportException(file + ": cannot write (" + e.getMessage() + ")");
    }
  }

  static String usage() {
    return "usage: JmhReport --out-md FILE --out-svg FILE [--out-json FILE] [--size-param"
        + " NAME[,NAME...]] [--title TEXT] [--machine TEXT] [--cores N] [--jdk TEXT]"
        + " [--date TEXT] INPUT.json...";
  }

  /** The command line. */
  static final class Options {
    Path outMd;
    Path outSvg;
    Path outJson;
    List<String> sizeParams = SizeParam.DEFAULT_NAMES;
    String title = "PeerMatch benchmarks";
    String machine;
    String cores;
    String jdk;
    String date;
    boolean help;
    final List<Path> inputs = new ArrayList<>();

    static Options parse(String[] args) throws ReportException {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--help", "-h" -> o.help = true;
          case "--out-md" -> o.outMd = Path.of(value(args, ++i, a));
          case "--out-svg" -> o.outSvg = Path.of(value(args, ++i, a));
          case "--out-json" -> o.outJson = Path.of(value(args, ++i, a));
          case "--size-param" ->
              o.sizeParams =
                  Arrays.stream(value(args, ++i, a).split(","))
                      .map(String::strip)
                      .filter(s -> !s.isEmpty())
                      .toList();
          case "--title" -> o.title = value(args, ++i, a);
          case "--machine" -> o.machine = value(args, ++i, a);
          case "--cores" -> o.cores = value(args, ++i, a);
          case "--jdk" -> o.jdk = value(args, ++i, a);
          case "--date" -> o.date = value(args, ++i, a);
          default -> {
            if (a.startsWith("--")) {
              throw new ReportException("unknown option " + a + "; " + usage());
            }
            o.inputs.add(Path.of(a));
          }
        }
      }
      if (o.help) {
        return o;
      }
      if (o.sizeParams.isEmpty()) {
        throw new ReportException("--size-param needs at least one name");
      }
      if (o.inputs.isEmpty()) {
        throw new ReportException("no input files; " + usage());
      }
      if (o.outMd == null && o.outSvg == null && o.outJson == null) {
        throw new ReportException("nothing to write: give --out-md, --out-svg or --out-json");
      }
      return o;
    }

    private static String value(String[] args, int i, String option) throws ReportException {
      if (i >= args.length) {
        throw new ReportException(option + " needs a value");
      }
      return args[i];
    }
  }
}
