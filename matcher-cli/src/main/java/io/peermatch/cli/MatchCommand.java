package io.peermatch.cli;

import io.peermatch.api.IdPair;
import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Trio;
import io.peermatch.core.Evaluation;
import io.peermatch.core.EvaluationOptions;
import io.peermatch.core.MatchOptions;
import io.peermatch.core.PeerMatch;
import io.peermatch.core.PreparedProblem;
import io.peermatch.core.Strategy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * {@code peermatch match}: the pairs of one strategy, with scores and explanations; optionally a
 * file with one row per person (partners, or why none) and an HTML report.
 */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    description = {
      "Matches people (mentors with mentees by their role, or one pool with --pool) and writes"
          + " the pairs with score and explanation: first,second,third,score,weight,explanation.",
      "--per-person writes one row per person, matched or not, with partners, scores,"
          + " explanations in words and, for those left without a partner, the reason (for a"
          + " mail merge). --report writes an HTML report with charts."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  peermatch match --input examples/org.csv --out pairs.csv",
      "  peermatch match --input examples/org.csv --rules examples/rules.yaml \\",
      "      --per-person people-out.csv --report report.html",
      "  peermatch match --input org.json --pool --strategy suitor --format json",
      "  peermatch match --synthetic 2000 --strategy diversity-seeking",
      ""
    })
