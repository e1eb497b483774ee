package io.peermatch.cli;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import io.peermatch.core.PreparedProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The HTML report of {@code compare --report} and {@code match --report}: one self-contained file
 * (inline CSS and SVG, no script, nothing fetched) that opens offline in any browser, with a
 * summary table and five charts drawn by {@link ReportCharts}. The file is well-formed XML (XHTML
 * syntax), so that tests can check its structure. {@link #page} lays out any report (the groups'
 * one, {@link GroupReport}, too), so that every report has the same frame, style and escaping.
 */
final class HtmlReport {

  /** The section ids of the charts, in order; every report has all of them. */
  static final List<String> CHARTS =
      List.of("metrics", "trade-off", "ranks", "department-pairs", "coverage-by-department");

  /** What a report shows. */
  record Content(
      String title,
      List<String> facts,
      Table summary,
      List<ReportCharts.Run> runs,
      List<ReportCharts.Run> sweep,
      List<ReportCharts.Run> heatMaps,
      PreparedProblem prepared) {}

  /**
   * One section of a report: its id (the anchor of the table of contents), heading, a paragraph
   * that says how to read it, and its body, HTML made by this class or {@link #svg} (not escaped
   * again).
   */
  record Section(String id, String title, String text, String body) {}

  private HtmlReport() {}

  static void write(Path file, java.io.PrintWriter stdout, Content content) {
    String html = render(content);
    AtomicOutput.write(file, stdout, w -> w.write(html));
  }

  static String render(Content c) {
    List<String> departments = ReportCharts.departments(c.prepared());
    List<Section> sections = new ArrayList<>();
    sections.add(
        new Section(
            "metrics",
            "Metrics per strategy",
            "Coverage (or capacity fill): the share of people with a partner. Price of diversity:"
                + " relevance kept relative to the maximum-weight matching. Cross-department rate:"
                + " the share of pairs whose two people work in different departments. Department"
                + " pair entropy: how evenly pairs spread over department pairs.",
            svg("metrics", ReportCharts.metrics(c.runs()))));
    sections.add(
        new Section(
            "trade-off",
            "The relevance/diversity trade-off",
            "Each point of the curve is diversity-seeking with one value of lambda, the share of"
                + " relevance in its objective (1 is max-weight): the further right, the more pairs"
                + " cross departments; the lower, the more relevance that costs. Diamonds are the"
                + " strategies.",
            svg("trade-off", ReportCharts.tradeOff(c.sweep(), c.runs()))));
    sections.add(
        new Section(
            "ranks",
            "Partners' ranks",
            "For each person with a partner, where that partner stood in the person's own list of"
                + " candidates, best first: a high bar at 1 means most people got their best"
                + " candidate.",
            svg("ranks", ReportCharts.ranks(c.runs(), c.prepared()))));
    StringBuilder heat = new StringBuilder();
    int k = 0;
    for (ReportCharts.Run run : c.heatMaps()) {
      heat.append(
          svg(
              "department-pairs-" + k++,
              ReportCharts.departmentPairs(run, c.prepared(), departments)));
    }
    sections.add(
        new Section(
            "department-pairs",
            "Pairs between departments",
            "How many pairs join each pair of departments. The diagonal keeps people inside their"
                + " department; cells off it are bridges between silos.",
            heat.toString()));
    sections.add(
        new Section(
            "coverage-by-department",
            "Coverage by department",
            "The share of each department's people who have a partner: a department far below the"
                + " others is under-served (few mentors for its mentees, or rules that exclude it).",
            svg(
                "coverage-by-department",
                ReportCharts.coverageByDepartment(c.runs(), c.prepared(), departments))));
    return page(c.title(), c.facts(), c.summary(), sections);
  }

