package io.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code groups} and {@code solve --problem grouping}: outputs read back and checked (everyone once
 * per round, sizes, teams apart, pins together, no repeat), and bad input.
 */
class GroupsCommandTest {

  @TempDir Path dir;

  private static final String PEOPLE =
      """
      id,department,team,offers,seeks
      ana,eng,t1,go:0.9;sql:0.4,sql:0.5
      ben,eng,t1,sql:0.8,go:0.6
      cai,ops,t2,kubernetes:0.5,go:0.8
      dee,ops,t2,go:0.3,kubernetes:0.7
      eve,hr,t3,hiring:0.6,sql:0.9
      fay,hr,t3,sql:0.6,hiring:0.4
      gus,fin,t4,excel:0.9,go:0.2
      hal,fin,t4,go:0.5,excel:0.5
      """;

  private Path file(String name, String content) {
    return CliRunner.write(dir, name, content);
  }

  private static List<CSVRecord> records(String csv) {
    return CliRunner.records(csv);
  }

  private static void assertBadInput(CliRunner.Result result, String... fragments) {
    CliRunner.assertBadInput(result, fragments);
  }

  /** round → group → members, checking that everyone appears once per round. */
  private static Map<String, Map<String, Set<String>>> groupsByRound(
      List<CSVRecord> rows, int people) {
    Map<String, Map<String, Set<String>>> rounds = new HashMap<>();
    Map<String, Set<String>> seen = new HashMap<>();
    for (CSVRecord r : rows) {
      assertThat(seen.computeIfAbsent(r.get("round"), k -> new HashSet<>()).add(r.get("id")))
          .as("%s once in round %s", r.get("id"), r.get("round"))
          .isTrue();
      if (!r.get("group").isEmpty()) {
        rounds
            .computeIfAbsent(r.get("round"), k -> new HashMap<>())
            .computeIfAbsent(r.get("group"), k -> new HashSet<>())
            .add(r.get("id"));
      }
    }
    seen.values().forEach(ids -> assertThat(ids).hasSize(people));
    return rounds;
  }

