package io.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The HTML report: one well-formed file, every chart present as inline SVG, nothing that needs the
 * network (no script, no stylesheet link, no external URL).
 */
class ReportTest {

  private static final String SVG = "http://www.w3.org/2000/svg";

  @TempDir Path dir;

  @Test
  void compare_report_hasEveryChart_andNeedsNoNetwork() throws Exception {
    Path report = dir.resolve("report.html");
    CliRunner.Result result =
        CliRunner.run(
            "compare",
            "--input",
            Path.of("..", "examples", "org.csv").toString(),
            "--rules",
            Path.of("..", "examples", "rules.yaml").toString(),
            "--report",
            report.toString());
    assertThat(result.code()).as(result.err()).isZero();
    Document doc = checkReport(report);
    // Two heat maps: max-weight and diversity-seeking, side by side in their section.
    assertThat(svgsIn(doc, "department-pairs")).isEqualTo(2);
    String html = Files.readString(report);
    for (String strategy : List.of("greedy", "max-weight", "gale-shapley", "diversity-seeking")) {
      assertThat(html).contains("<td>" + strategy + "</td>");
    }
  }

  @Test
  void match_report_hasEveryChart() throws Exception {
    Path report = dir.resolve("match.html");
    CliRunner.Result result =
        CliRunner.run(
            "match",
            "--synthetic",
            "400",
            "--strategy",
            "gale-shapley",
            "--report",
            report.toString(),
            "--out",
            dir.resolve("pairs.csv").toString());
    assertThat(result.code()).as(result.err()).isZero();
    checkReport(report);
  }

  @Test
  void sweep_report_drawsTheCurveOfTheSweep() throws Exception {
    Path report = dir.resolve("sweep.html");
    CliRunner.Result result =
        CliRunner.run(
            "compare",
            "--synthetic",
            "300",
            "--pool",
            "--sweep",
            "lambda=0:1:0.25",
            "--report",
            report.toString(),
            "-q");
    assertThat(result.code()).as(result.err()).isZero();
    Document doc = checkReport(report);
    assertThat(Files.readString(report)).contains("<td>lambda=0.25</td>");
    assertThat(svgsIn(doc, "trade-off")).isEqualTo(1);
  }

  private static int svgsIn(Document doc, String section) {
    Element e = byId(doc, section);
    return e.getElementsByTagNameNS(SVG, "svg").getLength();
  }

  static Element byId(Document doc, String id) {
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (id.equals(e.getAttribute("id"))) {
        return e;
      }
    }
    throw new AssertionError("no element with id " + id);
  }

  /** Parses the report as XML and checks every chart and the absence of anything external. */
  static Document checkReport(Path report) throws Exception {
    return checkReport(report, HtmlReport.CHARTS);
  }

  /**
   * Parses a report as XML and checks that each of {@code charts} is a section with a drawn SVG,
   * that nothing is external and that ids are unique.
   */
  static Document checkReport(Path report, List<String> charts) throws Exception {
    String html = Files.readString(report);
    assertThat(html).startsWith("<!DOCTYPE html>");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    Document doc = builder.parse(report.toFile());
    for (String chart : charts) {
      Element section = byId(doc, chart);
      assertThat(section.getElementsByTagName("h2").getLength()).as(chart).isEqualTo(1);
      NodeList svgs = section.getElementsByTagNameNS(SVG, "svg");
      assertThat(svgs.getLength()).as("svg in %s", chart).isPositive();
      for (int i = 0; i < svgs.getLength(); i++) {
        Element svg = (Element) svgs.item(i);
        assertThat(svg.getAttribute("viewBox")).as(chart).isNotEmpty();
        // Drawn, not empty: paths or shapes inside.
        assertThat(
                svg.getElementsByTagNameNS(SVG, "path").getLength()
                    + svg.getElementsByTagNameNS(SVG, "rect").getLength())
            .as("drawing in %s", chart)
            .isGreaterThan(10);
      }
    }
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(doc.getElementsByTagName("link").getLength()).isZero();
    assertThat(doc.getElementsByTagName("iframe").getLength()).isZero();
    assertNoExternalReference(doc.getDocumentElement());
    assertThat(html).doesNotContain("@import").doesNotContain("url(http");
    // Ids are unique across the page (several inline SVGs must not share a clip path).
    NodeList all = doc.getElementsByTagName("*");
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < all.getLength(); i++) {
      String id = ((Element) all.item(i)).getAttribute("id");
      if (!id.isEmpty()) {
        assertThat(ids.add(id)).as("duplicate id %s", id).isTrue();
      }
    }
    return doc;
  }

  private static void assertNoExternalReference(Node node) {
    NamedNodeMap attributes = node.getAttributes();
    if (attributes != null) {
      for (int i = 0; i < attributes.getLength(); i++) {
        Node a = attributes.item(i);
        String name = a.getNodeName();
        String value = a.getNodeValue().trim();
        if (name.equals("xmlns") || name.startsWith("xmlns:")) {
          continue; // namespace names are identifiers, never fetched
        }
        assertThat(value)
            .as("%s=%s", name, value)
            .doesNotStartWith("http:")
            .doesNotStartWith("https:")
            .doesNotStartWith("//")
            .doesNotContain("url(http");
        if (name.endsWith("href") || name.equals("src")) {
          assertThat(value).as(name).matches("^(#|data:).*");
        }
      }
    }
    NodeList children = node.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      assertNoExternalReference(children.item(i));
    }
  }
}
