package io.peermatch.cli;

import io.peermatch.api.History;
import io.peermatch.api.IdPair;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads earlier rounds: a CSV with header {@code round,first,second[,third]}, one row per pair (a
 * third person makes a trio: all three pairs met). Rounds are numbered from 1, oldest first; a
 * number with no rows is a round in which nobody met. Every id must be one of the people.
 */
final class HistoryCsv {

  static final List<String> COLUMNS = List.of("round", "first", "second");

  private HistoryCsv() {}

  static History read(Path file, Set<String> people) {
    return CsvInput.read(file, sheet -> read(sheet, people));
  }

  static History read(CsvInput.Sheet sheet, Set<String> people) {
    String name = sheet.name();
    // Per round, each pair once (either order): a pair listed twice met once, and costs no memory
    // twice.
    TreeMap<Integer, Map<IdPair, IdPair>> rounds = new TreeMap<>();
    sheet.requireColumns(COLUMNS);
    int roundColumn = sheet.column("round");
    int firstColumn = sheet.column("first");
    int secondColumn = sheet.column("second");
    int thirdColumn = sheet.column("third");
    for (CsvInput.Row row : sheet) {
      long line = row.line();
      int round = round(row.get(roundColumn), name, line);
      String first = id(row.get(firstColumn), "first", people, name, line);
      String second = id(row.get(secondColumn), "second", people, name, line);
      Map<IdPair, IdPair> pairs = rounds.computeIfAbsent(round, r -> new LinkedHashMap<>());
      add(pairs, pair(first, second, name, line));
      String third = thirdColumn >= 0 ? row.get(thirdColumn) : "";
      if (!third.isEmpty()) {
        third = id(third, "third", people, name, line);
        add(pairs, pair(third, first, name, line));
        add(pairs, pair(third, second, name, line));
      }
    }
    List<List<IdPair>> ordered = new ArrayList<>();
    int last = rounds.isEmpty() ? 0 : rounds.lastKey();
    for (int r = 1; r <= last; r++) {
      Map<IdPair, IdPair> round = rounds.get(r);
      ordered.add(round == null ? List.of() : List.copyOf(round.values()));
    }
    return History.of(ordered);
  }

  private static int round(String text, String name, long line) {
    int round;
    try {
      round = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " line " + line + ": round is not a whole number: '" + Texts.shorten(text) + "'");
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
          name
              + " line "
              + line
              + ": unknown person '"
              + Texts.shorten(id)
              + "' in column "
              + column);
    }
    return id;
  }

  private static void add(Map<IdPair, IdPair> round, IdPair pair) {
    round.putIfAbsent(pair.unordered(), pair);
  }

  private static IdPair pair(String a, String b, String name, long line) {
    if (a.equals(b)) {
      throw new IllegalArgumentException(
          name + " line " + line + ": self-pair: '" + Texts.shorten(a) + "' is paired with itself");
    }
    return IdPair.of(a, b);
  }
}
