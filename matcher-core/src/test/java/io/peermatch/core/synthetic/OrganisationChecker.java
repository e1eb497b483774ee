package io.peermatch.core.synthetic;

import io.peermatch.api.Participant;
import io.peermatch.api.SkillVector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Verifies a synthetic organisation from scratch against the documented model: ids, attribute
 * completeness, the management tree, teams, skills, roles and capacities. Knows nothing of the
 * generator's internals; its tables are written out independently.
 */
final class OrganisationChecker {

  static final Set<String> ATTRIBUTES =
      Set.of(
          "department", "team", "manager", "location", "timezone", "seniority", "tenure", "role");

  static final List<String> SENIORITY =
      List.of("junior", "mid", "senior", "staff", "principal", "director", "vp", "executive");

  static final Map<String, String> TIMEZONE_OF =
      Map.ofEntries(
          Map.entry("San Francisco", "UTC-8"),
          Map.entry("Austin", "UTC-6"),
          Map.entry("New York", "UTC-5"),
          Map.entry("Toronto", "UTC-5"),
          Map.entry("Sao Paulo", "UTC-3"),
          Map.entry("London", "UTC+0"),
          Map.entry("Dublin", "UTC+0"),
          Map.entry("Berlin", "UTC+1"),
          Map.entry("Amsterdam", "UTC+1"),
          Map.entry("Warsaw", "UTC+1"),
          Map.entry("Bangalore", "UTC+5:30"),
          Map.entry("Singapore", "UTC+8"),
          Map.entry("Tokyo", "UTC+9"),
          Map.entry("Sydney", "UTC+10"));

  static final Set<String> DEPARTMENTS =
      Set.of(
          "Engineering",
          "Data",
          "Design",
          "Product",
          "Sales",
          "Marketing",
          "Finance",
          "HR",
          "Legal",
          "Operations",
          "Customer Success",
          "Executive",
          "IT",
          "Security");

  private static final Pattern ID = Pattern.compile("e[0-9]{7,}");
  private static final Pattern TENURE = Pattern.compile("[0-9]+\\.[0-9]");

  private OrganisationChecker() {}

  /** Every rule the organisation breaks, as readable lines; empty if none. */
  static List<String> violations(Organisation org) {
    List<String> out = new ArrayList<>();
    List<Participant> people = org.people();
    Map<String, Participant> byId = new HashMap<>();
    Map<String, List<Participant>> reports = new HashMap<>();
    Set<String> catalogue = new HashSet<>(SyntheticOrganisation.skills());
    int width = Math.max(7, Integer.toString(people.size()).length());
    for (int k = 0; k < people.size(); k++) {
      Participant p = people.get(k);
      String expected = "e" + String.format("%0" + width + "d", k + 1);
      if (!p.id().equals(expected) || !ID.matcher(p.id()).matches()) {
        out.add("id at position " + k + " is " + p.id() + ", expected " + expected);
      }
      byId.put(p.id(), p);
    }
    Participant ceo = null;
    for (Participant p : people) {
      Map<String, String> a = p.attributes();
      Set<String> missing = new HashSet<>(ATTRIBUTES);
      missing.removeAll(a.keySet());
      Set<String> extra = new HashSet<>(a.keySet());
      extra.removeAll(ATTRIBUTES);
      if (!extra.isEmpty()) {
        out.add(p.id() + " has unexpected attributes " + extra);
      }
      if (missing.equals(Set.of("manager"))) {
        if (ceo != null) {
          out.add("two roots: " + ceo.id() + " and " + p.id());
        }
        ceo = p;
      } else if (!missing.isEmpty()) {
        out.add(p.id() + " lacks " + missing);
      }
      for (String v : a.values()) {
        if (v.isBlank()) {
          out.add(p.id() + " has a blank attribute value");
        }
      }
      if (a.containsKey("manager")) {
        reports.computeIfAbsent(a.get("manager"), m -> new ArrayList<>()).add(p);
      }
      checkAttributes(p, out);
      checkSkills(p, catalogue, out);
    }
    if (!people.isEmpty()) {
      if (ceo == null) {
        out.add("no chief executive (nobody without a manager)");
      } else {
        if (!ceo.id().equals(people.get(0).id())) {
          out.add("the chief executive " + ceo.id() + " is not the first employee");
        }
        if (!"executive".equals(ceo.attributes().get("seniority"))) {
          out.add("the chief executive's seniority is " + ceo.attributes().get("seniority"));
        }
        checkTree(people, byId, ceo, out);
        checkTenure(people, ceo, out);
      }
    }
    checkManagers(reports, byId, out);
    checkTeams(people, byId, reports, out);
    return out;
  }

