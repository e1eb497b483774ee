package io.peermatch.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the names of a people file's columns (CSV headers, JSON fields) become attribute names: case
 * and spacing do not matter ({@code "Time Zone"} is {@code time_zone}), and common spreadsheet
 * names stand for the columns the command knows ({@code email} for {@code id}, {@code dept} for
 * {@code department}). Options and rules files name attributes the same way, through {@link
 * #normalise}.
 */
final class PeopleColumns {

  /** The columns the command knows, each with the other names it accepts, best first. */
  static final Map<String, List<String>> ALIASES = aliases();

  private PeopleColumns() {}

  private static Map<String, List<String>> aliases() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put(
        "id",
        List.of(
            "email", "e_mail", "employee_id", "person_id", "user_id", "username", "login", "uid"));
    m.put("role", List.of("programme_role", "program_role", "mentoring_role"));
    m.put("department", List.of("dept", "department_name", "dept_name"));
    m.put("team", List.of("team_name", "squad"));
    m.put(
        "manager",
        List.of("manager_id", "manager_email", "reports_to", "line_manager", "supervisor"));
    m.put("location", List.of("office", "site", "city"));
    m.put("timezone", List.of("time_zone", "tz"));
    m.put("seniority", List.of("level", "grade", "job_level"));
    m.put("tenure", List.of("tenure_years", "years_of_service", "years_at_company"));
    m.put("capacity", List.of("max_partners", "max_mentees", "slots"));
    m.put(
        "offers", List.of("can_teach", "teaches", "expertise", "offered_skills", "skills_offered"));
    m.put(
        "seeks",
        List.of("wants_to_learn", "learning_goals", "wants", "sought_skills", "skills_sought"));
    return m;
  }

  /**
   * The attribute name for a column name: trimmed, lower case, runs of spaces, hyphens and dots
   * turned into one underscore.
   */
  static String normalise(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-.]+", "_");
  }

  /**
   * The attribute name of each column, in order: the column's own name normalised, or the known
   * column it stands for when that one is absent ({@code Email} is {@code id} unless there is also
   * an {@code id} column).
   *
   * @param origin how error messages name the file
   * @throws IllegalArgumentException if two columns give the same name
   */
  static List<String> resolve(List<String> columns, String origin) {
    List<String> names = new ArrayList<>(columns.size());
    Map<String, String> seen = new LinkedHashMap<>();
    for (String column : columns) {
      String name = normalise(column);
      String previous = seen.putIfAbsent(name, column);
      if (previous != null) {
        throw new IllegalArgumentException(
            origin
                + ": columns '"
                + previous
                + "' and '"
                + column
                + "' both give attribute '"
                + name
                + "'");
      }
      names.add(name);
    }
    for (Map.Entry<String, List<String>> known : ALIASES.entrySet()) {
      if (names.contains(known.getKey())) {
        continue;
      }
      for (String alias : known.getValue()) {
        int i = names.indexOf(alias);
        if (i >= 0) {
          names.set(i, known.getKey());
          break;
        }
      }
    }
    return names;
  }

  /** How an error message names a missing column: {@code 'id' (also accepted: email, ...)}. */
  static String describe(String column) {
    List<String> aliases = ALIASES.getOrDefault(column, List.of());
    return "'"
        + column
        + "'"
        + (aliases.isEmpty() ? "" : " (also accepted: " + String.join(", ", aliases) + ")");
  }
}
