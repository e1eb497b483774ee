package io.peermatch.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The Markdown report of {@link ScaleRun}. */
final class ScaleTable {

  private ScaleTable() {}

  /** The processor model, processors, load at the start and the Java version. */
  static String machine() {
    String cpu = System.getProperty("os.arch");
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          cpu = line.substring(line.indexOf(':') + 1).trim();
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: the architecture will do.
    }
    String load = "";
    try {
      load = ", load average " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      // Not Linux: no load figure.
    }
    return cpu
        + ", "
        + Runtime.getRuntime().availableProcessors()
        + " processors"
        + load
        + " at the start, Java "
        + System.getProperty("java.version")
        + (ScaleRun.hugePages()
            ? ", transparent huge pages (" + ScaleRun.HUGE_PAGES + ", as the peermatch command)"
            : ", the JVM's default pages (Linux offers no transparent huge pages here)");
  }

  static String markdown(List<ScaleResult> results, ScaleOptions options, String machine) {
    StringBuilder md = new StringBuilder();
    md.append("# PeerMatch at scale\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "Seeded synthetic organisations (seed %d), one forked JVM per row with -Xmx%s"
                + " (retried with -Xmx%s when out of memory) and %d processors. %s.%n%n",
            Organisations.SEED,
            options.heap(),
            options.fallbackHeap() == null ? "—" : options.fallbackHeap(),
            options.cpus(),
            machine));
    md.append(
        "| Shape | Strategy | People | Edges | Pairs | Capacity fill | Recall@K (graph / search)"
            + " | Generation | Candidates | Strategy time | Evaluation | Total | Peak heap"
            + " | Per person | After GC | GC log max | GC time | Heap | Status |\n");
    md.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|---|\n");
    for (ScaleResult r : results) {
      md.append("| ")
          .append(r.shape())
          .append(" | ")
          .append(r.strategy())
          .append(" | ")
          .append(count(r.people()))
          .append(" | ")
          .append(count(r.edges()))
          .append(" | ")
          .append(count(r.pairs()))
          .append(" | ")
          .append(percent(r.capacityFill()))
          .append(" | ")
          .append(
              r.graphRecall() < 0
                  ? "—"
                  : percent(r.graphRecall()) + " / " + percent(r.searchRecall()))
          .append(" | ")
          .append(seconds(r.generateMs()))
          .append(" | ")
          .append(seconds(r.candidatesMs()))
          .append(" | ")
          .append(seconds(r.strategyMs()))
          .append(" | ")
          .append(seconds(r.evaluationMs()))
          .append(" | ")
          .append(seconds(r.totalMs()))
          .append(" | ")
          .append(bytes(r.peakBytes()))
          .append(" | ")
          .append(r.peakBytes() < 0 ? "—" : bytes((double) r.peakBytes() / r.people()))
          .append(" | ")
          .append(bytes(r.afterGcBytes()))
          .append(" | ")
          .append(bytes(r.gcLogMaxBytes()))
          .append(" | ")
          .append(seconds(r.gcMs()))
          .append(" | ")
          .append(r.heap())
          .append(" | ")
          .append(r.status().replace("|", "\\|"))
          .append(" |\n");
    }
    md.append(
        "\nCapacity fill: pairs / the pairs the capacities allow (the smaller side's total"
            + " capacity for mentoring, half the people for a pool of capacity 1). Recall@K: for"
            + " a seeded sample of people whose exact top K (K = 16) is found by scoring every"
            + " possible partner, the share of it in the candidate graph and in each person's own"
            + " search of the skill index (measured once per shape; the graph is the same for"
            + " every strategy).\n");
    md.append(
        "\nTimes are wall clock. Total = candidates + strategy + evaluation (the organisation"
            + " exists already). Peak heap: the largest heap occupancy just before a garbage"
            + " collection or at the end, from collection notifications (garbage not yet collected"
            + " included, so it grows with -Xmx); per person = peak heap / people. After GC: the"
            + " largest heap left after a collection, the figure nearest to the data kept. GC log"
            + " max: the largest heap before a collection in the JVM's own -Xlog:gc file.\n");
    return md.toString();
  }

  static String oneLine(ScaleResult r) {
    return String.format(
        Locale.ROOT,
        "%s %s %s people: total %s (candidates %s, strategy %s, evaluation %s), peak heap %s, %s",
        r.shape(),
        r.strategy(),
        count(r.people()),
        seconds(r.totalMs()),
        seconds(r.candidatesMs()),
        seconds(r.strategyMs()),
        seconds(r.evaluationMs()),
        bytes(r.peakBytes()),
        r.status());
  }

  static String percent(double share) {
    return share < 0 || Double.isNaN(share)
        ? "—"
        : String.format(Locale.ROOT, "%.2f %%", 100 * share);
  }

  static String count(long n) {
    return n < 0 ? "—" : String.format(Locale.ROOT, "%,d", n);
  }

  static String seconds(long ms) {
    if (ms < 0) {
      return "—";
    }
    return ms < 10_000
        ? String.format(Locale.ROOT, "%.2f s", ms / 1000.0)
        : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  static String bytes(double bytes) {
    if (bytes < 0 || Double.isNaN(bytes)) {
      return "—";
    }
    String[] units = {"B", "KiB", "MiB", "GiB"};
    int u = 0;
    double v = bytes;
    while (u < units.length - 1 && v >= 1024) {
      v /= 1024;
      u++;
    }
    return String.format(
        Locale.ROOT, v >= 100 ? "%.0f %s" : v >= 10 ? "%.1f %s" : "%.2f %s", v, units[u]);
  }
}
