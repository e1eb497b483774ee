package io.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress on a terminal for long work; nothing extra in a pipe or with --quiet. */
class ProgressTest {

  @TempDir Path dir;

  @Test
  void longWork_drawsTheBarWithItsPhases_andShortWorkDrawsNothing() throws Exception {
    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(terminal, true, StandardCharsets.UTF_8);
    try (Progress p = Progress.start("compare", 3, stream)) {
      p.phase("reading people");
      p.phase("max-weight");
      p.within(0.5);
      Thread.sleep(1600);
    }
    String drawn = terminal.toString(StandardCharsets.UTF_8);
    assertThat(drawn).contains("compare", "max-weight", "phases", "\r");

    ByteArrayOutputStream quick = new ByteArrayOutputStream();
    try (Progress p =
        Progress.start("match", 2, new PrintStream(quick, true, StandardCharsets.UTF_8))) {
      p.phase("reading people");
    }
    assertThat(quick.size()).isZero();
    assertThat(Progress.start("match", 2, null)).isSameAs(Progress.OFF);
  }

  @Test
  void aCommandOnATerminal_drawsProgress_unlessQuiet() {
    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(terminal, true, StandardCharsets.UTF_8);
    String[] args = {"compare", "--synthetic", "3000", "--pool", "--format", "csv"};
    // Without the delay: a fast machine finishes this compare within the default second.
    long delay = Progress.delayMillis;
    Progress.delayMillis = 0;
    int code;
    try {
      code =
          PeerMatchCommand.run(
              args,
              new PrintWriter(new StringWriter()),
              new PrintWriter(new StringWriter()),
              stream);
    } finally {
      Progress.delayMillis = delay;
    }
    assertThat(code).isZero();
    assertThat(terminal.toString(StandardCharsets.UTF_8)).contains("compare", "phases");

    ByteArrayOutputStream quiet = new ByteArrayOutputStream();
    String[] quietArgs = {"compare", "--synthetic", "300", "--pool", "--format", "csv", "-q"};
    PeerMatchCommand.run(
        quietArgs,
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()),
        new PrintStream(quiet, true, StandardCharsets.UTF_8));
    assertThat(quiet.size()).isZero();
  }

  @Test
  void inAPipe_standardErrorHasNothingButTheSummary() {
    CliRunner.Result compare =
        CliRunner.child(dir, List.of("compare", "--synthetic", "3000", "--pool"));
    assertThat(compare.code()).as(compare.err()).isZero();
    assertThat(compare.err()).isEmpty();
    assertThat(compare.out()).startsWith("3000 people");
    CliRunner.Result match =
        CliRunner.child(dir, List.of("match", "--synthetic", "3000", "--format", "csv"));
    assertThat(match.code()).as(match.err()).isZero();
    assertThat(match.err().lines().toList()).hasSize(1);
    assertThat(match.err()).startsWith("max-weight: 3000 people").doesNotContain("\r");
  }
}
