package io.peermatch.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A JSON or YAML document read into a small tree that remembers where each value was, so that an
 * error can name the file, the line and the key: {@code rules.yaml line 7 (forbidden[1][0])}.
 * Duplicate keys are an error, and so is anything after the document.
 */
final class DataTree {

  /** The deepest nesting of objects and arrays a file may have. */
  static final int MAX_DEPTH = 100;

  /** The longest string, in characters. */
  static final int MAX_STRING = 1_000_000;

  /** The longest number, in digits. */
  static final int MAX_NUMBER = 100;

  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxStringLength(MAX_STRING)
          .maxNameLength(MAX_STRING)
          .maxNumberLength(MAX_NUMBER)
          .build();

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

  /**
   * Reads {@code file}: YAML for {@code .yaml} and {@code .yml}, JSON otherwise. Strict: a key
   * given twice, anything after the document, nesting deeper than {@link #MAX_DEPTH}, a string
   * longer than {@link #MAX_STRING} characters or a number of more than {@link #MAX_NUMBER} digits
   * is bad input naming the file and the line.
   */
  static Node read(Path file) {
    try (InputText text = InputText.open(file, false)) {
      return read(file.toString(), text, isYaml(file));
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Parses the text of an opened file named {@code name}, as {@link #read(Path)} does. */
  static Node read(String name, InputText text, boolean yaml) {
    JsonFactory factory = yaml ? YAMLFactory.builder().build() : new JsonFactory();
    factory.setStreamReadConstraints(CONSTRAINTS);
    try (JsonParser parser = factory.createParser(text)) {
      try {
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
      } catch (JsonProcessingException e) {
        JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        throw new IllegalArgumentException(
            name
                + (where != null && where.getLineNr() > 0 ? " line " + where.getLineNr() : "")
                + ": not valid "
                + (yaml ? "YAML" : "JSON")
                + ": "
                + describe(e));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** A parser's complaint in a few words, without its internal names. */
  private static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? e.toString() : e.getOriginalMessage();
    message =
        message
            .replaceAll(",\\s*from `StreamReadConstraints[^`]*`", "")
            .replaceAll("\\s+", " ")
            .strip();
    if (message.length() > 1 && Character.isLowerCase(message.charAt(1))) {
      message = message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
    return Texts.shorten(message, 160);
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
                file + " line " + keyLine + ": key '" + Texts.shorten(child) + "' is given twice");
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
              file
                  + " line "
                  + line
                  + ": unexpected "
                  + token
                  + " at '"
                  + Texts.shorten(path)
                  + "'");
    }
  }
}
