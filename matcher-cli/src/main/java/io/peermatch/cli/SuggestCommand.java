package io.peermatch.cli;

import io.peermatch.api.IdPair;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.core.Suggestion;
import io.peermatch.core.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code peermatch suggest}: the top N partners for one person, re-ranked for diversity. A rules
 * file's skipped people and forbidden pairs are never suggested; a pinned partner comes first, and
 * people whose pinned pairs fill their capacity are not suggested to anyone else.
 */
@Command(
    name = "suggest",
    mixinStandardHelpOptions = true,
    description = {
      "Suggests the top N partners for one person who picks their own: the best allowed partners"
          + " by weight, over-exposed people scaled down, re-ranked by maximal marginal relevance"
          + " so that the list spans departments and locations.",
      "Writes rank,partner,score,explanation; the time of the request goes to standard error."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  peermatch suggest --input examples/org.csv --pool \\",
      "      --person ana.silva@example.com --top 5",
      "  peermatch suggest --synthetic 100000 --pool --person e0000042 --format json",
      ""
    })
final class SuggestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PeopleOptions people = new PeopleOptions();

  @Mixin RuleOptions ruleOptions = new RuleOptions();

  @Mixin ShapeOptions shape = new ShapeOptions();

  @Mixin OutputOptions output = new OutputOptions();

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

  @Override
  public Integer call() {
    if (top < 1) {
      throw new IllegalArgumentException("--top must be at least 1 but was " + top);
    }
    if (top > 1000) {
      throw new IllegalArgumentException("--top must be at most 1000 but was " + top);
    }
    if (!(lambda >= 0 && lambda <= 1)) {
      throw new IllegalArgumentException("--lambda must be in [0, 1] but was " + lambda);
    }
    output.check(
        AtomicOutput.named("--input", people.file(), "--rules", ruleOptions.file),
        AtomicOutput.named(),
        false);
    PeerMatchCommand root = (PeerMatchCommand) spec.root().userObject();
    long start;
    long built;
    long answered;
    int size;
    List<Object[]> rows = new ArrayList<>();
    try (Progress progress = Progress.start("suggest", 4, output.quiet ? null : root.terminal())) {
      progress.phase("reading people");
      People everyone = people.read();
      if (PeerMatchCommand.given(spec, "--lambda") && lambda < 1) {
        everyone.requireDiversity(
            People.SUGGESTION_DIVERSITY, "--lambda " + Formats.number(lambda));
      }
      if (!everyone.byId().containsKey(person)) {
        throw new IllegalArgumentException(
            everyone.origin() + ": unknown person '" + person + "' in --person");
      }
      Rules rules = ruleOptions.rules(everyone);
      if (rules.skipped().contains(person)) {
        throw new IllegalArgumentException(
            rules.file() + ": '" + person + "' is skipped, so there is nobody to suggest to");
      }
      MatchingProblem problem =
          Problems.build(everyone, rules, shape.pool, shape.scoring(), false, people.seed());
      size = problem.size();
      // Pinned partners first; people whose pins fill their capacity are taken.
      Map<String, Integer> pinnedCount = new HashMap<>();
      List<String> pinnedPartners = new ArrayList<>();
      for (IdPair p : problem.pinnedPairs()) {
        pinnedCount.merge(p.first(), 1, Integer::sum);
        pinnedCount.merge(p.second(), 1, Integer::sum);
        if (p.contains(person)) {
          pinnedPartners.add(p.first().equals(person) ? p.second() : p.first());
        }
      }
      Map<String, Participant> byId = everyone.byId();
      for (String partner : pinnedPartners) {
        if (rows.size() < top) {
          Participant a = byId.get(person);
          Participant b = byId.get(partner);
          rows.add(
              new Object[] {
                (long) rows.size() + 1,
                partner,
                problem.relevance(
                    problem.left().contains(a) || problem.isPool() ? a : b,
                    problem.left().contains(a) || problem.isPool() ? b : a),
                "pinned by " + rules.file()
              });
        }
      }
      progress.phase("preparing candidates");
      start = System.nanoTime();
      int ask = Math.min(1000, top + pinnedCount.size());
      Suggestions index = Suggestions.build(problem, ask);
      built = System.nanoTime();
      progress.phase("suggesting");
      List<Suggestion> list = index.suggest(person, ask, lambda);
      answered = System.nanoTime();
      for (Suggestion s : list) {
        if (rows.size() >= top) {
          break;
        }
        boolean taken =
            pinnedPartners.contains(s.id())
                || pinnedCount.getOrDefault(s.id(), 0) >= byId.get(s.id()).capacity();
        if (!taken) {
          rows.add(
              new Object[] {(long) rows.size() + 1, s.id(), s.score(), s.explanation().summary()});
        }
      }
      progress.phase("writing");
      Table table =
          new Table(
              List.of(
                  Table.Column.of("rank"),
                  Table.Column.of("partner"),
                  Table.Column.of("score", Table.Style.EXACT),
                  Table.Column.of("explanation")));
      rows.forEach(table::row);
      output.write(table, spec.commandLine().getOut());
    }
    if (!output.quiet) {
      spec.commandLine()
          .getErr()
          .printf(
              Locale.ROOT,
              "suggest: %d partner(s) for %s among %d people; index built in %.1f ms, request"
                  + " answered in %.3f ms%n",
              rows.size(),
              person,
              size,
              (built - start) / 1e6,
              (answered - built) / 1e6);
    }
    return 0;
  }
}