  /**
   * A whole report: the title, the facts as a list, a table of contents, the summary table, then
   * each section. Every text given is escaped here; section bodies are HTML already.
   */
  static String page(String title, List<String> facts, Table summary, List<Section> sections) {
    StringBuilder html = new StringBuilder(1 << 20);
    html.append("<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">\n");
    html.append("<head>\n<meta charset=\"utf-8\"/>\n<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n<ul class=\"facts\">\n");
    for (String fact : facts) {
      html.append("<li>").append(escape(fact)).append("</li>\n");
    }
    html.append("</ul>\n<nav><ul>\n");
    for (Section s : sections) {
      html.append("<li><a href=\"#")
          .append(s.id())
          .append("\">")
          .append(escape(s.title()))
          .append("</a></li>\n");
    }
    html.append("</ul></nav>\n<section id=\"summary\">\n<h2>Summary</h2>\n");
    html.append(table(summary));
    html.append("</section>\n");
    for (Section s : sections) {
      html.append("<section id=\"")
          .append(s.id())
          .append("\" class=\"chart\">\n<h2>")
          .append(escape(s.title()))
          .append("</h2>\n<p>")
          .append(escape(s.text()))
          .append("</p>\n<figure>\n")
          .append(s.body())
          .append("</figure>\n</section>\n");
    }
    html.append("<footer>Made by peermatch ")
        .append(escape(PeerMatchCommand.Version.version()))
        .append(". Metrics are defined in the README of PeerMatch.</footer>\n</body>\n</html>\n");
    return html.toString();
  }

  private static final String CSS =
      """
      body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 1180px;
             color: #222; line-height: 1.45; }
      h1 { font-size: 1.6em; margin-bottom: 0.3em; }
      h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ddd; }
      ul.facts { color: #555; padding-left: 1.2em; }
      nav ul { display: flex; flex-wrap: wrap; gap: 0.4em 1.2em; padding: 0; list-style: none; }
      table { border-collapse: collapse; font-variant-numeric: tabular-nums; font-size: 0.92em; }
      th, td { padding: 0.25em 0.7em; border-bottom: 1px solid #eee; }
      th { text-align: left; background: #f5f5f5; }
      td.num { text-align: right; }
      figure { margin: 0.5em 0; }
      figure svg { max-width: 100%; height: auto; display: block; margin-bottom: 1em; }
      footer { margin-top: 3em; color: #777; font-size: 0.85em; }
      """;

  /** A table, every cell escaped; columns of numbers (but the first) aligned to the right. */
  static String table(Table t) {
    StringBuilder sb = new StringBuilder("<table>\n<thead><tr>");
    for (Table.Column col : t.columns()) {
      sb.append("<th>").append(escape(col.header())).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    boolean[] numeric = t.numericColumns();
    List<String[]> rows = t.textRows();
    for (String[] row : rows) {
      sb.append("<tr>");
      for (int i = 0; i < row.length; i++) {
        sb.append(i > 0 && numeric[i] ? "<td class=\"num\">" : "<td>")
            .append(escape(row[i]))
            .append("</td>");
      }
      sb.append("</tr>\n");
    }
    return sb.append("</tbody>\n</table>\n").toString();
  }

  private static final Pattern ID = Pattern.compile("id=\"([^\"]+)\"");

  /**
   * The chart as an inline {@code <svg>} element: drawn by XChart on VectorGraphics2D, without the
   * XML prologue and DOCTYPE, and with its ids prefixed so that several charts in one page never
   * share a clip path.
   */
  static String svg(String prefix, Chart<?, ?> chart) {
    VectorGraphics2D g = new VectorGraphics2D();
    chart.paint(g, chart.getWidth(), chart.getHeight());
    Document doc =
        new SVGProcessor()
            .getDocument(g.getCommands(), new PageSize(0, 0, chart.getWidth(), chart.getHeight()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      doc.writeTo(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String svg = bytes.toString(StandardCharsets.UTF_8);
    svg = svg.substring(svg.indexOf("<svg"));
    List<String> ids = new ArrayList<>();
    Matcher m = ID.matcher(svg);
    while (m.find()) {
      ids.add(m.group(1));
    }
    for (int i = 0; i < ids.size(); i++) {
      String fresh = prefix + "-clip" + i;
      svg =
          svg.replace("id=\"" + ids.get(i) + "\"", "id=\"" + fresh + "\"")
              .replace("url(#" + ids.get(i) + ")", "url(#" + fresh + ")");
    }
    if (!svg.contains("xlink:")) {
      // Declared but unused (images are inline data, when there are any): drop it.
      svg = svg.replace(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "");
    }
    return svg.strip() + "\n";
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }
}
