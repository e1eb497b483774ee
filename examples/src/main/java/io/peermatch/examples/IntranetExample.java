package io.peermatch.examples;

import io.peermatch.api.Constraints;
import io.peermatch.api.History;
import io.peermatch.api.MatchedPair;
import io.peermatch.api.Matching;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.Scoring;
import io.peermatch.core.PeerMatch;
import io.peermatch.core.Rounds;
import io.peermatch.core.Strategy;
import io.peermatch.core.Suggestion;
import io.peermatch.core.Suggestions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an intranet does with PeerMatch, on the 200 people of {@code examples/org.csv}: match
 * mentors with mentees, explain one pair to the mentee, suggest partners to someone who picks their
 * own, and plan two weekly coffee rounds without repeats.
 *
 * <p>Run it from the repository's root: {@code mvn -q -pl examples -am package -DskipTests} then
 * {@code java -cp examples/target/classes:matcher-core/target/classes:matcher-api/target/classes
 * io.peermatch.examples.IntranetExample examples/org.csv}. {@code mvn -B verify} runs it too
 * ({@code IntranetExampleTest}).
 */
public final class IntranetExample {

  private IntranetExample() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/org.csv");
    run(readPeople(file), System.out);
  }

  /** The four uses, printed to {@code out}. */
  static void run(List<Participant> people, PrintStream out) {
    List<Participant> mentors = new ArrayList<>();
    List<Participant> mentees = new ArrayList<>();
    for (Participant p : people) {
      (p.attribute("role").orElse("").equals("mentor") ? mentors : mentees).add(p);
    }

    // 1. Match: mentors with mentees, never two people of one team, a bonus for crossing
    //    departments.
    MatchingProblem mentoring =
        MatchingProblem.twoSided(mentors, mentees)
            .scoring(Scoring.complementarity())
            .constraint(Constraints.differentValue("team"))
            .constraint(Constraints.prefer(Constraints.differentValue("department"), 0.1))
            .build();
    Matching matching = PeerMatch.match(mentoring, Strategy.MAX_WEIGHT);
    out.printf(
        Locale.ROOT,
        "match: %d mentors, %d mentees, %d pairs, %d people without a partner%n",
        mentors.size(),
        mentees.size(),
        matching.size(),
        matching.unmatched().size());

    // 2. Explain: what the intranet shows one mentee about their mentor.
    MatchedPair first = matching.pairs().get(0);
    out.printf(
        "explain: %s meets %s because: %s%n",
        first.second(), first.first(), first.explanation().summary());

    // 3. Suggest: five partners for someone who picks their own, spread across departments.
    Suggestions index = Suggestions.build(MatchingProblem.pool(people).build(), 5);
    String asking = people.get(0).id();
    List<Suggestion> suggestions = index.suggest(asking, 5);
    out.printf("suggest: for %s:%n", asking);
    for (Suggestion s : suggestions) {
      out.printf(Locale.ROOT, "  %-32s %.3f  %s%n", s.id(), s.score(), s.explanation().summary());
    }

    // 4. Rounds: two weekly coffee rounds of everyone, no pair twice, never one's own team.
    History history = History.empty();
    for (int week = 1; week <= 2; week++) {
      Matching round =
          Rounds.next(
              people, history, Integer.MAX_VALUE, List.of(Constraints.differentValue("team")));
      history = Rounds.append(history, round);
      out.printf(
          Locale.ROOT,
          "rounds: week %d: %d pairs, %d trios%n",
          week,
          round.size(),
          round.trios().size());
    }
  }

  /**
   * Reads the people CSV of the examples (a header row, no quoted fields): Email, Name, Role, Dept,
   * Team, Manager, Location, Time Zone, Seniority, Tenure, Capacity, Offers, Seeks. The command
   * line reads such files with every alias and check; an intranet usually has its people in a
   * database already.
   */
  static List<Participant> readPeople(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).toLowerCase(Locale.ROOT).split(",", -1));
    List<Participant> people = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cell = line.split(",", -1);
      Participant.Builder b =
          Participant.builder(cell[header.indexOf("email")])
              .attribute("role", cell[header.indexOf("role")])
              .attribute("department", cell[header.indexOf("dept")])
              .attribute("team", cell[header.indexOf("team")])
              .attribute("location", cell[header.indexOf("location")])
              .capacity(Integer.parseInt(cell[header.indexOf("capacity")]))
              .offers(cell[header.indexOf("offers")])
              .seeks(cell[header.indexOf("seeks")]);
      people.add(b.build());
    }
    return people;
  }
}
