package io.peermatch.cli;

import io.peermatch.api.History;
import io.peermatch.api.IdPair;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads earlier rounds: a CSV with header {@code round,first,second[,third]}, one row per pair (a
 * third person makes a trio: all three pairs met). Rounds are numbered from 1, oldest first; a
 * number with no rows is a round in which nobody met. Every id must be one of the people.
 */
final class HistoryCsv {

  static final List<String> COLUMNS = List.of("round", "first", "second");

  private HistoryCsv() {}

  static History read(Path file, Set<String> people) {
    return CsvInput.read(file, (reader, name) -> read(reader, name, people));
  }

  static History read(Reader reader, String name, Set<String> people) throws IOException {
    TreeMap<Integer, List<IdPair>> rounds = new TreeMap<>();
    try (CSVParser parser = CSVParser.parse(reader, CsvInput.HEADED)) {
      List<String> header = parser.getHeaderNames();
      CsvInput.requireColumns(header, COLUMNS, name);
      boolean trios = header.contains("third");
      for (CSVRecord record : parser) {
        long line = CsvInput.line(record);
        CsvInput.requireConsistent(record, header, name);
        int round = round(record.get("round"), name, line);
        String first = id(record.get("first"), "first", people, name, line);
        String second = id(record.get("second"), "second", people, name, line);
        List<IdPair> pairs = rounds.computeIfAbsent(round, r -> new ArrayList<>());
        pairs.add(pair(first, second, name, line));
        String third = trios ? record.get("third") : "";
        if (!third.isEmpty()) {
          third = id(third, "third", people, name, line);
          pairs.add(pair(third, first, name, line));
          pairs.add(pair(third, second, name, line));
        }
      }
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      throw new IllegalArgumentException(name + ": malformed CSV: " + e.getMessage());
    }
    List<List<IdPair>> ordered = new ArrayList<>();
    int last = rounds.isEmpty() ? 0 : rounds.lastKey();
    for (int r = 1; r <= last; r++) {
      ordered.add(rounds.getOrDefault(r, List.of()));
    }
    return History.of(ordered);
  }

  private static int round(String text, String name, long line) {
    int round;
    try {
      round = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " line " + line + ": round is not a whole number: '" + text + "'");
    }
    if (round < 1) {
      throw new IllegalArgumentException(
          name + " line " + line + ": round must be at least 1 but was " + round);
    }
    if (round > 1_000_000) {
      throw new IllegalArgumentException(
          name + " line " + line + ": round must be at most 1000000 but was " + round);
    }
    return round;
  }

  private static String id(String id, String column, Set<String> people, String name, long line) {
    if (id.isEmpty()) {
      throw new IllegalArgumentException(name + " line " + line + ": empty " + column + " id");
    }
    if (!people.contains(id)) {
      // rounds writes ids that could start a formula with a leading quote (FormulaSafety): the
      // next run reads its own output back.
      String unquoted = FormulaSafety.unquote(id);
      if (people.contains(unquoted)) {
        return unquoted;
      }
      throw new IllegalArgumentException(
          name + " line " + line + ": unknown person '" + id + "' in column " + column);
    }
    return id;
  }

  private static IdPair pair(String a, String b, String name, long line) {
    if (a.equals(b)) {
      throw new IllegalArgumentException(
          name + " line " + line + ": self-pair: '" + a + "' is paired with itself");
    }
    return IdPair.of(a, b);
  }
}
