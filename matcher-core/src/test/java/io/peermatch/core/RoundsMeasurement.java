package io.peermatch.core;

import io.peermatch.api.History;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.Participant;
import io.peermatch.core.synthetic.SyntheticOrganisation;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measures the time of each of a year of weekly rounds: {@code java ... RoundsMeasurement 500 52
 * [years]}; each year after the first runs warm. Prints wall and CPU time per round (CPU time is
 * what to compare on a shared machine) and, with {@code -Ddiag}, each round's diagnostics. Not a
 * test.
 */
public final class RoundsMeasurement {

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private RoundsMeasurement() {}

  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    int weeks = Integer.parseInt(args[1]);
    int years = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    List<Participant> people = SyntheticOrganisation.generate(n, 7).people();
    for (int year = 0; year < years; year++) {
      History history = History.empty();
      Set<IdPair> met = new HashSet<>();
      int repeats = 0;
      double max = 0;
      double maxCpu = 0;
      double totalCpu = 0;
      double total = 0;
      StringBuilder line = new StringBuilder();
      for (int week = 0; week < weeks; week++) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Matching round = Rounds.next(people, history, Integer.MAX_VALUE, List.of());
        double ms = (System.nanoTime() - t0) / 1e6;
        double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
        maxCpu = Math.max(maxCpu, cpu);
        totalCpu += cpu;
        max = Math.max(max, ms);
        total += ms;
        line.append(String.format(Locale.ROOT, "%.0f/%.0f ", ms, cpu));
        if (System.getProperty("diag") != null) {
          line.append(round.diagnostics().values())
              .append(' ')
              .append(round.diagnostics().candidateNanos() / 1e6)
              .append("\n  ");
        }
        for (MatchedPair p : round.pairs()) {
          if (!met.add(p.ids().unordered())) {
            repeats++;
          }
        }
        history = Rounds.append(history, round);
      }
      System.out.printf(
          Locale.ROOT,
          "year %d: repeats %d, wall max %.1f ms, mean %.1f ms; cpu max %.1f ms, mean %.1f ms%n"
              + "  wall/cpu: %s%n",
          year,
          repeats,
          max,
          total / weeks,
          maxCpu,
          totalCpu / weeks,
          line);
    }
  }
}
