package io.peermatch.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The scale story, one strategy per forked JVM: for each strategy, a fresh JVM with a fixed heap
 * ({@code -Xmx4g}), processor count (2) and, where Linux offers them, transparent huge pages (as
 * the {@code peermatch} command; see {@link #hugePages()}) generates the seeded synthetic
 * organisation, builds the candidate graph, matches and evaluates ({@link ScaleChild}); this tool
 * collects per-phase wall times, the peak heap and the status of each, and writes a Markdown table.
 * A run that fails (out of memory, a strategy that does not support the problem, a timeout, a
 * crash) is a row with that status, never a failure of the tool. A run out of memory at the first
 * heap is repeated once at the fallback heap ({@code -Xmx6g}), and the row says so.
 *
 * <p>The peak heap is the largest heap occupancy seen just before any garbage collection or at the
 * end (from collection notifications; see {@link HeapPeak} for why not the pools' peak usage), and
 * the "GC log max" column is the same figure read from the JVM's own {@code -Xlog:gc} file. Bytes
 * per person divide the peak by the number of people. Total is candidates + strategy + evaluation:
 * the run once the organisation exists (generation is shown apart: it is test data, not the work).
 *
 * <pre>
 * ./bench-scale                                          # 1,000,000 people, every strategy, both shapes
 * ./bench-scale --people 100000 --shape mentoring --strategies max-weight,diversity-seeking
 * java -cp matcher-benchmarks/target/benchmarks.jar io.peermatch.benchmarks.ScaleRun --help
 * </pre>
 */
public final class ScaleRun {

  static final String USAGE =
      """
      usage: ScaleRun [--people N] [--shape mentoring|pool|both] [--strategies a,b,...]
                      [--heap 4g] [--fallback-heap 6g|none] [--cpus 2] [--timeout SECONDS]
                      [--recall 1000]
                      [--out target/scale.md] [--logs target/scale-logs]
        --people       size of the synthetic organisation (default 1000000)
        --shape        mentors with mentees, one pool of capacity 1, or both (default both)
        --strategies   registry names (default: every strategy of the shape)
        --heap         -Xmx of each forked run (default 4g)
        --fallback-heap  -Xmx to retry a run that ran out of memory, or none (default 6g)
        --cpus         -XX:ActiveProcessorCount of each run (default 2)
        --timeout      seconds before a run is stopped and reported as a timeout (default 900)
        --recall       people sampled for the candidate graph's recall@K against an exact
                       reference, in the first run of each shape (default 1000; 0 to skip)
        --out          the Markdown table (default target/scale.md)
        --logs         each run's output and -Xlog:gc file (default target/scale-logs)
      """;

  private ScaleRun() {}

  /** The JVM flag for transparent huge pages, which the {@code peermatch} command passes too. */
  static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";

  /**
   * Whether the runs use transparent huge pages: where Linux offers them ({@code always} or {@code
   * madvise}), as the {@code peermatch} script decides, so that the table measures what the command
   * runs. At a million people the candidate searches read partners' rows all over the heap, and
   * with 4 KiB pages nearly every such read also misses the TLB.
   */
  static boolean hugePages() {
    try {
      String enabled = Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));
      return enabled.contains("[always]") || enabled.contains("[madvise]");
    } catch (IOException | RuntimeException e) {
      return false; // not Linux, or not readable: the JVM's default pages
    }
  }

  /** Runs the strategies and writes the table; exit code 2 on bad arguments. */
  public static void main(String[] args) throws IOException, InterruptedException {
    ScaleOptions options;
    try {
      options = ScaleOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.print(USAGE);
      return;
    }
    Files.createDirectories(options.logs());
    String machine = ScaleTable.machine();
    List<ScaleResult> results = new ArrayList<>();
    java.util.Map<String, ScaleResult> recallOf = new java.util.HashMap<>();
    for (ScaleOptions.Job job : options.jobs()) {
      // The candidate graph of a shape is the same for every strategy: its recall is measured in
      // the shape's first run that finishes and shown on every row of the shape.
      boolean measure = options.recallSample() > 0 && !recallOf.containsKey(job.shape());
      ScaleResult r = fork(options, job, options.heap(), measure ? options.recallSample() : 0);
      if (r.outOfMemory() && options.fallbackHeap() != null) {
        System.err.printf(
            "%s %s ran out of memory with -Xmx%s; again with -Xmx%s%n",
            job.shape(), job.strategy(), options.heap(), options.fallbackHeap());
        ScaleResult again =
            fork(options, job, options.fallbackHeap(), measure ? options.recallSample() : 0);
        r =
            again.with(
                again.status()
                    + " (out of memory with -Xmx"
                    + options.heap()
                    + " in "
                    + r.status().substring("out-of-memory in ".length())
                    + ")",
                again.gcLogMaxBytes());
      }
      if (r.graphRecall() >= 0) {
        recallOf.put(job.shape(), r);
      } else if (recallOf.containsKey(job.shape())) {
        ScaleResult measured = recallOf.get(job.shape());
        r = r.withRecall(measured.graphRecall(), measured.searchRecall());
      }
      results.add(r);
      System.err.println(ScaleTable.oneLine(r));
      Path parent = options.out().toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(
          options.out(), ScaleTable.markdown(results, options, machine), StandardCharsets.UTF_8);
    }
    System.out.print(ScaleTable.markdown(results, options, machine));
    System.err.println("Table: " + options.out());
  }

  /** Runs one job in a fresh JVM and reads its result line. */
  static ScaleResult fork(ScaleOptions options, ScaleOptions.Job job, String heap, int recall)
      throws IOException, InterruptedException {
    String name =
        String.format(
            Locale.ROOT, "%s-%s-%d-%s", job.shape(), job.strategy(), options.people(), heap);
    Path out = options.logs().resolve(name + ".out");
    Path err = options.logs().resolve(name + ".err");
    Path gcLog = options.logs().resolve(name + ".gc.log");
    Files.deleteIfExists(gcLog);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.add("-XX:ActiveProcessorCount=" + options.cpus());
    if (hugePages()) {
      command.add(HUGE_PAGES);
    }
    command.addAll(
        List.of(
            "-Xlog:gc:file=" + gcLog,
            "-cp",
            System.getProperty("java.class.path"),
            ScaleChild.class.getName(),
            Integer.toString(options.people()),
            job.shape(),
            job.strategy(),
            heap,
            Integer.toString(recall)));
    System.err.printf(
        "Running %s %s at %,d people with -Xmx%s ...%n",
        job.shape(), job.strategy(), options.people(), heap);
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    boolean finished = p.waitFor(options.timeoutSeconds(), TimeUnit.SECONDS);
    if (!finished) {
      p.destroyForcibly().waitFor();
    }
    long gcMax = HeapPeak.gcLogMax(gcLog);
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      if (line.startsWith(ScaleResult.PREFIX)) {
        ScaleResult r = ScaleResult.parse(line);
        return r.with(r.status(), gcMax);
      }
    }
    String why;
    if (!finished) {
      why = "timeout after " + options.timeoutSeconds() + " s";
    } else if (Files.readString(err, StandardCharsets.UTF_8).contains("OutOfMemoryError")) {
      why = "out-of-memory in the JVM (exit code " + p.exitValue() + ")";
    } else {
      why = "failed (exit code " + p.exitValue() + "; see " + err + ")";
    }
    ScaleResult missing =
        ScaleResult.missing(job.shape(), job.strategy(), options.people(), heap, why);
    return missing.with(why, gcMax);
  }
}
