package io.peermatch.benchmarks.grouping;

import io.peermatch.core.kernel.grouping.GroupingInstance;
import io.peermatch.core.kernel.grouping.GroupingOptions;
import io.peermatch.core.kernel.grouping.GroupingResult;
import io.peermatch.core.kernel.grouping.SparseLocalSearchGrouping;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One timed run of the sparse grouping kernel at scale (a million people into groups of 4 in the
 * issue's target), for {@code docs/grouping.md}: builds the instance (timed apart), then runs
 * {@link SparseLocalSearchGrouping} with its defaults and prints the times, the objective, the
 * bound, the gap and the heap in use.
 *
 * <pre>
 * java -Xmx4g -cp matcher-benchmarks/target/benchmarks.jar \
 *     io.peermatch.benchmarks.grouping.GroupingScaleReport 1000000 4 ORGANISATION [pairs.bin]
 * </pre>
 *
 * <p>With a fourth argument the pairs are read from that file when it exists and written to it
 * otherwise (a million people's candidate graph takes minutes to build; with the file, the timed
 * run can be repeated, or taken under a lock, without rebuilding it).
 */
public final class GroupingScaleReport {

  private GroupingScaleReport() {}

  /** Arguments: items, group size, source ({@code ORGANISATION} or {@code RANDOM}). */
  public static void main(String[] args) throws IOException {
    int items = Integer.parseInt(args[0]);
    int size = Integer.parseInt(args[1]);
    GroupingInstances.Source source = GroupingInstances.Source.valueOf(args[2]);
    long t0 = System.nanoTime();
    GroupingInstance instance;
    if (args.length > 3) {
      Path cache = Path.of(args[3]);
      if (!Files.exists(cache)) {
        GroupingInstances.writePairs(GroupingInstances.sparse(source, items, size), cache);
        System.out.printf(
            Locale.ROOT, "wrote %s in %.1f s%n", cache, (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
      }
      instance = GroupingInstances.readPairs(cache, size);
    } else {
      instance = GroupingInstances.sparse(source, items, size);
    }
    double build = (System.nanoTime() - t0) / 1e9;
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.gc();
    long cpu0 = os.getProcessCpuTime();
    long wall0 = System.nanoTime();
    GroupingResult r = SparseLocalSearchGrouping.solve(instance, GroupingOptions.DEFAULTS);
    double wall = (System.nanoTime() - wall0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    Runtime rt = Runtime.getRuntime();
    long used = rt.totalMemory() - rt.freeMemory();
    System.out.printf(
        Locale.ROOT,
        "%s items=%d size=%d pairs=%d instance_s=%.1f kernel_s=%.2f kernel_cpu_s=%.2f"
            + " objective=%.3f upper_bound=%.3f gap=%.4f examinations=%d status=%s heap_mb=%d%n",
        source,
        items,
        size,
        instance.storedPairCount(),
        build,
        wall,
        cpu,
        r.objective(),
        r.upperBound(),
        r.gap(),
        r.iterations(),
        r.status(),
        used >> 20);
  }
}
