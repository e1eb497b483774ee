package io.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input ends with exit code 2, one line on stderr, and nothing written. */
class BadInputTest {

  @TempDir Path dir;

  private static final String HEADER = "id,role,department,team,capacity,offers,seeks\n";

  private Path people(String body) throws IOException {
    Path file = dir.resolve("org.csv");
    Files.writeString(file, HEADER + body);
    return file;
  }

  private void assertBadInput(CliRunner.Result result, String... fragments) {
    CliRunner.assertBadInput(result, fragments);
  }

  private CliRunner.Result match(Path input) {
    return CliRunner.run(
        "match", "--input", input.toString(), "--out", dir.resolve("pairs.csv").toString());
  }

  @Test
  void match_missingColumn() throws IOException {
    Path file = dir.resolve("org.csv");
    Files.writeString(file, "id,role,offers\na,mentor,go:0.5\n");
    assertBadInput(match(file), "org.csv", "missing column 'seeks'");
    assertThat(dir.resolve("pairs.csv")).doesNotExist();
  }

  @Test
  void match_unparseableCapacity_namesLine() throws IOException {
    Path file = people("a,mentor,eng,t1,1,go:0.5,\nb,mentee,eng,t2,two,,go:0.5\n");
    assertBadInput(match(file), "org.csv line 3", "capacity", "'two'");
    assertThat(dir.resolve("pairs.csv")).doesNotExist();
  }

  @Test
  void match_capacityBelowOne() throws IOException {
    Path file = people("a,mentor,eng,t1,0,go:0.5,\n");
    assertBadInput(match(file), "line 2", "capacity must be at least 1 but was 0", "a");
  }

  @Test
  void match_skillLevelOutsideUnitInterval() throws IOException {
    Path file = people("a,mentor,eng,t1,1,go:1.5,\n");
    assertBadInput(match(file), "line 2", "skill level must be in [0, 1] but was 1.5", "go");
  }

  @Test
  void match_skillLevelNaN() throws IOException {
    Path file = people("a,mentor,eng,t1,1,go:NaN,\n");
    assertBadInput(match(file), "line 2", "NaN");
  }

  @Test
  void match_duplicateId_namesBothLines() throws IOException {
    Path file = people("a,mentor,eng,t1,1,go:0.5,\na,mentee,eng,t2,1,,go:0.5\n");
    assertBadInput(match(file), "line 3", "duplicate participant id 'a'", "line 2");
  }

  @Test
  void match_unknownStrategy_namesTheStrategiesThatExist() throws IOException {
    Path file = people("a,mentor,eng,t1,1,go:0.5,\nb,mentee,eng,t2,1,,go:0.5\n");
    CliRunner.Result result =
        CliRunner.run(
            "match",
            "--input",
            file.toString(),
            "--strategy",
            "magic",
            "--out",
            dir.resolve("pairs.csv").toString());
    assertBadInput(result, "unknown strategy 'magic'", "greedy");
    assertThat(dir.resolve("pairs.csv")).doesNotExist();
  }

  @Test
  void match_missingFile() {
    assertBadInput(match(dir.resolve("nope.csv")), "nope.csv", "no such file");
  }

  @Test
  void match_roleMissing_suggestsPool() throws IOException {
    Path file = people("a,,eng,t1,1,go:0.5,\n");
    assertBadInput(match(file), "participant a has no role", "--pool");
  }

  @Test
  void solve_nanWeight_namesLine() throws IOException {
    Path file = dir.resolve("g.csv");
    Files.writeString(file, "left,right,weight\na,x,1\nb,y,NaN\n");
    assertBadInput(
        CliRunner.run(
            "solve", "--problem", "assignment", "--strategy", "greedy", "--input", file.toString()),
        "g.csv line 3",
        "weight must be finite",
        "NaN");
  }

  @Test
  void solve_infiniteWeight() throws IOException {
    Path file = dir.resolve("g.csv");
    Files.writeString(file, "u,v,weight\na,b,Infinity\n");
    assertBadInput(
        CliRunner.run(
            "solve", "--problem", "general", "--strategy", "greedy", "--input", file.toString()),
        "line 2",
        "finite");
  }

  @Test
  void solve_unparseableWeight() throws IOException {
    Path file = dir.resolve("g.csv");
    Files.writeString(file, "u,v,weight\na,b,heavy\n");
    assertBadInput(
        CliRunner.run(
            "solve", "--problem", "general", "--strategy", "greedy", "--input", file.toString()),
        "line 2",
        "weight is not a number: 'heavy'");
  }

  @Test
  void solve_selfPairInGeneralGraph() throws IOException {
    Path file = dir.resolve("g.csv");
    Files.writeString(file, "u,v,weight\na,b,1\nc,c,2\n");
    assertBadInput(
        CliRunner.run(
            "solve", "--problem", "general", "--strategy", "greedy", "--input", file.toString()),
        "line 3",
        "self-pair",
        "'c'");
  }

