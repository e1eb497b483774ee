package io.peermatch.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** What the CSV readers share: the format, opening a file, and the checks that name the line. */
final class CsvInput {

  /** A header row, trimmed cells, blank lines skipped. */
  static final CSVFormat HEADED =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setTrim(true)
          .setIgnoreEmptyLines(true)
          .get();

  /** Reads a file's content. */
  interface Parser<T> {
    T parse(Reader reader, String name) throws IOException;
  }

  private CsvInput() {}

  /** Opens {@code file} as UTF-8 and parses it; a missing file is bad input, naming the file. */
  static <T> T read(Path file, Parser<T> parser) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parser.parse(reader, file.toString());
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file");
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Fails naming the first of {@code required} that {@code header} lacks. */
  static void requireColumns(List<String> header, List<String> required, String name) {
    for (String column : required) {
      if (!header.contains(column)) {
        throw new IllegalArgumentException(
            name
                + ": missing column '"
                + column
                + "' (expected "
                + String.join(",", required)
                + "; found: "
                + String.join(",", header)
                + ")");
      }
    }
  }

  /** The 1-based line of {@code record} (the header is line 1). */
  static long line(CSVRecord record) {
    return record.getRecordNumber() + 1;
  }

  /** Fails naming the line if the record has another number of fields than the header. */
  static void requireConsistent(CSVRecord record, List<String> header, String name) {
    if (!record.isConsistent()) {
      throw new IllegalArgumentException(
          name
              + " line "
              + line(record)
              + ": expected "
              + header.size()
              + " fields but found "
              + record.size());
    }
  }
}
