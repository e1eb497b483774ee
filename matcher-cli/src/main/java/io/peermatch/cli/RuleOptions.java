package io.peermatch.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The rules every command that pairs people takes: a rules file, and the hard rules that are quick
 * to give on the command line. See {@link Rules} for how they combine.
 */
final class RuleOptions {

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description =
          "Rules file (YAML or JSON): pinned and forbidden pairs, people to skip, hard same /"
              + " different rules, a minimum score and soft bonuses; see docs/rules.md.")
  Path file;

  @Option(
      names = "--different",
      split = ",",
      paramLabel = "ATTR",
      description =
          "Attributes a pair must differ in (default: team, when the people have one; 'none' for"
              + " none).")
  List<String> different;

  @Option(
      names = "--same",
      split = ",",
      paramLabel = "ATTR",
      description = "Attributes a pair must share (for example timezone).")
  List<String> same;

  @Option(
      names = "--min-score",
      paramLabel = "X",
      description = "Pairs must score at least X (overrides min_score of the rules file).")
  Double minScore;

  /** The rules for {@code people}: the file's and the options', checked against the people. */
  Rules rules(People people) {
    return Rules.of(this, people);
  }
}
