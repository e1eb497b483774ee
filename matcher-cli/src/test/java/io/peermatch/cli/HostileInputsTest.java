package io.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases of the second batch of hostile inputs (issue 15) that the command got wrong: a people
 * file on a pipe, Java-only number syntax, control characters in ids, a sweep step so small that
 * its count wrapped around, and {@code groups} overwriting its own input.
 */
class HostileInputsTest {

  @TempDir Path dir;

  private static final String PEOPLE =
      "id,role,department,team,offers,seeks\n"
          + "a,mentor,eng,t1,go:0.9,\n"
          + "b,mentee,ops,t2,,go:0.8\n"
          + "c,mentor,ops,t3,go:0.5,\n"
          + "d,mentee,eng,t4,,go:0.6\n";

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static void assertBadInput(CliRunner.Result r, String... fragments) {
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
    for (String f : fragments) {
      assertThat(r.err()).contains(f);
    }
  }

  /**
   * A people file on a named pipe, as {@code --input <(...)} or {@code /dev/stdin} give: its name
   * says neither CSV nor JSON, and it can be read once only (the sniffing read used to eat it, and
   * the file then looked empty).
   */
  private CliRunner.Result matchThroughAPipe(String content) throws Exception {
    Path fifo = dir.resolve("people-pipe");
    Files.deleteIfExists(fifo);
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(mkfifo.exitValue()).isZero();
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () -> {
              try {
                Files.writeString(fifo, content, StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    CliRunner.Result r =
        CliRunner.run("match", "--input", fifo.toString(), "--format", "csv", "--raw-csv", "-q");
    writer.get(30, TimeUnit.SECONDS);
    return r;
  }

  @Test
  void aPeopleFileOnAPipe_isReadOnce_asCsvOrJson() throws Exception {
    CliRunner.Result csv = matchThroughAPipe(PEOPLE);
    assertThat(csv.code()).as(csv.err()).isZero();
    assertThat(CliRunner.records(csv.out())).hasSize(2);
    String json =
        "  {\"people\": [{\"id\": \"a\", \"role\": \"mentor\", \"offers\": {\"go\": 0.9},"
            + " \"seeks\": {}}, {\"id\": \"b\", \"role\": \"mentee\", \"offers\": {},"
            + " \"seeks\": {\"go\": 0.8}}]}";
    CliRunner.Result fromJson = matchThroughAPipe(json);
    assertThat(fromJson.code()).as(fromJson.err()).isZero();
    assertThat(CliRunner.records(fromJson.out())).hasSize(1);
    assertThat(CliRunner.records(fromJson.out()).get(0).get("first")).isEqualTo("a");
  }

  @Test
  void javaOnlyNumberSyntax_isNotANumber() throws IOException {
    for (String weight : new String[] {"0x1p3", "3f", "2d", "1e2f"}) {
      Path edges = write("edges.csv", "left,right,weight\na,x,1\nb,y," + weight + "\n");
      assertBadInput(
          CliRunner.run(
              "solve", "--problem", "assignment", "--strategy", "greedy", "--input", edges + ""),
          "edges.csv line 3: weight is not a decimal number: '" + weight + "'");
    }
    Path fine = write("fine.csv", "left,right,weight\na,x,+1.5e2\nb,y,.5\nc,z,7.\n");
    CliRunner.Result ok =
        CliRunner.run(
            "solve", "--problem", "assignment", "--strategy", "greedy", "--input", fine + "");
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("\"objective\":157.5");
    assertBadInput(
        CliRunner.run("compare", "--synthetic", "30", "--sweep", "lambda=0:1:0x1p-2"),
        "has a value that is not a number: '0x1p-2'");
  }

  @Test
  void aSweepStepTooSmallToCount_isRefused_notAnEmptyTable() {
    assertBadInput(
        CliRunner.run("compare", "--synthetic", "30", "--sweep", "lambda=0:1:1e-300"),
        "sweep 'lambda=0:1:1e-300' has 1.0e+300 points; at most 1001");
    CliRunner.Result ok =
        CliRunner.run("compare", "--synthetic", "30", "--sweep", "lambda=0:1:0.5", "-q");
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("lambda=0 ", "lambda=0.5", "lambda=1");
  }

  @Test
  void controlCharactersInIds_areRefusedWithTheirPlace() throws IOException {
    Path soh = write("soh.csv", PEOPLE.replace("b,mentee", "b\u0001x,mentee"));
    assertBadInput(
        CliRunner.run("match", "--input", soh + "", "-q"),
        "soh.csv line 3",
        "id 'b\\u0001x' contains a control character (U+0001)");
    Path newline = write("newline.csv", PEOPLE.replace("c,mentor", "\"c\nd\",mentor"));
    assertBadInput(
        CliRunner.run("match", "--input", newline + "", "-q"), "newline.csv line 4", "(U+000A)");
    Path json =
        write(
            "people.json",
            "[{\"id\": \"a\\u001b[31m\", \"role\": \"mentor\", \"offers\": {}, \"seeks\":"
                + " {}}]");
    assertBadInput(
        CliRunner.run("match", "--input", json + "", "-q"), "people.json line 1", "(U+001B)");
    Path edges = write("edges.csv", "u,v,weight\na,b\tc,1\n");
    assertBadInput(
        CliRunner.run(
            "solve", "--problem", "general", "--strategy", "greedy", "--input", edges + ""),
        "edges.csv line 2: id 'b\\tc' contains a control character (U+0009)");
    Path marriage =
        write("m.json", "{\"left\": {\"a\\u0007\": [\"x\"]}, \"right\": {\"x\": [\"a\"]}}");
    assertBadInput(
        CliRunner.run(
            "solve",
            "--problem",
            "marriage",
            "--strategy",
            "gale-shapley",
            "--input",
            marriage + ""),
        "m.json line 1",
        "(U+0007)");
  }

  /**
   * NUL is valid UTF-8 but no text file has one; {@code --input /dev/zero} used to end in "out of
   * memory" (exit 1) as the CSV parser held its one endless line.
   */
  @Test
  void nulCharactersAndEndlessLines_areBadInput_notOutOfMemory() throws IOException {
    Path nul = write("nul.csv", PEOPLE.replace("b,mentee", "b\u0000x,mentee"));
    assertBadInput(
        CliRunner.run("match", "--input", nul + "", "-q"),
        "nul.csv line 3: a NUL character; not a text file");
    Path utf16 = dir.resolve("utf16.csv");
    Files.write(utf16, PEOPLE.getBytes(StandardCharsets.UTF_16LE));
    assertBadInput(
        CliRunner.run("match", "--input", utf16 + "", "-q"), "utf16.csv line 1: a NUL character");
    Path longLine = write("long.csv", PEOPLE + "x".repeat(CsvInput.MAX_LINE + 1) + "\n");
    assertBadInput(
        CliRunner.run("match", "--input", longLine + "", "-q"),
        "long.csv line 6: longer than 1000000 characters");
    String wide = "e,mentee,ops,t5,,go:0.5;" + "s".repeat(CsvInput.MAX_LINE - 40) + ":0.1\n";
    CliRunner.Result ok =
        CliRunner.run("match", "--input", write("wide.csv", PEOPLE + wide) + "", "-q");
    assertThat(ok.code()).as(ok.err()).isZero();
  }

  @Test
  void groups_neverOverwriteTheirInputs() throws IOException {
    Path people = write("org.csv", PEOPLE);
    Path history = write("history.csv", "round,group,id\n1,1,a\n1,1,b\n");
    assertBadInput(
        CliRunner.run("groups", "--input", people + "", "--size", "2", "--out", people + ""),
        "--out " + people,
        "refusing to overwrite");
    assertBadInput(
        CliRunner.run(
            "groups",
            "--input",
            people + "",
            "--size",
            "2",
            "--history",
            history + "",
            "--out",
            history + ""),
        "is the input file of --history");
    assertThat(Files.readString(people)).isEqualTo(PEOPLE);
    assertThat(Files.readString(history)).isEqualTo("round,group,id\n1,1,a\n1,1,b\n");
  }
}
