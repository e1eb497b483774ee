package io.peermatch.cli;

import io.peermatch.api.Participant;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The people CSV format: one row per person, a header naming the columns (in any case, under their
 * own names or the aliases of {@link PeopleColumns}).
 *
 * <p>Required columns: {@code id}, {@code offers}, {@code seeks} (skills as {@code
 * kubernetes:0.8;sql:0.4}). Optional: {@code capacity} (default 1). Every other column is an
 * attribute ({@code role}, {@code department}, {@code team}, {@code manager}, {@code location},
 * {@code timezone}, {@code seniority}, {@code tenure}, ...); an empty cell means the person lacks
 * it. Errors name the file, the line and the value.
 */
final class PeopleCsv {

  static final List<String> WRITE_COLUMNS =
      List.of(
          "id",
          "role",
          "department",
          "team",
          "manager",
          "location",
          "timezone",
          "seniority",
          "tenure",
          "capacity",
          "offers",
          "seeks");

  /** Rows handed to the collector's workers at a time. */
  private static final int CHUNK = 4096;

  private PeopleCsv() {}

  static List<Participant> read(Path file) {
    return CsvInput.read(file, PeopleCsv::read);
  }

  static List<Participant> read(CsvInput.Sheet sheet) {
    String name = sheet.name();
    List<String> header = sheet.header();
    if (header.isEmpty()) {
      throw new IllegalArgumentException(
          name + ": empty file; expected a header with " + String.join(",", PeopleFile.REQUIRED));
    }
    List<String> names = PeopleColumns.resolve(header, name);
    PeopleFile.requireColumns(names, name, header);
    try (PeopleFile.Collector people = new PeopleFile.Collector()) {
      List<PeopleFile.Row> chunk = new ArrayList<>(CHUNK);
      int count = 0;
      try {
        for (CsvInput.Row row : sheet) {
          PeopleFile.requireCount(++count, name);
          chunk.add(new PeopleFile.Row(names, row.cells(), name, row.line(), null));
          if (chunk.size() == CHUNK) {
            people.addChunk(chunk);
            chunk = new ArrayList<>(CHUNK);
          }
        }
      } catch (IllegalArgumentException e) {
        people.drain(); // an error on an earlier line is reported first
        throw e;
      }
      people.addChunk(chunk);
      return people.people();
    }
  }

  /**
   * Writes {@code people} with the columns of {@link #WRITE_COLUMNS}.
   *
   * @param raw whether cells are written as they are rather than neutralised for spreadsheets
   *     ({@link FormulaSafety}); the capacity is a number and stays one
   */
  static void write(List<Participant> people, Writer writer, boolean raw) throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(WRITE_COLUMNS.toArray(new String[0]))
            .setRecordSeparator('\n')
            .get();
    try (CSVPrinter printer = new CSVPrinter(writer, format)) {
      List<String> row = new ArrayList<>(WRITE_COLUMNS.size());
      for (Participant p : people) {
        row.clear();
        for (String column : WRITE_COLUMNS) {
          String cell = PeopleJson.field(p, column);
          row.add(raw || column.equals("capacity") ? cell : FormulaSafety.neutralise(cell));
        }
        printer.printRecord(row);
      }
    }
  }
}
