package io.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code match --per-person}: everyone, matched or not, and an honest reason for the unmatched. */
class PerPersonTest {

  @TempDir Path dir;

  // ana (cap 1) is everyone's only candidate for go: cai gets her, eve's partner is full.
  // dee seeks what nobody offers; gil is alone in his time zone; hal only scores 0.1 with ana.
  private static final String PEOPLE =
      """
      id,name,role,team,timezone,capacity,offers,seeks
      ana,Ana Silva,mentor,t1,UTC,1,go:1;sql:0.1,
      ben,Ben Ng,mentor,t2,UTC,1,kubernetes:1,
      cai,Cai Li,mentee,t3,UTC,1,,go:0.9
      dee,Dee Roy,mentee,t4,UTC,1,,cobol:1
      eve,Eve Kim,mentee,t5,UTC,1,,go:0.8
      gil,Gil Ortiz,mentee,t6,UTC+9,1,,kubernetes:1
      hal,Hal Berg,mentee,t7,UTC,1,,sql:1
      """;

  private Map<String, CSVRecord> byId(List<CSVRecord> rows) {
    Map<String, CSVRecord> m = new HashMap<>();
    rows.forEach(r -> m.put(r.get("id"), r));
    return m;
  }

  @Test
  void everyoneIsListed_withPartnersOrAReason() throws IOException {
    Path people = dir.resolve("org.csv");
    Files.writeString(people, PEOPLE);
    Path out = dir.resolve("people-out.csv");
    CliRunner.Result result =
        CliRunner.run(
            "match",
            "--input",
            people.toString(),
            "--same",
            "timezone",
            "--min-score",
            "0.2",
            "--per-person",
            out.toString(),
            "--out",
            dir.resolve("pairs.csv").toString());
    assertThat(result.code()).as(result.err()).isZero();
    List<CSVRecord> rows = CliRunner.records(Files.readString(out));
    assertThat(rows)
        .extracting(r -> r.get("id"))
        .containsExactly("ana", "ben", "cai", "dee", "eve", "gil", "hal");
    Map<String, CSVRecord> r = byId(rows);
    assertThat(r.get("cai").get("status")).isEqualTo("matched");
    assertThat(r.get("cai").get("partners")).isEqualTo("ana");
    assertThat(r.get("cai").get("partner_names")).isEqualTo("Ana Silva");
    assertThat(r.get("cai").get("explanation")).isEqualTo("Ana Silva can teach you go");
    assertThat(r.get("ana").get("explanation")).isEqualTo("you can teach Cai Li go");
    assertThat(r.get("cai").get("ranks")).isEqualTo("1");
    assertThat(r.get("eve").get("reason_code")).isEqualTo("partners_full");
    assertThat(r.get("dee").get("reason_code")).isEqualTo("no_skill_match");
    assertThat(r.get("gil").get("reason_code")).isEqualTo("no_allowed_partner");
    assertThat(r.get("gil").get("reason")).contains("same timezone");
    assertThat(r.get("hal").get("reason_code")).isEqualTo("below_minimum_score");
    assertThat(r.get("hal").get("reason")).contains("0.1", "0.2");
    assertThat(r.get("ben").get("status")).isEqualTo("unmatched");
    for (CSVRecord row : rows) {
      if (row.get("status").equals("unmatched")) {
        assertThat(row.get("reason")).as(row.get("id")).isNotBlank();
      }
    }
    assertThat(result.err()).contains("below_minimum_score", "no_allowed_partner");
  }

  @Test
  void json_hasPartnersAsObjects() throws IOException {
    Path people = dir.resolve("org.csv");
    Files.writeString(people, PEOPLE);
    Path out = dir.resolve("people-out.json");
    CliRunner.Result result =
        CliRunner.run("match", "--input", people.toString(), "--per-person", out.toString(), "-q");
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.err()).isEmpty();
    JsonNode root = new ObjectMapper().readTree(out.toFile());
    assertThat(root.size()).isEqualTo(7);
    JsonNode cai = root.get(2);
    assertThat(cai.get("id").asText()).isEqualTo("cai");
    assertThat(cai.get("partners").get(0).get("id").asText()).isEqualTo("ana");
    assertThat(cai.get("partners").get(0).get("score").asDouble()).isEqualTo(0.9);
    assertThat(root.get(4).get("reason_code").asText()).isEqualTo("partners_full");
  }

  @Test
  void theExampleOrganisation_everyoneOnce() throws IOException {
    Path out = dir.resolve("people-out.csv");
    CliRunner.Result result =
        CliRunner.run(
            "match",
            "--input",
            Path.of("..", "examples", "org.csv").toString(),
            "--rules",
            Path.of("..", "examples", "rules.yaml").toString(),
            "--per-person",
            out.toString(),
            "--out",
            dir.resolve("pairs.csv").toString());
    assertThat(result.code()).as(result.err()).isZero();
    List<CSVRecord> rows = CliRunner.records(Files.readString(out));
    assertThat(rows).hasSize(200);
    assertThat(rows.stream().map(r -> r.get("id")).distinct().count()).isEqualTo(200);
    assertThat(rows).filteredOn(r -> r.get("status").equals("skipped")).hasSize(1);
  }
}
