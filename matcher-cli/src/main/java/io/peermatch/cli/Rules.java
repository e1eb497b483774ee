package io.peermatch.cli;

import io.peermatch.api.Constraint;
import io.peermatch.api.Constraints;
import io.peermatch.api.IdPair;
import io.peermatch.api.Participant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of one run, checked against the people: who is skipped, which pairs are pinned or
 * forbidden, the hard {@code different} and {@code same} rules, the minimum score and the soft
 * bonuses. A rules file and the options combine: the lists are joined, {@code --min-score} wins
 * over the file's {@code min_score}, and {@code --different} (default {@code team} when the people
 * have a team) adds to the file's {@code different}. Every id and attribute is checked against the
 * people, and an error names the file, the line, the key and the value.
 */
final class Rules {

  /** A pinned pair as written, with where it was written. */
  record Pin(IdPair pair, String where) {}

  private final String file;
  private final Set<String> skipped;
  private final List<Pin> pins;
  private final Set<IdPair> forbidden;
  private final List<String> different;
  private final List<String> same;
  private final Double minScore;
  private final List<Constraint.Preference> preferences;

  private Rules(
      String file,
      Set<String> skipped,
      List<Pin> pins,
      Set<IdPair> forbidden,
      List<String> different,
      List<String> same,
      Double minScore,
      List<Constraint.Preference> preferences) {
    this.file = file;
    this.skipped = skipped;
    this.pins = pins;
    this.forbidden = forbidden;
    this.different = different;
    this.same = same;
    this.minScore = minScore;
    this.preferences = preferences;
  }

  /** No rules but the default {@code different team} (when the people have a team). */
  static Rules defaults(People people) {
    return of(new RuleOptions(), people);
  }

  static Rules of(RuleOptions options, People people) {
    RulesFile.Spec spec = options.file == null ? null : RulesFile.read(options.file);
    String origin = people.origin();

    List<String> different = new ArrayList<>();
    if (options.different == null) {
      if (people.attributeNames().contains("team")) {
        different.add("team");
      }
    } else {
      boolean none = false;
      for (String a : options.different) {
        String name = optionAttribute(a, "--different");
        if (name.equals("none")) {
          none = true;
        } else {
          people.requireAttribute(name, origin, "--different");
          different.add(name);
        }
      }
      if (none && !different.isEmpty()) {
        // 'none' turns the default team rule off; beside names it would be ignored, or mean that
        // the names were not meant: either way the command cannot tell.
        throw new IllegalArgumentException(
            "--different none means no attribute, but it also names '"
                + String.join(",", different)
                + "'; give 'none' alone or only the attributes");
      }
    }
    List<String> same = new ArrayList<>();
    if (options.same != null) {
      for (String a : options.same) {
        String name = optionAttribute(a, "--same");
        people.requireAttribute(name, origin, "--same");
        same.add(name);
      }
    }
    Double minScore = options.minScore;
    if (minScore != null && !Double.isFinite(minScore)) {
      throw new IllegalArgumentException("--min-score must be finite but was " + minScore);
    }
    if (spec == null) {
      requireNoConflict(different, same, options.different == null, null);
      return new Rules(
          null,
          Set.of(),
          List.of(),
          Set.of(),
          List.copyOf(new LinkedHashSet<>(different)),
          List.copyOf(new LinkedHashSet<>(same)),
          minScore,
          List.of());
    }
    // Only a rules file names people by id (a map of a million people took 0.3 s to build).
    Map<String, Participant> byId = people.byId();

    Set<String> skipped = new LinkedHashSet<>();
    for (DataTree.Scalar s : spec.skip()) {
      String id = s.text().strip();
      requirePerson(byId, id, s, origin);
      if (!skipped.add(id)) {
        throw s.error("'" + id + "' is skipped twice");
      }
    }
    for (DataTree.Scalar s : spec.different()) {
      different.add(attribute(people, s));
    }
    for (DataTree.Scalar s : spec.same()) {
      same.add(attribute(people, s));
    }
    if (minScore == null && spec.minScore() != null) {
      minScore = ((Number) spec.minScore().value()).doubleValue();
    }
    Set<IdPair> forbidden = new LinkedHashSet<>();
    Map<IdPair, String> pairsSeen = new LinkedHashMap<>();
    for (RulesFile.PairSpec p : spec.forbidden()) {
      IdPair pair = pair(byId, p, origin);
      String before = pairsSeen.putIfAbsent(pair.unordered(), "forbidden");
      if (before != null) {
        throw p.node().error("pair " + pair + " is listed twice");
      }
      forbidden.add(pair.unordered());
    }
    List<Pin> pins = new ArrayList<>();
    for (RulesFile.PairSpec p : spec.pinned()) {
      IdPair pair = pair(byId, p, origin);
      String before = pairsSeen.putIfAbsent(pair.unordered(), "pinned");
      if (before != null) {
        throw p.node()
            .error(
                "pair "
                    + pair
                    + (before.equals("pinned")
                        ? " is pinned twice"
                        : " is both forbidden and pinned"));
      }
      for (String id : List.of(pair.first(), pair.second())) {
        if (skipped.contains(id)) {
          throw p.node().error("pinned person '" + id + "' is also skipped");
        }
      }
      pins.add(new Pin(pair, p.node().where()));
    }
    requireNoConflict(different, same, options.different == null, spec.file());
    List<Constraint.Preference> preferences = new ArrayList<>();
    for (RulesFile.BonusSpec b : spec.prefer()) {
      String attribute = attribute(people, (DataTree.Scalar) b.node());
      Constraint.PairRule rule =
          b.same() ? Constraints.sameValue(attribute) : Constraints.differentValue(attribute);
      preferences.add(Constraints.prefer(rule, b.bonus()));
    }
    return new Rules(
        spec.file(),
        skipped,
        pins,
        forbidden,
        List.copyOf(new LinkedHashSet<>(different)),
        List.copyOf(new LinkedHashSet<>(same)),
        minScore,
        preferences);
  }

