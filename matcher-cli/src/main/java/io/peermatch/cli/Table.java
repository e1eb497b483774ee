package io.peermatch.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Rows of named columns, written as an aligned text table, CSV or JSON (an array of objects), so
 * that every command offers the same three formats. Cells are text, whole numbers or decimals;
 * decimals are written in the ROOT locale by the column's {@link Style}.
 */
final class Table {

  /** How a column's decimals are written. */
  enum Style {
    /** Text, or whole numbers. */
    PLAIN,
    /** Up to six decimals, no trailing zeros ({@link Formats#number}). */
    EXACT,
    /** Four decimals in a table, six elsewhere ({@link Formats#compact}). */
    COMPACT,
    /** Milliseconds: one decimal. */
    MILLIS
  }

  /** A column: its name (in CSV and JSON), its header in a text table, its style. */
  record Column(String name, String header, Style style) {
    static Column of(String name) {
      return new Column(name, name, Style.PLAIN);
    }

    static Column of(String name, Style style) {
      return new Column(name, name, style);
    }
  }

  private final List<Column> columns;
  private final List<Object[]> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private String title;

  Table(List<Column> columns) {
    this.columns = List.copyOf(columns);
  }

  List<Column> columns() {
    return columns;
  }

  /** Adds a row: one value per column, a String, a Number, or null for an empty cell. */
  Table row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalStateException(
          "row of " + values.length + " cells for " + columns.size() + " columns");
    }
    rows.add(values.clone());
    return this;
  }

  /** A line printed above a text table (not in CSV or JSON). */
  Table title(String title) {
    this.title = title;
    return this;
  }

  /** A line printed below a text table (not in CSV or JSON). */
  Table note(String note) {
    notes.add(note);
    return this;
  }

  int size() {
    return rows.size();
  }

  /** Writes the table; CSV text cells that could start a formula are neutralised. */
  void write(OutputOptions.Format format, Writer w) throws IOException {
    write(format, w, false);
  }

  /**
   * Writes the table.
   *
   * @param rawCsv whether CSV text cells are written as they are ({@code --raw-csv}) rather than
   *     neutralised for spreadsheets ({@link FormulaSafety})
   */
  void write(OutputOptions.Format format, Writer w, boolean rawCsv) throws IOException {
    switch (format) {
      case TABLE -> writeText(w);
      case CSV -> writeCsv(w, rawCsv);
      case JSON -> writeJson(w);
    }
    w.flush();
  }

  /** Whether every value of column {@code c} is a whole number (then a table shows no decimals). */
  private boolean wholeNumbers(int c) {
    for (Object[] row : rows) {
      if (row[c] instanceof Number n && n.doubleValue() != Math.rint(n.doubleValue())) {
        return false;
      }
    }
    return true;
  }

  private String text(int c, Object v, boolean table) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double || v instanceof Float) {
      double x = ((Number) v).doubleValue();
      return switch (columns.get(c).style()) {
        case COMPACT ->
            !table
                ? Formats.number(x)
                : wholeNumbers(c) ? Formats.compact(x) : String.format(Locale.ROOT, "%.4f", x);
        case MILLIS -> String.format(Locale.ROOT, "%.1f", x);
        default -> Formats.number(x);
      };
    }
    return v.toString();
  }

  /** The cells as a text table shows them. */
  List<String[]> textRows() {
    List<String[]> out = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      String[] line = new String[row.length];
      for (int c = 0; c < row.length; c++) {
        line[c] = text(c, row[c], true);
      }
      out.add(line);
    }
    return out;
  }

  /**
   * Which columns hold numbers only (empty cells aside): a text table and the HTML report align
   * those to the right, so that digits line up.
   */
  boolean[] numericColumns() {
    boolean[] numeric = new boolean[columns.size()];
    Arrays.fill(numeric, true);
    for (Object[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        if (row[c] != null && !(row[c] instanceof Number)) {
          numeric[c] = false;
        }
      }
    }
    return numeric;
  }

  void writeText(Writer w) throws IOException {
    if (title != null) {
      w.write(title + "\n\n");
    }
    int n = columns.size();
    int[] width = new int[n];
    boolean[] numeric = numericColumns();
    List<String[]> cells = new ArrayList<>(rows.size());
    for (int c = 0; c < n; c++) {
      width[c] = columns.get(c).header().length();
    }
    for (Object[] row : rows) {
      String[] line = new String[n];
      for (int c = 0; c < n; c++) {
        line[c] = text(c, row[c], true);
        width[c] = Math.max(width[c], line[c].length());
      }
      cells.add(line);
    }
    String[] header = new String[n];
    for (int c = 0; c < n; c++) {
      header[c] = columns.get(c).header();
    }
    w.write(line(header, width, numeric) + "\n");
    for (String[] line : cells) {
      w.write(line(line, width, numeric) + "\n");
    }
    if (!notes.isEmpty()) {
      w.write("\n");
      for (String note : notes) {
        w.write(note + "\n");
      }
    }
  }

  private static String line(String[] cells, int[] width, boolean[] numeric) {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        sb.append("  ");
      }
      String cell = cells[c];
      String pad = " ".repeat(width[c] - cell.length());
      if (numeric[c] && c > 0) {
        sb.append(pad).append(cell);
      } else {
        sb.append(cell).append(pad);
      }
    }
    return sb.toString().stripTrailing();
  }

  void writeCsv(Writer w, boolean raw) throws IOException {
    String[] header = columns.stream().map(Column::name).toArray(String[]::new);
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n').get();
    CSVPrinter printer = new CSVPrinter(w, format);
    List<String> line = new ArrayList<>(columns.size());
    for (Object[] row : rows) {
      line.clear();
      for (int c = 0; c < row.length; c++) {
        String cell = text(c, row[c], false);
        // Numbers are the command's own (a negative weight stays a number); text may be anyone's.
        line.add(raw || row[c] instanceof Number ? cell : FormulaSafety.neutralise(cell));
      }
      printer.printRecord(line);
    }
    printer.flush();
  }

  void writeJson(Writer w) throws IOException {
    JsonGenerator json =
        new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(w);
    json.useDefaultPrettyPrinter();
    json.writeStartArray();
    for (Object[] row : rows) {
      json.writeStartObject();
      for (int c = 0; c < row.length; c++) {
        String name = columns.get(c).name();
        Object v = row[c];
        if (v == null) {
          json.writeNullField(name);
        } else if (v instanceof Double || v instanceof Float) {
          double x = ((Number) v).doubleValue();
          if (Double.isFinite(x)) {
            json.writeNumberField(name, x);
          } else {
            json.writeStringField(name, Double.toString(x));
          }
        } else if (v instanceof Number num) {
          json.writeNumberField(name, num.longValue());
        } else {
          json.writeStringField(name, v.toString());
        }
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.flush();
    w.write("\n");
  }
}
