package io.peermatch.cli;

import io.peermatch.api.Participant;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
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
          chunk.add(new PeopleFile.Row(new Cells(names, row.cells()), name, row.line(), null));
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
   * One row's cells by column name: a view of the row's list of cells under the header's names
   * (distinct, in file order), instead of a hash map per row, which was most of what reading
   * allocated per person.
   */
  private static final class Cells extends AbstractMap<String, String> {
    private final List<String> names;
    private final List<String> cells;

    Cells(List<String> names, List<String> cells) {
      this.names = names;
      this.cells = cells;
    }

    @Override
    public String get(Object key) {
      int c = names.indexOf(key);
      return c < 0 ? null : cells.get(c);
    }

    @Override
    public boolean containsKey(Object key) {
      return names.contains(key);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Entry<String, String>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < names.size();
            }

            @Override
            public Entry<String, String> next() {
              if (next >= names.size()) {
                throw new NoSuchElementException();
              }
              int c = next++;
              return new SimpleImmutableEntry<>(names.get(c), cells.get(c));
            }
          };
        }

        @Override
        public int size() {
          return names.size();
        }
      };
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
