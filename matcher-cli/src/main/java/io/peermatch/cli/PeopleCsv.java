package io.peermatch.cli;

import io.peermatch.api.Participant;
import io.peermatch.api.SkillVector;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The people CSV format: one row per person, a header naming the columns.
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

  private static final List<String> REQUIRED = List.of("id", "offers", "seeks");

  private PeopleCsv() {}

  static List<Participant> read(Path file) {
    return CsvInput.read(file, PeopleCsv::read);
  }

  static List<Participant> read(Reader reader, String name) throws IOException {
    List<Participant> people = new ArrayList<>();
    Map<String, Long> firstLine = new HashMap<>();
    try (CSVParser parser = CSVParser.parse(reader, CsvInput.HEADED)) {
      List<String> header = parser.getHeaderNames();
      if (header.isEmpty()) {
        throw new IllegalArgumentException(
            name + ": empty file; expected a header with " + REQUIRED);
      }
      CsvInput.requireColumns(header, REQUIRED, name);
      for (CSVRecord record : parser) {
        long line = CsvInput.line(record);
        CsvInput.requireConsistent(record, header, name);
        Participant p = participant(record, header, name, line);
        Long previous = firstLine.putIfAbsent(p.id(), line);
        if (previous != null) {
          throw new IllegalArgumentException(
              name
                  + " line "
                  + line
                  + ": duplicate participant id '"
                  + p.id()
                  + "' (first on line "
                  + previous
                  + ")");
        }
        people.add(p);
      }
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      throw new IllegalArgumentException(name + ": malformed CSV: " + e.getMessage());
    }
    return people;
  }

  private static Participant participant(
      CSVRecord record, List<String> header, String name, long line) {
    String where = name + " line " + line + ": ";
    try {
      Participant.Builder b = Participant.builder(record.get("id"));
      Map<String, String> attributes = new LinkedHashMap<>();
      for (String column : header) {
        String value = record.get(column);
        switch (column) {
          case "id" -> {}
          case "offers" -> b.offers(SkillVector.parse(value));
          case "seeks" -> b.seeks(SkillVector.parse(value));
          case "capacity" -> b.capacity(value.isEmpty() ? 1 : parseInt("capacity", value));
          default -> {
            if (!value.isEmpty()) {
              attributes.put(column, value);
            }
          }
        }
      }
      return b.attributes(attributes).build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + e.getMessage(), e);
    }
  }

  private static int parseInt(String column, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column + " is not a whole number: '" + value + "'");
    }
  }

  static void write(List<Participant> people, Writer writer) throws IOException {
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
          row.add(
              switch (column) {
                case "id" -> p.id();
                case "capacity" -> Integer.toString(p.capacity());
                case "offers" -> p.offers().toString();
                case "seeks" -> p.seeks().toString();
                default -> p.attributes().getOrDefault(column, "");
              });
        }
        printer.printRecord(row);
      }
    }
  }
}
