package io.peermatch.cli;

import io.peermatch.api.Participant;
import io.peermatch.core.Grouping;
import io.peermatch.core.Metrics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The HTML report of {@code groups --report} and {@code compare --groups --report}: the frame of
 * {@link HtmlReport#page} (self-contained, no script, every user string escaped) with a summary row
 * per round or per grouping compared (people placed, groups, objective, upper bound and gap,
 * relevance inside groups, Blau index and cross-attribute shares, repeats), charts of the group
 * sizes, of the diversity shares and, over several rounds, of the repeats, and a table of the
 * groups with their members and explanations.
 */
final class GroupReport {

  /** The section ids, in order; a report without rounds has no {@code repeats} section. */
  static final List<String> SECTIONS = List.of("group-sizes", "diversity", "repeats", "groups");

  /**
   * At most this many groups are listed (the first of each run, in order): the page of a million
   * people would weigh hundreds of megabytes; the CSV output lists everyone.
   */
  static final int MAX_LISTED_GROUPS = 2000;

  /** One grouping to show: its label (a round, or a size and λ), metrics and repeats. */
  record Run(String label, Grouping grouping, Metrics metrics, int repeats) {}

  /** What a report shows. */
  record Content(
      String title,
      List<String> facts,
      List<Run> runs,
      boolean rounds,
      Map<String, Participant> people) {}

  private GroupReport() {}

  static void write(Path file, java.io.PrintWriter stdout, Content content) {
    String html = render(content);
    AtomicOutput.write(file, stdout, w -> w.write(html));
  }

  static String render(Content c) {
    List<HtmlReport.Section> sections = new ArrayList<>();
    sections.add(
        new HtmlReport.Section(
            "group-sizes",
            "Group sizes",
            "How many groups have each size, per "
                + (c.rounds() ? "round" : "grouping")
                + ": sizes are as equal as the count of people allows; a group below the smallest"
                + " size lost members whom the hard rules left without a group.",
            HtmlReport.svg("group-sizes", sizes(c.runs()))));
    List<String> labels = c.runs().stream().map(Run::label).toList();
    List<Metrics> metrics = c.runs().stream().map(Run::metrics).toList();
    sections.add(
        new HtmlReport.Section(
            "diversity",
            "Diversity inside groups",
            "Blau index: the chance that two members drawn at random differ in the attribute,"
                + " averaged over placed people. Cross rate: the share of pairs inside groups whose"
                + " two people differ. Groups crossing: the share of groups with at least two"
                + " values.",
            HtmlReport.svg(
                "diversity",
                ReportCharts.shares(
                    "Diversity inside groups (each between 0 and 1)",
                    labels,
                    metrics,
                    diversityNames(metrics)))));
    if (c.rounds()) {
      double[][] repeats = new double[1][c.runs().size()];
      for (int r = 0; r < c.runs().size(); r++) {
        repeats[0][r] = c.runs().get(r).repeats();
      }
      sections.add(
          new HtmlReport.Section(
              "repeats",
              "Repeats per round",
              "Pairs of people who share a group again after meeting in an earlier round (the"
                  + " history or a round computed before; pinned pairs meet by decision and are"
                  + " not counted): zero while the cool-down can be kept.",
              HtmlReport.svg(
                  "repeats",
                  ReportCharts.bars(
                      "Repeats per round",
                      "round",
                      "pairs meeting again",
                      labels,
                      List.of("repeats"),
                      repeats))));
    }
    sections.add(
        new HtmlReport.Section(
            "groups",
            "The groups",
            groupsText(c.runs()),
            HtmlReport.table(groups(c.runs(), c.people(), c.rounds()))));
    return HtmlReport.page(c.title(), c.facts(), summary(c.runs(), c.rounds()), sections);
  }

  /** The Blau index, cross rate and crossing share of each attribute the metrics have. */
  private static List<String> diversityNames(List<Metrics> metrics) {
    List<String> names = new ArrayList<>();
    if (metrics.isEmpty()) {
      return names;
    }
    for (String name : metrics.get(0).names()) {
      if (name.startsWith("blau_")) {
        String attribute = name.substring("blau_".length());
        names.add(name);
        for (String other :
            List.of("cross_" + attribute + "_rate", "groups_crossing_" + attribute)) {
          if (metrics.get(0).has(other)) {
            names.add(other);
          }
        }
      }
    }
    return names;
  }

  private static org.knowm.xchart.CategoryChart sizes(List<Run> runs) {
    TreeSet<Integer> present = new TreeSet<>();
    for (Run r : runs) {
      r.grouping().groups().forEach(g -> present.add(g.size()));
    }
    List<String> categories = new ArrayList<>();
    present.forEach(s -> categories.add(Integer.toString(s)));
    double[][] counts = new double[runs.size()][present.size()];
    List<Integer> order = new ArrayList<>(present);
    for (int r = 0; r < runs.size(); r++) {
      for (Grouping.Group g : runs.get(r).grouping().groups()) {
        counts[r][order.indexOf(g.size())]++;
      }
    }
    return ReportCharts.bars(
        "Groups by size",
        "members per group",
        "groups",
        categories,
        runs.stream().map(Run::label).toList(),
        counts);
  }

  /** One row per run: placement, objective and bound, relevance, diversity, repeats. */
  static Table summary(List<Run> runs, boolean rounds) {
    List<Table.Column> columns = new ArrayList<>();
    columns.add(Table.Column.of(rounds ? "round" : "grouping"));
    columns.add(Table.Column.of("placed"));
    columns.add(Table.Column.of("unplaced"));
    columns.add(Table.Column.of("groups"));
    columns.add(Table.Column.of("objective", Table.Style.COMPACT));
    columns.add(Table.Column.of("upper_bound", Table.Style.COMPACT));
    columns.add(Table.Column.of("gap", Table.Style.COMPACT));
    columns.add(Table.Column.of("relevance_total", Table.Style.COMPACT));
    columns.add(Table.Column.of("relevance_pair_mean", Table.Style.COMPACT));
    List<String> shares =
        runs.isEmpty() ? List.of() : diversityNames(List.of(runs.get(0).metrics()));
    for (String name : shares) {
      columns.add(Table.Column.of(name, Table.Style.COMPACT));
    }
    if (rounds) {
      columns.add(Table.Column.of("repeats"));
    }
    Table table = new Table(columns);
    for (Run r : runs) {
      Grouping g = r.grouping();
      List<Object> row = new ArrayList<>();
      row.add(r.label());
      long placed = 0;
      for (Grouping.Group group : g.groups()) {
        placed += group.size();
      }
      row.add(placed);
      row.add((long) g.unplaced().size());
      row.add((long) g.groups().size());
      row.add(g.objective());
      row.add(g.upperBound());
      row.add(g.gap());
      row.add(r.metrics().get("relevance_total"));
      row.add(r.metrics().get("relevance_pair_mean"));
      for (String name : shares) {
        row.add(r.metrics().has(name) ? r.metrics().get(name) : null);
      }
      if (rounds) {
        row.add((long) r.repeats());
      }
      table.row(row.toArray());
    }
    return table;
  }

  private static String groupsText(List<Run> runs) {
    long total = 0;
    for (Run r : runs) {
      total += r.grouping().groups().size();
    }
    String text =
        "Each group with its members (id, name and department) and its explanation: what each"
            + " member brings that another seeks, and which boundaries the group crosses.";
    if (total > MAX_LISTED_GROUPS) {
      text +=
          String.format(
              Locale.ROOT,
              " The first %d of %d groups are listed; the output file lists everyone.",
              MAX_LISTED_GROUPS,
              total);
    }
    return text;
  }

  /** The groups, at most {@link #MAX_LISTED_GROUPS}, shared out over the runs in order. */
  static Table groups(List<Run> runs, Map<String, Participant> people, boolean rounds) {
    Table table =
        new Table(
            List.of(
                Table.Column.of(rounds ? "round" : "grouping"),
                Table.Column.of("group"),
                Table.Column.of("size"),
                Table.Column.of("members"),
                Table.Column.of("explanation")));
    int listed = 0;
    int perRun = runs.isEmpty() ? 0 : Math.max(1, MAX_LISTED_GROUPS / runs.size());
    for (Run r : runs) {
      int shown = 0;
      for (Grouping.Group g : r.grouping().groups()) {
        if (shown == perRun || listed == MAX_LISTED_GROUPS) {
          break;
        }
        List<String> members = new ArrayList<>();
        for (String id : g.members()) {
          members.add(describe(id, people.get(id)));
        }
        table.row(
            r.label(),
            (long) (g.id() + 1),
            (long) g.size(),
            String.join("; ", members),
            g.explanation());
        shown++;
        listed++;
      }
    }
    return table;
  }

  /** "id (name, department)", with what the person has of the two. */
  private static String describe(String id, Participant p) {
    if (p == null) {
      return id;
    }
    List<String> parts = new ArrayList<>();
    String name = p.attributes().get("name");
    if (name != null && !name.equals(id)) {
      parts.add(name);
    }
    String department = p.attributes().get(ReportCharts.DEPARTMENT);
    if (department != null) {
      parts.add(department);
    }
    return parts.isEmpty() ? id : id + " (" + String.join(", ", parts) + ")";
  }
}
