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

class CommandsTest {

  @TempDir Path dir;

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void version_printsTheReleaseVersion_notADevelopmentBuild() {
    CliRunner.Result r = CliRunner.run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out().trim()).matches("peermatch \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void generate_writesTheDocumentedColumns_andIsDeterministic() throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    assertThat(
            CliRunner.run("generate", "--employees", "300", "--seed", "7", "--out", a.toString())
                .code())
        .isZero();
    assertThat(
            CliRunner.run("generate", "--employees", "300", "--seed", "7", "--out", b.toString())
                .code())
        .isZero();
    List<String> lines = Files.readAllLines(a);
    assertThat(lines.get(0))
        .isEqualTo(
            "id,role,department,team,manager,location,timezone,seniority,tenure,capacity,offers,seeks");
    assertThat(lines).hasSize(301);
    assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
  }

  @Test
  void match_writesPairsWithExplanations() throws IOException {
    Path org = dir.resolve("org.csv");
    Files.writeString(
        org,
        """
        id,role,team,capacity,offers,seeks
        ana,mentor,t1,2,kubernetes:0.9;go:0.7,
        ben,mentor,t2,1,sql:0.8,
        cai,mentee,t3,1,,kubernetes:0.8
        dee,mentee,t1,1,,sql:0.5;go:0.5
        eve,mentee,t4,1,,go:1
        """);
    Path out = dir.resolve("pairs.csv");
    CliRunner.Result result =
        CliRunner.run("match", "--input", org.toString(), "--out", out.toString());
    assertThat(result.code()).as(result.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo("first,second,third,score,weight,explanation");
    // ana (cap 2) teaches cai kubernetes (0.72) and eve go (0.7); ben teaches dee sql (0.4);
    // dee may not meet ana: same team t1.
    assertThat(lines.subList(1, lines.size()))
        .containsExactlyInAnyOrder(
            "ana,cai,,0.72,0.72,kubernetes +0.720 (first teaches)",
            "ana,eve,,0.7,0.7,go +0.700 (first teaches)",
            "ben,dee,,0.4,0.4,sql +0.400 (first teaches)");
  }

  @Test
  void match_poolWithTrios_putsTheLeftoverInTheThirdColumn() throws IOException {
    Path org = dir.resolve("org.csv");
    Files.writeString(
        org,
        """
        id,offers,seeks
        a,go:0.9,sql:0.5
        b,go:1,rust:0.9;go:0.1
        c,sql:0.5,go:0.4
        """);
    Path out = dir.resolve("pairs.csv");
    CliRunner.Result result =
        CliRunner.run(
            "match", "--input", org.toString(), "--pool", "--trios", "--out", out.toString());
    assertThat(result.code()).as(result.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    // a–c (0.61) is the heaviest pair; b joins it (see TriosTest for the arithmetic).
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).startsWith("a,c,b,0.61,0.61,");
  }

  @Test
  void match_triosWithoutPool_isBadInput() throws IOException {
    Path org = dir.resolve("org.csv");
    Files.writeString(org, "id,role,offers,seeks\na,mentor,go:1,\n");
    CliRunner.Result result =
        CliRunner.run(
            "match",
            "--input",
            org.toString(),
            "--trios",
            "--out",
            dir.resolve("p.csv").toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("--trios needs --pool");
  }

  @Test
  void compare_sweep_printsOneCsvRowPerLambda_andLambdaOneKeepsAllRelevance() {
    CliRunner.Result result =
        CliRunner.run(
            "compare",
            "--synthetic",
            "600",
            "--seed",
            "2",
            "--sweep",
            "lambda=0:1:0.5",
            "--format",
            "csv");
    assertThat(result.code()).as(result.err()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(4);
    List<String> header = List.of(lines.get(0).split(","));
    assertThat(lines.get(1)).startsWith("lambda=0,");
    assertThat(lines.get(3)).startsWith("lambda=1,");
    int price = header.indexOf("price_of_diversity");
    int cross = header.indexOf("cross_department_rate");
    String[] pure = lines.get(3).split(",", -1);
    String[] diverse = lines.get(1).split(",", -1);
    // lambda = 1 is max-weight itself; lambda = 0 trades relevance for crossing departments.
    assertThat(Double.parseDouble(pure[price])).isEqualTo(1.0);
    assertThat(Double.parseDouble(diverse[price])).isLessThan(1.0);
    assertThat(Double.parseDouble(diverse[cross])).isGreaterThan(Double.parseDouble(pure[cross]));
  }

  @Test
  void compare_json_hasTheDocumentedShape() throws IOException {
    CliRunner.Result result =
        CliRunner.run("compare", "--synthetic", "400", "--seed", "3", "--format", "json");
    assertThat(result.code()).as(result.err()).isZero();
    JsonNode root = mapper.readTree(result.out());
    assertThat(root.get("people").asInt()).isEqualTo(400);
    JsonNode first = root.get("strategies").get(0);
    assertThat(first.get("strategy").asText()).isEqualTo("greedy");
    assertThat(first.get("solve_ms").isNumber()).isTrue();
    JsonNode metrics = first.get("metrics");
    for (String name :
        List.of(
            "size",
            "coverage",
            "relevance_total",
            "relevance_mean",
            "relevance_min",
            "blocking_pairs",
            "rank_mean",
            "rank_max",
            "egalitarian_cost",
            "cross_department_rate",
            "department_pair_entropy",
            "blau_department",
            "gini_relevance")) {
      assertThat(metrics.has(name)).as(name).isTrue();
    }
    assertThat(metrics.get("size").asDouble()).isPositive();
  }

  @Test
  void compare_table_hasOneRowPerStrategy() {
    CliRunner.Result result = CliRunner.run("compare", "--synthetic", "300", "--pool");
    assertThat(result.code()).as(result.err()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(0)).contains("300 people");
    assertThat(lines.get(2)).startsWith("strategy").contains("relevance");
    assertThat(lines.get(3)).startsWith("greedy");
  }

  @Test
  void compare_emptyOrganisation_isAnEmptyMatching() throws IOException {
    CliRunner.Result result = CliRunner.run("compare", "--synthetic", "0", "--format", "json");
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(
            mapper
                .readTree(result.out())
                .get("strategies")
                .get(0)
                .get("metrics")
                .get("size")
                .asDouble())
        .isZero();
  }

  @Test
  void solve_assignment_printsTheDocumentedJson() throws IOException {
    Path file = dir.resolve("a.csv");
    Files.writeString(file, "left,right,weight\na,x,3\na,y,2\nb,x,2\nb,x,1\n");
    CliRunner.Result result =
        CliRunner.run(
            "solve", "--problem", "assignment", "--strategy", "greedy", "--input", file.toString());
    assertThat(result.code()).as(result.err()).isZero();
    JsonNode root = mapper.readTree(result.out());
    assertThat(root.get("status").asText()).isEqualTo("ok");
    assertThat(root.get("pairs").toString()).isEqualTo("[[\"a\",\"x\"]]");
    assertThat(root.get("objective").asDouble()).isEqualTo(3.0);
    assertThat(root.get("solve_ms").isNumber()).isTrue();
  }

  @Test
  void solve_assignment_maxWeight_beatsGreedyWhereGreedyIsWrong() throws IOException {
    // Greedy takes a–x (3) and is stuck; the optimum is a–y + b–x = 2 + 2.5 = 4.5.
    Path file = dir.resolve("a.csv");
    Files.writeString(file, "left,right,weight\na,x,3\na,y,2\nb,x,2.5\n");
    CliRunner.Result result =
        CliRunner.run(
            "solve",
            "--problem",
            "assignment",
            "--strategy",
            "max-weight",
            "--input",
            file.toString());
    assertThat(result.code()).as(result.err()).isZero();
    JsonNode root = mapper.readTree(result.out());
    assertThat(root.get("pairs").toString()).isEqualTo("[[\"a\",\"y\"],[\"b\",\"x\"]]");
    assertThat(root.get("objective").asDouble()).isEqualTo(4.5);
    assertThat(root.get("dual_bound").asDouble()).isEqualTo(4.5);
    // The auction is approximate: within its reported gap of the optimum.
    JsonNode auction =
        mapper.readTree(
            CliRunner.run(
                    "solve",
                    "--problem",
                    "assignment",
                    "--strategy",
                    "auction",
                    "--input",
                    file.toString())
                .out());
    assertThat(auction.get("objective").asDouble() + auction.get("gap_bound").asDouble())
        .isGreaterThanOrEqualTo(4.5 - 1e-9);
  }

  @Test
  void solve_general_maxWeight_andSuitor() throws IOException {
    // A path a–b–c–d with weights 2, 3, 2: greedy (and suitor) take b–c (3); the optimum takes
    // a–b and c–d (4). Suitor's local improvement finds the 3-edge augmenting path.
    Path file = dir.resolve("g.csv");
    Files.writeString(file, "u,v,weight\na,b,2\nb,c,3\nc,d,2\n");
    for (String strategy : List.of("max-weight", "suitor")) {
      CliRunner.Result result =
          CliRunner.run(
              "solve", "--problem", "general", "--strategy", strategy, "--input", file.toString());
      assertThat(result.code()).as(result.err()).isZero();
      JsonNode root = mapper.readTree(result.out());
      assertThat(root.get("objective").asDouble()).as(strategy).isEqualTo(4.0);
    }
    CliRunner.Result greedy =
        CliRunner.run(
            "solve", "--problem", "general", "--strategy", "greedy", "--input", file.toString());
    assertThat(mapper.readTree(greedy.out()).get("objective").asDouble()).isEqualTo(3.0);
  }

  @Test
  void solve_general_emptyInstance_isAnEmptyMatching() throws IOException {
    Path file = dir.resolve("g.csv");
    Files.writeString(file, "u,v,weight\n");
    CliRunner.Result result =
        CliRunner.run(
            "solve", "--problem", "general", "--strategy", "greedy", "--input", file.toString());
    assertThat(result.code()).as(result.err()).isZero();
    JsonNode root = mapper.readTree(result.out());
    assertThat(root.get("pairs").size()).isZero();
    assertThat(root.get("objective").asDouble()).isZero();
  }
}
