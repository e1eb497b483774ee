package io.peermatch.core.synthetic;

import io.peermatch.api.Participant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A synthetic organisation: its people in employee-number order and the seed that made them. See
 * {@link SyntheticOrganisation} for the model.
 *
 * @param people everyone, ordered by id ({@code e0000001} first); unmodifiable
 * @param seed the seed the organisation was generated from
 */
public record Organisation(List<Participant> people, long seed) {

  /** The value of the {@code role} attribute of mentors. */
  public static final String MENTOR = "mentor";

  /** The value of the {@code role} attribute of mentees. */
  public static final String MENTEE = "mentee";

  /** Copies {@code people} into an unmodifiable list. */
  public Organisation {
    people = List.copyOf(Objects.requireNonNull(people, "people"));
  }

  /** The number of people. */
  public int size() {
    return people.size();
  }

  /** The people whose {@code role} is {@value #MENTOR}, in id order. */
  public List<Participant> mentors() {
    return withRole(MENTOR);
  }

  /** The people whose {@code role} is {@value #MENTEE}, in id order. */
  public List<Participant> mentees() {
    return withRole(MENTEE);
  }

  /**
   * The people of each department, keyed by the {@code department} attribute in name order, each
   * list in id order. Computed on each call in linear time.
   */
  public Map<String, List<Participant>> departments() {
    TreeMap<String, List<Participant>> map = new TreeMap<>();
    for (Participant p : people) {
      String d = p.attributes().get("department");
      if (d != null) {
        map.computeIfAbsent(d, k -> new ArrayList<>()).add(p);
      }
    }
    map.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(map);
  }

  /** A short summary, for example {@code Organisation[10000 people, seed 42]}; never the people. */
  @Override
  public String toString() {
    return "Organisation[" + people.size() + " people, seed " + seed + "]";
  }

  private List<Participant> withRole(String role) {
    List<Participant> out = new ArrayList<>();
    for (Participant p : people) {
      if (role.equals(p.attributes().get("role"))) {
        out.add(p);
      }
    }
    return Collections.unmodifiableList(out);
  }
}
