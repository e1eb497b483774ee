package io.peermatch.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
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
      GroupsCommand.class,
      SuggestCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  peermatch compare --synthetic 20000 --seed 1",
      "  peermatch match --input examples/org.csv --rules examples/rules.yaml \\",
      "      --per-person people-out.csv --report report.html",
      "  peermatch help match",
      "  source <(peermatch completion)    # TAB completion in bash and zsh",
      ""
    })
public final class PeerMatchCommand implements Runnable {

  /** Exit code for bad input or usage. */
  public static final int BAD_INPUT = 2;

  /** Exit code for an internal error (a bug). */
  public static final int INTERNAL_ERROR = 1;

  /** What every command's help says about exit codes. */
  static final Map<String, String> EXIT_CODES = exitCodes();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Standard error when it is a terminal (progress is drawn there), else null. */
  private PrintStream terminal;

  PrintStream terminal() {
    return terminal;
  }

  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put("0", "done");
    codes.put("1", "internal error (please report it)");
    codes.put(
        "2",
        "bad input or usage: one line on standard error names the file, the line or key,"
            + " and the value");
    return codes;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    // The report's charts are drawn off screen: never open a window or a dock icon.
    System.setProperty("java.awt.headless", "true");
    PrintStream terminal = Progress.stderrIsTerminal() ? System.err : null;
    System.exit(
        run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), terminal));
  }

  /** Runs the command line with the given streams and returns the exit code (for tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, null);
  }

  /**
   * Runs the command line with the given streams and returns the exit code.
   *
   * @param terminal where progress is drawn (standard error when it is a terminal), or null
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, PrintStream terminal) {
    PeerMatchCommand root = new PeerMatchCommand();
    root.terminal = terminal;
    CommandLine cli = new CommandLine(root);
    cli.setOut(out);
    cli.setErr(err);
    withExitCodes(cli);
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
          err.println(
              "peermatch: internal error: " + oneLine(ex.toString()) + " (please report it)");
          return INTERNAL_ERROR;
        });
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("peermatch: out of memory; run with a larger heap, e.g. JAVA_OPTS=-Xmx8g");
      code = INTERNAL_ERROR;
    } catch (StackOverflowError e) {
      err.println("peermatch: internal error: stack overflow (please report it)");
      code = INTERNAL_ERROR;
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Whether {@code option} was given on the command line, as opposed to left at its default: an
   * option that the command would ignore is refused only when it was given.
   */
  static boolean given(CommandLine.Model.CommandSpec spec, String option) {
    return spec.commandLine().getParseResult().hasMatchedOption(option);
  }

  /** Every command lists the exit codes in its help and prints the version with -V. */
  private static void withExitCodes(CommandLine cli) {
    cli.getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(EXIT_CODES);
    cli.getCommandSpec().versionProvider(new Version());
    for (CommandLine sub : cli.getSubcommands().values()) {
      withExitCodes(sub);
    }
  }

  /**
   * A message as one short printable line: line breaks become spaces, other control characters
   * escapes, and anything past {@link Texts#MESSAGE_LIMIT} characters an ellipsis.
   */
  static String oneLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    String line = message.replace('\n', ' ').replace('\r', ' ').trim();
    return Texts.shorten(line, Texts.MESSAGE_LIMIT);
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