final class MatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PeopleOptions people = new PeopleOptions();

  @Mixin RuleOptions ruleOptions = new RuleOptions();

  @Mixin ShapeOptions shape = new ShapeOptions();

  @Mixin PairingOptions pairing = new PairingOptions();

  @Mixin OutputOptions output = new OutputOptions();

  @Option(
      names = "--strategy",
      defaultValue = "max-weight",
      paramLabel = "NAME",
      description = "Strategy (default: ${DEFAULT-VALUE}); 'peermatch compare' lists them all.")
  String strategy;

  @Option(
      names = "--per-person",
      paramLabel = "FILE",
      description =
          "Also write one row per person, matched or not (CSV, or JSON for a .json file).")
  Path perPerson;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description =
          "Also write a self-contained HTML report with charts (opens offline; no script).")
  Path report;

  @Override
  // The progress bar is closed before the summary is printed, inside its try block.
  @SuppressWarnings("try")
  public Integer call() {
    Strategy chosen = Strategy.of(strategy);
    output.check(
        AtomicOutput.named("--input", people.file(), "--rules", ruleOptions.file),
        AtomicOutput.named("--per-person", perPerson, "--report", report),
        perPerson != null && !PerPersonFile.isJson(perPerson));
    int phases = 4 + (perPerson != null ? 1 : 0) + (report != null ? 3 + 2 * 5 : 0);
    PeerMatchCommand root = (PeerMatchCommand) spec.root().userObject();
    try (Progress progress =
        Progress.start("match", phases, output.quiet ? null : root.terminal())) {
      progress.phase("reading people");
      People everyone = people.read();
      if (chosen == Strategy.DIVERSITY_SEEKING) {
        everyone.requireDiversity(People.DIVERSITY, "--strategy diversity-seeking");
      }
      Rules rules = ruleOptions.rules(everyone);
      MatchingProblem problem =
          Problems.build(
              everyone, rules, shape.pool, shape.scoring(), pairing.trios, people.seed());
      progress.phase("preparing candidates");
      MatchOptions options = pairing.matchOptions();
      PreparedProblem prepared = PeerMatch.prepare(problem, options);
      progress.phase(chosen.label());
      Matching matching = prepared.match(chosen);
      progress.phase("writing");
      output.write(pairs(matching), spec.commandLine().getOut());
      List<Outcomes.Outcome> outcomes = null;
      if (perPerson != null) {
        progress.phase("writing the per-person file");
        outcomes = Outcomes.of(everyone, rules, prepared, matching);
        PerPersonFile.write(perPerson, spec.commandLine().getOut(), outcomes, output.rawCsv);
      }
      if (report != null) {
        progress.phase("evaluating");
        Matching reference =
            chosen == Strategy.MAX_WEIGHT ? matching : prepared.match(Strategy.MAX_WEIGHT);
        EvaluationOptions measure = EvaluationOptions.DEFAULTS.withReference(reference);
        ReportCharts.Run run =
            new ReportCharts.Run(
                chosen.label(), Evaluation.evaluate(prepared, matching, measure), matching);
        List<ReportCharts.Run> curve = new ArrayList<>();
        for (double lambda : CompareCommand.REPORT_LAMBDAS) {
          String label = "lambda=" + Formats.number(lambda);
          progress.phase("trade-off " + label);
          Matching m = prepared.match(Strategy.DIVERSITY_SEEKING, options.withLambda(lambda));
          progress.phase("evaluating " + label);
          curve.add(new ReportCharts.Run(label, Evaluation.evaluate(prepared, m, measure), m));
        }
        progress.phase("writing the report");
        List<ReportCharts.Run> runs = List.of(run);
        HtmlReport.write(
            report,
            spec.commandLine().getOut(),
            new HtmlReport.Content(
                "PeerMatch: " + chosen.label() + " matching",
                CompareCommand.facts(everyone, rules, problem, prepared),
                CompareCommand.table(runs, null, OutputOptions.Format.TABLE, ""),
                runs,
                curve,
                runs,
                prepared));
      }
      progress.close();
      if (!output.quiet) {
        summary(matching, problem, everyone, rules, outcomes);
      }
    }
    return 0;
  }

  private void summary(
      Matching matching,
      MatchingProblem problem,
      People everyone,
      Rules rules,
      List<Outcomes.Outcome> outcomes) {
    String unmatched = matching.unmatched().size() + " unmatched";
    if (outcomes != null) {
      Map<String, Integer> reasons = new java.util.TreeMap<>();
      for (Outcomes.Outcome o : outcomes) {
        if (o.status() == Outcomes.Status.UNMATCHED) {
          reasons.merge(o.reason(), 1, Integer::sum);
        }
      }
      if (!reasons.isEmpty()) {
        List<String> parts = new ArrayList<>();
        reasons.forEach((k, v) -> parts.add(v + " " + k));
        unmatched += " (" + String.join(", ", parts) + ")";
      }
    } else if (!matching.unmatched().isEmpty()) {
      unmatched += " (--per-person FILE says who and why)";
    }
    spec.commandLine()
        .getErr()
        .printf(
            Locale.ROOT,
            "%s: %d people%s, %d pairs, %d trios, %s; objective %s; solved in %.1f ms"
                + " (candidates %.1f ms)%n",
            strategy,
            everyone.size(),
            rules.skipped().isEmpty() ? "" : " (" + rules.skipped().size() + " skipped)",
            matching.size(),
            matching.trios().size(),
            unmatched,
            Formats.number(matching.objective()),
            matching.diagnostics().solveMillis(),
            matching.diagnostics().candidateNanos() / 1e6);
  }

  /** The pairs: first, second, the third of a trio, score, weight, explanation. */
  static Table pairs(Matching matching) {
    Table table =
        new Table(
            List.of(
                Table.Column.of("first"),
                Table.Column.of("second"),
                Table.Column.of("third"),
                Table.Column.of("score", Table.Style.EXACT),
                Table.Column.of("weight", Table.Style.EXACT),
                Table.Column.of("explanation")));
    Map<IdPair, String> joiners = new HashMap<>();
    for (Trio t : matching.trios()) {
      joiners.put(IdPair.of(t.first(), t.second()).unordered(), t.joiner());
    }
    List<MatchedPair> pairs = matching.pairs();
    // Each pair's explanation in words, on every processor: at a million people the half million
    // summaries took 1.7 s on one thread. Each is independent, so the rows are the same.
    String[] explanations = new String[pairs.size()];
    Arrays.parallelSetAll(explanations, i -> pairs.get(i).explanation().summary());
    for (int i = 0; i < explanations.length; i++) {
      MatchedPair p = pairs.get(i);
      table.row(
          p.first(),
          p.second(),
          joiners.isEmpty() ? "" : joiners.getOrDefault(p.ids().unordered(), ""),
          p.score(),
          p.weight(),
          explanations[i]);
    }
    return table;
  }
}
