package io.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every option that a command would ignore, in the combination where it would, is an error: exit
 * code 2, one line on standard error that names the option and why, nothing on standard output.
 * Beside each, the same command without the offending option (or with what makes it count) runs, so
 * that the refusal is about the option and not about the rest of the line.
 */
class IgnoredOptionsTest {

  @TempDir Path dir;

  /** People with every diversity attribute (department, location, seniority, tenure). */
  private Path org;

  /** Mentors and mentees with none of the diversity attributes. */
  private Path plain;

  /** One pool with none of the diversity attributes. */
  private Path plainPool;

  @BeforeEach
  void files() throws IOException {
    StringBuilder o =
        new StringBuilder("id,role,department,team,location,seniority,tenure,offers,seeks\n");
    StringBuilder p = new StringBuilder("id,role,offers,seeks\n");
    StringBuilder q = new StringBuilder("id,offers,seeks\n");
    for (int i = 0; i < 12; i++) {
      String role = i % 2 == 0 ? "mentor" : "mentee";
      String skills = "go:0." + (i % 9 + 1) + ";sql:0.5,go:0.5;sql:0." + (i % 7 + 1);
      o.append("p")
          .append(i)
          .append(',')
          .append(role)
          .append(",d")
          .append(i % 3)
          .append(",t")
          .append(i % 4)
          .append(",l")
          .append(i % 2)
          .append(",senior,")
          .append(i)
          .append(',')
          .append(skills)
          .append('\n');
      p.append("p").append(i).append(',').append(role).append(',').append(skills).append('\n');
      q.append("p").append(i).append(',').append(skills).append('\n');
    }
    org = write("org.csv", o.toString());
    plain = write("plain.csv", p.toString());
    plainPool = write("plain-pool.csv", q.toString());
    write("edges.csv", "left,right,weight\na,x,3\nb,x,2\nb,y,1\n");
    write("values.csv", "u,v,weight\na,b,2\nb,c,3\nc,d,2\na,d,1\n");
    write("marriage.json", "{\"left\": {\"a\": [\"x\"]}, \"right\": {\"x\": [\"a\"]}}");
    write("rules.yaml", "same: [department]\n");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  /** The arguments with {@code ORG}, {@code PLAIN}, {@code POOL} and {@code DIR/} filled in. */
  private String[] args(String line) {
    List<String> out = new ArrayList<>();
    for (String a : line.split(" ")) {
      out.add(
          a.replace("ORG", org.toString())
              .replace("PLAIN", plain.toString())
              .replace("POOL", plainPool.toString())
              .replace("DIR/", dir + "/")
              .replace("EMPTY", ""));
    }
    return out.toArray(String[]::new);
  }

  private static void assertRefused(CliRunner.Result r, String fragment) {
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).startsWith("peermatch: ").contains(fragment).doesNotContain("\tat ");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // rounds: the seed makes a synthetic organisation only; the cool-down needs two rounds.
        "rounds --input ORG --seed 3 -q | --seed seeds --synthetic only"
            + " | rounds --synthetic 20 --seed 3 -q",
        "rounds --synthetic 20 --cooldown 3 -q | --cooldown applies between rounds"
            + " | rounds --synthetic 20 --cooldown 3 --weeks 2 -q",
        // groups: the same cool-down; no minimum score; --raw-csv only with CSV; diversity.
        "groups --synthetic 20 --cooldown 3 --time-limit 0.2 -q | --cooldown applies between"
            + " rounds | groups --synthetic 20 --cooldown 3 --rounds 2 --time-limit 0.2 -q",
        "groups --synthetic 20 --min-score 0.2 --time-limit 0.2 -q | --min-score does not apply"
            + " to groups | groups --synthetic 20 --time-limit 0.2 -q",
        "groups --synthetic 20 --raw-csv --time-limit 0.2 -q | --raw-csv applies to CSV output"
            + " only | groups --synthetic 20 --raw-csv --format csv --time-limit 0.2 -q",
        "groups --input POOL --lambda 0.2 --time-limit 0.2 -q | --lambda 0.2 seeks diversity"
            + " over department, location, seniority, tenure"
            + " | groups --input POOL --time-limit 0.2 -q",
        // match: attribute names that would be dropped or contradict each other; diversity.
        "match --input ORG --different none,team -q | --different none means no attribute"
            + " | match --input ORG --different none -q",
        "match --input ORG --different EMPTY -q | --different names an empty attribute"
            + " | match --input ORG --different team -q",
        "match --input ORG --same EMPTY -q | --same names an empty attribute"
            + " | match --input ORG --same department -q",
        "match --input ORG --same team -q | attribute 'team' is both a hard 'same' and a hard"
            + " 'different' rule | match --input ORG --same team --different none -q",
        "match --input ORG --rules DIR/rules.yaml --different department -q | rules.yaml:"
            + " attribute 'department' is both | match --input ORG --rules DIR/rules.yaml -q",
        "match --input PLAIN --strategy diversity-seeking -q | --strategy diversity-seeking seeks"
            + " diversity | match --input PLAIN --strategy max-weight -q",
        // compare: a strategy or metric twice, 'all' beside names; diversity.
        "compare --input ORG --strategies greedy,greedy -q | --strategies lists 'greedy' twice"
            + " | compare --input ORG --strategies greedy -q",
        "compare --input ORG --metrics all,size -q | --metrics all means every metric"
            + " | compare --input ORG --metrics all -q",
        "compare --input ORG --metrics size,size -q | --metrics lists 'size' twice"
            + " | compare --input ORG --metrics size -q",
        "compare --input PLAIN --sweep lambda=0:1:0.5 -q | --sweep seeks diversity"
            + " | compare --input ORG --sweep lambda=0:1:0.5 -q",
        "compare --input PLAIN --strategies greedy,diversity-seeking -q | --strategies"
            + " diversity-seeking seeks diversity | compare --input PLAIN -q",
        // suggest: diversity only when asked for it.
        "suggest --input POOL --pool --person p1 --lambda 0.3 -q | --lambda 0.3 seeks diversity"
            + " over department, location | suggest --input POOL --pool --person p1 -q",
        // solve: options of other kinds of problem.
        "solve --problem marriage --strategy egalitarian-stable --proposer right --input"
            + " DIR/marriage.json | --proposer applies to gale-shapley on --problem marriage only"
            + " | solve --problem marriage --strategy gale-shapley --proposer right --input"
            + " DIR/marriage.json",
        "solve --problem general --strategy greedy --seed 5 --input DIR/values.csv | --seed"
            + " applies to --problem grouping only | solve --problem grouping --seed 5 --input"
            + " DIR/values.csv --size 2",
        "solve --problem grouping --proposer right --input DIR/values.csv --size 2 | --proposer"
            + " applies to gale-shapley | solve --problem grouping --input DIR/values.csv --size 2",
        "solve --strategy greedy --input DIR/edges.csv | solve needs --problem KIND"
            + " | solve --problem assignment --strategy greedy --input DIR/edges.csv",
      })
  void refused_andAcceptedWithoutTheOffendingOption(String refused, String why, String accepted) {
    assertRefused(CliRunner.run(args(refused.strip())), why.strip());
    CliRunner.Result ok = CliRunner.run(args(accepted.strip()));
    assertThat(ok.code()).as(accepted + ": " + ok.err()).isZero();
    assertThat(ok.out()).isNotEmpty();
  }

  @Test
  void batchLines_areStrict_andOptionsThatEveryLineOverridesAreRefused() throws IOException {
    Path dup =
        write(
            "dup.jsonl",
            "{\"input\": \"edges.csv\", \"strategy\": \"greedy\", \"strategy\": \"auction\"}\n");
    assertRefused(
        CliRunner.run(
            "solve", "--problem", "assignment", "--strategy", "greedy", "--batch", dup + ""),
        "dup.jsonl line 1: not a JSON object");
    Path unknown = write("unknown.jsonl", "{\"input\": \"edges.csv\", \"strateg\": \"auction\"}\n");
    assertRefused(
        CliRunner.run(
            "solve", "--problem", "assignment", "--strategy", "greedy", "--batch", unknown + ""),
        "unknown.jsonl line 1: unknown key 'strateg'");
    Path trailing = write("trailing.jsonl", "{\"input\": \"edges.csv\"} {}\n");
    assertRefused(
        CliRunner.run(
            "solve", "--problem", "assignment", "--strategy", "greedy", "--batch", trailing + ""),
        "trailing.jsonl line 1: not a JSON object");
    Path number = write("number.jsonl", "{\"input\": \"edges.csv\", \"strategy\": 5}\n");
    assertRefused(
        CliRunner.run("solve", "--problem", "assignment", "--batch", number + ""),
        "'strategy' must be a string but was 5");
    Path own =
        write(
            "own.jsonl",
            "{\"input\": \"edges.csv\", \"problem\": \"assignment\", \"strategy\": \"greedy\"}\n"
                + "{\"input\": \"values.csv\", \"problem\": \"general\", \"strategy\": \"greedy\"}\n");
    assertRefused(
        CliRunner.run("solve", "--problem", "assignment", "--batch", own + ""),
        "--problem is given, but every line of");
    assertRefused(
        CliRunner.run("solve", "--strategy", "auction", "--batch", own + ""),
        "--strategy is given, but every line of");
    assertRefused(
        CliRunner.run("solve", "--size", "3", "--batch", own + ""),
        "--size applies to --problem grouping only, and no instance of the batch is one");
    assertRefused(
        CliRunner.run("solve", "--proposer", "right", "--batch", own + ""),
        "--proposer applies to gale-shapley");
    CliRunner.Result ok = CliRunner.run("solve", "--batch", own + "");
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out().lines().count()).isEqualTo(2);

    Path noProblem = write("none.jsonl", "{\"input\": \"edges.csv\", \"strategy\": \"greedy\"}\n");
    assertRefused(
        CliRunner.run("solve", "--batch", noProblem + ""), "'edges.csv' names no problem");
    Path lineProposer =
        write("proposer.jsonl", "{\"input\": \"edges.csv\", \"proposer\": \"right\"}\n");
    assertRefused(
        CliRunner.run(
            "solve",
            "--problem",
            "assignment",
            "--strategy",
            "greedy",
            "--batch",
            lineProposer + ""),
        "'edges.csv' sets a proposer");
  }

  @Test
  void aFailedBatchInstance_endsWithOneLineOnStandardError() throws IOException {
    Path jobs = write("jobs.jsonl", "{\"input\": \"edges.csv\"}\n{\"input\": \"missing.csv\"}\n");
    CliRunner.Result r =
        CliRunner.run(
            "solve", "--problem", "assignment", "--strategy", "greedy", "--batch", jobs + "");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out().lines().count()).isEqualTo(2);
    assertThat(r.err().strip().lines().count()).isEqualTo(1);
    assertThat(r.err()).contains("jobs.jsonl: 1 of 2 instances failed");
  }
}