  private static void checkAttributes(Participant p, List<String> out) {
    Map<String, String> a = p.attributes();
    String location = a.get("location");
    if (location != null && !a.getOrDefault("timezone", "").equals(TIMEZONE_OF.get(location))) {
      out.add(p.id() + " sits in " + location + " with time zone " + a.get("timezone"));
    }
    String department = a.get("department");
    if (department != null && !DEPARTMENTS.contains(department)) {
      out.add(p.id() + " has unknown department " + department);
    }
    String seniority = a.get("seniority");
    if (seniority != null && !SENIORITY.contains(seniority)) {
      out.add(p.id() + " has unknown seniority " + seniority);
    }
    String tenure = a.get("tenure");
    if (tenure != null && (!TENURE.matcher(tenure).matches() || Double.parseDouble(tenure) <= 0)) {
      out.add(p.id() + " has tenure '" + tenure + "'");
    }
    String role = a.get("role");
    if ("mentor".equals(role)) {
      if (p.capacity() < 1 || p.capacity() > 3) {
        out.add(p.id() + " is a mentor with capacity " + p.capacity());
      }
    } else if ("mentee".equals(role)) {
      if (p.capacity() != 1) {
        out.add(p.id() + " is a mentee with capacity " + p.capacity());
      }
    } else {
      out.add(p.id() + " has role " + role);
    }
  }

  private static void checkSkills(Participant p, Set<String> catalogue, List<String> out) {
    SkillVector offers = p.offers();
    SkillVector seeks = p.seeks();
    if (offers.size() < 3 || offers.size() > 8) {
      out.add(p.id() + " offers " + offers.size() + " skills");
    }
    if (seeks.size() < 2 || seeks.size() > 5) {
      out.add(p.id() + " seeks " + seeks.size() + " skills");
    }
    for (SkillVector v : List.of(offers, seeks)) {
      for (int i = 0; i < v.size(); i++) {
        double level = v.level(i);
        if (!(level > 0.0 && level <= 1.0)) {
          out.add(p.id() + " has level " + level + " for " + v.skill(i));
        }
        if (!catalogue.contains(v.skill(i))) {
          out.add(p.id() + " has a skill outside the catalogue: " + v.skill(i));
        }
      }
    }
    for (int i = 0; i < seeks.size(); i++) {
      if (offers.level(seeks.skill(i)) >= 0.5) {
        out.add(p.id() + " seeks " + seeks.skill(i) + " which they offer at a high level");
      }
    }
  }

  /** Walking up from anyone reaches the chief executive without repeating a person. */
  private static void checkTree(
      List<Participant> people, Map<String, Participant> byId, Participant ceo, List<String> out) {
    Map<String, Boolean> reachesRoot = new HashMap<>();
    reachesRoot.put(ceo.id(), true);
    for (Participant start : people) {
      List<String> path = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      Participant p = start;
      Boolean known = reachesRoot.get(p.id());
      while (known == null) {
        if (!seen.add(p.id())) {
          out.add("management cycle through " + p.id());
          known = false;
          break;
        }
        path.add(p.id());
        String m = p.attributes().get("manager");
        Participant next = m == null ? null : byId.get(m);
        if (next == null) {
          known = false;
          break;
        }
        p = next;
        known = reachesRoot.get(p.id());
      }
      for (String id : path) {
        reachesRoot.put(id, known);
      }
      if (!known) {
        out.add(start.id() + " does not reach the chief executive");
      }
    }
  }

