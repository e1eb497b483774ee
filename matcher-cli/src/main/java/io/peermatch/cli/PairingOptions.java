package io.peermatch.cli;

import io.peermatch.core.MatchOptions;
import picocli.CommandLine.Option;

/** How {@code match} and {@code compare} form pairs: trios, candidate pairs per person. */
final class PairingOptions {

  @Option(
      names = "--trios",
      description = "With --pool: people left without a partner join the pair where they add most.")
  boolean trios;

  @Option(
      names = "--candidates",
      paramLabel = "K",
      defaultValue = "16",
      description = "Candidate partners per person on large problems (default: ${DEFAULT-VALUE}).")
  int candidates = 16;

  MatchOptions matchOptions() {
    return MatchOptions.DEFAULTS.withCandidates(candidates);
  }
}
