package io.peermatch.cli;

import io.peermatch.api.Constraint;
import io.peermatch.api.Constraints;
import io.peermatch.api.History;
import io.peermatch.api.IdPair;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.Scoring;
import io.peermatch.core.Evaluation;
import io.peermatch.core.EvaluationOptions;
import io.peermatch.core.GroupOptions;
import io.peermatch.core.Grouping;
import io.peermatch.core.Rounds;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code peermatch groups}: one pool into groups of a size or size range, relevance inside groups
 * plus λ-weighted diversity, under the hard rules of a rules file; with {@code --rounds W}, W
 * rounds in a row without a repeat within the cool-down. One row per person.
 */
@Command(
    name = "groups",
    mixinStandardHelpOptions = true,
    resourceBundle = HistoryOptions.BUNDLE,
    description = {
      "Forms groups of one pool (lunch-and-learn circles, cohorts): everyone in exactly one group"
          + " of --size people unless their hard rules leave no group, maximising the relevance"
          + " inside groups (mutual exchange) plus lambda-weighted diversity over department,"
          + " location, seniority and tenure. The team rule is on by default; --different,"
          + " --same and a rules file add hard rules (pinned pairs share a group, forbidden pairs"
          + " never do, skipped people sit out, 'prefer' bonuses apply; min_score does not apply"
          + " to groups). With --rounds W, W rounds in a row: no two people share a group again"
          + " within the cool-down (the fewest repeats when that cannot be kept, reported).",
      "Writes round,group,id,size,members,brings,explanation, one row per person (group empty"
          + " for someone left out); a summary goes to standard error. With --report, also an"
          + " HTML report: the figures of each round, group sizes, diversity, repeats and the"
          + " groups with their explanations."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  peermatch groups --input examples/org.csv --size 4 --rules examples/rules.yaml",
      "  peermatch groups --synthetic 2000 --size 4 --rounds 10 --out rounds.csv",
      "  peermatch groups --input org.csv --size 3-5 --history rounds.csv --format json",
      "  peermatch groups --input examples/org.csv --size 4 --rounds 4 --report groups.html",
      ""
    })
