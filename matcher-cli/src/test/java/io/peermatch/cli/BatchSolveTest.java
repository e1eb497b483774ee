package io.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code peermatch solve --batch DIR|FILE.jsonl}: one JSON line per instance, in one JVM. */
class BatchSolveTest {

  @TempDir Path dir;

  private final ObjectMapper mapper = new ObjectMapper();

  private List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(mapper.readTree(line));
      }
    }
    return nodes;
  }

  @Test
  void directory_solvesEveryFileInNameOrder_likeSingleSolves() throws IOException {
    Path batch = Files.createDirectory(dir.resolve("instances"));
    Files.writeString(batch.resolve("b.csv"), "left,right,weight\na,x,3\na,y,2\nb,x,2.5\n");
    Files.writeString(batch.resolve("a.csv"), "left,right,weight\na,x,1\n");
    Files.writeString(batch.resolve(".hidden"), "not an instance");
    CliRunner.Result result =
        CliRunner.run(
            "solve", "--problem", "assignment", "--strategy", "max-weight", "--batch", batch + "");
    assertThat(result.code()).as(result.err()).isZero();
    List<JsonNode> nodes = lines(result.out());
    assertThat(nodes).hasSize(2);
    assertThat(nodes.get(0).get("input").asText()).isEqualTo("a.csv");
    assertThat(nodes.get(0).get("objective").asDouble()).isEqualTo(1.0);
    assertThat(nodes.get(1).get("input").asText()).isEqualTo("b.csv");
    JsonNode single =
        mapper.readTree(
            CliRunner.run(
                    "solve",
                    "--problem",
                    "assignment",
                    "--strategy",
                    "max-weight",
                    "--input",
                    batch.resolve("b.csv").toString())
                .out());
    assertThat(nodes.get(1).get("pairs")).isEqualTo(single.get("pairs"));
    assertThat(nodes.get(1).get("objective")).isEqualTo(single.get("objective"));
    assertThat(nodes.get(1).get("solve_ms").isNumber()).isTrue();
  }

  @Test
  void jsonLines_overrideProblemAndStrategy_andReportFailuresWithoutStopping() throws IOException {
    Files.writeString(dir.resolve("g.csv"), "u,v,weight\na,b,2\nb,c,3\nc,d,2\n");
    Files.writeString(
        dir.resolve("m.json"), "{\"left\": {\"m\": [\"w\"]}, \"right\": {\"w\": [\"m\"]}}");
    Path jobs = dir.resolve("jobs.jsonl");
    Files.writeString(
        jobs,
        "{\"input\": \"g.csv\"}\n"
            + "\n"
            + "{\"input\": \"missing.csv\"}\n"
            + "{\"input\": \"m.json\", \"problem\": \"marriage\", \"strategy\": \"gale-shapley\"}\n");
    CliRunner.Result result =
        CliRunner.run(
            "solve", "--problem", "general", "--strategy", "max-weight", "--batch", jobs + "");
    assertThat(result.code()).isEqualTo(PeerMatchCommand.BAD_INPUT);
    List<JsonNode> nodes = lines(result.out());
    assertThat(nodes).hasSize(3);
    assertThat(nodes.get(0).get("objective").asDouble()).isEqualTo(4.0);
    assertThat(nodes.get(1).get("input").asText()).isEqualTo("missing.csv");
    assertThat(nodes.get(1).get("status").asText()).isEqualTo("error");
    assertThat(nodes.get(1).get("error").asText()).contains("missing.csv");
    assertThat(nodes.get(2).get("pairs").toString()).isEqualTo("[[\"m\",\"w\"]]");
  }

  @Test
  void badBatchArguments_failEarlyWithMessages() throws IOException {
    Path jobs = dir.resolve("jobs.jsonl");
    Files.writeString(jobs, "{\"file\": \"g.csv\"}\n");
    CliRunner.Result noInput =
        CliRunner.run(
            "solve", "--problem", "general", "--strategy", "max-weight", "--batch", jobs + "");
    assertThat(noInput.code()).isEqualTo(PeerMatchCommand.BAD_INPUT);
    assertThat(noInput.err()).contains("line 1").contains("\"input\"");
    CliRunner.Result both =
        CliRunner.run(
            "solve",
            "--problem",
            "general",
            "--strategy",
            "max-weight",
            "--batch",
            jobs + "",
            "--input",
            jobs + "");
    assertThat(both.code()).isEqualTo(PeerMatchCommand.BAD_INPUT);
    assertThat(both.err()).contains("--input and --batch");
    CliRunner.Result neither =
        CliRunner.run("solve", "--problem", "general", "--strategy", "max-weight");
    assertThat(neither.code()).isEqualTo(PeerMatchCommand.BAD_INPUT);
    assertThat(neither.err()).contains("--input FILE or --batch");
  }
}