  @Test
  void solve_missingColumn() throws IOException {
    Path file = dir.resolve("g.csv");
    Files.writeString(file, "left,right\na,b\n");
    assertBadInput(
        CliRunner.run(
            "solve", "--problem", "assignment", "--strategy", "greedy", "--input", file.toString()),
        "missing column 'weight'");
  }

  @Test
  void solve_unknownKind() throws IOException {
    Path file = dir.resolve("g.csv");
    Files.writeString(file, "u,v,weight\n");
    assertBadInput(
        CliRunner.run(
            "solve", "--problem", "tsp", "--strategy", "greedy", "--input", file.toString()),
        "unknown problem kind 'tsp'",
        "assignment, general, marriage, roommates");
  }

  @Test
  void solve_unknownStrategy_namesTheStrategiesThatExist() throws IOException {
    Path file = dir.resolve("g.csv");
    Files.writeString(file, "left,right,weight\na,x,1\n");
    assertBadInput(
        CliRunner.run(
            "solve",
            "--problem",
            "assignment",
            "--strategy",
            "hungarian",
            "--input",
            file.toString()),
        "strategy 'hungarian' is not available for assignment problems",
        "greedy");
  }

  @Test
  void solve_marriageRankedTwice() throws IOException {
    Path file = dir.resolve("m.json");
    Files.writeString(file, "{\"left\": {\"a\": [\"x\", \"x\"]}, \"right\": {\"x\": [\"a\"]}}");
    assertBadInput(
        CliRunner.run(
            "solve",
            "--problem",
            "marriage",
            "--strategy",
            "gale-shapley",
            "--input",
            file.toString()),
        "left.a[1]",
        "ranks 'x' twice");
  }

  @Test
  void solve_marriageUnknownId() throws IOException {
    Path file = dir.resolve("m.json");
    Files.writeString(file, "{\"left\": {\"a\": [\"z\"]}, \"right\": {\"x\": [\"a\"]}}");
    assertBadInput(
        CliRunner.run(
            "solve",
            "--problem",
            "marriage",
            "--strategy",
            "gale-shapley",
            "--input",
            file.toString()),
        "left.a[0]",
        "unknown id 'z'");
  }

  @Test
  void solve_roommatesRanksOneself() throws IOException {
    Path file = dir.resolve("r.json");
    Files.writeString(file, "{\"pool\": {\"a\": [\"a\"], \"b\": [\"a\"]}}");
    assertBadInput(
        CliRunner.run(
            "solve",
            "--problem",
            "roommates",
            "--strategy",
            "stable-roommates",
            "--input",
            file.toString()),
        "pool.a[0]",
        "itself");
  }

  @Test
  void solve_marriageCapacityBelowOne() throws IOException {
    Path file = dir.resolve("m.json");
    Files.writeString(
        file,
        "{\"left\": {\"a\": [\"x\"]}, \"right\": {\"x\": [\"a\"]}, \"capacities\": {\"x\": 0}}");
    assertBadInput(
        CliRunner.run(
            "solve",
            "--problem",
            "marriage",
            "--strategy",
            "gale-shapley",
            "--input",
            file.toString()),
        "capacity must be at least 1 but was 0",
        "'x'");
  }

  @Test
  void solve_invalidJson() throws IOException {
    Path file = dir.resolve("m.json");
    Files.writeString(file, "{\"left\": ");
    assertBadInput(
        CliRunner.run(
            "solve",
            "--problem",
            "marriage",
            "--strategy",
            "gale-shapley",
            "--input",
            file.toString()),
        "m.json",
        "not valid JSON");
  }

  @Test
  void generate_negativeEmployees() {
    assertBadInput(
        CliRunner.run("generate", "--employees", "-5", "--out", dir.resolve("org.csv").toString()),
        "--employees must not be negative but was -5");
    assertThat(dir.resolve("org.csv")).doesNotExist();
  }

  @Test
  void compare_unknownFormat() {
    assertBadInput(
        CliRunner.run("compare", "--synthetic", "10", "--format", "xml"), "unknown format 'xml'");
  }

  @Test
  void compare_sweepOfAnUnknownParameter() {
    assertBadInput(
        CliRunner.run("compare", "--synthetic", "10", "--sweep", "mu=0:1:0.1"),
        "--sweep must be lambda=FROM:TO:STEP",
        "mu=0:1:0.1");
  }

  @Test
  void compare_sweepOutsideTheUnitInterval() {
    assertBadInput(
        CliRunner.run("compare", "--synthetic", "10", "--sweep", "lambda=0:2:0.5"),
        "lambda must be in [0, 1]",
        "lambda=0:2:0.5");
  }

  @Test
  void unknownOption_isOneLine() {
    assertBadInput(CliRunner.run("compare", "--synthetic", "10", "--bogus"), "--bogus");
  }
}
