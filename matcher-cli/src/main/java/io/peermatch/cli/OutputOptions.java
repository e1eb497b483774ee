package io.peermatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
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
          "Write the result to FILE (whole or not at all) instead of standard output; .csv and"
              + " .json choose the format.")
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

  /** Writes {@code table} in the chosen format to {@code --out} or to {@code stdout}. */
  void write(Table table, PrintWriter stdout) {
    Format f = format();
    if (out != null) {
      AtomicOutput.write(out, w -> table.write(f, w));
    } else {
      try {
        table.write(f, stdout);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      stdout.flush();
    }
  }
}
