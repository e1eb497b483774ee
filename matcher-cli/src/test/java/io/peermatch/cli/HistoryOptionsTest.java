package io.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link HistoryOptions}, the {@code --history} and {@code --cooldown} of {@code rounds} and {@code
 * groups}: the same checks and messages in both commands (each naming its own option for the number
 * of rounds), and each command's own help text for them.
 */
class HistoryOptionsTest {

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({"rounds, --weeks", "groups, --rounds"})
  void sharedChecks_sameMessageInBothCommands(String command, String roundsOption) {
    CliRunner.assertBadInput(
        CliRunner.run(command, "--synthetic", "20", "--cooldown", "-1"),
        "--cooldown must be at least 0 rounds but was -1");
    CliRunner.assertBadInput(
        CliRunner.run(command, "--synthetic", "20", "--cooldown", "2"),
        "--cooldown applies between rounds, but there is one round and no --history; give"
            + " --history FILE or "
            + roundsOption
            + " W");
    Path history = CliRunner.write(dir, "history.csv", "round,first,second\n");
    CliRunner.assertBadInput(
        CliRunner.run(
            command,
            "--synthetic",
            "20",
            "--history",
            history.toString(),
            "--out",
            history.toString()),
        "is the input file of --history");
  }

  @ParameterizedTest
  @CsvSource({
    "rounds, 'No pair meets again within K rounds', 'Earlier rounds: CSV round,first,second'",
    "groups, 'No two people share a group again within K', 'this command''s CSV output'"
  })
  void help_describesTheOptionsInEachCommandsOwnWords(
      String command, String cooldown, String history) throws Exception {
    CliRunner.Result help = CliRunner.run("help", command);
    assertThat(help.code()).isZero();
    String text = help.out().replaceAll("\\s+", " ");
    assertThat(text).contains(cooldown, history).doesNotContain("Earlier rounds. ");
    assertThat(Files.exists(dir)).isTrue();
  }
}
