package io.peermatch.cli;

import io.peermatch.core.CandidateSelection;
import io.peermatch.core.MatchOptions;
import java.util.Locale;
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
      description =
          "Candidate partners per person (per unit of capacity) on large problems (default:"
              + " ${DEFAULT-VALUE}).")
  int candidates = 16;

  @Option(
      names = "--selection",
      paramLabel = "S",
      defaultValue = "balanced",
      converter = SelectionConverter.class,
      description =
          "How large problems choose candidates: balanced (at most K x capacity candidacies per"
              + " person, so everyone who can be paired has partners with room) or nearest (each"
              + " person's own top K) (default: ${DEFAULT-VALUE}).")
  CandidateSelection selection = CandidateSelection.BALANCED;

  MatchOptions matchOptions() {
    return MatchOptions.DEFAULTS.withCandidates(candidates).withCandidateSelection(selection);
  }

  /** balanced or nearest, in any case; anything else is refused with the choices. */
  static final class SelectionConverter
      implements picocli.CommandLine.ITypeConverter<CandidateSelection> {
    @Override
    public CandidateSelection convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "balanced" -> CandidateSelection.BALANCED;
        case "nearest" -> CandidateSelection.NEAREST;
        default ->
            throw new picocli.CommandLine.TypeConversionException(
                "--selection must be balanced or nearest but was '" + value + "'");
      };
    }
  }
}
