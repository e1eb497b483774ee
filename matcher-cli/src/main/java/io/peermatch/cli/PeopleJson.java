package io.peermatch.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.peermatch.api.Participant;
import io.peermatch.api.SkillVector;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people JSON format: an array of objects, one per person, or an object whose {@code people}
 * field is that array. Fields are the columns of the CSV format (in any case, aliases accepted);
 * {@code offers} and {@code seeks} are either the text form ({@code "go:0.7;sql:0.4"}) or an object
 * of levels ({@code {"go": 0.7}}); numbers may be written as numbers; {@code null} means absent.
 */
final class PeopleJson {

  private PeopleJson() {}

  static List<Participant> read(Path file) {
    return read(file.toString(), DataTree.read(file));
  }

  /** The people of an opened file named {@code name}. */
  static List<Participant> read(String name, InputText text) {
    return read(name, DataTree.read(name, text, false));
  }

  private static List<Participant> read(String name, DataTree.Node root) {
    DataTree.Node list = root;
    if (root instanceof DataTree.Obj obj && obj.fields().containsKey("people")) {
      list = obj.fields().get("people");
    }
    if (!(list instanceof DataTree.Arr array)) {
      throw root.error("expected an array of people, or an object with a 'people' array");
    }
    PeopleFile.requireCount(array.items().size(), name);
    try (PeopleFile.Collector people = new PeopleFile.Collector()) {
      for (DataTree.Node item : array.items()) {
        if (!(item instanceof DataTree.Obj person)) {
          throw item.error("expected an object for each person");
        }
        List<String> keys = new ArrayList<>(person.fields().keySet());
        List<String> names = PeopleColumns.resolve(keys, item.where());
        PeopleFile.requireColumns(names, item.where(), keys);
        List<String> values = new ArrayList<>(keys.size());
        for (int k = 0; k < keys.size(); k++) {
          values.add(text(person.fields().get(keys.get(k)), names.get(k)));
        }
        people.add(new PeopleFile.Row(names, values, name, item.line(), item.path()));
      }
      return people.people();
    }
  }

  private static String text(DataTree.Node node, String name) {
    if (node instanceof DataTree.Scalar scalar) {
      return scalar.text();
    }
    if ((name.equals("offers") || name.equals("seeks")) && node instanceof DataTree.Obj levels) {
      Map<String, Double> skills = new LinkedHashMap<>();
      for (Map.Entry<String, DataTree.Node> e : levels.fields().entrySet()) {
        if (!(e.getValue() instanceof DataTree.Scalar s) || !(s.value() instanceof Number n)) {
          throw e.getValue().error("skill level must be a number");
        }
        skills.put(e.getKey(), n.doubleValue());
      }
      return SkillVector.of(skills).toString();
    }
    throw node.error("expected a string or a number for '" + name + "'");
  }

  /** The value of {@code column} for {@code p} as the people files write it. */
  static String field(Participant p, String column) {
    return switch (column) {
      case "id" -> p.id();
      case "capacity" -> Integer.toString(p.capacity());
      case "offers" -> p.offers().toString();
      case "seeks" -> p.seeks().toString();
      default -> p.attributes().getOrDefault(column, "");
    };
  }

  /** Writes {@code people} as a JSON array with the columns of {@link PeopleCsv#WRITE_COLUMNS}. */
  static void write(List<Participant> people, Writer writer) throws IOException {
    JsonFactory factory = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    try (JsonGenerator json = factory.createGenerator(writer)) {
      json.useDefaultPrettyPrinter();
      json.writeStartArray();
      for (Participant p : people) {
        json.writeStartObject();
        for (String column : PeopleCsv.WRITE_COLUMNS) {
          String value = field(p, column);
          if (column.equals("capacity")) {
            json.writeNumberField(column, p.capacity());
          } else if (!value.isEmpty()) {
            json.writeStringField(column, value);
          }
        }
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    writer.write('\n');
  }
}
