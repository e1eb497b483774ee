package io.peermatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranked-list instances in JSON: {@code {"left": {"a": ["x", "y"]}, "right": {"x": ["a"]},
 * "capacities": {"x": 2}}} (marriage) or {@code {"pool": {"a": ["b", "c"]}}} (roommates). Lists are
 * best first. Errors name the file, the key and the value.
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
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file");
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          file
              + ": not valid JSON: "
              + e.getOriginalMessage()
              + " at line "
              + e.getLocation().getLineNr());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
    }
    String name = file.toString();
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(name + ": expected a JSON object");
    }
    if (marriage) {
      Map<String, List<String>> left = lists(root, "left", name);
      Map<String, List<String>> right = lists(root, "right", name);
      List<String> leftIds = new ArrayList<>(left.keySet());
      List<String> rightIds = new ArrayList<>(right.keySet());
      for (String id : leftIds) {
        if (right.containsKey(id)) {
          throw new IllegalArgumentException(
              name + ": id '" + id + "' is on both sides; ids must be distinct");
        }
      }
      int[][] leftPrefs = prefs(left, rightIds, "left", name, null);
      int[][] rightPrefs = prefs(right, leftIds, "right", name, null);
      int[] leftCap = new int[leftIds.size()];
      int[] rightCap = new int[rightIds.size()];
      java.util.Arrays.fill(leftCap, 1);
      java.util.Arrays.fill(rightCap, 1);
      JsonNode caps = root.get("capacities");
      if (caps != null) {
        if (!caps.isObject()) {
          throw new IllegalArgumentException(
              name + ": 'capacities' must be an object of id: number");
        }
        Iterator<Map.Entry<String, JsonNode>> it = caps.fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          int c = capacity(e.getValue(), e.getKey(), name);
          int li = leftIds.indexOf(e.getKey());
          int ri = rightIds.indexOf(e.getKey());
          if (li >= 0) {
            leftCap[li] = c;
          } else if (ri >= 0) {
            rightCap[ri] = c;
          } else {
            throw new IllegalArgumentException(
                name + ": capacities name unknown id '" + e.getKey() + "'");
          }
        }
      }
      return new Instance(leftIds, rightIds, leftPrefs, rightPrefs, leftCap, rightCap);
    }
    Map<String, List<String>> pool = lists(root, "pool", name);
    List<String> ids = new ArrayList<>(pool.keySet());
    int[][] prefs = prefs(pool, ids, "pool", name, ids);
    int[] cap = new int[ids.size()];
    java.util.Arrays.fill(cap, 1);
    return new Instance(ids, List.of(), prefs, new int[0][], cap, new int[0]);
  }

  private static int capacity(JsonNode node, String id, String name) {
    if (!node.canConvertToInt() || !node.isIntegralNumber()) {
      throw new IllegalArgumentException(
          name + ": capacity of '" + id + "' must be a whole number but was " + node);
    }
    int c = node.asInt();
    if (c < 1) {
      throw new IllegalArgumentException(
          name + ": capacity must be at least 1 but was " + c + " for '" + id + "'");
    }
    return c;
  }

  private static Map<String, List<String>> lists(JsonNode root, String key, String name) {
    JsonNode node = root.get(key);
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(
          name + ": missing object '" + key + "' of id: [ranked ids, best first]");
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isArray()) {
        throw new IllegalArgumentException(
            name + ": " + key + "." + e.getKey() + " must be a list of ids");
      }
      List<String> list = new ArrayList<>();
      for (JsonNode item : e.getValue()) {
        if (!item.isTextual()) {
          throw new IllegalArgumentException(
              name + ": " + key + "." + e.getKey() + " lists a non-string id " + item);
        }
        list.add(item.asText());
      }
      out.put(e.getKey(), list);
    }
    return out;
  }

  private static int[][] prefs(
      Map<String, List<String>> lists,
      List<String> others,
      String key,
      String name,
      List<String> self) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < others.size(); i++) {
      index.put(others.get(i), i);
    }
    int[][] prefs = new int[lists.size()][];
    int a = 0;
    for (Map.Entry<String, List<String>> e : lists.entrySet()) {
      List<String> list = e.getValue();
      int[] row = new int[list.size()];
      Set<String> seen = new HashSet<>();
      for (int p = 0; p < list.size(); p++) {
        String id = list.get(p);
        String where = name + ": " + key + "." + e.getKey() + "[" + p + "]";
        if (self != null && id.equals(e.getKey())) {
          throw new IllegalArgumentException(where + " ranks '" + id + "' itself");
        }
        Integer i = index.get(id);
        if (i == null) {
          throw new IllegalArgumentException(where + " names unknown id '" + id + "'");
        }
        if (!seen.add(id)) {
          throw new IllegalArgumentException(where + " ranks '" + id + "' twice");
        }
        row[p] = i;
      }
      prefs[a++] = row;
    }
    return prefs;
  }
}
