package io.peermatch.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The command line of {@link ScaleRun}.
 *
 * @param people the size of the organisation
 * @param shapes {@code mentoring} and/or {@code pool}
 * @param strategies the chosen registry names, or empty for every strategy of each shape
 * @param heap the {@code -Xmx} value of each run
 * @param fallbackHeap the {@code -Xmx} value of a retry after running out of memory, or null
 * @param cpus the processor count each run sees
 * @param timeoutSeconds how long a run may take
 * @param recallSample people sampled for the candidate graph's recall@K, measured once per shape
 *     (in its first run); 0 to skip
 * @param out the Markdown table
 * @param logs where each run's output goes
 * @param help whether only the usage was asked for
 */
record ScaleOptions(
    int people,
    List<String> shapes,
    List<String> strategies,
    String heap,
    String fallbackHeap,
    int cpus,
    long timeoutSeconds,
    int recallSample,
    Path out,
    Path logs,
    boolean help) {

  private static final Pattern HEAP = Pattern.compile("[0-9]+[kKmMgG]?");

  /** One forked run. */
  record Job(String shape, String strategy) {}

  /** The strategies of each shape: every one the end-to-end benchmarks run. */
  static List<String> strategiesOf(String shape) {
    List<String> names = new ArrayList<>();
    if (shape.equals("mentoring")) {
      for (EndToEndBenchmark.TwoSidedStrategy s : EndToEndBenchmark.TwoSidedStrategy.values()) {
        names.add(s.registryName());
      }
    } else {
      for (PoolEndToEndBenchmark.PoolStrategy s : PoolEndToEndBenchmark.PoolStrategy.values()) {
        names.add(s.registryName());
      }
    }
    return names;
  }

  /** The runs in order: shape by shape, strategies in the benchmarks' order or as given. */
  List<Job> jobs() {
    List<Job> jobs = new ArrayList<>();
    for (String shape : shapes) {
      for (String s : strategies.isEmpty() ? strategiesOf(shape) : strategies) {
        jobs.add(new Job(shape, s));
      }
    }
    return jobs;
  }

  /**
   * Parses the arguments.
   *
   * @throws IllegalArgumentException naming the bad argument and value
   */
  static ScaleOptions parse(String[] args) {
    int people = 1_000_000;
    List<String> shapes = List.of("mentoring", "pool");
    List<String> strategies = List.of();
    String heap = "4g";
    String fallback = "6g";
    int cpus = 2;
    long timeout = 900;
    int recall = 1000;
    Path out = Path.of("target", "scale.md");
    Path logs = Path.of("target", "scale-logs");
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || a.equals("-h")) {
        help = true;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("argument " + a + " needs a value");
      }
      String v = args[++i];
      switch (a) {
        case "--people" -> people = positive(a, v.replace("_", "").replace(",", ""));
        case "--shape" ->
            shapes =
                switch (v) {
                  case "mentoring", "pool" -> List.of(v);
                  case "both" -> List.of("mentoring", "pool");
                  default ->
                      throw new IllegalArgumentException(
                          "--shape must be mentoring, pool or both but was '" + v + "'");
                };
        case "--strategies" -> strategies = names(v);
        case "--heap" -> heap = heap(a, v);
        case "--fallback-heap" -> fallback = v.equals("none") ? null : heap(a, v);
        case "--cpus" -> cpus = positive(a, v);
        case "--timeout" -> timeout = positive(a, v);
        case "--recall" -> recall = v.equals("0") ? 0 : positive(a, v);
        case "--out" -> out = Path.of(v);
        case "--logs" -> logs = Path.of(v);
        default -> throw new IllegalArgumentException("unknown argument '" + a + "'");
      }
    }
    return new ScaleOptions(
        people, shapes, strategies, heap, fallback, cpus, timeout, recall, out, logs, help);
  }

  private static List<String> names(String v) {
    List<String> names = new ArrayList<>();
    for (String s : v.split(",")) {
      if (!s.isBlank()) {
        names.add(s.trim());
      }
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("--strategies must name at least one strategy");
    }
    return List.copyOf(names);
  }

  private static String heap(String name, String v) {
    if (!HEAP.matcher(v).matches()) {
      throw new IllegalArgumentException(
          name + " must be a heap size such as 4g or 6144m but was '" + v + "'");
    }
    return v;
  }

  private static int positive(String name, String v) {
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number but was '" + v + "'");
    }
    if (n < 1) {
      throw new IllegalArgumentException(name + " must be at least 1 but was " + n);
    }
    return n;
  }
}
