package io.peermatch.benchmarks;

import io.peermatch.api.Matching;
import io.peermatch.api.MatchingCancelledException;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.ProgressListener;
import io.peermatch.core.MatchOptions;
import io.peermatch.core.PeerMatch;
import io.peermatch.core.PreparedProblem;
import io.peermatch.core.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The manual check of the stop contract at scale: interrupts a run on a synthetic organisation of a
 * million people (by default) in each phase (compiling, building the candidate graph, and every
 * strategy of the shape once its own phase has done {@code --at} of its work) from another thread,
 * as an application would, and reports how long the run took to stop after the interrupt call,
 * where it stopped, and whether any worker thread of the engine was left.
 *
 * <pre>
 * flock /tmp/peermatch-bench.lock java -Xmx6g -cp matcher-benchmarks/target/benchmarks.jar \
 *     io.peermatch.benchmarks.StopLatency --people 1000000 --shape mentoring
 * </pre>
 *
 * <p>The interrupt is sent by the main thread, which watches the progress listener's reports (each
 * at most a few thousand steps apart) and interrupts at the first report past the mark; the latency
 * runs from {@code Thread.interrupt()} to the moment the run's thread caught the exception.
 */
public final class StopLatency {

  static final String USAGE =
      """
      usage: StopLatency [--people N] [--shape mentoring|pool] [--strategies a,b,...] [--at F]
        --people       size of the synthetic organisation (default 1000000)
        --shape        mentors with mentees, or one pool of capacity 1 (default mentoring)
        --strategies   registry names (default: every strategy of the shape)
        --at           interrupt when the phase has done this fraction of its work (default 0.3)
      """;

  private StopLatency() {}

  /** Runs the check and prints one line per interrupted run. */
  public static void main(String[] args) throws InterruptedException {
    int people = 1_000_000;
    String shape = "mentoring";
    String strategies = null;
    double at = 0.3;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--people" -> people = Integer.parseInt(args[++i]);
        case "--shape" -> shape = args[++i];
        case "--strategies" -> strategies = args[++i];
        case "--at" -> at = Double.parseDouble(args[++i]);
        default -> {
          System.err.print(USAGE);
          System.exit(2);
        }
      }
    }
    long start = System.nanoTime();
    MatchingProblem problem = ScaleChild.problem(shape, people);
    System.out.printf(
        Locale.ROOT,
        "%s, %d people, %d processors, max heap %d MiB (organisation in %.1f s)%n",
        shape,
        people,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        (System.nanoTime() - start) / 1e9);
    System.out.println("phase interrupted          at      stopped in phase          latency");
    List<Double> latencies = new ArrayList<>();
    MatchOptions base = MatchOptions.DEFAULTS;
    for (String phase : List.of("compile", "candidates")) {
      latencies.add(interruptAt(phase, at, base, o -> PeerMatch.prepare(problem, o), phase));
    }
    long prepareStart = System.nanoTime();
    PreparedProblem prepared = PeerMatch.prepare(problem, base);
    System.out.printf(
        Locale.ROOT,
        "(prepared in %.1f s: %d candidate pairs)%n",
        (System.nanoTime() - prepareStart) / 1e9,
        prepared.candidateGraph().edgeCount());
    List<Strategy> chosen = new ArrayList<>();
    if (strategies == null) {
      chosen.addAll(Strategy.supporting(problem.kind()));
    } else {
      for (String name : strategies.split(",")) {
        chosen.add(Strategy.of(name.trim()));
      }
    }
    for (Strategy s : chosen) {
      latencies.add(
          interruptAt(s.label(), at, base, o -> prepared.match(s, o), "strategy " + s.label()));
    }
    double worst = latencies.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    System.out.printf(Locale.ROOT, "worst stop latency: %.1f ms%n", worst);
  }

  /**
   * Runs {@code call} on a thread of its own and interrupts it at the first report of {@code phase}
   * at or past {@code at}; prints and returns the latency in milliseconds (NaN if the run finished
   * first).
   */
  private static double interruptAt(
      String phase,
      double at,
      MatchOptions options,
      Function<MatchOptions, Object> call,
      String label)
      throws InterruptedException {
    Watch watch = new Watch(phase, at);
    Object[] outcome = new Object[1];
    long[] stoppedAt = new long[1];
    Thread run =
        new Thread(
            () -> {
              try {
                outcome[0] = call.apply(options.withProgress(watch));
              } catch (Throwable t) {
                outcome[0] = t;
              }
              stoppedAt[0] = System.nanoTime();
            },
            "run");
    run.start();
    synchronized (watch) {
      while (!watch.reached && run.isAlive()) {
        watch.wait(100);
      }
    }
    long interruptedAt = System.nanoTime();
    run.interrupt();
    run.join();
    double ms = (stoppedAt[0] - interruptedAt) / 1e6;
    String where;
    if (outcome[0] instanceof MatchingCancelledException e) {
      where = e.reason() + " in " + e.phase();
    } else if (outcome[0] instanceof Matching m) {
      where = "finished first (" + m.status().label() + ")";
      ms = Double.NaN;
    } else if (outcome[0] instanceof Throwable t) {
      where = "failed: " + t;
      ms = Double.NaN;
    } else {
      where = "finished first";
      ms = Double.NaN;
    }
    System.out.printf(
        Locale.ROOT,
        "%-26s %-7s %-26s %8.1f ms%s%n",
        label,
        String.format(Locale.ROOT, "%.2f", watch.fraction),
        where,
        ms,
        settledWorkers() > 0 ? "  (" + workers() + " worker threads left after 1 s!)" : "");
    return Double.isNaN(ms) ? 0.0 : ms;
  }

  /**
   * The worker threads still alive once they have had a second to end: a pool that has terminated
   * can show its last thread alive for a moment after its last task.
   */
  private static int settledWorkers() {
    long until = System.nanoTime() + 1_000_000_000L;
    while (workers() > 0 && System.nanoTime() < until) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return workers();
  }

  private static int workers() {
    int count = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.isAlive() && t.getName().startsWith("peermatch-worker")) {
        count++;
      }
    }
    return count;
  }

  /** Wakes the main thread at the first report of its phase at or past the mark. */
  private static final class Watch implements ProgressListener {
    private final String phase;
    private final double at;
    boolean reached;
    double fraction;

    Watch(String phase, double at) {
      this.phase = phase;
      this.at = at;
    }

    @Override
    public void progress(String p, double f) {
      if (!reached && p.equals(phase) && f >= at) {
        synchronized (this) {
          reached = true;
          fraction = f;
          notifyAll();
        }
      }
    }
  }
}
