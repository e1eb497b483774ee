package io.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.peermatch.api.IdPair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rules file with a pin, a veto and a skipped person is honoured by {@code match} and {@code
 * rounds}; every id and attribute in it is checked against the people, and errors name the file,
 * the line and the value.
 */
class RulesFileTest {

  @TempDir Path dir;

  // Without rules, max-weight pairs ana-cai (0.72), ana-eve (0.7) and ben-dee (0.4).
  private static final String MENTORING =
      """
      id,role,team,capacity,offers,seeks
      ana,mentor,t1,2,kubernetes:0.9;go:0.7,
      ben,mentor,t2,1,sql:0.8,
      cai,mentee,t3,1,,kubernetes:0.8
      dee,mentee,t1,1,,sql:0.5;go:0.5
      eve,mentee,t4,1,,go:1
      fay,mentor,t5,1,go:0.2,
      """;

  private Path file(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  private static Set<IdPair> pairs(List<CSVRecord> rows) {
    Set<IdPair> pairs = new HashSet<>();
    for (CSVRecord r : rows) {
      pairs.add(IdPair.of(r.get("first"), r.get("second")).unordered());
    }
    return pairs;
  }

  private static void assertBadInput(CliRunner.Result result, String... fragments) {
    assertThat(result.code()).as(result.out() + result.err()).isEqualTo(2);
    String err = result.err().strip();
    assertThat(err.lines().count()).as("one line on stderr: %s", err).isEqualTo(1);
    assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
    for (String f : fragments) {
      assertThat(err).contains(f);
    }
  }

  @Test
  void match_honoursPinVetoAndSkip() throws IOException {
    Path people = file("org.csv", MENTORING);
    CliRunner.Result plain =
        CliRunner.run("match", "--input", people.toString(), "--format", "csv");
    assertThat(pairs(CliRunner.records(plain.out())))
        .contains(IdPair.of("ana", "cai").unordered(), IdPair.of("ana", "eve").unordered());

    Path rules =
        file(
            "rules.yaml",
            """
            pinned:
              - [eve, fay]     # fay's go is weak, but eve asked for her
            forbidden:
              - [cai, ana]
            skip: [ben]
            """);
    Path perPerson = dir.resolve("people-out.csv");
    CliRunner.Result result =
        CliRunner.run(
            "match",
            "--input",
            people.toString(),
            "--rules",
            rules.toString(),
            "--format",
            "csv",
            "--per-person",
            perPerson.toString());
    assertThat(result.code()).as(result.err()).isZero();
    Set<IdPair> pairs = pairs(CliRunner.records(result.out()));
    assertThat(pairs).contains(IdPair.of("fay", "eve").unordered());
    assertThat(pairs).doesNotContain(IdPair.of("ana", "cai").unordered());
    assertThat(pairs).noneMatch(p -> p.contains("ben"));
    assertThat(result.err()).contains("6 people (1 skipped)").doesNotContain("7 people");

    List<CSVRecord> rows = CliRunner.records(Files.readString(perPerson));
    assertThat(rows)
        .extracting(r -> r.get("id"))
        .containsExactly("ana", "ben", "cai", "dee", "eve", "fay");
    CSVRecord ben = rows.get(1);
    assertThat(ben.get("status")).isEqualTo("skipped");
    assertThat(ben.get("reason")).contains("rules.yaml");
    CSVRecord eve = rows.get(4);
    assertThat(eve.get("partners")).isEqualTo("fay");
    assertThat(eve.get("explanation")).startsWith("pinned by ").contains("fay can teach you go");
  }

  @Test
  void rounds_honourPinVetoAndSkip_overSeveralWeeks() throws IOException {
    // Six people, no repeats: over five weeks every allowed pair would meet once.
    Path people =
        file(
            "pool.csv",
            """
            id,offers,seeks
            a,go:0.9,sql:0.5
            b,sql:0.8,go:0.6
            c,kubernetes:0.5,go:0.8
            d,go:0.3,kubernetes:0.7
            e,hiring:0.6,sql:0.9
            f,sql:0.4,hiring:0.5
            g,rust:0.7,go:0.2
            """);
    Path rules =
        file(
            "rules.json",
            """
            {"pinned": [["a", "g"]], "forbidden": [["b", "c"]], "skip": ["f"]}
            """);
    CliRunner.Result result =
        CliRunner.run(
            "rounds",
            "--input",
            people.toString(),
            "--rules",
            rules.toString(),
            "--weeks",
            "4",
            "--format",
            "csv");
    assertThat(result.code()).as(result.err()).isZero();
    List<CSVRecord> rows = CliRunner.records(result.out());
    assertThat(rows).isNotEmpty();
    boolean pinnedInFirstRound = false;
    for (CSVRecord r : rows) {
      Set<String> group = new HashSet<>(List.of(r.get("first"), r.get("second")));
      if (!r.get("third").isEmpty()) {
        group.add(r.get("third"));
      }
      assertThat(group).as("skipped f never meets anyone").doesNotContain("f");
      assertThat(group.containsAll(List.of("b", "c"))).as("b and c are forbidden").isFalse();
      if (r.get("round").equals("1") && group.containsAll(List.of("a", "g"))) {
        pinnedInFirstRound = true;
        assertThat(r.get("explanation")).contains("pinned by");
      }
    }
    assertThat(pinnedInFirstRound).as("a and g meet in the first round").isTrue();
    assertThat(result.err()).contains("1 skipped", "1 pinned pair(s) in the first round");
  }

  @Test
  void rounds_sayTheyDoNotApplyPrefer_andApplyTheRest() throws IOException {
    Path people = file("pool.csv", "id,department,offers,seeks\na,x,go:1,\nb,y,,go:1\nc,x,,go:1\n");
    Path rules =
        file(
            "rules.yaml",
            "forbidden: [[a, b]]\nprefer:\n  - {different: department, bonus: 0.2}\n");
    CliRunner.Result result =
        CliRunner.run(
            "rounds", "--input", people.toString(), "--rules", rules.toString(), "--format", "csv");
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.err()).contains("rounds do not apply 'prefer'");
    assertThat(pairs(CliRunner.records(result.out()))).doesNotContain(IdPair.of("a", "b"));
  }

