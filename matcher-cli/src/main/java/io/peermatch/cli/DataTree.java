package io.peermatch.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A JSON or YAML document read into a small tree that remembers where each value was, so that an
 * error can name the file, the line and the key: {@code rules.yaml line 7 (forbidden[1][0])}.
 * Duplicate keys are an error.
 */
final class DataTree {

  private DataTree() {}

  /** A value of the document with its line and its path ({@code forbidden[1][0]}). */
  sealed interface Node permits Obj, Arr, Scalar {
    int line();

    String path();

    String file();

    /** How errors name this value: {@code rules.yaml line 7 (forbidden[1][0])}. */
    default String where() {
      return file() + " line " + line() + (path().isEmpty() ? "" : " (" + path() + ")");
    }

    /** A bad-input error naming this value's place. */
    default IllegalArgumentException error(String message) {
      return new IllegalArgumentException(where() + ": " + message);
    }
  }

  /** An object: fields in document order. */
  record Obj(Map<String, Node> fields, int line, String path, String file) implements Node {}

  /** An array. */
  record Arr(List<Node> items, int line, String path, String file) implements Node {}

  /**
   * A string, number, boolean or null.
   *
   * @param value a {@link String}, {@link Number}, {@link Boolean} or null
   * @param literal the value as written in the file (a number keeps its digits: {@code 13.0})
   */
  record Scalar(Object value, String literal, int line, String path, String file) implements Node {
    /** The value as written, null as the empty string. */
    String text() {
      return value == null ? "" : literal;
    }
  }

  /** Whether {@code file} is YAML by its extension. */
  static boolean isYaml(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  /** Reads {@code file}: YAML for {@code .yaml} and {@code .yml}, JSON otherwise. */
  static Node read(Path file) {
    String name = file.toString();
    JsonFactory factory = isYaml(file) ? new YAMLFactory() : new JsonFactory();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonParser parser = factory.createParser(reader)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new IllegalArgumentException(name + ": empty file");
      }
      Node root = node(parser, "", name);
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException(
            name + " line " + line(parser) + ": unexpected content after the document");
      }
      return root;
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(name + ": no such file");
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          name
              + (e.getLocation() != null ? " line " + e.getLocation().getLineNr() : "")
              + ": not valid "
              + (isYaml(file) ? "YAML" : "JSON")
              + ": "
              + PeerMatchCommand.oneLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static int line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }

  private static Node node(JsonParser parser, String path, String file) throws IOException {
    int line = line(parser);
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Node> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          int keyLine = line(parser);
          parser.nextToken();
          String child = path.isEmpty() ? key : path + "." + key;
          if (fields.containsKey(key)) {
            throw new IllegalArgumentException(
                file + " line " + keyLine + ": key '" + child + "' is given twice");
          }
          fields.put(key, node(parser, child, file));
        }
        return new Obj(fields, line, path, file);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(node(parser, path + "[" + items.size() + "]", file));
        }
        return new Arr(items, line, path, file);
      }
      case VALUE_STRING -> {
        return new Scalar(parser.getText(), parser.getText(), line, path, file);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new Scalar(parser.getNumberValue(), parser.getText(), line, path, file);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Scalar(parser.getBooleanValue(), parser.getText(), line, path, file);
      }
      case VALUE_NULL -> {
        return new Scalar(null, "", line, path, file);
      }
      default ->
          throw new IllegalArgumentException(
              file + " line " + line + ": unexpected " + token + " at '" + path + "'");
    }
  }
}
