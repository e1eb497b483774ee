package io.peermatch.cli;

import io.peermatch.api.Explanation;
import io.peermatch.api.History;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.Scoring;
import io.peermatch.api.Trio;
import io.peermatch.core.Rounds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code peermatch rounds}: the next weekly rounds of one pool, no pair repeated within the
 * cool-down, whoever sat out last served first, a trio when the count is odd. A rules file's
 * skipped people sit the rounds out, its forbidden pairs never meet, and its pinned pairs meet in
 * the first round computed.
 */
@Command(
    name = "rounds",
    mixinStandardHelpOptions = true,
    resourceBundle = HistoryOptions.BUNDLE,
    description = {
      "Computes the next rounds of one pool (weekly coffee, peer learning) after the earlier"
          + " rounds: no pair repeated within the cool-down, whoever sat out last round served"
          + " first, a trio when the count is odd. Pairs score by mutual exchange; --different,"
          + " --same, --min-score and a rules file add hard rules (a rules file's pinned pairs"
          + " meet in the first round computed; its skipped people sit out; its soft bonuses do"
          + " not apply to rounds).",
      "Writes round,first,second,third,score,explanation; a summary goes to standard error."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  peermatch rounds --input examples/org.csv --history examples/history.csv \\",
      "      --rules examples/rules.yaml --out next.csv",
      "  peermatch rounds --input org.csv --cooldown 8 --weeks 4 --format csv",
      "  peermatch rounds --synthetic 500 --weeks 52 --different none --out year.csv",
      ""
    })
