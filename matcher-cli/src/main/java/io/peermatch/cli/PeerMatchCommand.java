package io.peermatch.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code peermatch} command: synthetic organisations, matching, comparison of strategies,
 * raw-instance solving, repeat-free rounds and partner suggestions. Bad input ends with exit code 2
 * and one line on standard error, never a stack trace.
 */
@Command(
    name = "peermatch",
    mixinStandardHelpOptions = true,
    versionProvider = PeerMatchCommand.Version.class,
    description = "Matches people to people: mentoring, peer learning, coffee introductions.",
    subcommands = {
      GenerateCommand.class,
      MatchCommand.class,
      CompareCommand.class,
      SolveCommand.class,
      RoundsCommand.class,
      SuggestCommand.class,
      CommandLine.HelpCommand.class
    })
public final class PeerMatchCommand implements Runnable {

  /** Exit code for bad input or usage. */
  public static final int BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code (for tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new PeerMatchCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (ex, arguments) -> {
          err.println("peermatch: " + oneLine(ex.getMessage()));
          return BAD_INPUT;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof IllegalArgumentException
              || ex instanceof IllegalStateException
              || ex instanceof java.io.IOException
              || ex instanceof java.io.UncheckedIOException) {
            err.println("peermatch: " + oneLine(ex.getMessage()));
            return BAD_INPUT;
          }
          err.println("peermatch: internal error: " + ex + " (please report it)");
          return 1;
        });
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("peermatch: out of memory; run with a larger heap, e.g. JAVA_OPTS=-Xmx8g");
      code = 1;
    }
    out.flush();
    err.flush();
    return code;
  }

  static String oneLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    return message.replace('\n', ' ').replace('\r', ' ').trim();
  }

  /**
   * Reports the version: the jar manifest's {@code Implementation-Version} (the runnable jar that
   * {@code ./peermatch} builds), else the version Maven wrote into {@code version.properties} when
   * the command runs from its classes (tests, an IDE).
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"peermatch " + version()};
    }

    static String version() {
      String v = PeerMatchCommand.class.getPackage().getImplementationVersion();
      if (v != null) {
        return v;
      }
      try (java.io.InputStream in =
          PeerMatchCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          java.util.Properties p = new java.util.Properties();
          p.load(in);
          String fromBuild = p.getProperty("version");
          if (fromBuild != null && !fromBuild.startsWith("${")) {
            return fromBuild;
          }
        }
      } catch (java.io.IOException e) {
        // fall through: an unreadable resource is no reason to fail --version
      }
      return "development build";
    }
  }
}
