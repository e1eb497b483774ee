package io.peermatch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranked-list instances in JSON: {@code {"left": {"a": ["x", "y"]}, "right": {"x": ["a"]},
 * "capacities": {"x": 2}}} (marriage) or {@code {"pool": {"a": ["b", "c"]}}} (roommates). Lists are
 * best first. Read through {@link DataTree}, so the JSON is strict (a key given twice or content
 * after the object is an error) and errors name the file, the line, the key and the value. Ids are
 * trimmed and must not be blank, as in every other file.
 */
final class StableInstanceJson {

  /**
   * A parsed instance: ids of each side and preference lists as indices into the other side (or the
   * pool).
   */
  record Instance(
      List<String> leftIds,
      List<String> rightIds,
      int[][] leftPrefs,
      int[][] rightPrefs,
      int[] leftCapacity,
      int[] rightCapacity) {}

  private StableInstanceJson() {}

  static Instance read(Path file, boolean marriage) {
    DataTree.Node root = DataTree.read(file);
    String name = file.toString();
    if (!(root instanceof DataTree.Obj obj)) {
      throw root.error("expected a JSON object");
    }
    List<String> keys = marriage ? List.of("left", "right", "capacities") : List.of("pool");
    for (Map.Entry<String, DataTree.Node> e : obj.fields().entrySet()) {
      if (!keys.contains(e.getKey())) {
        throw e.getValue()
            .error(
                "unknown key '"
                    + Texts.shorten(e.getKey())
                    + "'; the keys are: "
                    + String.join(", ", keys));
      }
    }
    if (marriage) {
      Map<String, Listed> left = lists(obj, "left", name);
      Map<String, Listed> right = lists(obj, "right", name);
      for (Map.Entry<String, Listed> e : left.entrySet()) {
        if (right.containsKey(e.getKey())) {
          throw e.getValue()
              .node()
              .error(
                  "id '" + Texts.shorten(e.getKey()) + "' is on both sides; ids must be distinct");
        }
      }
      List<String> leftIds = new ArrayList<>(left.keySet());
      List<String> rightIds = new ArrayList<>(right.keySet());
      int[][] leftPrefs = prefs(left, rightIds, null);
      int[][] rightPrefs = prefs(right, leftIds, null);
      int[] leftCap = new int[leftIds.size()];
      int[] rightCap = new int[rightIds.size()];
      Arrays.fill(leftCap, 1);
      Arrays.fill(rightCap, 1);
      DataTree.Node caps = obj.fields().get("capacities");
      if (caps != null && !(caps instanceof DataTree.Scalar s && s.value() == null)) {
        if (!(caps instanceof DataTree.Obj capObj)) {
          throw caps.error("'capacities' must be an object of id: number");
        }
        Map<String, Integer> leftIndex = index(leftIds);
        Map<String, Integer> rightIndex = index(rightIds);
        for (Map.Entry<String, DataTree.Node> e : capObj.fields().entrySet()) {
          String id = e.getKey().strip();
          int c = capacity(e.getValue(), id);
          Integer li = leftIndex.get(id);
          Integer ri = rightIndex.get(id);
          if (li != null) {
            leftCap[li] = c;
          } else if (ri != null) {
            rightCap[ri] = c;
          } else {
            throw e.getValue().error("capacities name unknown id '" + Texts.shorten(id) + "'");
          }
        }
      }
      return new Instance(leftIds, rightIds, leftPrefs, rightPrefs, leftCap, rightCap);
    }
    Map<String, Listed> pool = lists(obj, "pool", name);
    List<String> ids = new ArrayList<>(pool.keySet());
    int[][] prefs = prefs(pool, ids, ids);
    int[] cap = new int[ids.size()];
    Arrays.fill(cap, 1);
    return new Instance(ids, List.of(), prefs, new int[0][], cap, new int[0]);
  }

  /** One agent's list as written: the ids, each with its place, and the list's own place. */
  private record Listed(List<DataTree.Scalar> ids, DataTree.Node node) {}

  private static Map<String, Integer> index(List<String> ids) {
    Map<String, Integer> index = new HashMap<>(ids.size() * 2);
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    return index;
  }

