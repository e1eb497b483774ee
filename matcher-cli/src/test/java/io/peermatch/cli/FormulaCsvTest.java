package io.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No CSV cell the command writes can start a spreadsheet formula (issue 15): ids, names and skills
 * that start with {@code = + - @}, a tab or a carriage return get a leading {@code '} (OWASP), in
 * every CSV the command writes; {@code --raw-csv} writes them as they are.
 */
class FormulaCsvTest {

  @TempDir Path dir;

  static final String EVIL_LINK = "=HYPERLINK(\"http://evil/x\")";
  static final String EVIL_CMD = "+cmd|' /C calc'!A0";
  static final String EVIL_SUM = "@SUM(1+1)";
  static final String EVIL_MINUS = "-2+3";

  private Path people() throws IOException {
    Path file = dir.resolve("org.csv");
    String csv =
        "id,name,role,department,team,capacity,offers,seeks\n"
            + row(EVIL_LINK, "=1+1", "mentor", "t1", "=1+1:0.9;sql:0.4", "sql:0.5")
            + row(EVIL_CMD, "\tTab", "mentor", "t2", "sql:0.8", "=1+1:0.6")
            + row(EVIL_SUM, "@name", "mentee", "t3", "sql:0.5", "=1+1:0.8")
            + row(EVIL_MINUS, "-name", "mentee", "t4", "=1+1:0.3", "sql:0.7")
            + row("eve", "\rCarriage", "mentee", "t5", "sql:0.6", "sql:0.9");
    Files.writeString(file, csv);
    return file;
  }

  private static String row(
      String id, String name, String role, String team, String offers, String seeks) {
    return String.join(
            ",", quote(id), quote(name), role, "eng", team, "1", quote(offers), quote(seeks))
        + "\n";
  }

  private static String quote(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  static List<CSVRecord> parse(String csv) {
    try {
      return CSVFormat.DEFAULT.builder().get().parse(new StringReader(csv)).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every cell of {@code csv}, header included, that a spreadsheet would run: numbers the command
   * writes itself (a negative weight, -1 for "none") are numbers, not formulas.
   */
  static List<String> formulaCells(String csv) {
    List<String> bad = new ArrayList<>();
    for (CSVRecord r : parse(csv)) {
      for (String cell : r) {
        if (!cell.isEmpty()
            && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
            && !cell.matches("-[0-9]+(\\.[0-9]+)?([eE]-?[0-9]+)?")) {
          bad.add(cell);
        }
      }
    }
    return bad;
  }

  private String run(String... args) {
    CliRunner.Result r = CliRunner.run(args);
    assertThat(r.code()).as(r.err()).isZero();
    return r.out();
  }

  @Test
  void everyCsvTheCommandWrites_hasNoFormulaCell() throws IOException {
    Path input = people();
    String in = input.toString();
    List<String> outputs = new ArrayList<>();
    outputs.add(run("match", "--input", in, "--format", "csv", "--quiet"));
    outputs.add(run("match", "--input", in, "--pool", "--format", "csv", "--quiet"));
    outputs.add(run("rounds", "--input", in, "--format", "csv", "--weeks", "2", "--quiet"));
    outputs.add(run("suggest", "--input", in, "--person", EVIL_SUM, "--format", "csv"));
    outputs.add(run("compare", "--input", in, "--format", "csv", "--quiet"));
    Path perPerson = dir.resolve("per-person.csv");
    run("match", "--input", in, "--per-person", perPerson.toString(), "--quiet");
    outputs.add(Files.readString(perPerson));
    for (String csv : outputs) {
      assertThat(formulaCells(csv)).as(csv).isEmpty();
    }
    // The ids are there, behind the quote.
    String match = outputs.get(0);
    assertThat(match).contains("'" + EVIL_LINK.replace("\"", "\"\"")).contains("'" + EVIL_SUM);
    assertThat(outputs.get(2)).contains("'" + EVIL_MINUS);
    assertThat(Files.readString(perPerson)).contains("'" + EVIL_CMD);
  }

  @Test
  void rawCsv_writesCellsAsTheyAre_andOnlyForCsv() throws IOException {
    Path input = people();
    String csv =
        run("match", "--input", input.toString(), "--format", "csv", "--raw-csv", "--quiet");
    assertThat(formulaCells(csv)).contains(EVIL_SUM);
    CliRunner.Result r =
        CliRunner.run("match", "--input", input.toString(), "--format", "json", "--raw-csv");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--raw-csv applies to CSV output only");
  }

  @Test
  void rounds_readsItsOwnNeutralisedOutputBack_asHistory() throws IOException {
    Path input = people();
    Path history = dir.resolve("history.csv");
    CliRunner.Result r =
        CliRunner.run(
            "rounds", "--input", input.toString(), "--out", history.toString(), "--quiet");
    assertThat(r.code()).as(r.err()).isZero();
    r =
        CliRunner.run(
            "rounds",
            "--input",
            input.toString(),
            "--history",
            history.toString(),
            "--format",
            "csv",
            "--quiet");
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Property(tries = 500, seed = "20261205")
  void neutralised_neverStartsAFormula_andUnquotesBack(@ForAll String cell) {
    String safe = FormulaSafety.neutralise(cell);
    assertThat(FormulaSafety.startsFormula(safe)).isFalse();
    if (!cell.startsWith("'")) {
      assertThat(FormulaSafety.unquote(safe)).isEqualTo(cell);
    }
  }

  @Property(tries = 300, seed = "20261205")
  void tableCsv_ofAnyText_hasNoFormulaCell(@ForAll String a, @ForAll String b) throws IOException {
    Table table = new Table(List.of(Table.Column.of("first"), Table.Column.of("second")));
    table.row(a, b);
    StringWriter out = new StringWriter();
    table.write(OutputOptions.Format.CSV, out);
    assertThat(formulaCells(out.toString())).isEmpty();
  }
}
