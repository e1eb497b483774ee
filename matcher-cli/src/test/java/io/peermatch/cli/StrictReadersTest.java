package io.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readers of issue 15: CSV with a byte-order mark, physical line numbers, header names checked,
 * non-UTF-8 named with its line, long values shortened; strict JSON (duplicate keys, trailing
 * content, blank ids, nesting, string and number limits). Every failure is exit 2 and one short
 * line on stderr naming the file.
 */
class StrictReadersTest {

  @TempDir Path dir;

  private static final String HEADER = "id,role,department,team,capacity,offers,seeks\n";
  private static final String ROWS =
      "ana,mentor,eng,t1,1,go:0.9,sql:0.5\n"
          + "ben,mentor,eng,t2,1,sql:0.8,go:0.6\n"
          + "cai,mentee,ops,t3,1,kubernetes:0.5,go:0.8\n";

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  static void assertBadInput(CliRunner.Result result, String... fragments) {
    assertThat(result.code()).as(result.err()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    String err = result.err().strip();
    assertThat(err.lines().count()).as("one line on stderr: %s", err).isEqualTo(1);
    assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(err.length()).as("a readable line: %s", err).isLessThan(600);
    for (String f : fragments) {
      assertThat(err).contains(f);
    }
  }

  private static CliRunner.Result match(Path input) {
    return CliRunner.run("match", "--input", input.toString(), "--format", "csv", "--quiet");
  }

  @Test
  void csv_withAByteOrderMark_isRead() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = (HEADER + ROWS).getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(body, 0, all, 3, body.length);
    Path people = write("org.csv", all);
    CliRunner.Result r = match(people);
    assertThat(r.code()).as(r.err()).isZero();
    byte[] history = "\uFEFFround,first,second\n1,ana,ben\n".getBytes(StandardCharsets.UTF_8);
    r =
        CliRunner.run(
            "rounds",
            "--input",
            people.toString(),
            "--history",
            write("history.csv", history).toString(),
            "--quiet");
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void csvErrors_nameThePhysicalLine_afterBlankLinesAndMultiLineCells() throws IOException {
    Path people =
        write(
            "org.csv",
            HEADER
                + "\n\n"
                + "ana,mentor,eng,\"team\non two\nlines\",1,go:0.9,sql:0.5\n"
                + "\n"
                + "ben,mentor,eng,t2,two,sql:0.8,go:0.6\n");
    // header 1, blank 2-3, ana 4-6, blank 7, ben 8
    assertBadInput(match(people), "org.csv line 8", "'two'");
    Path crlf = write("crlf.csv", HEADER.replace("\n", "\r\n") + "\r\n\r\nana,mentor,eng,t1,x\r\n");
    assertBadInput(match(crlf), "crlf.csv line 4", "expected 7 fields");
    Path open = write("open.csv", HEADER + "\"ana,mentor\n");
    assertBadInput(match(open), "open.csv line 2", "malformed CSV: EOF reached");
  }

  @Test
  void headerNames_duplicatedOrEmpty_areNamedWithFileAndLine() throws IOException {
    Path dup =
        write(
            "dup.csv",
            "id,role,department,team,capacity,offers,seeks,team\n" + "a,mentor,e,t,1,,,x\n");
    assertBadInput(match(dup), "dup.csv line 1", "columns 4 and 8 are both named 'team'");
    Path empty = write("empty.csv", "\nid,role,,team,capacity,offers,seeks\n");
    assertBadInput(match(empty), "empty.csv line 2", "column 3 of the header has no name");
    Path history = write("history.csv", "round,first,second,first\n1,ana,ben,cai\n");
    assertBadInput(
        CliRunner.run(
            "rounds",
            "--input",
            write("org.csv", HEADER + ROWS).toString(),
            "--history",
            history.toString()),
        "history.csv line 1",
        "both named 'first'");
  }

  @Test
  void nonUtf8_isNamedWithTheLineAndByteOffset() throws IOException {
    byte[] head =
        (HEADER + "ana,mentor,eng,t1,1,go:0.9,sql:0.5\nb").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 1 + 4];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xE9; // é in Latin-1
    System.arraycopy("n,x\n".getBytes(StandardCharsets.US_ASCII), 0, all, head.length + 1, 4);
    assertBadInput(
        match(write("latin1.csv", all)),
        "latin1.csv line 3",
        "not UTF-8 (byte offset " + head.length + ")");
  }

