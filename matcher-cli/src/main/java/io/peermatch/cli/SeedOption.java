package io.peermatch.cli;

import picocli.CommandLine.Option;

/** {@code --seed}, declared once for every command that takes it. */
final class SeedOption {

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description =
          "Seed of the synthetic organisation and of every random tie-break; the same seed gives"
              + " the same result (default: ${DEFAULT-VALUE}).")
  long seed = 1;
}
