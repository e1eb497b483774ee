package io.peermatch.benchmarks.report;

import java.util.List;

/** The README's results table: one row per benchmark and combination of parameters. */
final class MarkdownTable {

  private static final String MODE_NOTE =
      "Score ± error: JMH's mean and 99.9% confidence half-width (no error from a single"
          + " measurement); ss = single-shot time, avgt = average time, thrpt = throughput.";

  private MarkdownTable() {}

  /**
   * Renders the table.
   *
   * @param title a heading, or null for none
   * @param facts the machine line, e.g. {@code 2 cores, OpenJDK 64-Bit Server VM 17.0.15, ...}
   */
  static String render(List<JmhResult> results, SizeParam size, String title, String facts) {
    boolean gc = false;
    boolean perPerson = false;
    for (JmhResult r : results) {
      if (!Double.isNaN(r.allocBytesPerOp())) {
        gc = true;
        perPerson |= !Double.isNaN(size.of(r.params()));
      }
    }
    StringBuilder md = new StringBuilder();
    if (title != null && !title.isBlank()) {
      md.append("### ").append(title.strip()).append("\n\n");
    }
    md.append(facts).append("\n\n");
    md.append("| Benchmark | Parameters | Mode | Score |");
    if (gc) {
      md.append(" Allocated/op |");
    }
    if (perPerson) {
      md.append(" Allocated/person |");
    }
    md.append('\n').append("|---|---|---|---:|");
    if (gc) {
      md.append("---:|");
    }
    if (perPerson) {
      md.append("---:|");
    }
    md.append('\n');
    for (JmhResult r : Series.ordered(results, size)) {
      md.append("| ")
          .append(cell(r.shortName()))
          .append(" | ")
          .append(cell(Series.paramsText(r.params(), size)))
          .append(" | ")
          .append(cell(r.mode()))
          .append(" | ")
          .append(
              r.throughput()
                  ? Formats.throughput(r.score(), r.error())
                  : Formats.time(r.score(), r.error()))
          .append(" |");
      if (gc) {
        md.append(' ').append(Formats.bytes(r.allocBytesPerOp())).append(" |");
      }
      if (perPerson) {
        md.append(' ')
            .append(Formats.bytes(r.allocBytesPerOp() / size.of(r.params())))
            .append(" |");
      }
      md.append('\n');
    }
    md.append('\n').append(MODE_NOTE);
    if (perPerson) {
      md.append(" Allocated/person divides by the size parameter (")
          .append(String.join(", ", size.names()))
          .append(").");
    }
    md.append('\n');
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