final class RoundsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PeopleOptions people = new PeopleOptions();

  @Mixin RuleOptions ruleOptions = new RuleOptions();

  @Mixin OutputOptions output = new OutputOptions();

  @Mixin HistoryOptions history = new HistoryOptions();

  @Option(
      names = "--weeks",
      defaultValue = "1",
      paramLabel = "W",
      description = "Rounds to compute, each appended to the history (default: ${DEFAULT-VALUE}).")
  int weeks;

  @Override
  // The progress bar is closed before the summary is printed, inside its try block.
  @SuppressWarnings("try")
  public Integer call() {
    int k = history.cooldown();
    if (weeks < 1) {
      throw new IllegalArgumentException("--weeks must be at least 1 but was " + weeks);
    }
    if (weeks > 10_000) {
      throw new IllegalArgumentException("--weeks must be at most 10000 but was " + weeks);
    }
    history.requireUse(weeks, "--weeks");
    if (people.file() != null && PeerMatchCommand.given(spec, "--seed")) {
      // Rounds are solved exactly and use no random numbers: the seed only makes a synthetic
      // organisation.
      throw new IllegalArgumentException(
          "--seed seeds --synthetic only (rounds have no random tie-break); it would be ignored"
              + " with --input");
    }
    output.check(history.inputs(people, ruleOptions), AtomicOutput.named(), false);
    PeerMatchCommand root = (PeerMatchCommand) spec.root().userObject();
    try (Progress progress =
        Progress.start("rounds", 2 + weeks, output.quiet ? null : root.terminal())) {
      progress.phase("reading people");
      People everyone = people.read();
      Rules rules = ruleOptions.rules(everyone);
      if (!rules.preferences().isEmpty() && !output.quiet) {
        // One rules file serves a whole programme, so rounds accept it; they say what they leave.
        spec.commandLine()
            .getErr()
            .println(
                "peermatch: note: "
                    + rules.file()
                    + ": rounds do not apply 'prefer' (each pair is worth 1 + its mutual"
                    + " exchange); its other rules apply");
      }
      List<Participant> pool = rules.participants(everyone);
      // Pins: checked like match's (hard rules, one partner each), on a pool problem.
      MatchingProblem check =
          MatchingProblem.pool(pool)
              .scoring(Scoring.mutualExchange())
              .constraints(rules.hardRules())
              .build();
      List<IdPair> pins = pinsOfOnePartner(Problems.orientedPins(check, rules), rules);
      History earlier = history.read(everyone, HistoryCsv::read);
      History current = withoutSkipped(earlier, rules.skipped());

      List<Matching> computed = new ArrayList<>(weeks);
      double totalMillis = 0.0;
      double maxMillis = 0.0;
      for (int w = 0; w < weeks; w++) {
        progress.phase("round " + (earlier.size() + w + 1));
        long start = System.nanoTime();
        Matching round =
            w == 0 && !pins.isEmpty()
                ? pinnedRound(check, pool, pins, current, k, rules)
                : Rounds.next(pool, current, k, rules.hardRules());
        double ms = (System.nanoTime() - start) / 1e6;
        totalMillis += ms;
        maxMillis = Math.max(maxMillis, ms);
        computed.add(round);
        current = Rounds.append(current, round);
      }
      progress.phase("writing");
      output.write(table(earlier.size() + 1, computed), spec.commandLine().getOut());
      progress.close();
      if (!output.quiet) {
        printSummary(earlier, computed, totalMillis, maxMillis, pool.size(), rules);
        String empty = emptyRounds(earlier.size() + 1, computed, pool.size());
        if (empty != null) {
          spec.commandLine()
              .getErr()
              .println(
                  "peermatch: note: "
                      + empty
                      + " empty: every allowed pair has met within the cool-down of "
                      + k
                      + " round(s); a shorter --cooldown, fewer hard rules or more people give"
                      + " pairs again");
        }
      }
    }
    return 0;
  }

  /**
   * Which computed rounds have no pair although two people could meet ("round 3", "rounds 2-4",
   * "rounds 2, 5"), or null if none.
   */
  static String emptyRounds(int first, List<Matching> computed, int poolSize) {
    if (poolSize < 2) {
      return null;
    }
    List<Integer> empty = new ArrayList<>();
    for (int w = 0; w < computed.size(); w++) {
      if (computed.get(w).pairs().isEmpty()) {
        empty.add(first + w);
      }
    }
    if (empty.isEmpty()) {
      return null;
    }
    if (empty.size() == 1) {
      return "round " + empty.get(0) + " is";
    }
    boolean consecutive = empty.get(empty.size() - 1) - empty.get(0) == empty.size() - 1;
    if (consecutive) {
      return "rounds " + empty.get(0) + "-" + empty.get(empty.size() - 1) + " are";
    }
    List<String> names = new ArrayList<>();
    for (int r : empty.subList(0, Math.min(10, empty.size()))) {
      names.add(Integer.toString(r));
    }
    return "rounds "
        + String.join(", ", names)
        + (empty.size() > 10 ? " and " + (empty.size() - 10) + " more" : "")
        + " are";
  }

  private static List<IdPair> pinsOfOnePartner(List<IdPair> pins, Rules rules) {
    Map<String, String> where = new HashMap<>();
    for (int i = 0; i < pins.size(); i++) {
      for (String id : List.of(pins.get(i).first(), pins.get(i).second())) {
        if (where.putIfAbsent(id, rules.pins().get(i).where()) != null) {
          throw new IllegalArgumentException(
              rules.pins().get(i).where()
                  + ": '"
                  + id
                  + "' is pinned twice, but in a round everyone has one partner");
        }
      }
    }
    return pins;
  }

  /** The history without the pairs of people skipped this time (they are not in the pool). */
  private static History withoutSkipped(History history, Set<String> skipped) {
    if (skipped.isEmpty()) {
      return history;
    }
    List<List<IdPair>> rounds = new ArrayList<>();
    for (List<IdPair> round : history.rounds()) {
      List<IdPair> kept = new ArrayList<>();
      for (IdPair p : round) {
        if (!skipped.contains(p.first()) && !skipped.contains(p.second())) {
          kept.add(p);
        }
      }
      rounds.add(kept);
    }
    return History.of(rounds);
  }

  /**
   * A round with the pinned pairs in it: they meet whatever the history says (an administrator's
   * decision), and everyone else is paired as usual.
   */
  private static Matching pinnedRound(
      MatchingProblem check,
      List<Participant> pool,
      List<IdPair> pins,
      History history,
      int cooldown,
      Rules rules) {
    Set<String> pinned = new HashSet<>();
    pins.forEach(
        p -> {
          pinned.add(p.first());
          pinned.add(p.second());
        });
    List<Participant> rest = new ArrayList<>();
    Map<String, Participant> byId = new HashMap<>();
    for (Participant p : pool) {
      byId.put(p.id(), p);
      if (!pinned.contains(p.id())) {
        rest.add(p);
      }
    }
    List<List<IdPair>> kept = new ArrayList<>();
    for (List<IdPair> round : history.rounds()) {
      List<IdPair> r = new ArrayList<>();
      for (IdPair p : round) {
        if (!pinned.contains(p.first()) && !pinned.contains(p.second())) {
          r.add(p);
        }
      }
      kept.add(r);
    }
    Matching others = Rounds.next(rest, History.of(kept), cooldown, rules.hardRules());
    List<MatchedPair> pairs = new ArrayList<>();
    double objective = others.objective();
    for (IdPair p : pins) {
      double score = check.relevance(byId.get(p.first()), byId.get(p.second()));
      pairs.add(
          new MatchedPair(
              p.first(),
              p.second(),
              score,
              score,
              new Explanation(
                  List.of(), List.of(new Explanation.Term("pinned by " + rules.file(), 0.0)))));
      objective += score;
    }
    pairs.addAll(others.pairs());
    return new Matching(
        others.status(),
        pairs,
        others.unmatched(),
        objective,
        others.diagnostics(),
        others.trios());
  }

  static Table table(int first, List<Matching> rounds) {
    Table table =
        new Table(
            List.of(
                Table.Column.of("round"),
                Table.Column.of("first"),
                Table.Column.of("second"),
                Table.Column.of("third"),
                Table.Column.of("score", Table.Style.EXACT),
                Table.Column.of("explanation")));
    for (int r = 0; r < rounds.size(); r++) {
      Matching round = rounds.get(r);
      Map<IdPair, String> joiners = new HashMap<>();
      for (Trio t : round.trios()) {
        joiners.put(IdPair.of(t.first(), t.second()).unordered(), t.joiner());
      }
      for (MatchedPair p : round.pairs()) {
        table.row(
            (long) (first + r),
            p.first(),
            p.second(),
            joiners.getOrDefault(p.ids().unordered(), ""),
            p.score(),
            p.explanation().summary());
      }
    }
    return table;
  }

  private static String adminNote(Rules rules) {
    List<String> parts = new ArrayList<>();
    if (!rules.skipped().isEmpty()) {
      parts.add(rules.skipped().size() + " skipped");
    }
    if (!rules.pins().isEmpty()) {
      parts.add(rules.pins().size() + " pinned pair(s) in the first round");
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  /** Repeats count pairs that met before, at any distance (the cool-down may allow them). */
  private void printSummary(
      History earlier,
      List<Matching> computed,
      double totalMillis,
      double maxMillis,
      int n,
      Rules rules) {
    Set<IdPair> met = HistoryOptions.met(earlier);
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
            Locale.ROOT,
            "rounds: %d round(s) of %d people after %d earlier%s: %d pairs, %d trios, %d sat out,"
                + " %d repeats; %.1f ms per round (max %.1f ms)%n",
            computed.size(),
            n,
            earlier.size(),
            adminNote(rules),
            pairs,
            trios,
            unmatched,
            repeats,
            totalMillis / computed.size(),
            maxMillis);
  }
}
