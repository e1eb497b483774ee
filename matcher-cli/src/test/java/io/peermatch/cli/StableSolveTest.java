package io.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code peermatch solve --problem marriage|roommates} on small hand-made instances. */
class StableSolveTest {

  @TempDir Path dir;

  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * The cyclic 3 x 3 instance (a Latin square of preferences): three stable matchings, the
   * left-optimal (left ranks 1, 1, 1), the right-optimal (right ranks 1, 1, 1) and the middle one
   * (everyone's second choice); all have egalitarian cost 12 (Gusfield and Irving 1989, the
   * standard example of a lattice that is a chain of three).
   */
  private static final String LATIN =
      "{\"left\": {\"m1\": [\"w1\", \"w2\", \"w3\"], \"m2\": [\"w2\", \"w3\", \"w1\"],"
          + " \"m3\": [\"w3\", \"w1\", \"w2\"]},"
          + " \"right\": {\"w1\": [\"m2\", \"m3\", \"m1\"], \"w2\": [\"m3\", \"m1\", \"m2\"],"
          + " \"w3\": [\"m1\", \"m2\", \"m3\"]}}";

  private JsonNode solve(String kind, String strategy, String json, String... extra)
      throws IOException {
    Path file = dir.resolve(kind + ".json");
    Files.writeString(file, json);
    java.util.List<String> all =
        new java.util.ArrayList<>(
            java.util.List.of(
                "solve", "--problem", kind, "--strategy", strategy, "--input", file.toString()));
    all.addAll(java.util.List.of(extra));
    CliRunner.Result result = CliRunner.run(all.toArray(new String[0]));
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.err()).isEmpty();
    return mapper.readTree(result.out());
  }

  @Test
  void marriage_galeShapley_leftProposes_printsTheDocumentedJson() throws IOException {
    JsonNode root = solve("marriage", "gale-shapley", LATIN);
    assertThat(root.get("status").asText()).isEqualTo("ok");
    assertThat(root.get("pairs").toString())
        .isEqualTo("[[\"m1\",\"w1\"],[\"m2\",\"w2\"],[\"m3\",\"w3\"]]");
    assertThat(root.get("objective").asDouble()).isEqualTo(12.0);
    assertThat(root.get("egalitarian_cost").asLong()).isEqualTo(12);
    assertThat(root.get("blocking_pairs").asLong()).isZero();
    assertThat(root.get("rank_mean").asDouble()).isEqualTo(2.0);
    assertThat(root.get("rank_max").asInt()).isEqualTo(3);
    assertThat(root.get("left_cost").asLong()).isEqualTo(3);
    assertThat(root.get("right_cost").asLong()).isEqualTo(9);
    assertThat(root.get("solve_ms").isNumber()).isTrue();
    assertThat(root.get("proposer").asText()).isEqualTo("left");
    assertThat(root.get("strategy").asText()).isEqualTo("gale-shapley");
  }

  @Test
  void marriage_galeShapley_proposerRight_isTheRightOptimalMatching() throws IOException {
    JsonNode root = solve("marriage", "gale-shapley", LATIN, "--proposer", "right");
    assertThat(root.get("pairs").toString())
        .isEqualTo("[[\"m1\",\"w3\"],[\"m2\",\"w1\"],[\"m3\",\"w2\"]]");
    assertThat(root.get("right_cost").asLong()).isEqualTo(3);
    assertThat(root.get("left_cost").asLong()).isEqualTo(9);
    assertThat(root.get("proposer").asText()).isEqualTo("right");
  }

  @Test
  void marriage_minimumRegretAndBalanced_pickTheMiddleMatching() throws IOException {
    String middle = "[[\"m1\",\"w2\"],[\"m2\",\"w3\"],[\"m3\",\"w1\"]]";
    JsonNode regret = solve("marriage", "minimum-regret-stable", LATIN);
    assertThat(regret.get("pairs").toString()).isEqualTo(middle);
    assertThat(regret.get("rank_max").asInt()).isEqualTo(2);
    JsonNode balanced = solve("marriage", "balanced-stable", LATIN);
    assertThat(balanced.get("pairs").toString()).isEqualTo(middle);
    assertThat(balanced.get("sex_equality_cost").asLong()).isZero();
    assertThat(balanced.get("exact").asBoolean()).isTrue();
    assertThat(balanced.get("blocking_pairs").asLong()).isZero();
  }

  @Test
  void marriage_egalitarian_tieOfCosts_isStableWithTheLeastCost() throws IOException {
    JsonNode root = solve("marriage", "egalitarian-stable", LATIN);
    assertThat(root.get("status").asText()).isEqualTo("ok");
    assertThat(root.get("objective").asDouble()).isEqualTo(12.0);
    assertThat(root.get("blocking_pairs").asLong()).isZero();
  }

  @Test
  void marriage_egalitarian_twoStableMatchings_costSix() throws IOException {
    // Two stable matchings, left-optimal {a-x, b-y} (cost 1+1 + 2+2) and right-optimal
    // {a-y, b-x} (cost 2+2 + 1+1): both cost 6.
    String json =
        "{\"left\": {\"a\": [\"x\", \"y\"], \"b\": [\"y\", \"x\"]},"
            + " \"right\": {\"x\": [\"b\", \"a\"], \"y\": [\"a\", \"b\"]}}";
    JsonNode root = solve("marriage", "egalitarian-stable", json);
    assertThat(root.get("egalitarian_cost").asLong()).isEqualTo(6);
    assertThat(root.get("blocking_pairs").asLong()).isZero();
  }

  @Test
  void marriage_capacitiesAndEmptyLists() throws IOException {
    String json =
        "{\"left\": {\"a\": [\"x\", \"y\"], \"b\": [\"x\"], \"c\": []},"
            + " \"right\": {\"x\": [\"b\", \"a\"], \"y\": [\"a\"], \"z\": []},"
            + " \"capacities\": {\"a\": 2}}";
    JsonNode root = solve("marriage", "gale-shapley", json);
    assertThat(root.get("pairs").toString()).isEqualTo("[[\"a\",\"y\"],[\"b\",\"x\"]]");
    assertThat(root.get("blocking_pairs").asLong()).isZero();
    JsonNode egal = solve("marriage", "egalitarian-stable", json);
    assertThat(egal.get("pairs").toString()).isEqualTo("[[\"a\",\"y\"],[\"b\",\"x\"]]");
  }

  @Test
  void marriage_emptyInstance_isAnEmptyMatching() throws IOException {
    JsonNode root =
        solve("marriage", "balanced-stable", "{\"left\": {\"a\": []}, \"right\": {\"x\": []}}");
    assertThat(root.get("status").asText()).isEqualTo("ok");
    assertThat(root.get("pairs").size()).isZero();
    assertThat(root.get("objective").asDouble()).isZero();
    assertThat(root.get("rank_mean").asDouble()).isZero();
  }

  @Test
  void roommates_withoutStableMatching_reportsIt_withABestEffort() throws IOException {
    // Gale and Shapley (1962): a, b, c each rank the next one first and d last; no stable matching.
    String json =
        "{\"pool\": {\"a\": [\"b\", \"c\", \"d\"], \"b\": [\"c\", \"a\", \"d\"],"
            + " \"c\": [\"a\", \"b\", \"d\"], \"d\": [\"a\", \"b\", \"c\"]}}";
    JsonNode root = solve("roommates", "stable-roommates", json);
    assertThat(root.get("status").asText()).isEqualTo("no-stable-matching");
    assertThat(root.get("pairs").size()).isPositive();
    assertThat(root.get("set_aside").size()).isPositive();
    assertThat(root.get("blocking_pairs").asLong()).isPositive();
    assertThat(root.get("objective").asDouble()).isEqualTo(root.get("egalitarian_cost").asDouble());
  }

  @Test
  void roommates_stable_pairsAreSortedSmallerIdFirst() throws IOException {
    String json =
        "{\"pool\": {\"d\": [\"c\", \"a\"], \"c\": [\"d\"], \"a\": [\"d\", \"b\"], \"b\": [\"a\"],"
            + " \"e\": []}}";
    JsonNode root = solve("roommates", "stable-roommates", json);
    assertThat(root.get("status").asText()).isEqualTo("ok");
    assertThat(root.get("pairs").toString()).isEqualTo("[[\"a\",\"b\"],[\"c\",\"d\"]]");
    assertThat(root.get("blocking_pairs").asLong()).isZero();
    assertThat(root.get("set_aside").size()).isZero();
  }

  @Test
  void unknownStrategyForKind_namesTheStrategiesOfThatKind() throws IOException {
    Path file = dir.resolve("m.json");
    Files.writeString(file, LATIN);
    CliRunner.Result result =
        CliRunner.run(
            "solve",
            "--problem",
            "marriage",
            "--strategy",
            "stable-roommates",
            "--input",
            file.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().strip())
        .isEqualTo(
            "peermatch: strategy 'stable-roommates' is not available for marriage problems;"
                + " strategies are:"
                + " gale-shapley, egalitarian-stable, minimum-regret-stable, balanced-stable");
    CliRunner.Result pool =
        CliRunner.run(
            "solve",
            "--problem",
            "roommates",
            "--strategy",
            "gale-shapley",
            "--input",
            file.toString());
    assertThat(pool.code()).isEqualTo(2);
    assertThat(pool.err()).contains("strategies are: stable-roommates");
  }

  @Test
  void latticeStrategy_capacitiesOnBothSides_isBadInputNamingTheFile() throws IOException {
    Path file = dir.resolve("m.json");
    Files.writeString(
        file,
        "{\"left\": {\"a\": [\"x\"]}, \"right\": {\"x\": [\"a\"]},"
            + " \"capacities\": {\"a\": 2, \"x\": 2}}");
    CliRunner.Result result =
        CliRunner.run(
            "solve",
            "--problem",
            "marriage",
            "--strategy",
            "egalitarian-stable",
            "--input",
            file.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().strip().lines().count()).isEqualTo(1);
    assertThat(result.err()).contains("m.json").contains("capacities on one side only");
  }
}
