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
 * Reads earlier rounds of groups: {@code peermatch groups}' own CSV (header with {@code round},
 * {@code group} and {@code id}: everyone in one group of one round met everyone else in it; an
 * empty group is someone left out), or the pairs of {@link HistoryCsv}. Rounds are numbered from 1.
 */
final class GroupHistoryCsv {

  static final List<String> COLUMNS = List.of("round", "group", "id");

  private GroupHistoryCsv() {}

  static History read(Path file, Set<String> people) {
    return CsvInput.read(file, sheet -> read(sheet, people));
  }

  static History read(CsvInput.Sheet sheet, Set<String> people) {
    if (sheet.column("group") < 0) {
      return HistoryCsv.read(sheet, people);
    }
    String name = sheet.name();
    sheet.requireColumns(COLUMNS);
    int roundColumn = sheet.column("round");
    int groupColumn = sheet.column("group");
    int idColumn = sheet.column("id");
    TreeMap<Integer, Map<String, List<String>>> rounds = new TreeMap<>();
    for (CsvInput.Row row : sheet) {
      long line = row.line();
      int round = round(row.get(roundColumn), name, line);
      String id = row.get(idColumn);
      if (!people.contains(id)) {
        throw new IllegalArgumentException(
            name + " line " + line + ": unknown person '" + Texts.shorten(id) + "' in column id");
      }
      String group = row.get(groupColumn).trim();
      Map<String, List<String>> groups = rounds.computeIfAbsent(round, r -> new LinkedHashMap<>());
      if (!group.isEmpty()) {
        groups.computeIfAbsent(group, g -> new ArrayList<>()).add(id);
      }
    }
    List<List<IdPair>> ordered = new ArrayList<>();
    int last = rounds.isEmpty() ? 0 : rounds.lastKey();
    for (int r = 1; r <= last; r++) {
      List<IdPair> pairs = new ArrayList<>();
      for (List<String> members : rounds.getOrDefault(r, Map.of()).values()) {
        for (int i = 0; i < members.size(); i++) {
          for (int j = i + 1; j < members.size(); j++) {
            if (!members.get(i).equals(members.get(j))) {
              pairs.add(IdPair.of(members.get(i), members.get(j)));
            }
          }
        }
      }
      ordered.add(pairs);
    }
    return History.of(ordered);
  }

  private static int round(String text, String name, long line) {
    int round;
    try {
      round = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " line " + line + ": round is not a whole number: '" + text + "'");
    }
    if (round < 1 || round > 1_000_000) {
      throw new IllegalArgumentException(
          name + " line " + line + ": round must be in [1, 1000000] but was " + round);
    }
    return round;
  }
}
