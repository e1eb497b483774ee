package io.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Machine-readable output is the same under any default locale: under Arabic (which formats digits
 * as ٠١٢ and the decimal point as ٫ by default) every command still writes ASCII digits and dots.
 */
class LocaleTest {

  @TempDir Path dir;

  private Locale saved;

  @BeforeEach
  void arabic() {
    saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
    // The test is meaningful only if the JDK really formats this locale with Arabic digits.
    assertThat(String.format("%.2f", 1.5)).isNotEqualTo("1.50");
  }

  @AfterEach
  void restore() {
    Locale.setDefault(saved);
  }

  private static void assertAscii(String what, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      assertThat(c >= '\u0660' && c <= '\u066C' || c >= '\u06F0' && c <= '\u06F9')
          .as("%s has an Arabic digit or separator at %d: %s", what, i, text)
          .isFalse();
    }
  }

  @Test
  void everyCommand_writesAsciiNumbers() throws IOException {
    Path org = dir.resolve("org.csv");
    Path json = dir.resolve("org.json");
    List<CliRunner.Result> results = new ArrayList<>();
    results.add(
        CliRunner.run("generate", "--employees", "120", "--seed", "3", "--out", org.toString()));
    results.add(CliRunner.run("generate", "--employees", "50", "--out", json.toString()));
    for (String format : List.of("table", "csv", "json")) {
      results.add(CliRunner.run("compare", "--input", org.toString(), "--format", format));
      results.add(CliRunner.run("match", "--input", org.toString(), "--format", format));
      results.add(
          CliRunner.run("rounds", "--input", org.toString(), "--weeks", "2", "--format", format));
      results.add(
          CliRunner.run(
              "suggest", "--input", org.toString(), "--person", "e0000005", "--format", format));
    }
    results.add(
        CliRunner.run(
            "compare",
            "--input",
            org.toString(),
            "--sweep",
            "lambda=0:1:0.5",
            "--metrics",
            "all",
            "--format",
            "csv"));
    Path perPerson = dir.resolve("pp.csv");
    Path report = dir.resolve("report.html");
    results.add(
        CliRunner.run(
            "match",
            "--input",
            org.toString(),
            "--per-person",
            perPerson.toString(),
            "--report",
            report.toString(),
            "--out",
            dir.resolve("pairs.json").toString()));
    for (CliRunner.Result r : results) {
      assertThat(r.code()).as(r.err()).isZero();
      assertAscii("stdout", r.out());
      assertAscii("stderr", r.err());
    }
    for (String file : List.of("org.csv", "org.json", "pp.csv", "report.html", "pairs.json")) {
      assertAscii(file, Files.readString(dir.resolve(file)));
    }
    assertThat(Files.readString(dir.resolve("pairs.json"))).contains("\"score\" : 0.");
  }
}
