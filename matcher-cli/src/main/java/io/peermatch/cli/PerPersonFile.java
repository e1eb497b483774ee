package io.peermatch.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code match --per-person FILE}: one row per person, matched or not, for a mail merge ("who you
 * meet and why"): CSV ({@link #COLUMNS}; several partners are joined with {@code "; "} and their
 * explanations with {@code " | "}) or JSON (an array of objects with a {@code partners} array), by
 * the file's extension.
 */
final class PerPersonFile {

  static final List<String> COLUMNS =
      List.of(
          "id",
          "name",
          "role",
          "department",
          "status",
          "capacity",
          "partners",
          "partner_names",
          "scores",
          "ranks",
          "explanation",
          "reason_code",
          "reason");

  private PerPersonFile() {}

  /** Whether {@code file} gets JSON (by its extension) rather than CSV. */
  static boolean isJson(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /**
   * Writes the file, CSV or JSON by its extension.
   *
   * @param rawCsv whether CSV cells are written as they are rather than neutralised for
   *     spreadsheets ({@link FormulaSafety})
   */
  static void write(
      Path file, PrintWriter stdout, List<Outcomes.Outcome> outcomes, boolean rawCsv) {
    boolean json = isJson(file);
    AtomicOutput.write(
        file,
        stdout,
        w -> {
          if (json) {
            json(outcomes, w);
          } else {
            csv(outcomes, w, rawCsv);
          }
        });
  }

  static void csv(List<Outcomes.Outcome> outcomes, Writer w, boolean raw) throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(COLUMNS.toArray(new String[0]))
            .setRecordSeparator('\n')
            .get();
    CSVPrinter printer = new CSVPrinter(w, format);
    for (Outcomes.Outcome o : outcomes) {
      List<String> ids = new ArrayList<>();
      List<String> names = new ArrayList<>();
      List<String> scores = new ArrayList<>();
      List<String> ranks = new ArrayList<>();
      List<String> words = new ArrayList<>();
      for (Outcomes.Partner p : o.partners()) {
        ids.add(p.id());
        names.add(p.name());
        scores.add(Formats.number(p.score()));
        ranks.add(p.rank() > 0 ? Integer.toString(p.rank()) : "");
        words.add(p.words());
      }
      List<Object> cells =
          List.of(
              o.person().id(),
              o.person().attributes().getOrDefault("name", ""),
              o.side(),
              o.person().attributes().getOrDefault("department", ""),
              o.status().label(),
              o.person().capacity(),
              String.join("; ", ids),
              String.join("; ", names),
              String.join("; ", scores),
              String.join("; ", ranks),
              String.join(" | ", words),
              o.reason(),
              o.reasonText());
      List<Object> safe = new ArrayList<>(cells.size());
      for (Object cell : cells) {
        safe.add(raw || !(cell instanceof String s) ? cell : FormulaSafety.neutralise(s));
      }
      printer.printRecord(safe);
    }
    printer.flush();
  }

  static void json(List<Outcomes.Outcome> outcomes, Writer w) throws IOException {
    JsonGenerator json =
        new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(w);
    json.useDefaultPrettyPrinter();
    json.writeStartArray();
    for (Outcomes.Outcome o : outcomes) {
      json.writeStartObject();
      json.writeStringField("id", o.person().id());
      json.writeStringField("name", o.name());
      json.writeStringField("role", o.side());
      String department = o.person().attributes().get("department");
      if (department != null) {
        json.writeStringField("department", department);
      }
      json.writeStringField("status", o.status().label());
      json.writeNumberField("capacity", o.person().capacity());
      json.writeArrayFieldStart("partners");
      for (Outcomes.Partner p : o.partners()) {
        json.writeStartObject();
        json.writeStringField("id", p.id());
        json.writeStringField("name", p.name());
        json.writeNumberField("score", p.score());
        if (p.rank() > 0) {
          json.writeNumberField("rank", p.rank());
        }
        json.writeStringField("explanation", p.words());
        json.writeBooleanField("pinned", p.pinned());
        json.writeBooleanField("trio", p.trio());
        json.writeEndObject();
      }
      json.writeEndArray();
      if (!o.reason().isEmpty()) {
        json.writeStringField("reason_code", o.reason());
        json.writeStringField("reason", o.reasonText());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.flush();
    w.write("\n");
  }
}
