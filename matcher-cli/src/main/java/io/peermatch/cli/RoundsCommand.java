package io.peermatch.cli;

import io.peermatch.api.Constraint;
import io.peermatch.api.History;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.Trio;
import io.peermatch.core.Rounds;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code peermatch rounds}: the next weekly rounds of one pool, no pair repeated within the
 * cool-down, whoever sat out last served first, a trio when the count is odd.
 */
@Command(
    name = "rounds",
    mixinStandardHelpOptions = true,
    description = {
      "Computes the next rounds of one pool (weekly coffee, peer learning) after the earlier"
          + " rounds: no pair repeated within the cool-down, whoever sat out last round served"
          + " first, a trio when the count is odd. Pairs score by mutual exchange;"
          + " --different, --same and --min-score add hard rules.",
      "Writes round,first,second,third,score,explanation; a summary goes to standard error."
    })
final class RoundsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  PeopleSource source;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description = "Seed of --synthetic (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--history",
      paramLabel = "FILE",
      description = "Earlier rounds: CSV round,first,second[,third], rounds numbered from 1.")
  Path history;

  @Option(
      names = "--cooldown",
      paramLabel = "K",
      description = "No pair meets again within K rounds (default: never again).")
  Integer cooldown;

  @Option(
      names = "--weeks",
      defaultValue = "1",
      paramLabel = "W",
      description = "Rounds to compute, each appended to the history (default: ${DEFAULT-VALUE}).")
  int weeks;

  @Option(names = "--out", paramLabel = "FILE", description = "CSV to write (default: stdout).")
  Path out;

  @Mixin ProblemOptions problemOptions = new ProblemOptions();

  @Override
  public Integer call() throws IOException {
    int k = cooldown == null ? Integer.MAX_VALUE : cooldown;
    if (k < 0) {
      throw new IllegalArgumentException("--cooldown must be at least 0 rounds but was " + k);
    }
    if (weeks < 1) {
      throw new IllegalArgumentException("--weeks must be at least 1 but was " + weeks);
    }
    if (weeks > 10_000) {
      throw new IllegalArgumentException("--weeks must be at most 10000 but was " + weeks);
    }
    if (problemOptions.scoring != null && !problemOptions.scoring.equals("mutual-exchange")) {
      throw new IllegalArgumentException(
          "rounds score pairs by mutual exchange; --scoring "
              + problemOptions.scoring
              + " is not"
              + " supported");
    }
    List<Participant> people = source.read(seed);
    PeopleSource.requireAttributes(people, problemOptions.different, "--different", origin());
    PeopleSource.requireAttributes(people, problemOptions.same, "--same", origin());
    problemOptions.pool = true;
    MatchingProblem problem = problemOptions.build(people, seed, origin());
    List<Constraint.PairRule> rules = new ArrayList<>();
    for (Constraint c : problem.constraints()) {
      if (c instanceof Constraint.PairRule rule) {
        rules.add(rule);
      }
    }
    Set<String> ids = new HashSet<>();
    people.forEach(p -> ids.add(p.id()));
    History earlier = history == null ? History.empty() : HistoryCsv.read(history, ids);

    History current = earlier;
    List<Matching> computed = new ArrayList<>(weeks);
    double totalMillis = 0.0;
    double maxMillis = 0.0;
    for (int w = 0; w < weeks; w++) {
      long start = System.nanoTime();
      Matching round = Rounds.next(people, current, k, rules);
      double ms = (System.nanoTime() - start) / 1e6;
      totalMillis += ms;
      maxMillis = Math.max(maxMillis, ms);
      computed.add(round);
      current = Rounds.append(current, round);
    }
    int first = earlier.size() + 1;
    if (out != null) {
      AtomicOutput.write(out, writer -> write(writer, first, computed));
    } else {
      Writer writer = spec.commandLine().getOut();
      write(writer, first, computed);
      writer.flush();
    }
    printSummary(earlier, computed, totalMillis, maxMillis, people.size());
    return 0;
  }

  private String origin() {
    return source.origin();
  }

  private static void write(Writer writer, int first, List<Matching> rounds) throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader("round", "first", "second", "third", "score", "explanation")
            .setRecordSeparator('\n')
            .get();
    CSVPrinter printer = new CSVPrinter(writer, format);
    for (int r = 0; r < rounds.size(); r++) {
      Matching round = rounds.get(r);
      Map<IdPair, String> joiners = new HashMap<>();
      for (Trio t : round.trios()) {
        joiners.put(IdPair.of(t.first(), t.second()).unordered(), t.joiner());
      }
      for (MatchedPair p : round.pairs()) {
        printer.printRecord(
            first + r,
            p.first(),
            p.second(),
            joiners.getOrDefault(p.ids().unordered(), ""),
            Formats.number(p.score()),
            p.explanation().summary());
      }
    }
    printer.flush();
  }

  /** Repeats count pairs that met before, at any distance (the cool-down may allow them). */
  private void printSummary(
      History earlier, List<Matching> computed, double totalMillis, double maxMillis, int n) {
    Set<IdPair> met = new HashSet<>();
    for (List<IdPair> round : earlier.rounds()) {
      for (IdPair p : round) {
        met.add(p.unordered());
      }
    }
    int repeats = 0;
    int pairs = 0;
    int trios = 0;
    int unmatched = 0;
    for (Matching round : computed) {
      List<IdPair> meetings = new ArrayList<>();
      round.pairs().forEach(p -> meetings.add(p.ids()));
      for (Trio t : round.trios()) {
        meetings.add(IdPair.of(t.joiner(), t.first()));
        meetings.add(IdPair.of(t.joiner(), t.second()));
      }
      for (IdPair p : meetings) {
        if (!met.add(p.unordered())) {
          repeats++;
        }
      }
      pairs += round.pairs().size();
      trios += round.trios().size();
      unmatched += round.unmatched().size();
    }
    spec.commandLine()
        .getErr()
        .printf(
            java.util.Locale.ROOT,
            "rounds: %d round(s) of %d people after %d earlier: %d pairs, %d trios, %d sat out,"
                + " %d repeats; %.1f ms per round (max %.1f ms)%n",
            computed.size(),
            n,
            earlier.size(),
            pairs,
            trios,
            unmatched,
            repeats,
            totalMillis / computed.size(),
            maxMillis);
  }
}