  @Test
  void prefer_bonusTurnsThePairing() throws IOException {
    // Without the bonus ana meets cai (0.9 > 0.8); crossing departments is worth 0.2 more.
    Path people =
        file(
            "org.csv",
            """
            id,role,department,offers,seeks
            ana,mentor,eng,go:1,
            cai,mentee,eng,,go:0.9
            dee,mentee,ops,,go:0.8
            """);
    Path rules = file("rules.yaml", "prefer:\n  - {different: department, bonus: 0.2}\n");
    CliRunner.Result plain =
        CliRunner.run("match", "--input", people.toString(), "--format", "csv");
    assertThat(pairs(CliRunner.records(plain.out()))).containsExactly(IdPair.of("ana", "cai"));
    CliRunner.Result result =
        CliRunner.run(
            "match", "--input", people.toString(), "--rules", rules.toString(), "--format", "csv");
    assertThat(pairs(CliRunner.records(result.out()))).containsExactly(IdPair.of("ana", "dee"));
  }

  @Test
  void hardSameAndDifferentRulesFromTheFile() throws IOException {
    Path people =
        file(
            "org.csv",
            """
            id,role,timezone,manager,offers,seeks
            ana,mentor,UTC,m1,go:1,
            cai,mentee,UTC,m1,,go:0.9
            dee,mentee,UTC+1,m2,,go:0.8
            eve,mentee,UTC,m2,,go:0.5
            """);
    Path rules = file("rules.yaml", "same: [TimeZone]\ndifferent: manager\n");
    CliRunner.Result result =
        CliRunner.run(
            "match", "--input", people.toString(), "--rules", rules.toString(), "--format", "csv");
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(pairs(CliRunner.records(result.out()))).containsExactly(IdPair.of("ana", "eve"));
  }

  @Test
  void unknownPerson_namesFileLineKeyAndValue() throws IOException {
    Path people = file("org.csv", MENTORING);
    Path rules = file("rules.yaml", "pinned:\n  - [ana, cai]\nforbidden:\n  - [ben, zed]\n");
    assertBadInput(
        CliRunner.run("match", "--input", people.toString(), "--rules", rules.toString()),
        "rules.yaml line 4 (forbidden[0])",
        "unknown person 'zed'");
  }

  @Test
  void unknownAttribute_namesTheLineAndListsTheKnownOnes() throws IOException {
    Path people = file("org.csv", MENTORING);
    Path rules = file("rules.yaml", "different: [team]\nsame:\n  - timezon\n");
    assertBadInput(
        CliRunner.run("compare", "--input", people.toString(), "--rules", rules.toString()),
        "rules.yaml line 3 (same[0])",
        "unknown attribute 'timezon'",
        "role, team");
  }

