package io.peermatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where and how a command writes its result, the same for every command: {@code --out FILE} (else
 * standard output), {@code --format table|csv|json} (default: by the file's extension, else a
 * table), {@code --quiet}.
 */
final class OutputOptions {

  /** The output formats. */
  enum Format {
    TABLE,
    CSV,
    JSON;

    static Format of(String name) {
      return switch (name.toLowerCase(Locale.ROOT)) {
        case "table" -> TABLE;
        case "csv" -> CSV;
        case "json" -> JSON;
        default ->
            throw new IllegalArgumentException(
                "unknown format '" + name + "'; formats are: table, csv, json");
      };
    }

    /** The format a file's extension implies, or null. */
    static Format ofFile(Path file) {
      String name = file.getFileName() == null ? "" : file.getFileName().toString();
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".csv")) {
        return CSV;
      }
      if (lower.endsWith(".json")) {
        return JSON;
      }
      return null;
    }
  }

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "Write the result to FILE (whole or not at all, keeping its permissions; never an input"
              + " file) instead of standard output ('-'); .csv and .json choose the format.")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "table, csv or json (default: by the extension of --out, else table). Numbers are"
              + " always written with a dot, whatever the locale.")
  String format;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress and no summary on standard error (errors are still reported).")
  boolean quiet;

  @Option(
      names = "--raw-csv",
      description =
          "Write CSV cells as they are, for programs: by default a text cell that a spreadsheet"
              + " would run as a formula (it starts with = + - @, a tab or a carriage return)"
              + " gets a leading ' (OWASP).")
  boolean rawCsv;

  /** The chosen format. */
  Format format() {
    if (format != null) {
      return Format.of(format);
    }
    if (out != null) {
      Format byName = Format.ofFile(out);
      if (byName != null) {
        return byName;
      }
    }
    return Format.TABLE;
  }

  /**
   * Checks the command's outputs before any work ({@link AtomicOutput#check}): none is an input
   * file, a directory or the same file as another; and {@code --raw-csv} only where some CSV is
   * written.
   *
   * @param inputs option → file the command reads (null values ignored)
   * @param others the command's other output files, option → file (null values ignored)
   * @param otherCsv whether one of the other outputs is CSV
   */
  void check(Map<String, Path> inputs, Map<String, Path> others, boolean otherCsv) {
    Format f = format();
    if (rawCsv && f != Format.CSV && !otherCsv) {
      throw new IllegalArgumentException(
          "--raw-csv applies to CSV output only, but the output is "
              + f.name().toLowerCase(Locale.ROOT));
    }
    Map<String, Path> outputs = new LinkedHashMap<>();
    outputs.put("--out", out);
    outputs.putAll(others);
    AtomicOutput.check(inputs, outputs, out == null ? "the result" : null);
  }

  /** Writes {@code table} in the chosen format to {@code --out} or to {@code stdout}. */
  void write(Table table, PrintWriter stdout) {
    Format f = format();
    AtomicOutput.write(out == null ? Path.of("-") : out, stdout, w -> table.write(f, w, rawCsv));
  }

  /** Writes {@code content} to {@code --out} or to {@code stdout}. */
  void write(AtomicOutput.Content content, PrintWriter stdout) {
    AtomicOutput.write(out == null ? Path.of("-") : out, stdout, content);
  }
}
