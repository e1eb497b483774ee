package io.peermatch.cli;

import io.peermatch.api.Participant;
import io.peermatch.core.synthetic.SyntheticOrganisation;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Option;

/**
 * Where {@code compare}, {@code rounds} and {@code suggest} take their people from: a CSV or a
 * synthetic organisation.
 */
final class PeopleSource {

  @Option(
      names = {"--input", "--people"},
      paramLabel = "FILE",
      description = "People CSV (as for match and compare).")
  Path people;

  @Option(
      names = "--synthetic",
      paramLabel = "N",
      description = "A synthetic organisation of N people (with --seed).")
  Integer synthetic;

  /** The people; a synthetic organisation is generated with {@code seed}. */
  List<Participant> read(long seed) {
    if (people != null) {
      return PeopleCsv.read(people);
    }
    if (synthetic < 0) {
      throw new IllegalArgumentException("--synthetic must not be negative but was " + synthetic);
    }
    return SyntheticOrganisation.generate(synthetic, seed).people();
  }

  /** How error messages name the people's origin. */
  String origin() {
    return people != null ? people.toString() : "synthetic organisation";
  }

  /**
   * Fails if a rule names an attribute nobody has: a typo would otherwise silently allow every
   * pair.
   */
  static void requireAttributes(
      List<Participant> people, List<String> names, String option, String origin) {
    Set<String> known = new TreeSet<>();
    for (Participant p : people) {
      known.addAll(p.attributes().keySet());
    }
    for (String name : names) {
      String attribute = name.trim();
      if (attribute.isEmpty() || attribute.equals("none") || people.isEmpty()) {
        continue;
      }
      if (!known.contains(attribute)) {
        throw new IllegalArgumentException(
            origin
                + ": unknown attribute '"
                + attribute
                + "' in "
                + option
                + "; the people's attributes are: "
                + String.join(", ", known));
      }
    }
  }
}
