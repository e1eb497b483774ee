package io.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ./peermatch} line of the README's command section runs as written: in order, in a
 * directory holding a copy of {@code examples/}, each in its own JVM (the script's {@code java
 * -jar}, on the test class path).
 */
class ReadmeCommandsTest {

  @TempDir Path dir;

  static List<List<String>> commands(String readme) {
    int start = readme.indexOf("## The `peermatch` command");
    int block = readme.indexOf("```bash", start);
    int end = readme.indexOf("```", block + 7);
    List<List<String>> commands = new ArrayList<>();
    for (String line : readme.substring(block + 7, end).split("\n")) {
      int comment = line.indexOf(" #");
      String code = (comment >= 0 ? line.substring(0, comment) : line).strip();
      int at = code.indexOf("./peermatch ");
      if (at < 0) {
        continue;
      }
      String args = code.substring(at + "./peermatch ".length());
      if (code.startsWith("source <(")) {
        args = args.substring(0, args.lastIndexOf(')'));
      }
      commands.add(Arrays.asList(args.strip().split("\\s+")));
    }
    return commands;
  }

  @Test
  void everyCommandOfTheReadme_runsAsWritten() throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<List<String>> commands = commands(Files.readString(root.resolve("README.md")));
    assertThat(commands).hasSizeGreaterThanOrEqualTo(8);
    Path examples = dir.resolve("examples");
    Files.createDirectories(examples);
    try (Stream<Path> files = Files.list(root.resolve("examples"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, examples.resolve(f.getFileName()));
      }
    }
    for (List<String> args : commands) {
      CliRunner.Result r = CliRunner.child(dir, args);
      assertThat(r.code()).as("peermatch %s: %s", String.join(" ", args), r.err()).isZero();
      assertThat(r.err()).as("peermatch %s", args).doesNotContain("Exception");
    }
    for (String file :
        List.of(
            "pairs.csv",
            "people-out.csv",
            "report.html",
            "compare.html",
            "next.csv",
            "groups.html")) {
      assertThat(dir.resolve(file)).as(file).isNotEmptyFile();
    }
    ReportTest.checkReport(dir.resolve("report.html"));
    ReportTest.checkReport(
        dir.resolve("groups.html"), List.of("group-sizes", "diversity", "repeats"));
  }
}