  @Test
  void groups_synthetic2000TenRounds_crossDepartmentsWithoutRepeat() throws IOException {
    Path out = dir.resolve("rounds.csv");
    CliRunner.Result result =
        CliRunner.run(
            "groups",
            "--synthetic",
            "2000",
            "--size",
            "4",
            "--rounds",
            "10",
            "--time-limit",
            "0.5",
            "--out",
            out.toString());
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.err()).contains("10 round(s) of 2000 people", "0 unplaced", "0 repeats");
    List<CSVRecord> rows = records(Files.readString(out));
    assertThat(rows).hasSize(20_000);
    Map<String, Map<String, Set<String>>> rounds = groupsByRound(rows, 2000);
    Set<String> met = new HashSet<>();
    for (Map<String, Set<String>> round : rounds.values()) {
      for (Set<String> group : round.values()) {
        assertThat(group).hasSize(4);
        List<String> m = List.copyOf(group);
        for (int i = 0; i < m.size(); i++) {
          for (int j = i + 1; j < m.size(); j++) {
            String key =
                m.get(i).compareTo(m.get(j)) < 0 ? m.get(i) + m.get(j) : m.get(j) + m.get(i);
            assertThat(met.add(key)).as("%s met once", key).isTrue();
          }
        }
      }
    }
    long crossing =
        rows.stream().filter(r -> r.get("explanation").contains("crosses department")).count();
    assertThat(crossing).isGreaterThan(rows.size() / 2);
  }

  private static final String MENTORING =
      """
      id,role,department,team,offers,seeks
      mia,mentor,eng,t1,go:0.9;sql:0.8,design:0.3
      max,mentor,ops,t2,kubernetes:0.9;go:0.6,sql:0.4
      ana,mentee,eng,t1,sql:0.2,go:0.9
      ben,mentee,eng,t3,design:0.5,sql:0.8
      cai,mentee,ops,t2,go:0.1,kubernetes:0.7
      dee,mentee,ops,t4,sql:0.3,go:0.6
      eve,mentee,hr,t5,hiring:0.6,sql:0.9
      fay,mentee,hr,t6,go:0.2,kubernetes:0.4
      gus,mentee,fin,t7,excel:0.9,go:0.2
      """;

  @Test
  void groups_cohorts_oneMentorEachWithThreeOrFourMenteesTeamsApart() throws IOException {
    Path people = file("mentoring.csv", MENTORING);
    CliRunner.Result result =
        CliRunner.run(
            "groups", "--input", people.toString(), "--cohorts", "3-4", "--format", "csv");
    assertThat(result.code()).as(result.err()).isZero();
    List<CSVRecord> rows = records(result.out());
    assertThat(rows).hasSize(9);
    Map<String, Set<String>> groups = groupsByRound(rows, 9).get("1");
    assertThat(groups).hasSize(2);
    Map<String, String> team = new HashMap<>();
    for (String line : MENTORING.strip().lines().skip(1).toList()) {
      String[] f = line.split(",");
      team.put(f[0], f[3]);
    }
    for (Set<String> group : groups.values()) {
      assertThat(group.stream().filter(id -> id.equals("mia") || id.equals("max")).count())
          .as("one mentor in %s", group)
          .isEqualTo(1);
      assertThat(group.size() - 1).isBetween(3, 4);
      assertThat(group.stream().map(team::get).distinct().count())
          .as("teams apart in %s", group)
          .isEqualTo(group.size());
    }
  }

  @Test
  void groups_cohortsBadInput_exitTwoWithOneLine() throws IOException {
    Path people = file("mentoring.csv", MENTORING);
    assertBadInput(
        CliRunner.run("groups", "--input", people.toString(), "--cohorts", "4"),
        "need between 8 and 8 mentees for 2 mentors but there were 7");
    assertBadInput(
        CliRunner.run("groups", "--input", people.toString(), "--cohorts", "0-3"),
        "--cohorts must be within 1-63");
    assertBadInput(
        CliRunner.run("groups", "--input", people.toString(), "--cohorts", "three"),
        "--cohorts must be a whole number");
    assertBadInput(
        CliRunner.run("groups", "--input", people.toString(), "--cohorts", "3-4", "--size", "4"),
        "--cohorts and --size exclude each other");
    assertBadInput(
        CliRunner.run("groups", "--input", file("pool.csv", PEOPLE).toString(), "--cohorts", "3"),
        "has no role");
  }

  @Test
  void compareGroups_sizesAndLambdas_oneRowOfGroupMetricsEach() throws IOException {
    CliRunner.Result result =
        CliRunner.run(
            "compare",
            "--synthetic",
            "300",
            "--groups",
            "4@1,4@0,3-5",
            "--time-limit",
            "0.3",
            "--format",
            "csv");
    assertThat(result.code()).as(result.err()).isZero();
    List<CSVRecord> rows = records(result.out());
    assertThat(rows).extracting(r -> r.get("options")).containsExactly("4@1", "4@0", "3-5");
    assertThat(rows).extracting(r -> r.get("lambda")).containsExactly("1", "0", "0.5");
    assertThat(rows.get(0).get("groups")).isEqualTo("75");
    assertThat(rows.get(2).get("groups")).isEqualTo("60");
    for (CSVRecord r : rows) {
      assertThat(Double.parseDouble(r.get("coverage"))).isEqualTo(1.0);
      assertThat(Double.parseDouble(r.get("gap"))).isBetween(0.0, 1.0);
    }
    // Relevance alone (λ = 1) keeps more relevance inside groups, diversity alone (λ = 0) crosses
    // more departments: the trade-off the comparison is for.
    assertThat(Double.parseDouble(rows.get(0).get("relevance_total")))
        .isGreaterThan(Double.parseDouble(rows.get(1).get("relevance_total")));
    assertThat(Double.parseDouble(rows.get(1).get("cross_department_rate")))
        .isGreaterThan(Double.parseDouble(rows.get(0).get("cross_department_rate")));
    assertBadInput(
        CliRunner.run("compare", "--synthetic", "300", "--groups", "4@2"),
        "--groups lambda must be a number in [0, 1] but was '4@2'");
    assertBadInput(
        CliRunner.run("compare", "--synthetic", "300", "--groups", "4", "--strategies", "greedy"),
        "--groups compares groupings");
  }

  @Test
  void groups_rulesFile_teamsApartPinsTogetherSkippedLeftOut() throws IOException {
    Path people = file("org.csv", PEOPLE);
    Path rules =
        file(
            "rules.yaml",
            """
            pinned:
              - [ana, cai]
            forbidden:
              - [eve, gus]
            skip:
              - hal
            """);
    CliRunner.Result result =
        CliRunner.run(
            "groups",
            "--input",
            people.toString(),
            "--size",
            "3-4",
            "--rules",
            rules.toString(),
            "--format",
            "csv");
    assertThat(result.code()).as(result.err()).isZero();
    List<CSVRecord> rows = records(result.out());
    assertThat(rows).hasSize(7);
    Map<String, String> groupOf = new HashMap<>();
    Map<String, String> teamOf =
        Map.of(
            "ana", "t1", "ben", "t1", "cai", "t2", "dee", "t2", "eve", "t3", "fay", "t3", "gus",
            "t4");
    Map<String, Set<String>> teams = new HashMap<>();
    for (CSVRecord r : rows) {
      assertThat(r.get("group")).as(r.get("id")).isNotEmpty();
      groupOf.put(r.get("id"), r.get("group"));
      assertThat(
              teams
                  .computeIfAbsent(r.get("group"), g -> new HashSet<>())
                  .add(teamOf.get(r.get("id"))))
          .as("team %s twice in group %s", teamOf.get(r.get("id")), r.get("group"))
          .isTrue();
      assertThat(Integer.parseInt(r.get("size"))).isBetween(3, 4);
      assertThat(r.get("members").split(" ")).contains(r.get("id"));
    }
    assertThat(result.err()).contains("1 round(s) of 7 people", "0 unplaced", "0 repeats");
    assertThat(groupOf).doesNotContainKey("hal");
    assertThat(groupOf.get("ana")).isEqualTo(groupOf.get("cai"));
    assertThat(groupOf.get("eve")).isNotEqualTo(groupOf.get("gus"));
  }

  @Test
  void groups_pinnedPairOverRounds_togetherEveryRoundAndNotARepeat() throws IOException {
    Path people = file("org.csv", PEOPLE);
    Path rules = file("rules.yaml", "pinned:\n  - [ana, cai]\n");
    CliRunner.Result result =
        CliRunner.run(
            "groups",
            "--input",
            people.toString(),
            "--size",
            "2",
            "--rules",
            rules.toString(),
            "--rounds",
            "3",
            "--format",
            "csv");
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.err()).contains("3 round(s) of 8 people", "0 repeats");
    Map<String, Map<String, Set<String>>> rounds = groupsByRound(records(result.out()), 8);
    for (Map<String, Set<String>> round : rounds.values()) {
      assertThat(round.values()).anyMatch(g -> g.contains("ana") && g.contains("cai"));
    }
  }

  @Test
  void groups_historyOfGroups_noRepeatAndJsonRows() throws IOException {
    Path people = file("org.csv", PEOPLE);
    Path first = dir.resolve("week1.csv");
    CliRunner.Result one =
        CliRunner.run(
            "groups",
            "--input",
            people.toString(),
            "--size",
            "2",
            "--different",
            "none",
            "--out",
            first.toString(),
            "--quiet");
    assertThat(one.code()).as(one.err()).isZero();
    assertThat(one.err()).isEmpty();
    CliRunner.Result two =
        CliRunner.run(
            "groups",
            "--input",
            people.toString(),
            "--size",
            "2",
            "--different",
            "none",
            "--history",
            first.toString(),
            "--format",
            "json");
    assertThat(two.code()).as(two.err()).isZero();
    assertThat(two.err()).contains("after 1 earlier", "0 repeats");
    JsonNode rows = new ObjectMapper().readTree(two.out());
    assertThat(rows).hasSize(8);
    Map<String, Set<String>> before = groupsByRound(records(Files.readString(first)), 8).get("1");
    for (JsonNode row : rows) {
      assertThat(row.get("round").asInt()).isEqualTo(2);
      for (String mate : row.get("members").asText().split(" ")) {
        if (!mate.equals(row.get("id").asText())) {
          boolean metBefore =
              before.values().stream()
                  .anyMatch(g -> g.contains(mate) && g.contains(row.get("id").asText()));
          assertThat(metBefore).as("%s with %s again", row.get("id"), mate).isFalse();
        }
      }
    }
  }

  @Test
  void groups_badInput_exitTwoWithOneLine() throws IOException {
    Path people = file("org.csv", PEOPLE);
    assertBadInput(
        CliRunner.run("groups", "--input", people.toString(), "--size", "four"),
        "--size must be a whole number or a range MIN-MAX but was 'four'");
    assertBadInput(
        CliRunner.run("groups", "--input", people.toString(), "--size", "5-3"),
        "--size must be within 2-64");
    assertBadInput(
        CliRunner.run("groups", "--input", people.toString(), "--size", "9", "--different", "none"),
        "need at least 9 people but there were 8");
    assertBadInput(
        CliRunner.run("groups", "--input", people.toString(), "--lambda", "1.5"),
        "--lambda must be in [0, 1] but was 1.5");
    assertBadInput(
        CliRunner.run("groups", "--input", people.toString(), "--rounds", "0"),
        "--rounds must be in [1, 10000] but was 0");
    Path history = file("h.csv", "round,group,id\n1,1,zed\n");
    assertBadInput(
        CliRunner.run("groups", "--input", people.toString(), "--history", history.toString()),
        "h.csv line 2: unknown person 'zed'");
  }

  @Test
  void solveGrouping_edgeList_groupsWithObjectiveAndBound() throws IOException {
    StringBuilder csv = new StringBuilder("u,v,weight\n");
    java.util.Random random = new java.util.Random(4);
    for (int i = 0; i < 24; i++) {
      for (int j = i + 1; j < 24; j++) {
        if (random.nextInt(3) > 0) {
          csv.append("i")
              .append(i)
              .append(",i")
              .append(j)
              .append(',')
              .append(random.nextInt(100))
              .append('\n');
        }
      }
    }
    Path pairs = file("pairs.csv", csv.toString());
    CliRunner.Result result =
        CliRunner.run("solve", "--problem", "grouping", "--input", pairs.toString(), "--size", "4");
    assertThat(result.code()).as(result.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(result.out());
    assertThat(root.get("strategy").asText()).isEqualTo("auto");
    assertThat(root.get("groups")).hasSize(6);
    Set<String> seen = new HashSet<>();
    Map<String, Double> weight = new HashMap<>();
    for (CSVRecord r : records(csv.toString())) {
      weight.put(r.get("u") + "," + r.get("v"), Double.parseDouble(r.get("weight")));
      weight.put(r.get("v") + "," + r.get("u"), Double.parseDouble(r.get("weight")));
    }
    double objective = 0;
    for (JsonNode group : root.get("groups")) {
      assertThat(group).hasSize(4);
      for (int i = 0; i < group.size(); i++) {
        assertThat(seen.add(group.get(i).asText())).isTrue();
        for (int j = i + 1; j < group.size(); j++) {
          objective +=
              weight.getOrDefault(group.get(i).asText() + "," + group.get(j).asText(), 0.0);
        }
      }
    }
    assertThat(seen).hasSize(24);
    assertThat(root.get("objective").asDouble()).isEqualTo(objective);
    assertThat(root.get("upper_bound").asDouble()).isGreaterThanOrEqualTo(objective);
    assertThat(root.has("solve_ms")).isTrue();
    assertThat(root.has("gap")).isTrue();

    CliRunner.Result exact =
        CliRunner.run(
            "solve",
            "--problem",
            "grouping",
            "--input",
            pairs.toString(),
            "--size",
            "3-5",
            "--strategy",
            "greedy");
    assertThat(exact.code()).as(exact.err()).isZero();
    assertThat(new ObjectMapper().readTree(exact.out()).get("strategy").asText())
        .isEqualTo("greedy");
  }

  @Test
  void solveGrouping_badInput_exitTwoWithOneLine() throws IOException {
    Path pairs = file("pairs.csv", "u,v,weight\na,b,1\nb,c,2\nc,d,x\n");
    assertBadInput(
        CliRunner.run("solve", "--problem", "grouping", "--input", pairs.toString()),
        "pairs.csv line 4: weight is not a number: 'x'");
    Path ok = file("ok.csv", "u,v,weight\na,b,1\nb,c,2\nc,d,3\n");
    assertBadInput(
        CliRunner.run(
            "solve", "--problem", "grouping", "--input", ok.toString(), "--strategy", "magic"),
        "unknown grouping strategy 'magic'");
    assertBadInput(
        CliRunner.run("solve", "--problem", "grouping", "--input", ok.toString(), "--size", "5"),
        "need at least 5 items but there were 4");
    assertBadInput(
        CliRunner.run("solve", "--problem", "general", "--input", ok.toString(), "--size", "4"),
        "--size applies to --problem grouping only");
    assertBadInput(
        CliRunner.run("solve", "--problem", "general", "--input", ok.toString()),
        "--strategy is required for --problem general");
  }
}
