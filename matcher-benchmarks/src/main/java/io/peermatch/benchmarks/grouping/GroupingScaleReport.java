package io.peermatch.benchmarks.grouping;

import io.peermatch.core.kernel.grouping.GroupingInstance;
import io.peermatch.core.kernel.grouping.GroupingOptions;
import io.peermatch.core.kernel.grouping.GroupingResult;
import io.peermatch.core.kernel.grouping.SparseLocalSearchGrouping;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * One timed run of the sparse grouping kernel at scale (a million people into groups of 4 in the
 * issue's target), for {@code docs/grouping.md}: builds the instance (timed apart), then runs
 * {@link SparseLocalSearchGrouping} with its defaults and prints the times, the objective, the
 * bound, the gap and the heap in use.
 *
 * <pre>
 * java -Xmx4g -cp matcher-benchmarks/target/benchmarks.jar \
 *     io.peermatch.benchmarks.grouping.GroupingScaleReport 1000000 4 ORGANISATION
 * </pre>
 */
public final class GroupingScaleReport {

  private GroupingScaleReport() {}

  /** Arguments: items, group size, source ({@code ORGANISATION} or {@code RANDOM}). */
  public static void main(String[] args) {
    int items = Integer.parseInt(args[0]);
    int size = Integer.parseInt(args[1]);
    GroupingInstances.Source source = GroupingInstances.Source.valueOf(args[2]);
    long t0 = System.nanoTime();
    GroupingInstance instance = GroupingInstances.sparse(source, items, size);
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