  private static int capacity(DataTree.Node node, String id) {
    if (!(node instanceof DataTree.Scalar s)
        || !(s.value() instanceof Integer || s.value() instanceof Long)
        || s.literal().contains(".")) {
      throw node.error(
          "capacity of '"
              + Texts.shorten(id)
              + "' must be a whole number but was "
              + Texts.shorten(text(node)));
    }
    long c = ((Number) s.value()).longValue();
    if (c < 1) {
      throw node.error(
          "capacity must be at least 1 but was " + c + " for '" + Texts.shorten(id) + "'");
    }
    if (c > Integer.MAX_VALUE) {
      throw node.error(
          "capacity must be at most "
              + Integer.MAX_VALUE
              + " but was "
              + c
              + " for '"
              + Texts.shorten(id)
              + "'");
    }
    return (int) c;
  }

  private static String text(DataTree.Node node) {
    if (node instanceof DataTree.Scalar s) {
      return s.value() instanceof String ? "'" + s.literal() + "'" : s.text();
    }
    return node instanceof DataTree.Obj ? "an object" : "a list";
  }

  private static Map<String, Listed> lists(DataTree.Obj root, String key, String name) {
    DataTree.Node node = root.fields().get(key);
    if (!(node instanceof DataTree.Obj obj)) {
      throw node == null
          ? new IllegalArgumentException(
              name + ": missing object '" + key + "' of id: [ranked ids, best first]")
          : node.error("'" + key + "' must be an object of id: [ranked ids, best first]");
    }
    if (obj.fields().size() > Limits.MAX_PEOPLE) {
      throw node.error("more than " + Limits.MAX_PEOPLE + " ids, the most the command reads");
    }
    Map<String, Listed> out = new LinkedHashMap<>();
    for (Map.Entry<String, DataTree.Node> e : obj.fields().entrySet()) {
      String id = e.getKey().strip();
      DataTree.Node value = e.getValue();
      if (id.isEmpty()) {
        throw value.error("blank id in '" + key + "'");
      }
      try {
        Texts.requireNoControl(id, "");
      } catch (IllegalArgumentException control) {
        throw value.error(control.getMessage());
      }
      if (!(value instanceof DataTree.Arr list)) {
        throw value.error("the list of '" + Texts.shorten(id) + "' must be a list of ids");
      }
      List<DataTree.Scalar> ids = new ArrayList<>(list.items().size());
      for (DataTree.Node item : list.items()) {
        if (!(item instanceof DataTree.Scalar s) || !(s.value() instanceof String)) {
          throw item.error(
              "the list of '"
                  + Texts.shorten(id)
                  + "' names a non-string id "
                  + Texts.shorten(text(item)));
        }
        ids.add(s);
      }
      if (out.putIfAbsent(id, new Listed(ids, value)) != null) {
        throw value.error("id '" + Texts.shorten(id) + "' is given twice in '" + key + "'");
      }
    }
    return out;
  }

  private static int[][] prefs(Map<String, Listed> lists, List<String> others, List<String> self) {
    Map<String, Integer> index = index(others);
    int[][] prefs = new int[lists.size()][];
    int a = 0;
    for (Map.Entry<String, Listed> e : lists.entrySet()) {
      List<DataTree.Scalar> list = e.getValue().ids();
      int[] row = new int[list.size()];
      Set<String> seen = new HashSet<>();
      for (int p = 0; p < list.size(); p++) {
        DataTree.Scalar item = list.get(p);
        String id = item.literal().strip();
        if (id.isEmpty()) {
          throw item.error("blank id");
        }
        if (self != null && id.equals(e.getKey())) {
          throw item.error("ranks '" + Texts.shorten(id) + "' itself");
        }
        Integer i = index.get(id);
        if (i == null) {
          throw item.error("names unknown id '" + Texts.shorten(id) + "'");
        }
        if (!seen.add(id)) {
          throw item.error("ranks '" + Texts.shorten(id) + "' twice");
        }
        row[p] = i;
      }
      prefs[a++] = row;
    }
    return prefs;
  }
}
