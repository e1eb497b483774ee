package io.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out} and the other output options never destroy anything (issue 15): an output that is
 * an input is refused, a special file is written in place (never replaced by a regular file), a
 * symbolic link stays a link, and a replaced file keeps its permissions (a new one gets the
 * umask's).
 */
class OutputFilesTest {

  @TempDir Path dir;

  private static final String PEOPLE =
      """
      id,role,department,team,capacity,offers,seeks
      ana,mentor,eng,t1,1,go:0.9;sql:0.4,sql:0.5
      ben,mentor,eng,t2,1,sql:0.8,go:0.6
      cai,mentee,ops,t3,1,kubernetes:0.5,go:0.8
      dee,mentee,ops,t4,1,go:0.3,kubernetes:0.7
      """;

  private Path people() throws IOException {
    Path file = dir.resolve("org.csv");
    Files.writeString(file, PEOPLE);
    return file;
  }

  private static void assertBadInput(CliRunner.Result result, String... fragments) {
    assertThat(result.code()).as(result.err()).isEqualTo(2);
    String err = result.err().strip();
    assertThat(err.lines().count()).as("one line on stderr: %s", err).isEqualTo(1);
    assertThat(err).doesNotContain("Exception");
    for (String f : fragments) {
      assertThat(err).contains(f);
    }
  }

  @Test
  void outEqualToTheInput_isRefused_andTheInputIsUntouched() throws IOException {
    Path input = people();
    for (String out :
        new String[] {
          input.toString(), dir.resolve("sub/../org.csv").toString(), "org-link.csv",
        }) {
      Path link = dir.resolve("org-link.csv");
      Files.deleteIfExists(link);
      Files.createSymbolicLink(link, input);
      String target = out.equals("org-link.csv") ? link.toString() : out;
      Files.createDirectories(dir.resolve("sub"));
      assertBadInput(
          CliRunner.run("match", "--input", input.toString(), "--out", target),
          "is the input file of --input",
          "refusing to overwrite it");
      assertThat(Files.readString(input)).isEqualTo(PEOPLE);
    }
    assertBadInput(
        CliRunner.run(
            "match", "--input", input.toString(), "--per-person", input.toString(), "--quiet"),
        "--per-person",
        "is the input file of --input");
    assertThat(Files.readString(input)).isEqualTo(PEOPLE);
  }

  @Test
  void twoOutputsInOneFile_orADirectory_areRefused() throws IOException {
    Path input = people();
    Path out = dir.resolve("pairs.csv");
    assertBadInput(
        CliRunner.run(
            "match",
            "--input",
            input.toString(),
            "--out",
            out.toString(),
            "--per-person",
            out.toString()),
        "is the same file as --out");
    assertBadInput(
        CliRunner.run("match", "--input", input.toString(), "--out", dir.toString()),
        "is a directory");
    assertThat(out).doesNotExist();
  }

  @Test
  void devStdout_goesToStandardOutput_andStaysALink() throws IOException {
    Path input = people();
    for (String stdout : new String[] {"-", "/dev/stdout"}) {
      CliRunner.Result r =
          CliRunner.run(
              "match", "--input", input.toString(), "--out", stdout, "--format", "csv", "--quiet");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).startsWith("first,second");
    }
    if (Files.exists(Path.of("/dev/stdout"), LinkOption.NOFOLLOW_LINKS)) {
      assertThat(Files.isRegularFile(Path.of("/dev/stdout"), LinkOption.NOFOLLOW_LINKS)).isFalse();
    }
  }

  @Test
  void aFifo_isWrittenInPlace_notReplaced() throws Exception {
    Path input = people();
    Path fifo = dir.resolve("pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(mkfifo.exitValue()).isZero();
    CompletableFuture<String> read =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    CliRunner.Result r =
        CliRunner.run(
            "match", "--input", input.toString(), "--out", fifo.toString(), "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(read.get(30, TimeUnit.SECONDS)).startsWith("first,second");
    assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.getAttribute(fifo, "unix:mode", LinkOption.NOFOLLOW_LINKS))
        .satisfies(mode -> assertThat(((Integer) mode) & 0170000).isEqualTo(0010000));
  }

  @Test
  void aSymbolicLink_staysALink_andItsTargetGetsTheResult() throws IOException {
    Path input = people();
    Path target = dir.resolve("real.csv");
    Files.writeString(target, "old\n");
    Path link = dir.resolve("link.csv");
    Files.createSymbolicLink(link, target.getFileName());
    CliRunner.Result r =
        CliRunner.run("match", "--input", input.toString(), "--out", link.toString(), "--quiet");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).startsWith("first,second");

    // A link to a file that does not exist yet: the file is created, the link kept.
    Path dangling = dir.resolve("dangling.csv");
    Files.createSymbolicLink(dangling, dir.resolve("new.csv"));
    r = CliRunner.run("match", "--input", input.toString(), "--out", dangling.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.isSymbolicLink(dangling)).isTrue();
    assertThat(Files.readString(dir.resolve("new.csv"))).startsWith("first,second");
  }

  @Test
  void aReplacedFile_keepsItsPermissions_andANewOneGetsTheUmasks() throws Exception {
    Path input = people();
    Path kept = dir.resolve("kept.csv");
    Files.writeString(kept, "old\n");
    Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));
    CliRunner.Result r =
        CliRunner.run("match", "--input", input.toString(), "--out", kept.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(kept)).startsWith("first,second");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)))
        .isEqualTo("rw-r-----");

    Path fresh = dir.resolve("fresh.csv");
    r = CliRunner.run("match", "--input", input.toString(), "--out", fresh.toString());
    assertThat(r.code()).as(r.err()).isZero();
    int mode = (Integer) Files.getAttribute(fresh, "unix:mode") & 0777;
    assertThat(Integer.toOctalString(mode)).isEqualTo(Integer.toOctalString(0666 & ~umask()));
  }

  /** This process's umask, as a child shell inherits it. */
  private static int umask() throws Exception {
    Process p = new ProcessBuilder("sh", "-c", "umask").start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    return Integer.parseInt(text, 8);
  }

  @Test
  void everyCommandWithOutputs_refusesItsInput() throws IOException {
    Path input = people();
    assertBadInput(
        CliRunner.run(
            "compare", "--input", input.toString(), "--report", input.toString(), "--quiet"),
        "--report",
        "is the input file of --input");
    assertBadInput(
        CliRunner.run("rounds", "--input", input.toString(), "--out", input.toString()),
        "is the input file of --input");
    assertBadInput(
        CliRunner.run(
            "suggest", "--input", input.toString(), "--person", "ana", "--out", input.toString()),
        "is the input file of --input");
    Path history = dir.resolve("history.csv");
    Files.writeString(history, "round,first,second\n1,ana,ben\n");
    assertBadInput(
        CliRunner.run(
            "rounds",
            "--input",
            input.toString(),
            "--history",
            history.toString(),
            "--out",
            history.toString()),
        "is the input file of --history");
    assertThat(Files.readString(input)).isEqualTo(PEOPLE);
    assertThat(Files.readString(history)).isEqualTo("round,first,second\n1,ana,ben\n");
  }
}
