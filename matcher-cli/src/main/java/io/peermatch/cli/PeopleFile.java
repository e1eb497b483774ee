package io.peermatch.cli;

import io.peermatch.api.Participant;
import io.peermatch.api.SkillVector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a people file, CSV or JSON (by its extension, else by its first character), into
 * participants. Both formats go through {@link #participant}: the same columns, the same aliases
 * ({@link PeopleColumns}), the same checks, and errors that name the file, the line and the value.
 */
final class PeopleFile {

  /** The columns every people file must have (under their own name or an alias). */
  static final List<String> REQUIRED = List.of("id", "offers", "seeks");

  /** The values a {@code role} may take, in lower case. */
  static final List<String> ROLES = List.of("mentor", "mentee");

  private PeopleFile() {}

  /**
   * One person's fields by attribute name, and where they were read, for error messages: the file
   * and the place in it ({@code line 3}).
   */
  record Row(Map<String, String> values, String origin, String place) {
    String where() {
      return origin + " " + place;
    }
  }

  /**
   * Reads {@code file}, CSV or JSON: by its extension, else by its first character ({@code [} or
   * {@code {} is JSON), looked at through the reader that then parses it, so that a pipe ({@code
   * <(...)}, {@code /dev/stdin}) works too.
   */
  static List<Participant> read(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return PeopleJson.read(file);
    }
    if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
      return PeopleCsv.read(file);
    }
    try (InputText text = InputText.open(file, true)) {
      int c = text.peekNonWhitespace();
      return c == '[' || c == '{'
          ? PeopleJson.read(file.toString(), text)
          : CsvInput.read(file.toString(), text, PeopleCsv::read);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Fails naming the first required column that {@code names} lacks. */
  static void requireColumns(List<String> names, String origin, List<String> found) {
    for (String column : REQUIRED) {
      if (!names.contains(column)) {
        throw new IllegalArgumentException(
            origin
                + ": missing column "
                + PeopleColumns.describe(column)
                + "; found: "
                + String.join(",", found));
      }
    }
  }

  /** Fails once a file has more people than {@link Limits#MAX_PEOPLE}. */
  static void requireCount(int people, String origin) {
    if (people > Limits.MAX_PEOPLE) {
      throw new IllegalArgumentException(
          origin + ": more than " + Limits.MAX_PEOPLE + " people, the most the command reads");
    }
  }

  /** Builds the participants of {@code rows}, failing on a duplicate id with both places. */
  static List<Participant> participants(List<Row> rows) {
    List<Participant> people = new ArrayList<>(rows.size());
    Map<String, String> firstSeen = new HashMap<>();
    for (Row row : rows) {
      Participant p = participant(row);
      String previous = firstSeen.putIfAbsent(p.id(), row.place());
      if (previous != null) {
        throw new IllegalArgumentException(
            row.where()
                + ": duplicate participant id '"
                + Texts.shorten(p.id())
                + "' (first on "
                + previous
                + ")");
      }
      people.add(p);
    }
    return people;
  }

  /**
   * One participant: {@code id}, {@code offers} and {@code seeks} (skills as {@code
   * kubernetes:0.8;sql:0.4}), {@code capacity} (default 1), {@code role} in lower case, every other
   * non-empty value an attribute.
   */
  static Participant participant(Row row) {
    try {
      Map<String, String> values = row.values();
      String id = values.getOrDefault("id", "").strip();
      if (id.isEmpty()) {
        throw new IllegalArgumentException("empty id");
      }
      Texts.requireNoControl(id, "");
      Participant.Builder b = Participant.builder(id);
      Map<String, String> attributes = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : values.entrySet()) {
        String value = e.getValue() == null ? "" : e.getValue().strip();
        switch (e.getKey()) {
          case "id" -> {}
          case "offers" -> b.offers(SkillVector.parse(value));
          case "seeks" -> b.seeks(SkillVector.parse(value));
          case "capacity" -> b.capacity(value.isEmpty() ? 1 : wholeNumber("capacity", value));
          case "role" -> {
            if (!value.isEmpty()) {
              attributes.put("role", value.toLowerCase(Locale.ROOT));
            }
          }
          default -> {
            if (!value.isEmpty()) {
              attributes.put(e.getKey(), value);
            }
          }
        }
      }
      return b.attributes(attributes).build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          row.where() + ": " + Texts.shorten(e.getMessage(), Texts.MESSAGE_LIMIT / 2), e);
    }
  }

  private static int wholeNumber(String column, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      if (value.matches("\\+?[0-9]{10,}")) {
        throw new IllegalArgumentException(
            column + " must be at most " + Integer.MAX_VALUE + " but was " + Texts.shorten(value));
      }
      throw new IllegalArgumentException(
          column + " is not a whole number: '" + Texts.shorten(value) + "'");
    }
  }
}