  /** An attribute name of {@code --different} or {@code --same}, normalised; never empty. */
  private static String optionAttribute(String given, String option) {
    String name = PeopleColumns.normalise(given);
    if (name.isEmpty()) {
      // "--same ''" or "--different ,team" would otherwise be dropped without a word.
      throw new IllegalArgumentException(
          option + " names an empty attribute (in '" + Texts.shorten(given) + "')");
    }
    return name;
  }

  /**
   * Fails if one attribute is both a hard {@code different} and a hard {@code same} rule: no pair
   * could keep both, so the run would end with nobody paired.
   */
  private static void requireNoConflict(
      List<String> different, List<String> same, boolean defaultDifferent, String file) {
    for (String a : same) {
      if (different.contains(a)) {
        throw new IllegalArgumentException(
            (file == null ? "" : file + ": ")
                + "attribute '"
                + a
                + "' is both a hard 'same' and a hard 'different' rule"
                + (defaultDifferent && a.equals("team")
                    ? " (different team is the default; --different none turns it off)"
                    : "")
                + ", so no pair could meet");
      }
    }
  }

  private static String attribute(People people, DataTree.Scalar s) {
    String name = PeopleColumns.normalise(s.text());
    people.requireAttribute(name, s.where(), null);
    return name;
  }

  private static void requirePerson(
      Map<String, Participant> byId, String id, DataTree.Node node, String origin) {
    if (!byId.containsKey(id)) {
      throw node.error("unknown person '" + id + "' (not in " + origin + ")");
    }
  }

  private static IdPair pair(Map<String, Participant> byId, RulesFile.PairSpec p, String origin) {
    requirePerson(byId, p.first(), p.node(), origin);
    requirePerson(byId, p.second(), p.node(), origin);
    return IdPair.of(p.first(), p.second());
  }

  /** The rules file's name, or null without one. */
  String file() {
    return file;
  }

  /** Ids left out of this run. */
  Set<String> skipped() {
    return skipped;
  }

  /** The people minus those skipped, in their order. */
  List<Participant> participants(People people) {
    if (skipped.isEmpty()) {
      return people.everyone();
    }
    List<Participant> out = new ArrayList<>(people.size());
    for (Participant p : people.everyone()) {
      if (!skipped.contains(p.id())) {
        out.add(p);
      }
    }
    return out;
  }

  /** Pinned pairs, as written. */
  List<Pin> pins() {
    return pins;
  }

  /** The hard rules: different, same, forbidden pairs, minimum score. */
  List<Constraint.PairRule> hardRules() {
    List<Constraint.PairRule> rules = new ArrayList<>();
    for (String a : different) {
      rules.add(Constraints.differentValue(a));
    }
    for (String a : same) {
      rules.add(Constraints.sameValue(a));
    }
    if (!forbidden.isEmpty()) {
      rules.add(Constraints.forbidden(forbidden));
    }
    if (minScore != null) {
      rules.add(Constraints.minimumScore(minScore));
    }
    return rules;
  }

  /** The soft bonuses and penalties. */
  List<Constraint.Preference> preferences() {
    return preferences;
  }

  /** The minimum score, or null. */
  Double minScore() {
    return minScore;
  }
}
