package io.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Runs the command line in-process (or in a child JVM) and captures its streams. */
final class CliRunner {

  record Result(int code, String out, String err) {}

  private CliRunner() {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PeerMatchCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  /**
   * Runs {@code peermatch args} in a child JVM on this test's class path, in {@code dir}, with its
   * standard output and error captured through pipes (as in a shell pipeline).
   */
  static Result child(Path dir, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(PeerMatchCommand.class.getName());
    command.addAll(args);
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
      p.getOutputStream().close();
      var out = p.getInputStream();
      var err = p.getErrorStream();
      // Read both streams concurrently so that neither pipe fills up.
      var errText = new java.util.concurrent.CompletableFuture<String>();
      Thread reader =
          new Thread(
              () -> {
                try {
                  errText.complete(new String(err.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                  errText.completeExceptionally(e);
                }
              });
      reader.start();
      String outText = new String(out.readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("peermatch " + args + " did not end");
      }
      reader.join();
      return new Result(p.exitValue(), outText, errText.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * Asserts bad input as every command reports it: exit code 2, nothing on standard output, one
   * line on standard error without a stack trace, containing each of {@code fragments}.
   */
  static void assertBadInput(Result result, String... fragments) {
    assertThat(result.code()).as(result.err()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    String err = result.err().strip();
    assertThat(err.lines().count()).as("one line on stderr: %s", err).isEqualTo(1);
    assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
    for (String f : fragments) {
      assertThat(err).contains(f);
    }
  }

  /** Writes {@code content} to the file {@code name} in {@code dir}; returns its path. */
  static Path write(Path dir, String name, String content) {
    Path file = dir.resolve(name);
    try {
      java.nio.file.Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** CSV text with a header, as records. */
  static List<CSVRecord> records(String csv) {
    try {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(new StringReader(csv))
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