  private static void checkManagers(
      Map<String, List<Participant>> reports, Map<String, Participant> byId, List<String> out) {
    for (Map.Entry<String, List<Participant>> e : reports.entrySet()) {
      Participant m = byId.get(e.getKey());
      if (m == null) {
        out.add("manager " + e.getKey() + " of " + e.getValue().get(0).id() + " does not exist");
        continue;
      }
      int rank = SENIORITY.indexOf(m.attributes().get("seniority"));
      if (rank < SENIORITY.indexOf("senior")) {
        out.add("manager " + m.id() + " is only " + m.attributes().get("seniority"));
      }
      // The chief executive also has the department heads (at most 13) as direct reports.
      int limit = m.attributes().containsKey("manager") ? 12 : 12 + 13;
      if (e.getValue().size() > limit) {
        out.add("manager " + m.id() + " has " + e.getValue().size() + " direct reports");
      }
    }
  }

  /**
   * A team is one manager plus their individual-contributor reports: every member but the leader
   * reports to the leader and manages nobody; a manager's team is their own.
   */
  private static void checkTeams(
      List<Participant> people,
      Map<String, Participant> byId,
      Map<String, List<Participant>> reports,
      List<String> out) {
    Map<String, List<Participant>> teams = new HashMap<>();
    for (Participant p : people) {
      teams.computeIfAbsent(p.attributes().get("team"), t -> new ArrayList<>()).add(p);
    }
    for (Map.Entry<String, List<Participant>> e : teams.entrySet()) {
      List<Participant> leaders = new ArrayList<>();
      for (Participant p : e.getValue()) {
        if (reports.containsKey(p.id())) {
          leaders.add(p);
        }
      }
      if (leaders.size() > 1) {
        out.add("team " + e.getKey() + " has " + leaders.size() + " managers");
        continue;
      }
      if (leaders.isEmpty()) {
        // Only a one-person department head or chief executive leads a team of themselves.
        if (e.getValue().size() != 1) {
          out.add("team " + e.getKey() + " has no manager");
        }
        continue;
      }
      Participant leader = leaders.get(0);
      for (Participant p : e.getValue()) {
        if (p != leader && !leader.id().equals(p.attributes().get("manager"))) {
          out.add(p.id() + " is in team " + e.getKey() + " but does not report to " + leader.id());
        }
        if (!p.attributes().get("department").equals(leader.attributes().get("department"))) {
          out.add("team " + e.getKey() + " spans departments");
        }
      }
    }
    for (Participant p : people) {
      String m = p.attributes().get("manager");
      if (m == null || reports.containsKey(p.id()) || !byId.containsKey(m)) {
        continue;
      }
      // A department head alone in their department leads a team of one.
      if (!p.attributes().get("department").equals(byId.get(m).attributes().get("department"))) {
        continue;
      }
      if (!p.attributes().get("team").equals(byId.get(m).attributes().get("team"))) {
        out.add(p.id() + " manages nobody but is not in their manager's team");
      }
    }
  }

  private static void checkTenure(List<Participant> people, Participant ceo, List<String> out) {
    double age = Double.parseDouble(ceo.attributes().get("tenure"));
    double previous = Double.POSITIVE_INFINITY;
    for (Participant p : people) {
      double t = Double.parseDouble(p.attributes().get("tenure"));
      if (t > age) {
        out.add(p.id() + " has tenure " + t + " beyond the company's age " + age);
      }
      if (t > previous) {
        out.add(p.id() + " was hired before a longer-tenured colleague");
      }
      previous = t;
    }
  }
}
