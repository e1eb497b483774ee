package io.peermatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What the CSV readers share: the format, the header, and rows that know their physical line.
 *
 * <p>The text comes through {@link InputText} (UTF-8 only, a byte-order mark dropped, a size
 * limit). The first row that is not blank is the header: every column must have a name, and no two
 * the same. Rows whose cells are all empty are skipped (spreadsheets export them); every other row
 * must have as many cells as the header. Cells are trimmed. Errors name the file and the physical
 * line, after blank lines and quoted cells that span lines alike.
 */
final class CsvInput {

  /** Cells trimmed, no header handling (the header is read and checked here). */
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get();

  /** commons-csv's own place in its messages: "(startline 3)" or "at line: 3". */
  private static final Pattern CSV_LINE = Pattern.compile("(?:startline |line: ?)(\\d+)");

  /** Reads a file's rows. */
  interface Parser<T> {
    T parse(Sheet sheet);
  }

  /** One row: its physical line and its cells, as many as the header has columns. */
  record Row(long line, List<String> cells) {
    String get(int column) {
      return cells.get(column);
    }
  }

  /**
   * A CSV file being read: its name, its header and its rows (read once, in order).
   *
   * <p>Iterating reads the file; errors while reading are {@link IllegalArgumentException}s that
   * name the file and the line.
   */
  static final class Sheet implements Iterable<Row> {
    private final String name;
    private final InputText text;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final long headerLine;
    private final Map<String, Integer> index = new HashMap<>();

    private Sheet(String name, InputText text, CSVParser parser) {
      this.name = name;
      this.text = text;
      this.records = parser.iterator();
      CSVRecord first = next();
      while (first != null && blank(first)) {
        first = next();
      }
      if (first == null) {
        this.header = List.of();
        this.headerLine = 1;
        return;
      }
      this.headerLine = text.lineAt(first.getCharacterPosition());
      this.header = first.toList();
      for (int c = 0; c < header.size(); c++) {
        String column = header.get(c);
        if (column.isBlank()) {
          throw new IllegalArgumentException(
              name
                  + " line "
                  + headerLine
                  + ": column "
                  + (c + 1)
                  + " of the header has no name"
                  + (c == header.size() - 1 ? " (a stray comma at the end of the header?)" : ""));
        }
        Integer before = index.putIfAbsent(column, c);
        if (before != null) {
          throw new IllegalArgumentException(
              name
                  + " line "
                  + headerLine
                  + ": columns "
                  + (before + 1)
                  + " and "
                  + (c + 1)
                  + " are both named '"
                  + Texts.shorten(column)
                  + "'");
        }
      }
    }

    /** The file's name as errors give it. */
    String name() {
      return name;
    }

    /** The header's cells, in order; empty for an empty file. */
    List<String> header() {
      return header;
    }

    /** The line of the header. */
    long headerLine() {
      return headerLine;
    }

    /** The index of the column named {@code column}, or -1. */
    int column(String column) {
      return index.getOrDefault(column, -1);
    }

    /** Fails naming the first of {@code required} that the header lacks. */
    void requireColumns(List<String> required) {
      for (String column : required) {
        if (!index.containsKey(column)) {
          throw new IllegalArgumentException(
              name
                  + ": missing column '"
                  + column
                  + "' (expected "
                  + String.join(",", required)
                  + "; found: "
                  + Texts.shorten(String.join(",", header), 200)
                  + ")");
        }
      }
    }

    private CSVRecord next() {
      try {
        return records.hasNext() ? records.next() : null;
      } catch (UncheckedIOException | IllegalStateException e) {
        throw malformed(name, e);
      }
    }

    @Override
    public Iterator<Row> iterator() {
      return new Iterator<>() {
        private Row next = advance();

        private Row advance() {
          CSVRecord record = Sheet.this.next();
          while (record != null && blank(record)) {
            record = Sheet.this.next();
          }
          if (record == null) {
            return null;
          }
          long line = text.lineAt(record.getCharacterPosition());
          if (record.size() != header.size()) {
            throw new IllegalArgumentException(
                name
                    + " line "
                    + line
                    + ": expected "
                    + header.size()
                    + " fields (as in the header) but found "
                    + record.size());
          }
          return new Row(line, record.toList());
        }

        @Override
        public boolean hasNext() {
          return next != null;
        }

        @Override
        public Row next() {
          if (next == null) {
            throw new NoSuchElementException();
          }
          Row row = next;
          next = advance();
          return row;
        }
      };
    }
  }

  /** The longest line of a CSV file, in characters (a people row is a few hundred). */
  static final int MAX_LINE = 1_000_000;

  private CsvInput() {}

  /** Opens {@code file} and parses it; a missing or unreadable file is bad input naming it. */
  static <T> T read(Path file, Parser<T> parser) {
    try (InputText text = InputText.open(file, true)) {
      return read(file.toString(), text, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Parses the text of an opened file (opened with its lines tracked), named {@code name}. */
  static <T> T read(String name, InputText text, Parser<T> parser) {
    text.limitLines(MAX_LINE);
    try (CSVParser csv = CSVParser.parse(text, FORMAT)) {
      return parser.parse(new Sheet(name, text, csv));
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static boolean blank(CSVRecord record) {
    for (String cell : record) {
      if (!cell.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** A parser's complaint as bad input naming the file and, where it says, the line. */
  private static IllegalArgumentException malformed(String name, RuntimeException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    if (cause instanceof IllegalArgumentException iae) {
      return iae; // from InputText: already names the file
    }
    String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    Matcher m = CSV_LINE.matcher(message);
    String line = m.find() ? " line " + m.group(1) : "";
    String what =
        message
            .replaceAll("\\s*\\(startline \\d+\\)\\s*", " ")
            .replaceAll("\\s*at line: ?\\d+(, position: ?\\d+)?", "")
            .strip();
    if (what.length() > 1 && Character.isLowerCase(what.charAt(1))) {
      what = what.substring(0, 1).toLowerCase(Locale.ROOT) + what.substring(1);
    }
    return new IllegalArgumentException(name + line + ": malformed CSV: " + Texts.shorten(what));
  }
}
