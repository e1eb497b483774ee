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

/** {@code rounds} and {@code suggest}: happy paths read back from the output, and bad input. */
class RoundsAndSuggestTest {

  @TempDir Path dir;

  private static final String PEOPLE =
      """
      id,role,department,team,capacity,offers,seeks
      ana,mentor,eng,t1,1,go:0.9;sql:0.4,sql:0.5
      ben,mentor,eng,t2,1,sql:0.8,go:0.6
      cai,mentee,ops,t3,1,kubernetes:0.5,go:0.8
      dee,mentee,ops,t4,1,go:0.3,kubernetes:0.7
      eve,mentee,hr,t5,1,hiring:0.6,sql:0.9
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

  @Test
  void rounds_aYearOf500People_hasNoRepeat() throws IOException {
    Path out = dir.resolve("rounds.csv");
    CliRunner.Result result =
        CliRunner.run(
            "rounds",
            "--synthetic",
            "500",
            "--seed",
            "3",
            "--weeks",
            "52",
            "--different",
            "none",
            "--out",
            out.toString());
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.err()).contains("52 round(s) of 500 people", "13000 pairs", "0 repeats");
    String csv = Files.readString(out);
    assertThat(csv).startsWith("round,first,second,third,score,explanation\n");
    List<CSVRecord> rows = records(csv);
    assertThat(rows).hasSize(52 * 250);
    Set<IdPair> met = new HashSet<>();
    int[] perRound = new int[53];
    for (CSVRecord row : rows) {
      perRound[Integer.parseInt(row.get("round"))]++;
      assertThat(met.add(IdPair.of(row.get("first"), row.get("second")).unordered()))
          .as("repeat in %s", row)
          .isTrue();
      assertThat(row.get("third")).isEmpty();
    }
    for (int r = 1; r <= 52; r++) {
      assertThat(perRound[r]).as("round %d", r).isEqualTo(250);
    }
  }

  @Test
  void rounds_afterAHistory_serveWhoSatOut_andMakeATrio() throws IOException {
    Path people = file("people.csv", PEOPLE);
    Path history = file("history.csv", "round,first,second\n1,ana,ben\n1,cai,dee\n");
    CliRunner.Result result =
        CliRunner.run(
            "rounds",
            "--input",
            people.toString(),
            "--history",
            history.toString(),
            "--cooldown",
            "1",
            "--different",
            "none",
            "--format",
            "csv");
    assertThat(result.code()).as(result.err()).isZero();
    List<CSVRecord> rows = records(result.out());
    // Five people: two pairs, one of them a trio; eve sat out round 1 and is served first.
    assertThat(rows).hasSize(2);
    Set<String> seen = new HashSet<>();
    int trios = 0;
    for (CSVRecord row : rows) {
      assertThat(row.get("round")).isEqualTo("2");
      IdPair pair = IdPair.of(row.get("first"), row.get("second")).unordered();
      assertThat(pair)
          .isNotIn(IdPair.of("ana", "ben").unordered(), IdPair.of("cai", "dee").unordered());
      seen.add(row.get("first"));
      seen.add(row.get("second"));
      if (!row.get("third").isEmpty()) {
        trios++;
        seen.add(row.get("third"));
      }
    }
    assertThat(trios).isEqualTo(1);
    assertThat(seen).containsExactlyInAnyOrder("ana", "ben", "cai", "dee", "eve");
    assertThat(
            rows.stream()
                .anyMatch(r -> r.get("first").equals("eve") || r.get("second").equals("eve")))
        .as("eve sat out and is in a pair, not the joiner of a trio")
        .isTrue();
    assertThat(result.err())
        .contains("1 round(s) of 5 people after 1 earlier", "1 trios", "0 repeats");
  }

  @Test
  void rounds_historyWithAThirdColumn_countsTriosAsMet() throws IOException {
    Path people = file("people.csv", PEOPLE);
    Path history = file("history.csv", "round,first,second,third\n1,ana,ben,eve\n1,cai,dee,\n");
    CliRunner.Result result =
        CliRunner.run(
            "rounds",
            "--input",
            people.toString(),
            "--history",
            history.toString(),
            "--different",
            "none",
            "--format",
            "csv");
    assertThat(result.code()).as(result.err()).isZero();
    for (CSVRecord row : records(result.out())) {
      IdPair pair = IdPair.of(row.get("first"), row.get("second")).unordered();
      assertThat(pair)
          .isNotIn(
              IdPair.of("ana", "ben").unordered(),
              IdPair.of("ana", "eve").unordered(),
              IdPair.of("ben", "eve").unordered(),
              IdPair.of("cai", "dee").unordered());
    }
  }

  @Test
  void rounds_unknownPersonInHistory_namesTheLine() throws IOException {
    Path people = file("people.csv", PEOPLE);
    Path history = file("history.csv", "round,first,second\n1,ana,ben\n1,cai,ghost\n");
    assertBadInput(
        CliRunner.run("rounds", "--people", people.toString(), "--history", history.toString()),
        "history.csv line 3",
        "unknown person 'ghost'");
  }

  @Test
  void rounds_negativeCoolDown() throws IOException {
    assertBadInput(
        CliRunner.run("rounds", "--synthetic", "10", "--cooldown", "-1"),
        "--cooldown must be at least 0 rounds but was -1");
  }

  @Test
  void rounds_malformedHistoryLine() throws IOException {
    Path people = file("people.csv", PEOPLE);
    Path history = file("history.csv", "round,first,second\n1,ana,ben\n2,cai\n");
    assertBadInput(
        CliRunner.run("rounds", "--people", people.toString(), "--history", history.toString()),
        "history.csv line 3",
        "expected 3 fields (as in the header) but found 2");
  }

  @Test
  void rounds_roundNotANumber() throws IOException {
    Path people = file("people.csv", PEOPLE);
    Path history = file("history.csv", "round,first,second\none,ana,ben\n");
    assertBadInput(
        CliRunner.run("rounds", "--people", people.toString(), "--history", history.toString()),
        "history.csv line 2",
        "round is not a whole number: 'one'");
  }

  @Test
  void rounds_historyMissingColumn() throws IOException {
    Path people = file("people.csv", PEOPLE);
    Path history = file("history.csv", "week,first,second\n1,ana,ben\n");
    assertBadInput(
        CliRunner.run("rounds", "--people", people.toString(), "--history", history.toString()),
        "missing column 'round'");
  }

  @Test
  void rounds_selfPairInHistory() throws IOException {
    Path people = file("people.csv", PEOPLE);
    Path history = file("history.csv", "round,first,second\n1,ana,ana\n");
    assertBadInput(
        CliRunner.run("rounds", "--people", people.toString(), "--history", history.toString()),
        "line 2",
        "'ana' is paired with itself");
  }

  @Test
  void rounds_zeroWeeks() {
    assertBadInput(
        CliRunner.run("rounds", "--synthetic", "10", "--weeks", "0"),
        "--weeks must be at least 1 but was 0");
  }

  @Test
  void rounds_unknownAttribute() throws IOException {
    Path people = file("people.csv", PEOPLE);
    assertBadInput(
        CliRunner.run("rounds", "--people", people.toString(), "--different", "tema"),
        "unknown attribute 'tema' in --different",
        "department, role, team");
  }

  @Test
  void rounds_missingHistoryFile() throws IOException {
    Path people = file("people.csv", PEOPLE);
    assertBadInput(
        CliRunner.run(
            "rounds", "--people", people.toString(), "--history", dir.resolve("no.csv").toString()),
        "no.csv: no such file");
  }

  @Test
  void rounds_peopleAndSyntheticTogether() throws IOException {
    Path people = file("people.csv", PEOPLE);
    assertBadInput(
        CliRunner.run("rounds", "--people", people.toString(), "--synthetic", "10"),
        "mutually exclusive");
  }

  @Test
  void suggest_writesRankedDistinctPartners() {
    CliRunner.Result result =
        CliRunner.run(
            "suggest",
            "--synthetic",
            "300",
            "--pool",
            "--person",
            "e0000001",
            "--top",
            "5",
            "--lambda",
            "0.5",
            "--format",
            "csv");
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("rank,partner,score,explanation\n");
    List<CSVRecord> rows = records(result.out());
    assertThat(rows).hasSize(5);
    Set<String> partners = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).get("rank")).isEqualTo(String.valueOf(i + 1));
      assertThat(rows.get(i).get("partner")).isNotEqualTo("e0000001");
      assertThat(partners.add(rows.get(i).get("partner"))).isTrue();
      assertThat(Double.parseDouble(rows.get(i).get("score"))).isPositive();
      assertThat(rows.get(i).get("explanation")).isNotBlank();
    }
    assertThat(result.err()).contains("5 partner(s) for e0000001 among 300 people");
  }

  @Test
  void suggest_toAFile() throws IOException {
    Path people = file("people.csv", PEOPLE);
    Path out = dir.resolve("suggestions.csv");
    CliRunner.Result result =
        CliRunner.run(
            "suggest",
            "--people",
            people.toString(),
            "--pool",
            "--person",
            "ana",
            "--top",
            "2",
            "--out",
            out.toString());
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).isEmpty();
    List<CSVRecord> rows = records(Files.readString(out));
    assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(2);
    assertThat(rows).allSatisfy(r -> assertThat(r.get("partner")).isNotEqualTo("ana"));
  }

  @Test
  void suggest_unknownPerson() {
    assertBadInput(
        CliRunner.run("suggest", "--synthetic", "50", "--person", "nobody"),
        "unknown person 'nobody'");
  }

  @Test
  void suggest_topBelowOne() {
    assertBadInput(
        CliRunner.run("suggest", "--synthetic", "50", "--person", "e0000001", "--top", "0"),
        "--top must be at least 1 but was 0");
  }

  @Test
  void suggest_lambdaOutsideTheUnitInterval() {
    assertBadInput(
        CliRunner.run("suggest", "--synthetic", "50", "--person", "e0000001", "--lambda", "1.5"),
        "--lambda must be in [0, 1] but was 1.5");
    assertBadInput(
        CliRunner.run("suggest", "--synthetic", "50", "--person", "e0000001", "--lambda", "-0.1"),
        "--lambda must be in [0, 1] but was -0.1");
  }

  @Test
  void suggest_malformedPeopleCsv_namesTheLine() throws IOException {
    Path people =
        file("people.csv", "id,role,team,capacity,offers,seeks\nana,mentor,t1,1,go:0.5\n");
    assertBadInput(
        CliRunner.run("suggest", "--people", people.toString(), "--person", "ana"),
        "people.csv line 2");
  }

  @Test
  void rounds_thatGoEmptyOnceEveryPairHasMet_sayWhy() throws IOException {
    Path two =
        file(
            "two.csv",
            "id,role,department,team,capacity,offers,seeks\n"
                + "a,mentor,e,t1,1,go:1,go:1\n"
                + "b,mentee,e,t2,1,go:1,go:1\n");
    CliRunner.Result r =
        CliRunner.run(
            "rounds",
            "--input",
            two.toString(),
            "--weeks",
            "3",
            "--cooldown",
            "10",
            "--format",
            "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("rounds 2-3 are empty: every allowed pair has met");
    r = CliRunner.run("rounds", "--input", two.toString(), "--weeks", "1");
    assertThat(r.err()).doesNotContain("empty");
  }
}