  @Test
  void unknownKey_listsTheKeys() throws IOException {
    Path people = file("org.csv", MENTORING);
    Path rules = file("rules.yaml", "pinned: []\nveto:\n  - [ana, cai]\n");
    assertBadInput(
        CliRunner.run("match", "--input", people.toString(), "--rules", rules.toString()),
        "rules.yaml line 3 (veto)",
        "unknown key 'veto'",
        "forbidden");
  }

  @Test
  void pinnedPairBreakingAHardRule_namesTheRule() throws IOException {
    Path people = file("org.csv", MENTORING);
    Path rules = file("rules.yaml", "pinned:\n  - [ana, dee]\n");
    assertBadInput(
        CliRunner.run("match", "--input", people.toString(), "--rules", rules.toString()),
        "rules.yaml line 2 (pinned[0])",
        "breaks the hard rule 'different team'");
  }

  @Test
  void pinnedPairOfTwoMentors_isBadInput() throws IOException {
    Path people = file("org.csv", MENTORING);
    Path rules = file("rules.yaml", "pinned:\n  - [ana, ben]\n");
    assertBadInput(
        CliRunner.run("match", "--input", people.toString(), "--rules", rules.toString()),
        "line 2",
        "both are mentors");
  }

  @Test
  void pinnedAndSkipped_isBadInput() throws IOException {
    Path people = file("org.csv", MENTORING);
    Path rules = file("rules.yaml", "skip: [cai]\npinned:\n  - [ana, cai]\n");
    assertBadInput(
        CliRunner.run("rounds", "--input", people.toString(), "--rules", rules.toString()),
        "line 3",
        "pinned person 'cai' is also skipped");
  }

  @Test
  void invalidYaml_namesTheLine() throws IOException {
    Path people = file("org.csv", MENTORING);
    Path rules = file("rules.yaml", "pinned:\n  - [ana, cai\nskip: [ben]\n");
    assertBadInput(
        CliRunner.run("match", "--input", people.toString(), "--rules", rules.toString()),
        "rules.yaml line",
        "not valid YAML");
  }

  @Test
  void bonusThatIsNotANumber() throws IOException {
    Path people = file("org.csv", MENTORING);
    Path rules =
        file("rules.json", "{\"prefer\": [{\"different\": \"team\", \"bonus\": \"lots\"}]}");
    assertBadInput(
        CliRunner.run(
            "suggest",
            "--input",
            people.toString(),
            "--rules",
            rules.toString(),
            "--person",
            "ana"),
        "rules.json line 1 (prefer[0].bonus)",
        "bonus must be a number but was 'lots'");
  }

  @Test
  void missingRulesFile() throws IOException {
    Path people = file("org.csv", MENTORING);
    assertBadInput(
        CliRunner.run(
            "match", "--input", people.toString(), "--rules", dir.resolve("no.yaml").toString()),
        "no.yaml: no such file");
  }

  @Test
  void suggest_neverSuggestsSkippedOrForbidden_andPutsThePinFirst() throws IOException {
    Path people = file("org.csv", MENTORING);
    Path rules = file("rules.yaml", "pinned: [[fay, eve]]\nforbidden: [[ana, cai]]\nskip: [ben]\n");
    CliRunner.Result result =
        CliRunner.run(
            "suggest",
            "--input",
            people.toString(),
            "--rules",
            rules.toString(),
            "--person",
            "eve",
            "--format",
            "csv");
    assertThat(result.code()).as(result.err()).isZero();
    List<CSVRecord> rows = CliRunner.records(result.out());
    assertThat(rows.get(0).get("partner")).isEqualTo("fay");
    assertThat(rows.get(0).get("explanation")).contains("pinned by");
    assertThat(rows).extracting(r -> r.get("partner")).doesNotContain("ben");
    CliRunner.Result cai =
        CliRunner.run(
            "suggest",
            "--input",
            people.toString(),
            "--rules",
            rules.toString(),
            "--person",
            "cai",
            "--format",
            "csv");
    assertThat(CliRunner.records(cai.out()))
        .extracting(r -> r.get("partner"))
        .doesNotContain("ana", "ben", "fay");
  }
}
