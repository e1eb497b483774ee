package io.peermatch.benchmarks.grouping;

import io.peermatch.core.kernel.grouping.GroupingOptions;
import io.peermatch.core.kernel.grouping.Groupings;
import io.peermatch.core.kernel.grouping.SocialGolferSchedule;
import java.time.Duration;
import java.util.Locale;

/**
 * The social golfer instances of issue 14 through {@link Groupings#schedule}, each with a time
 * limit: Kirkman's schoolgirls (15 in triples, 7 rounds), 32 golfers in fours for 9 and for 10
 * rounds (the known maximum), and a schedule with a cool-down; prints rounds, repeats, method and
 * time for {@code docs/grouping.md}.
 *
 * <pre>
 * java -cp matcher-benchmarks/target/benchmarks.jar \
 *     io.peermatch.benchmarks.grouping.SocialGolferReport [seconds per instance, default 60]
 * </pre>
 */
public final class SocialGolferReport {

  private SocialGolferReport() {}

  /** Runs the instances; the optional argument is the time limit per instance in seconds. */
  public static void main(String[] args) {
    long seconds = args.length > 0 ? Long.parseLong(args[0]) : 60;
    int[][] instances = {{15, 3, 7, 7}, {32, 4, 9, 9}, {32, 4, 10, 10}, {2000, 4, 10, 10}};
    for (int[] c : instances) {
      long t0 = System.nanoTime();
      SocialGolferSchedule s =
          Groupings.schedule(
              c[0],
              c[1],
              c[2],
              c[3],
              GroupingOptions.DEFAULTS
                  .withMaxIterations(Long.MAX_VALUE)
                  .withTimeLimit(Duration.ofSeconds(seconds)));
      System.out.printf(
          Locale.ROOT,
          "people=%d size=%d rounds=%d cooldown=%d repeats=%d method=%s status=%s seconds=%.2f%n",
          c[0],
          c[1],
          c[2],
          c[3],
          s.repeats(),
          s.method(),
          s.status(),
          (System.nanoTime() - t0) / 1e9);
    }
  }
}
