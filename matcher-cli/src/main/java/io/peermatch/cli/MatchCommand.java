package io.peermatch.cli;

import io.peermatch.api.IdPair;
import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.Trio;
import io.peermatch.core.PeerMatch;
import io.peermatch.core.Strategy;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peermatch match}: pairs for the people of a CSV, with scores and explanations. */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    description = "Matches the people of a CSV and writes the pairs with score and explanation.")
final class MatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "People CSV.")
  Path input;

  @Option(
      names = "--strategy",
      defaultValue = "max-weight",
      paramLabel = "NAME",
      description = "Strategy (default: ${DEFAULT-VALUE}).")
  String strategy;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Pairs CSV to write.")
  Path out;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin ProblemOptions problemOptions = new ProblemOptions();

  @Override
  public Integer call() {
    Strategy chosen = Strategy.of(strategy);
    List<Participant> people = PeopleCsv.read(input);
    MatchingProblem problem = problemOptions.build(people, seed, input.toString());
    Matching matching = PeerMatch.match(problem, chosen, problemOptions.matchOptions());
    AtomicOutput.write(
        out,
        w -> {
          CSVFormat format =
              CSVFormat.DEFAULT
                  .builder()
                  .setHeader("first", "second", "third", "score", "weight", "explanation")
                  .setRecordSeparator('\n')
                  .get();
          Map<IdPair, String> joiners = new HashMap<>();
          for (Trio t : matching.trios()) {
            joiners.put(IdPair.of(t.first(), t.second()).unordered(), t.joiner());
          }
          try (CSVPrinter printer = new CSVPrinter(w, format)) {
            for (MatchedPair p : matching.pairs()) {
              printer.printRecord(
                  p.first(),
                  p.second(),
                  joiners.getOrDefault(p.ids().unordered(), ""),
                  Formats.number(p.score()),
                  Formats.number(p.weight()),
                  p.explanation().summary());
            }
          }
        });
    spec.commandLine()
        .getErr()
        .printf(
            "%s: %d pairs, %d trios, %d unmatched, objective %s, solved in %.1f ms (candidates %.1f"
                + " ms)%n",
            strategy,
            matching.size(),
            matching.trios().size(),
            matching.unmatched().size(),
            Formats.number(matching.objective()),
            matching.diagnostics().solveMillis(),
            matching.diagnostics().candidateNanos() / 1e6);
    return 0;
  }
}
