package io.peermatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code groups --report} and {@code compare --groups --report}: a well-formed self-contained page
 * with the charts, the figures of the summary line, every group, and every user string escaped.
 */
class GroupReportTest {

  @TempDir Path dir;

  /** The summary table's rows, cells as text, by column name. */
  private static List<java.util.Map<String, String>> summaryRows(Document doc) {
    Element summary = ReportTest.byId(doc, "summary");
    NodeList headers = summary.getElementsByTagName("th");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < headers.getLength(); i++) {
      names.add(headers.item(i).getTextContent());
    }
    List<java.util.Map<String, String>> rows = new ArrayList<>();
    NodeList trs = summary.getElementsByTagName("tr");
    for (int r = 1; r < trs.getLength(); r++) {
      NodeList tds = ((Element) trs.item(r)).getElementsByTagName("td");
      java.util.Map<String, String> row = new java.util.HashMap<>();
      for (int c = 0; c < tds.getLength(); c++) {
        row.put(names.get(c), tds.item(c).getTextContent());
      }
      rows.add(row);
    }
    return rows;
  }

  @Test
  void groupsReport_threeRounds_hasTheFiguresOfTheSummaryAndEveryGroup() throws Exception {
    Path report = dir.resolve("groups.html");
    CliRunner.Result result =
        CliRunner.run(
            "groups",
            "--synthetic",
            "300",
            "--size",
            "4",
            "--rounds",
            "3",
            "--time-limit",
            "0.3",
            "--report",
            report.toString(),
            "--out",
            dir.resolve("groups.csv").toString());
    assertThat(result.code()).as(result.err()).isZero();
    Document doc = ReportTest.checkReport(report, List.of("group-sizes", "diversity", "repeats"));
    List<java.util.Map<String, String>> rows = summaryRows(doc);
    assertThat(rows).extracting(r -> r.get("round")).containsExactly("1", "2", "3");
    double objective = 0;
    for (java.util.Map<String, String> row : rows) {
      assertThat(row.get("placed")).isEqualTo("300");
      assertThat(row.get("unplaced")).isEqualTo("0");
      assertThat(row.get("groups")).isEqualTo("75");
      assertThat(row.get("repeats")).isEqualTo("0");
      assertThat(Double.parseDouble(row.get("gap"))).isBetween(0.0, 1.0);
      assertThat(Double.parseDouble(row.get("upper_bound")))
          .isGreaterThanOrEqualTo(Double.parseDouble(row.get("objective")));
      assertThat(Double.parseDouble(row.get("relevance_total"))).isPositive();
      assertThat(Double.parseDouble(row.get("blau_department"))).isBetween(0.0, 1.0);
      assertThat(Double.parseDouble(row.get("cross_department_rate"))).isBetween(0.0, 1.0);
      objective += Double.parseDouble(row.get("objective"));
    }
    // The same objective as the summary line on standard error (printed to one decimal).
    Matcher m = Pattern.compile("objective ([0-9.]+),").matcher(result.err());
    assertThat(m.find()).as(result.err()).isTrue();
    assertThat(objective)
        .isCloseTo(Double.parseDouble(m.group(1)), org.assertj.core.data.Offset.offset(0.06));
    // Every group of every round is listed with its members and explanation.
    Element groups = ReportTest.byId(doc, "groups");
    assertThat(groups.getElementsByTagName("tr").getLength()).isEqualTo(1 + 3 * 75);
    assertThat(groups.getTextContent()).contains("brings", "crosses department");
  }

  @Test
  void groupsReport_hostileIdsNamesAndDepartments_areEscaped() throws Exception {
    Path people = dir.resolve("people.csv");
    Files.writeString(
        people,
        """
        id,name,department,team,offers,seeks
        <script>alert(1)</script>,<b>Bold</b>,R&D <eng>,t1,go:0.9,sql:0.5
        ben,"Ben ""the"" <i>",ops,t2,sql:0.8,go:0.6
        cai,Cai,"<img src=x onerror=alert(2)>",t3,kubernetes:0.5,go:0.8
        dee,Dee,ops,t4,go:0.3,kubernetes:0.7
        """);
    Path report = dir.resolve("hostile.html");
    CliRunner.Result result =
        CliRunner.run(
            "groups",
            "--input",
            people.toString(),
            "--size",
            "2",
            "--report",
            report.toString(),
            "-q");
    assertThat(result.code()).as(result.err()).isZero();
    Document doc = ReportTest.checkReport(report, List.of("group-sizes", "diversity"));
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(doc.getElementsByTagName("img").getLength()).isZero();
    assertThat(doc.getElementsByTagName("b").getLength()).isZero();
    assertThat(doc.getElementsByTagName("i").getLength()).isZero();
    String html = Files.readString(report);
    assertThat(html)
        .doesNotContain("<script>")
        .doesNotContain("<img")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&lt;b&gt;Bold&lt;/b&gt;")
        .contains("R&amp;D &lt;eng&gt;")
        .contains("Ben &quot;the&quot; &lt;i&gt;");
    // The text a reader sees is the people's own strings, unchanged.
    assertThat(ReportTest.byId(doc, "groups").getTextContent())
        .contains("<script>alert(1)</script> (<b>Bold</b>, R&D <eng>)");
    // One round and no history: no repeats to chart.
    assertThat(html).doesNotContain("id=\"repeats\"");
  }

  @Test
  void compareGroupsReport_oneRowAndTheGroupsOfEachGrouping() throws Exception {
    Path report = dir.resolve("compare.html");
    CliRunner.Result result =
        CliRunner.run(
            "compare",
            "--synthetic",
            "200",
            "--groups",
            "4@1,3-5@0",
            "--time-limit",
            "0.2",
            "--report",
            report.toString(),
            "--format",
            "csv");
    assertThat(result.code()).as(result.err()).isZero();
    Document doc = ReportTest.checkReport(report, List.of("group-sizes", "diversity"));
    List<java.util.Map<String, String>> rows = summaryRows(doc);
    assertThat(rows).extracting(r -> r.get("grouping")).containsExactly("4@1", "3-5@0");
    assertThat(rows.get(0).get("groups")).isEqualTo("50");
    assertThat(rows.get(1).get("groups")).isEqualTo("40");
    List<CsvRow> csv = new ArrayList<>();
    CliRunner.records(result.out())
        .forEach(r -> csv.add(new CsvRow(r.get("options"), r.get("groups"))));
    assertThat(csv).containsExactly(new CsvRow("4@1", "50"), new CsvRow("3-5@0", "40"));
    assertThat(ReportTest.byId(doc, "groups").getElementsByTagName("tr").getLength())
        .isEqualTo(1 + 50 + 40);
  }

  private record CsvRow(String options, String groups) {}

  @Test
  void report_thatIsAnInput_isRefusedBeforeAnyWork() throws Exception {
    Path people = dir.resolve("org.csv");
    Files.writeString(people, "id,team,offers,seeks\na,t1,go:1,sql:1\nb,t2,sql:1,go:1\n");
    CliRunner.Result result =
        CliRunner.run(
            "groups", "--input", people.toString(), "--size", "2", "--report", people.toString());
    assertThat(result.code()).as(result.err()).isEqualTo(2);
    assertThat(result.err().strip().lines().count()).isEqualTo(1);
    assertThat(result.err()).contains("--report");
    assertThat(Files.readString(people)).startsWith("id,team");
  }
}
