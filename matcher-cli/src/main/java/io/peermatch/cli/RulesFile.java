package io.peermatch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a rules file (YAML, or JSON) into its parts, each with its place in the file for error
 * messages; {@link Rules} checks them against the people. The format, documented with an example in
 * {@code docs/rules.md}:
 *
 * <pre>
 * pinned:                      # pairs that must meet (mentor first or not: sides are found)
 *   - [ana.silva@example.com, ben.ng@example.com]
 * forbidden:                   # pairs that must never meet, in either order
 *   - [cai.li@example.com, dee.roy@example.com]
 * skip: [eve.kim@example.com]  # people left out this time
 * different: [manager]         # hard: a pair must differ in these attributes
 * same: [timezone]             # hard: a pair must share these
 * min_score: 0.05              # hard: no pair scoring below this
 * prefer:                      # soft: a bonus (a penalty if negative) for pairs that ...
 *   - {different: department, bonus: 0.1}
 *   - {same: location, bonus: 0.05}
 * </pre>
 */
final class RulesFile {

  static final List<String> KEYS =
      List.of("pinned", "forbidden", "skip", "different", "same", "min_score", "prefer");

  /** A pair of ids as written, and where. */
  record PairSpec(String first, String second, DataTree.Node node) {}

  /** The largest bonus, in magnitude, a soft preference may give. */
  static final double MAX_BONUS = 1e6;

  /** A soft preference as written: the rule, its attribute and its bonus. */
  record BonusSpec(boolean same, String attribute, double bonus, DataTree.Node node) {}

  /** The parts of a rules file; absent parts are empty (or null for {@code min_score}). */
  record Spec(
      String file,
      List<PairSpec> pinned,
      List<PairSpec> forbidden,
      List<DataTree.Scalar> skip,
      List<DataTree.Scalar> different,
      List<DataTree.Scalar> same,
      DataTree.Scalar minScore,
      List<BonusSpec> prefer) {}

  private RulesFile() {}

  static Spec read(Path path) {
    DataTree.Node root = DataTree.read(path);
    String file = path.toString();
    if (!(root instanceof DataTree.Obj obj)) {
      throw root.error("expected a mapping with the keys " + String.join(", ", KEYS));
    }
    for (Map.Entry<String, DataTree.Node> e : obj.fields().entrySet()) {
      if (!KEYS.contains(e.getKey())) {
        throw e.getValue()
            .error("unknown key '" + e.getKey() + "'; the keys are: " + String.join(", ", KEYS));
      }
    }
    Map<String, DataTree.Node> f = obj.fields();
    DataTree.Scalar minScore = null;
    if (f.containsKey("min_score")) {
      minScore = scalar(f.get("min_score"));
      if (!(minScore.value() instanceof Number n) || !Double.isFinite(n.doubleValue())) {
        throw minScore.error("min_score must be a number but was '" + minScore.text() + "'");
      }
    }
    return new Spec(
        file,
        pairs(f.get("pinned")),
        pairs(f.get("forbidden")),
        scalars(f.get("skip")),
        scalars(f.get("different")),
        scalars(f.get("same")),
        minScore,
        bonuses(f.get("prefer")));
  }

  private static List<DataTree.Node> list(DataTree.Node node) {
    if (node == null || node instanceof DataTree.Scalar s && s.value() == null) {
      return List.of();
    }
    if (!(node instanceof DataTree.Arr arr)) {
      throw node.error("expected a list");
    }
    return arr.items();
  }

  private static DataTree.Scalar scalar(DataTree.Node node) {
    if (!(node instanceof DataTree.Scalar s) || s.value() == null) {
      throw node.error("expected a single value");
    }
    return s;
  }

  private static List<DataTree.Scalar> scalars(DataTree.Node node) {
    if (node instanceof DataTree.Scalar s && s.value() != null) {
      return List.of(s); // a single value where a list is expected: "same: timezone"
    }
    List<DataTree.Scalar> out = new ArrayList<>();
    for (DataTree.Node item : list(node)) {
      DataTree.Scalar s = scalar(item);
      if (s.text().isBlank()) {
        throw s.error("empty value");
      }
      out.add(s);
    }
    return out;
  }

  private static List<PairSpec> pairs(DataTree.Node node) {
    List<PairSpec> out = new ArrayList<>();
    for (DataTree.Node item : list(node)) {
      if (!(item instanceof DataTree.Arr pair) || pair.items().size() != 2) {
        throw item.error("expected a pair of ids such as [ana, ben]");
      }
      DataTree.Scalar a = scalar(pair.items().get(0));
      DataTree.Scalar b = scalar(pair.items().get(1));
      if (a.text().strip().equals(b.text().strip())) {
        throw item.error("'" + a.text() + "' is paired with itself");
      }
      out.add(new PairSpec(a.text().strip(), b.text().strip(), item));
    }
    return out;
  }

  private static List<BonusSpec> bonuses(DataTree.Node node) {
    List<BonusSpec> out = new ArrayList<>();
    for (DataTree.Node item : list(node)) {
      if (!(item instanceof DataTree.Obj obj)) {
        throw item.error(
            "expected {different: ATTRIBUTE, bonus: X} or {same: ATTRIBUTE, bonus: X}");
      }
      Map<String, DataTree.Node> f = obj.fields();
      for (String key : f.keySet()) {
        if (!List.of("same", "different", "bonus").contains(key)) {
          throw f.get(key).error("unknown key '" + key + "'; the keys are: same, different, bonus");
        }
      }
      if (f.containsKey("same") == f.containsKey("different")) {
        throw item.error("expected exactly one of 'same' and 'different'");
      }
      boolean same = f.containsKey("same");
      DataTree.Scalar attribute = scalar(f.get(same ? "same" : "different"));
      if (!f.containsKey("bonus")) {
        throw item.error("missing 'bonus' (a number; negative for a penalty)");
      }
      DataTree.Scalar bonus = scalar(f.get("bonus"));
      if (!(bonus.value() instanceof Number n) || !Double.isFinite(n.doubleValue())) {
        throw bonus.error("bonus must be a number but was '" + Texts.shorten(bonus.text()) + "'");
      }
      if (Math.abs(n.doubleValue()) > MAX_BONUS) {
        // Scores are at most a few units: a larger bonus only overflows sums (issue 15).
        throw bonus.error(
            "bonus must be at most 1e6 in magnitude but was " + Texts.shorten(bonus.text()));
      }
      out.add(new BonusSpec(same, attribute.text(), n.doubleValue(), attribute));
    }
    return out;
  }
}
