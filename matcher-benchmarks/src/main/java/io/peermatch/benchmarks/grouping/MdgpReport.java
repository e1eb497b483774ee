package io.peermatch.benchmarks.grouping;

import io.peermatch.core.kernel.grouping.GroupingInstance;
import io.peermatch.core.kernel.grouping.GroupingOptions;
import io.peermatch.core.kernel.grouping.GroupingResult;
import io.peermatch.core.kernel.grouping.IteratedMaximaSearchGrouping;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Our MDGP solver on an instance written by {@code ../shared/peers/mdgp_instance.py}, at a CPU-time
 * limit, for comparison with anticlust at equal CPU time ({@code docs/grouping.md}).
 *
 * <pre>
 * java -cp matcher-benchmarks/target/benchmarks.jar io.peermatch.benchmarks.grouping.MdgpReport \
 *     --matrix /tmp/mdgp/r960.matrix.txt --size 4 --cpu 10.8 [--seed 1] [--warmup 2] [--out g.json]
 * </pre>
 *
 * <p>{@code --size S} forms {@code n / S} groups (sizes as equal as the count allows, as anticlust
 * with {@code K = n / S}). Before the measured run the JIT is warmed up for {@code --warmup}
 * seconds (default 2) on a seeded random instance of the same shape (anticlust's C code is compiled
 * ahead of time). Prints one JSON line: the objective, our upper bound and gap, the solver thread's
 * CPU seconds and the whole process's CPU seconds during the run (JIT and GC threads included), the
 * iterations; {@code --out} writes the grouping as JSON for {@code mdgp_check.py}.
 */
public final class MdgpReport {

  private MdgpReport() {}

  /** Runs the report; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    String matrix = null;
    int size = 0;
    double cpu = 0;
    long seed = 1;
    double warmup = 2;
    String out = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--matrix":
          matrix = args[i + 1];
          break;
        case "--size":
          size = Integer.parseInt(args[i + 1]);
          break;
        case "--cpu":
          cpu = Double.parseDouble(args[i + 1]);
          break;
        case "--seed":
          seed = Long.parseLong(args[i + 1]);
          break;
        case "--warmup":
          warmup = Double.parseDouble(args[i + 1]);
          break;
        case "--out":
          out = args[i + 1];
          break;
        default:
          throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (matrix == null || size < 1 || cpu <= 0) {
      throw new IllegalArgumentException("usage: --matrix FILE --size S --cpu SECONDS");
    }
    double[] values = GroupingInstances.readMatrix(Path.of(matrix));
    int n = (int) Math.round(Math.sqrt(values.length));
    GroupingInstance instance =
        GroupingInstance.dense(n, values)
            .groups(n / size, n / (n / size), ceilDiv(n, n / size))
            .build();
    if (warmup > 0) {
      GroupingInstance warm =
          GroupingInstance.dense(n, GroupingInstances.ranReal(n, 99))
              .groups(n / size, n / (n / size), ceilDiv(n, n / size))
              .build();
      IteratedMaximaSearchGrouping.solve(
          warm,
          GroupingOptions.DEFAULTS
              .withMaxIterations(Long.MAX_VALUE)
              .withTimeLimit(
                  Duration.ofMillis((long) (warmup * 1000)),
                  ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long process0 = os.getProcessCpuTime();
    long thread0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    GroupingResult r =
        IteratedMaximaSearchGrouping.solve(
            instance,
            GroupingOptions.DEFAULTS
                .withSeed(seed)
                .withMaxIterations(Long.MAX_VALUE)
                .withTimeLimit(
                    Duration.ofNanos((long) (cpu * 1e9)),
                    ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime));
    double threadSeconds = (threads.getCurrentThreadCpuTime() - thread0) / 1e9;
    double processSeconds = (os.getProcessCpuTime() - process0) / 1e9;
    double wallSeconds = (System.nanoTime() - wall0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "{\"n\": %d, \"size\": %d, \"K\": %d, \"seed\": %d, \"cpu_limit\": %.3f, \"objective\": %.6f,"
            + " \"upper_bound\": %.6f, \"gap\": %.6f, \"cpu_seconds\": %.3f,"
            + " \"process_cpu_seconds\": %.3f, \"seconds\": %.3f, \"iterations\": %d,"
            + " \"status\": \"%s\"}%n",
        n,
        size,
        instance.groupCount(),
        seed,
        cpu,
        r.objective(),
        r.upperBound(),
        r.gap(),
        threadSeconds,
        processSeconds,
        wallSeconds,
        r.iterations(),
        r.status());
    if (out != null) {
      StringBuilder json = new StringBuilder();
      json.append(
          String.format(
              Locale.ROOT,
              "{\"objective\": %.6f, \"K\": %d, \"groups\": [",
              r.objective(),
              instance.groupCount()));
      int[][] groups = r.groups();
      for (int g = 0; g < groups.length; g++) {
        json.append(g == 0 ? "[" : ", [");
        for (int i = 0; i < groups[g].length; i++) {
          json.append(i == 0 ? "" : ", ").append(groups[g][i]);
        }
        json.append(']');
      }
      json.append("]}\n");
      Files.writeString(Path.of(out), json, StandardCharsets.US_ASCII);
    }
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }
}
