package io.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One way of doing options: every command documents examples and exit codes, accepts what it
 * documents, rejects what it would ignore, checks attribute names, and offers the same formats.
 */
class OptionsTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {"generate", "match", "compare", "solve", "rounds", "suggest", "completion"})
  void help_hasExamplesAndExitCodes(String command) {
    CliRunner.Result r = CliRunner.run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("Usage: peermatch " + command)
        .contains("Exit codes:")
        .contains("  0   done")
        .contains("  1   internal error")
        .contains("  2   bad input");
    if (!command.equals("solve")) {
      assertThat(r.out()).contains("Examples:").containsPattern("  (\\./)?peermatch " + command);
    }
  }

  @Test
  void mainHelp_listsEveryCommand() {
    CliRunner.Result r = CliRunner.run("--help");
    assertThat(r.out())
        .contains("match", "compare", "rounds", "suggest", "completion", "Exit codes:");
  }

  @ParameterizedTest
  @CsvSource({
    "rounds,--candidates,8",
    "rounds,--trios,",
    "rounds,--pool,",
    "rounds,--scoring,similarity",
    "rounds,--strategy,greedy",
    "suggest,--trios,",
    "suggest,--candidates,8",
    "suggest,--report,r.html",
    "compare,--per-person,p.csv",
    "compare,--strategy,greedy",
    "match,--sweep,lambda=0:1:0.5",
    "match,--metrics,all"
  })
  void optionsACommandWouldIgnore_areRejected(String command, String option, String value) {
    List<String> args = new java.util.ArrayList<>(List.of(command, "--synthetic", "20", option));
    if (value != null) {
      args.add(value);
    }
    if (command.equals("suggest")) {
      args.addAll(List.of("--person", "e0000001"));
    }
    CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option", option);
  }

  @ParameterizedTest
  @ValueSource(strings = {"match", "compare", "rounds", "suggest"})
  void everyPeopleCommand_takesSyntheticSeedAndRules(String command) throws IOException {
    Path rules = dir.resolve("rules.yaml");
    Files.writeString(rules, "skip: [e0000002]\nforbidden: [[e0000003, e0000004]]\n");
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                command, "--synthetic", "60", "--seed", "4", "--rules", rules.toString(), "-q"));
    if (command.equals("suggest")) {
      args.addAll(List.of("--person", "e0000001"));
    }
    CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"match", "compare", "rounds", "suggest"})
  void attributeNames_areCheckedInEveryCommand(String command) {
    List<String> args =
        new java.util.ArrayList<>(List.of(command, "--synthetic", "30", "--same", "timezon"));
    if (command.equals("suggest")) {
      args.addAll(List.of("--person", "e0000001"));
    }
    CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown attribute 'timezon' in --same", "timezone");
  }

  @ParameterizedTest
  @CsvSource({
    "match,table",
    "match,csv",
    "match,json",
    "compare,table",
    "compare,csv",
    "compare,json",
    "rounds,table",
    "rounds,csv",
    "rounds,json",
    "suggest,table",
    "suggest,csv",
    "suggest,json"
  })
  void sameFormatsEverywhere(String command, String format) throws IOException {
    List<String> args =
        new java.util.ArrayList<>(List.of(command, "--synthetic", "40", "--format", format, "-q"));
    if (command.equals("suggest")) {
      args.addAll(List.of("--person", "e0000001"));
    }
    CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    switch (format) {
      case "json" -> {
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.isArray() || root.isObject()).isTrue();
      }
      case "csv" -> assertThat(r.out().lines().findFirst().orElseThrow()).doesNotContain("  ");
      default -> assertThat(r.out().lines().findFirst().orElseThrow()).isNotBlank();
    }
    CliRunner.Result bad =
        CliRunner.run(command, "--synthetic", "10", "--format", "xml", "--person", "e0000001");
    assertThat(bad.code()).isEqualTo(2);
  }

  @Test
  void out_extensionChoosesTheFormat() throws IOException {
    Path json = dir.resolve("pairs.json");
    CliRunner.Result r = CliRunner.run("match", "--synthetic", "60", "--out", json.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.get(0).has("first")).isTrue();
  }

  @Test
  void compare_metrics_chooseColumns_andUnknownNamesAreBadInput() {
    CliRunner.Result r =
        CliRunner.run(
            "compare",
            "--synthetic",
            "200",
            "--strategies",
            "greedy,max-weight",
            "--metrics",
            "size,rank_mean,gini_relevance",
            "--format",
            "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().findFirst().orElseThrow())
        .isEqualTo("strategy,solve_ms,size,rank_mean,gini_relevance");
    CliRunner.Result bad =
        CliRunner.run("compare", "--synthetic", "50", "--metrics", "size,cross_tema_rate");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err())
        .contains("unknown metric 'cross_tema_rate' in --metrics", "cross_team_rate");
  }

  @Test
  void selection_chosenByName_andBadNamesRefusedOnOneLine() {
    // 6,000 people (7 million possible pairs): above the exact limit, so the selection decides.
    CliRunner.Result nearest =
        CliRunner.run(
            "compare", "--synthetic", "6000", "--strategies", "greedy", "--selection", "NEAREST");
    assertThat(nearest.code()).as(nearest.err()).isZero();
    assertThat(nearest.out().lines().findFirst().orElseThrow()).contains("nearest top-K");
    CliRunner.Result balanced =
        CliRunner.run("compare", "--synthetic", "6000", "--strategies", "greedy");
    assertThat(balanced.out().lines().findFirst().orElseThrow()).contains("balanced top-K");
    CliRunner.Result bad = CliRunner.run("match", "--synthetic", "50", "--selection", "closest");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err().lines().count()).isEqualTo(1);
    assertThat(bad.err()).contains("--selection must be balanced or nearest but was 'closest'");
  }

  @Test
  void compare_defaultTable_fitsATerminal_andLeavesOutTheAlwaysOneTeamRate() {
    CliRunner.Result r = CliRunner.run("compare", "--synthetic", "1000", "--seed", "1");
    assertThat(r.code()).as(r.err()).isZero();
    for (String line : r.out().lines().toList()) {
      assertThat(line.length()).as(line).isLessThanOrEqualTo(120);
    }
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(2))
        .contains(
            "strategy",
            "ms",
            "pairs",
            "capacity fill",
            "relevance",
            "blocking",
            "cross-dept",
            "price of div.")
        .doesNotContain("cross_team_rate")
        .doesNotContain("team");
    assertThat(lines.get(3)).startsWith("greedy");
    CliRunner.Result all = CliRunner.run("compare", "--synthetic", "200", "--metrics", "all", "-q");
    assertThat(all.out()).contains("cross_team_rate", "gini_relevance");
  }

  @Test
  void completion_printsABashScriptForEveryCommand() {
    CliRunner.Result r = CliRunner.run("completion");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith("#!/usr/bin/env bash")
        .contains("complete -F")
        .contains("--per-person")
        .contains("--rules")
        .contains("rounds");
  }

  @Test
  void version_isTheBuildsVersion() {
    assertThat(CliRunner.run("--version").out().trim()).matches("peermatch \\d+\\.\\d+\\.\\d+.*");
    assertThat(CliRunner.run("match", "--version").out().trim()).startsWith("peermatch ");
  }
}