final class GroupsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PeopleOptions people = new PeopleOptions();

  @Mixin RuleOptions ruleOptions = new RuleOptions();

  @Mixin OutputOptions output = new OutputOptions();

  @Mixin HistoryOptions history = new HistoryOptions();

  @Option(
      names = "--size",
      defaultValue = "4",
      paramLabel = "S|MIN-MAX",
      description =
          "Group size: S (n / S groups, a few of S + 1 when S does not divide n) or a range MIN-MAX"
              + " (the fewest groups that hold everyone); 2 to "
              + GroupOptions.MAX_GROUP_SIZE
              + " (default: ${DEFAULT-VALUE}).")
  String size;

  @Option(
      names = "--lambda",
      defaultValue = "0.5",
      paramLabel = "L",
      description =
          "Share of relevance in [0, 1]; the rest is diversity (default: ${DEFAULT-VALUE}).")
  double lambda;

  @Option(
      names = "--rounds",
      defaultValue = "1",
      paramLabel = "W",
      description = "Rounds to compute, each appended to the history (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(
      names = "--time-limit",
      defaultValue = "3",
      paramLabel = "SECONDS",
      description = "Search time per round, in seconds (default: ${DEFAULT-VALUE}).")
  double timeLimit;

  @Option(
      names = "--cohorts",
      paramLabel = "N|MIN-MAX",
      description =
          "Two-sided cohorts instead of --size: every group has one mentor (role mentor) and N, or"
              + " MIN to MAX, mentees (role mentee); every mentor leads one group, so the mentees"
              + " must number between mentors x MIN and mentors x MAX.")
  String cohorts;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description =
          "Also write a self-contained HTML report (opens offline; no script): each round's"
              + " figures, group sizes, diversity, repeats, and the groups with their"
              + " explanations.")
  Path report;

  @Override
  // The progress bar is closed before the summary is printed, inside its try block.
  @SuppressWarnings("try")
  public Integer call() {
    GroupOptions options = options();
    int k = history.cooldown();
    if (rounds < 1 || rounds > 10_000) {
      throw new IllegalArgumentException("--rounds must be in [1, 10000] but was " + rounds);
    }
    if (ruleOptions.minScore != null) {
      // A rules file's min_score only gets a note (one file serves a whole programme); the option
      // is this command's own, and it would do nothing.
      throw new IllegalArgumentException(
          "--min-score does not apply to groups (a group is more than its weakest pair)");
    }
    history.requireUse(rounds, "--rounds");
    output.check(
        history.inputs(people, ruleOptions), AtomicOutput.named("--report", report), false);
    PeerMatchCommand root = (PeerMatchCommand) spec.root().userObject();
    try (Progress progress =
        Progress.start(
            "groups",
            2 + rounds + (report != null ? 1 : 0),
            output.quiet ? null : root.terminal())) {
      progress.phase("reading people");
      People everyone = people.read();
      if (PeerMatchCommand.given(spec, "--lambda") && lambda < 1) {
        everyone.requireDiversity(People.DIVERSITY, "--lambda " + Formats.number(lambda));
      }
      Rules rules = ruleOptions.rules(everyone);
      if (rules.minScore() != null && !output.quiet) {
        spec.commandLine()
            .getErr()
            .println(
                "peermatch: note: "
                    + rules.file()
                    + ": groups do not apply a minimum score (a group is more than its"
                    + " weakest pair); the other rules apply");
      }
      List<Participant> pool = rules.participants(everyone);
      // Cohorts: mentors and mentees by role, the two-sided problem of 'match' (its scoring).
      MatchingProblem problem =
          cohorts != null
              ? Problems.build(everyone, rules, false, null, false, people.seed())
              : problem(pool, rules);
      History earlier = history.read(everyone, GroupHistoryCsv::read);
      History current = earlier;
      List<Grouping> computed = new ArrayList<>(rounds);
      double totalMillis = 0.0;
      for (int w = 0; w < rounds; w++) {
        progress.phase("round " + (earlier.size() + w + 1));
        long start = System.nanoTime();
        Grouping round = Rounds.nextGroups(problem, current, k, options);
        totalMillis += (System.nanoTime() - start) / 1e6;
        computed.add(round);
        if (w + 1 < rounds) {
          // The next round's history (after the last one nobody reads it: at a million people
          // building it takes seconds).
          current = Rounds.append(current, round);
        }
      }
      progress.phase("writing");
      output.write(table(earlier.size() + 1, computed), spec.commandLine().getOut());
      int[] repeats = repeatsPerRound(earlier, computed, rules);
      if (report != null) {
        progress.phase("writing the report");
        List<GroupReport.Run> runs = new ArrayList<>();
        for (int w = 0; w < computed.size(); w++) {
          Grouping round = computed.get(w);
          runs.add(
              new GroupReport.Run(
                  Integer.toString(earlier.size() + 1 + w),
                  round,
                  Evaluation.evaluate(problem, round, EvaluationOptions.DEFAULTS),
                  repeats[w]));
        }
        GroupReport.write(
            report,
            spec.commandLine().getOut(),
            new GroupReport.Content(
                "PeerMatch: " + (cohorts != null ? "cohorts" : "groups"),
                facts(everyone, rules, problem, options, earlier.size()),
                runs,
                rounds > 1 || history.file != null,
                everyone.byId()));
      }
      progress.close();
      if (!output.quiet) {
        printSummary(earlier, computed, repeats, totalMillis, pool.size());
      }
    }
    return 0;
  }

  private GroupOptions options() {
    if (cohorts != null && spec.commandLine().getParseResult().hasMatchedOption("--size")) {
      throw new IllegalArgumentException(
          "--cohorts and --size exclude each other (a cohort's size is its mentees plus one)");
    }
    int[] range = cohorts != null ? menteeRange(cohorts) : GroupingSolver.range(size);
    int min = range[0];
    int max = range[1];
    if (!(lambda >= 0 && lambda <= 1)) {
      throw new IllegalArgumentException("--lambda must be in [0, 1] but was " + lambda);
    }
    if (!(timeLimit > 0) || timeLimit > 86_400) {
      throw new IllegalArgumentException(
          "--time-limit must be in (0, 86400] seconds but was " + timeLimit);
    }
    return (cohorts != null ? GroupOptions.cohorts(min, max) : GroupOptions.ofSizes(min, max))
        .withLambda(lambda)
        .withTimeLimit(Duration.ofMillis(Math.max(1, Math.round(timeLimit * 1000))));
  }

  /** The mentees of a cohort: N or MIN-MAX, from 1 to 63. */
  static int[] menteeRange(String text) {
    String t = text.trim();
    int dash = t.indexOf('-', 1);
    int min;
    int max;
    try {
      min = Integer.parseInt((dash > 0 ? t.substring(0, dash) : t).trim());
      max = dash > 0 ? Integer.parseInt(t.substring(dash + 1).trim()) : min;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--cohorts must be a whole number or a range MIN-MAX but was '" + text + "'");
    }
    if (min < 1 || max > GroupOptions.MAX_GROUP_SIZE - 1 || max < min) {
      throw new IllegalArgumentException(
          "--cohorts must be within 1-"
              + (GroupOptions.MAX_GROUP_SIZE - 1)
              + " mentees with MIN <= MAX but was '"
              + text
              + "'");
    }
    return new int[] {min, max};
  }

  private MatchingProblem problem(List<Participant> pool, Rules rules) {
    return poolProblem(pool, rules, people.seed());
  }

  /**
   * One pool under mutual exchange with the rules (a minimum score dropped: it does not apply to
   * groups); also used by {@code compare --groups}.
   */
  static MatchingProblem poolProblem(List<Participant> pool, Rules rules, long seed) {
    List<Constraint> constraints = new ArrayList<>();
    for (Constraint.PairRule rule : rules.hardRules()) {
      if (!(rule instanceof Constraint.MinimumScore)) {
        constraints.add(rule);
      }
    }
    constraints.addAll(rules.preferences());
    List<IdPair> pins = new ArrayList<>();
    rules.pins().forEach(p -> pins.add(p.pair()));
    MatchingProblem.Builder b =
        MatchingProblem.pool(pool)
            .scoring(Scoring.mutualExchange())
            .constraints(constraints)
            .seed(seed);
    if (!pins.isEmpty()) {
      b.constraint(Constraints.pinned(pins));
    }
    try {
      return b.build();
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(
          (rules.file() == null ? "" : rules.file() + ": ") + e.getMessage());
    }
  }

  static Table table(int first, List<Grouping> rounds) {
    Table table =
        new Table(
            List.of(
                Table.Column.of("round"),
                Table.Column.of("group"),
                Table.Column.of("id"),
                Table.Column.of("size"),
                Table.Column.of("members"),
                Table.Column.of("brings"),
                Table.Column.of("explanation")));
    for (int r = 0; r < rounds.size(); r++) {
      Grouping round = rounds.get(r);
      for (Grouping.Group g : round.groups()) {
        String members = String.join(" ", g.members());
        String explanation = g.explanation();
        for (String id : g.members()) {
          List<String> brings = g.brings().getOrDefault(id, List.of());
          table.row(
              (long) (first + r),
              (long) (g.id() + 1),
              id,
              (long) g.size(),
              members,
              String.join(" ", brings),
              explanation);
        }
      }
      for (String id : round.unplaced()) {
        table.row(
            (long) (first + r), null, id, null, "", "", "unplaced: the hard rules leave no group");
      }
    }
    return table;
  }

  /**
   * The repeats of each computed round: pairs that met before, at any distance (the cool-down may
   * allow them), except pinned pairs, which meet every round by decision.
   */
  static int[] repeatsPerRound(History earlier, List<Grouping> computed, Rules rules) {
    Set<IdPair> pinned = new HashSet<>();
    rules.pins().forEach(p -> pinned.add(p.pair().unordered()));
    Set<IdPair> met = HistoryOptions.met(earlier);
    int[] repeats = new int[computed.size()];
    for (int w = 0; w < computed.size(); w++) {
      for (IdPair p : computed.get(w).pairs()) {
        if (!met.add(p.unordered()) && !pinned.contains(p.unordered())) {
          repeats[w]++;
        }
      }
    }
    return repeats;
  }

  /** The facts a report starts with: the people, the shape of the groups, the rules. */
  private List<String> facts(
      People everyone, Rules rules, MatchingProblem problem, GroupOptions options, int before) {
    List<String> facts = new ArrayList<>();
    facts.add(CompareCommand.peopleFact(everyone, rules, problem));
    facts.add(
        String.format(
            Locale.ROOT,
            "%s; lambda %s (the share of relevance; the rest is diversity); %s s of search per"
                + " round",
            options.cohorts()
                ? "cohorts of one mentor with "
                    + (options.minSize() - 1)
                    + " to "
                    + (options.maxSize() - 1)
                    + " mentees"
                : "groups of " + options.minSize() + " to " + options.maxSize() + " people",
            Formats.number(options.lambda()),
            Formats.number(timeLimit)));
    facts.add(
        CompareCommand.rulesFact(rules, problem)
            + (before > 0 ? "; " + before + " earlier round(s) in the history" : ""));
    return facts;
  }

  private void printSummary(
      History earlier, List<Grouping> computed, int[] repeats, double totalMillis, int n) {
    int repeated = 0;
    for (int r : repeats) {
      repeated += r;
    }
    int groups = 0;
    int unplaced = 0;
    int crossing = 0;
    double gap = 0.0;
    double objective = 0.0;
    double build = 0.0;
    double solve = 0.0;
    Set<String> statuses = new java.util.TreeSet<>();
    for (Grouping round : computed) {
      objective += round.objective();
      build += round.diagnostics().getOrDefault("build_ms", 0.0);
      solve += round.diagnostics().getOrDefault("solve_ms", 0.0);
      statuses.add(round.status());
      groups += round.groups().size();
      unplaced += round.unplaced().size();
      for (Grouping.Group g : round.groups()) {
        crossing += g.crosses().containsKey("department") ? 1 : 0;
      }
      if (!Double.isNaN(round.gap())) {
        gap = Math.max(gap, round.gap());
      }
    }
    spec.commandLine()
        .getErr()
        .printf(
            Locale.ROOT,
            "groups: %d round(s) of %d people after %d earlier: %d groups, %d crossing"
                + " departments, %d unplaced, %d repeats; objective %.1f, gap to the upper bound at most"
                + " %.1f%%;"
                + " %.1f ms per round (values %.1f ms, search %.1f ms; %s)%n",
            computed.size(),
            n,
            earlier.size(),
            groups,
            crossing,
            unplaced,
            repeated,
            objective,
            100 * gap,
            totalMillis / computed.size(),
            build / computed.size(),
            solve / computed.size(),
            String.join(", ", statuses));
  }
}
