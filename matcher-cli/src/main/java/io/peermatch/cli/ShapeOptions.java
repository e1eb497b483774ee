package io.peermatch.cli;

import io.peermatch.api.Scoring;
import picocli.CommandLine.Option;

/** The shape of the problem: mentors with mentees or one pool, and how a pair is scored. */
final class ShapeOptions {

  @Option(
      names = "--pool",
      description =
          "One pool: everyone may pair with everyone (default: mentors with mentees, by the"
              + " people's role).")
  boolean pool;

  @Option(
      names = "--scoring",
      paramLabel = "NAME",
      description =
          "complementarity, mutual-exchange or similarity (default: complementarity, or"
              + " mutual-exchange with --pool).")
  String scoring;

  /** The scoring named by {@code --scoring}, or null for the problem's default. */
  Scoring scoring() {
    return scoring == null ? null : scoring(scoring);
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
