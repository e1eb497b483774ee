package io.peermatch.cli;

import io.peermatch.core.synthetic.SyntheticOrganisation;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where every command that works on people takes them from: a people file (CSV or JSON) or a seeded
 * synthetic organisation; one of the two is required.
 */
final class PeopleOptions {

  /** The two sources, exclusive. */
  static final class Source {
    @Option(
        names = {"--input", "--people"},
        paramLabel = "FILE",
        description =
            "People file, CSV or JSON: one person per row or object, columns id, offers, seeks and"
                + " any attributes (role, department, team, ...); see docs/formats.md.")
    Path file;

    @Option(
        names = "--synthetic",
        paramLabel = "N",
        description = "A synthetic organisation of N people instead of a file (seeded by --seed).")
    Integer synthetic;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Mixin SeedOption seedOption = new SeedOption();

  /** The people file, or null for a synthetic organisation. */
  Path file() {
    return source.file;
  }

  long seed() {
    return seedOption.seed;
  }

  /** Reads the people. */
  People read() {
    if (source.file != null) {
      return new People(PeopleFile.read(source.file), source.file.toString());
    }
    Limits.people(source.synthetic, "--synthetic");
    return new People(
        SyntheticOrganisation.generate(source.synthetic, seed()).people(),
        "synthetic organisation");
  }
}