  @Test
  void longValues_areShortenedInMessages() throws IOException {
    String huge = "x".repeat(900_000); // under the line limit (CsvInput.MAX_LINE), far over 60
    assertBadInput(
        match(write("org.csv", HEADER + "ana,mentor,eng,t1," + huge + ",go:0.9,sql:0.5\n")),
        "org.csv line 2",
        "…");
    assertBadInput(
        CliRunner.run(
            "rounds",
            "--input",
            write("people.csv", HEADER + ROWS).toString(),
            "--history",
            write("history.csv", "round,first,second\n1,ana," + huge + "\n").toString()),
        "history.csv line 2",
        "unknown person");
  }

  private static CliRunner.Result marriage(Path file) {
    return CliRunner.run(
        "solve", "--input", file.toString(), "--problem", "marriage", "--strategy", "gale-shapley");
  }

  @Test
  void json_duplicateKeys_trailingContent_andBlankIds_areErrorsWithTheLine() throws IOException {
    assertBadInput(
        marriage(
            write(
                "dup.json",
                "{\"left\": {\"a\": [\"x\"]},\n \"right\": {\"x\": [\"a\"]},\n"
                    + " \"left\": {\"b\": [\"x\"]}}")),
        "dup.json line 3",
        "given twice");
    assertBadInput(
        marriage(
            write(
                "trailing.json", "{\"left\": {\"a\": [\"x\"]}, \"right\": {\"x\": [\"a\"]}}\n}x")),
        "trailing.json line 2");
    assertBadInput(
        marriage(write("blank.json", "{\"left\": {\"\": [\"x\"]},\n \"right\": {\"x\": [\"\"]}}")),
        "blank.json line",
        "blank id");
    assertBadInput(
        match(write("people.json", "[{\"id\": \"\", \"role\": \"mentor\"}]")), "people.json", "id");
    assertBadInput(
        match(write("people2.json", "[{\"id\": \"a\", \"id\": \"b\", \"role\": \"mentor\"}]")),
        "people2.json line 1",
        "given twice");
  }

  @Test
  void json_overDeep_overLongString_andHugeNumbers_areBadInputNotAnInternalError()
      throws IOException {
    assertBadInput(
        marriage(write("deep.json", "[".repeat(5000))),
        "deep.json line 1",
        "nesting depth (101) exceeds the maximum allowed (100)");
    assertBadInput(
        marriage(write("string.json", "{\"left\": {\"" + "a".repeat(3_000_000) + "\": []}}")),
        "string.json line 1");
    assertBadInput(
        marriage(
            write(
                "number.json",
                "{\"left\": {\"a\": [\"x\"]}, \"right\": {\"x\": [\"a\"]},\n \"capacities\": {\"a\": "
                    + "9".repeat(2000)
                    + "}}")),
        "number.json line 2");
    assertBadInput(
        marriage(
            write(
                "cap.json",
                "{\"left\": {\"a\": [\"x\"]}, \"right\": {\"x\": [\"a\"]},\n \"capacities\": {\"a\":"
                    + " 2147483648}}")),
        "cap.json line 2",
        "at most 2147483647");
    assertBadInput(
        match(write("deep-people.json", "{\"people\": " + "[".repeat(5000))),
        "deep-people.json line 1");
    assertBadInput(
        CliRunner.run(
            "match",
            "--input",
            write("org.csv", HEADER + ROWS).toString(),
            "--rules",
            write("rules.yaml", "different:\n" + "  - ".repeat(1) + "[".repeat(5000)).toString()),
        "rules.yaml");
  }

  @Test
  void edgeLists_rejectWeightsWhoseSumsCouldOverflow_andMergeRepeatedPairs() throws IOException {
    Path edges = write("edges.csv", "left,right,weight\na,x,1e308\n");
    assertBadInput(
        CliRunner.run(
            "solve",
            "--input",
            edges.toString(),
            "--problem",
            "assignment",
            "--strategy",
            "auction"),
        "edges.csv line 2",
        "at most 1e100");
    StringBuilder many = new StringBuilder("left,right,weight\n");
    for (int i = 0; i < 200_000; i++) {
      many.append("a,x,").append(i % 7).append('\n');
    }
    many.append("b,x,3\n");
    CliRunner.Result r =
        CliRunner.run(
            "solve",
            "--input",
            write("many.csv", many.toString()).toString(),
            "--problem",
            "assignment",
            "--strategy",
            "max-weight");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"objective\":6.0");
  }

  @Test
  void rules_bonusesThatWouldOverflowSums_areRejectedWithTheLine() throws IOException {
    Path rules = write("rules.yaml", "prefer:\n  - {different: department, bonus: 1e308}\n");
    assertBadInput(
        CliRunner.run(
            "match",
            "--input",
            write("org.csv", HEADER + ROWS).toString(),
            "--rules",
            rules.toString()),
        "rules.yaml line 2",
        "bonus must be at most 1e6");
  }
}
