package io.peermatch.cli;

import io.peermatch.api.Constraints;
import io.peermatch.api.MatchingProblem;
import io.peermatch.api.Participant;
import io.peermatch.api.Scoring;
import io.peermatch.core.MatchOptions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How {@code match} and {@code compare} turn people into a problem. */
final class ProblemOptions {

  @Option(
      names = "--pool",
      description = "One pool: everyone may pair with everyone (default: mentors with mentees).")
  boolean pool;

  @Option(
      names = "--trios",
      description = "With --pool: people left without a partner join the pair where they add most.")
  boolean trios;

  @Option(
      names = "--scoring",
      paramLabel = "NAME",
      description =
          "complementarity, mutual-exchange or similarity (default: complementarity, or"
              + " mutual-exchange with --pool).")
  String scoring;

  @Option(
      names = "--different",
      split = ",",
      paramLabel = "ATTR",
      defaultValue = "team",
      description =
          "Attributes a pair must differ in (default: ${DEFAULT-VALUE}; 'none' for none).")
  List<String> different = new ArrayList<>();

  @Option(
      names = "--same",
      split = ",",
      paramLabel = "ATTR",
      description = "Attributes a pair must share (for example timezone).")
  List<String> same = new ArrayList<>();

  @Option(names = "--min-score", paramLabel = "X", description = "Pairs must score at least X.")
  Double minScore;

  @Option(
      names = "--candidates",
      paramLabel = "K",
      defaultValue = "16",
      description = "Candidates per person on large problems (default: ${DEFAULT-VALUE}).")
  int candidates;

  MatchingProblem build(List<Participant> people, long seed, String source) {
    MatchingProblem.Builder builder;
    if (pool) {
      builder = MatchingProblem.pool(people);
    } else {
      List<Participant> mentors = new ArrayList<>();
      List<Participant> mentees = new ArrayList<>();
      for (Participant p : people) {
        String role = p.attributes().get("role");
        if (role == null) {
          throw new IllegalArgumentException(
              source
                  + ": participant "
                  + p.id()
                  + " has no role; two-sided matching needs role mentor or mentee (or use --pool)");
        }
        switch (role) {
          case "mentor" -> mentors.add(p);
          case "mentee" -> mentees.add(p);
          default ->
              throw new IllegalArgumentException(
                  source
                      + ": participant "
                      + p.id()
                      + " has role '"
                      + role
                      + "'; expected mentor or mentee (or use --pool)");
        }
      }
      builder = MatchingProblem.twoSided(mentors, mentees);
    }
    if (scoring != null) {
      builder.scoring(scoring(scoring));
    }
    for (String attribute : different) {
      if (!attribute.isBlank() && !attribute.equals("none")) {
        builder.constraint(Constraints.differentValue(attribute.trim()));
      }
    }
    for (String attribute : same) {
      if (!attribute.isBlank()) {
        builder.constraint(Constraints.sameValue(attribute.trim()));
      }
    }
    if (minScore != null) {
      builder.constraint(Constraints.minimumScore(minScore));
    }
    if (trios) {
      if (!pool) {
        throw new IllegalArgumentException("--trios needs --pool: trios are for one pool");
      }
      builder.allowTrios();
    }
    return builder.seed(seed).build();
  }

  MatchOptions matchOptions() {
    return MatchOptions.DEFAULTS.withCandidates(candidates);
  }

  static Scoring scoring(String name) {
    return switch (name) {
      case "complementarity" -> Scoring.complementarity();
      case "mutual-exchange" -> Scoring.mutualExchange();
      case "similarity" -> Scoring.similarity();
      default ->
          throw new IllegalArgumentException(
              "unknown scoring '"
                  + name
                  + "'; scorings are: complementarity, mutual-exchange, similarity");
    };
  }
}
