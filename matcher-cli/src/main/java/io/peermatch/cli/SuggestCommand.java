package io.peermatch.cli;

import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.core.Suggestion;
import io.peermatch.core.Suggestions;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peermatch suggest}: the top N partners for one person, re-ranked for diversity. */
@Command(
    name = "suggest",
    mixinStandardHelpOptions = true,
    description = {
      "Suggests the top N partners for one person who picks their own: the best allowed partners"
          + " by weight, over-exposed people scaled down, re-ranked by maximal marginal relevance"
          + " so that the list spans departments and locations.",
      "Writes rank,partner,score,explanation; the time of the request goes to standard error."
    })
final class SuggestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  PeopleSource source;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--person", required = true, paramLabel = "ID", description = "Who asks.")
  String person;

  @Option(
      names = "--top",
      defaultValue = "10",
      paramLabel = "N",
      description = "How many partners (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--lambda",
      defaultValue = "" + Suggestions.DEFAULT_LAMBDA,
      paramLabel = "X",
      description =
          "Relevance against diversity in [0, 1]; 1 ranks by weight only"
              + " (default: ${DEFAULT-VALUE}).")
  double lambda;

  @Option(names = "--out", paramLabel = "FILE", description = "CSV to write (default: stdout).")
  Path out;

  @Mixin ProblemOptions problemOptions = new ProblemOptions();

  @Override
  public Integer call() throws IOException {
    if (top < 1) {
      throw new IllegalArgumentException("--top must be at least 1 but was " + top);
    }
    if (top > 1000) {
      throw new IllegalArgumentException("--top must be at most 1000 but was " + top);
    }
    if (!(lambda >= 0 && lambda <= 1)) {
      throw new IllegalArgumentException("--lambda must be in [0, 1] but was " + lambda);
    }
    List<Participant> people = source.read(seed);
    if (people.stream().noneMatch(p -> p.id().equals(person))) {
      throw new IllegalArgumentException(
          source.origin() + ": unknown person '" + person + "' in --person");
    }
    PeopleSource.requireAttributes(
        people, problemOptions.different, "--different", source.origin());
    PeopleSource.requireAttributes(people, problemOptions.same, "--same", source.origin());
    MatchingProblem problem = problemOptions.build(people, seed, source.origin());
    long start = System.nanoTime();
    Suggestions index = Suggestions.build(problem, top);
    long built = System.nanoTime();
    List<Suggestion> list = index.suggest(person, top, lambda);
    long answered = System.nanoTime();
    if (out != null) {
      AtomicOutput.write(out, writer -> write(writer, list));
    } else {
      Writer writer = spec.commandLine().getOut();
      write(writer, list);
      writer.flush();
    }
    spec.commandLine()
        .getErr()
        .printf(
            java.util.Locale.ROOT,
            "suggest: %d partner(s) for %s among %d people; index built in %.1f ms, request"
                + " answered in %.3f ms%n",
            list.size(),
            person,
            people.size(),
            (built - start) / 1e6,
            (answered - built) / 1e6);
    return 0;
  }

  private static void write(Writer writer, List<Suggestion> list) throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader("rank", "partner", "score", "explanation")
            .setRecordSeparator('\n')
            .get();
    CSVPrinter printer = new CSVPrinter(writer, format);
    for (int i = 0; i < list.size(); i++) {
      Suggestion s = list.get(i);
      printer.printRecord(i + 1, s.id(), Formats.number(s.score()), s.explanation().summary());
    }
    printer.flush();
  }
}
