package io.peermatch.core;

import io.peermatch.api.IdPair;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * People partitioned into groups, made by {@link PeerMatch#groups} or {@link Rounds#nextGroups}:
 * every group with its members and explanation, the people who could not be placed, the objective
 * with its proven upper bound, and the repeats of a round.
 *
 * @param groups the groups, numbered from 0 in this order
 * @param unplaced the ids of the people whose hard rules left them without a group (never in a
 *     group)
 * @param objective the objective of {@link GroupOptions} over the groups as returned
 * @param upperBound no grouping that keeps every rule is worth more (a proven bound)
 * @param status how the search ended: {@code optimal}, {@code completed}, {@code deadline_reached},
 *     {@code interrupted} or {@code infeasible} (some rule could not be kept: see {@link
 *     #unplaced()} and {@link #repeats()})
 * @param repeats pairs inside groups that met within the cool-down of a round (0 outside {@link
 *     Rounds#nextGroups})
 * @param diagnostics named numbers about the run ({@code solve_ms}, {@code candidate_ms}, {@code
 *     dense}, {@code sat_out}, {@code pins_broken}, {@code undersized_groups}, ...)
 */
public record Grouping(
    List<Group> groups,
    List<String> unplaced,
    double objective,
    double upperBound,
    String status,
    int repeats,
    Map<String, Double> diagnostics) {

  /**
   * One group and why it is good.
   *
   * @param id the group's number in {@link Grouping#groups()}
   * @param members the members' ids, in the order of the problem
   * @param relevance the sum of the relevance of every pair of members (the problem's scoring, no
   *     soft terms)
   * @param diversity the sum of the boundary distance of every pair of members
   * @param brings for each member who teaches anything in the group, the skills (at most three,
   *     most wanted first) it offers that another member seeks
   * @param crosses for each distance attribute on which the members differ, the values present
   *     (sorted)
   * @param repeats pairs of members that met within the cool-down of a round
   */
  public record Group(
      int id,
      List<String> members,
      double relevance,
      double diversity,
      Map<String, List<String>> brings,
      Map<String, List<String>> crosses,
      int repeats) {

    /** Copies the lists and maps. */
    public Group {
      members = List.copyOf(members);
      brings = Collections.unmodifiableMap(new LinkedHashMap<>(brings));
      crosses = Collections.unmodifiableMap(new LinkedHashMap<>(crosses));
    }

    /** The number of members. */
    public int size() {
      return members.size();
    }

    /**
     * The group's explanation in one line: what each member brings and which boundaries it crosses,
     * for example {@code "ana brings kotlin, sql; bo brings design; crosses department (Finance,
     * Sales), location (Berlin, Lisbon)"}.
     */
    public String explanation() {
      StringBuilder sb = new StringBuilder();
      for (Map.Entry<String, List<String>> e : brings.entrySet()) {
        if (sb.length() > 0) {
          sb.append("; ");
        }
        sb.append(e.getKey()).append(" brings ").append(String.join(", ", e.getValue()));
      }
      if (!crosses.isEmpty()) {
        if (sb.length() > 0) {
          sb.append("; ");
        }
        sb.append("crosses ");
        boolean first = true;
        for (Map.Entry<String, List<String>> e : crosses.entrySet()) {
          if (!first) {
            sb.append(", ");
          }
          first = false;
          sb.append(e.getKey()).append(" (").append(String.join(", ", e.getValue())).append(')');
        }
      }
      if (repeats > 0) {
        sb.append(sb.length() > 0 ? "; " : "").append(repeats).append(" repeat(s)");
      }
      return sb.length() == 0 ? "no shared skills, no boundary crossed" : sb.toString();
    }
  }

  /** Copies the lists and the map. */
  public Grouping {
    groups = List.copyOf(groups);
    unplaced = List.copyOf(unplaced);
    Objects.requireNonNull(status, "status");
    diagnostics = Collections.unmodifiableMap(new LinkedHashMap<>(diagnostics));
  }

  /**
   * The relative gap {@code (upperBound − objective) / |upperBound|} (0 when both are 0): how far
   * from optimal the grouping can be at most; NaN when the rules cannot all be kept and there is no
   * bound.
   */
  public double gap() {
    if (upperBound == objective) {
      return 0.0;
    }
    return (upperBound - objective) / Math.abs(upperBound);
  }

  /** The group of the person with {@code id}, if placed. */
  public Optional<Group> groupOf(String id) {
    for (Group g : groups) {
      if (g.members().contains(id)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /** Every person's group number, by id; the unplaced are absent. */
  public Map<String, Integer> groupNumbers() {
    Map<String, Integer> out = new HashMap<>();
    for (Group g : groups) {
      for (String id : g.members()) {
        out.put(id, g.id());
      }
    }
    return out;
  }

  /** Every pair of people who share a group, as a round of a {@link io.peermatch.api.History}. */
  public List<IdPair> pairs() {
    List<IdPair> out = new ArrayList<>();
    for (Group g : groups) {
      List<String> m = g.members();
      for (int i = 0; i < m.size(); i++) {
        for (int j = i + 1; j < m.size(); j++) {
          out.add(new IdPair(m.get(i), m.get(j)));
        }
      }
    }
    return out;
  }
}
