package io.peermatch.cli;

import io.peermatch.api.Participant;
import io.peermatch.core.synthetic.SyntheticOrganisation;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peermatch generate}: a synthetic organisation as a people file (CSV or JSON). */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Writes a seeded synthetic organisation as a people file: CSV, or JSON for a .json file"
            + " or --format json.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  peermatch generate --employees 100000 --seed 1 --out org.csv",
      "  peermatch generate --employees 200 --out org.json",
      ""
    })
final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--employees", required = true, paramLabel = "N", description = "People.")
  int employees;

  @Mixin SeedOption seed = new SeedOption();

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The people file to write (whole or not at all).")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "csv or json (default: by the extension of --out, else csv).")
  String format;

  @Option(
      names = {"-q", "--quiet"},
      description = "No summary on standard error.")
  boolean quiet;

  @Option(
      names = "--raw-csv",
      description =
          "Write CSV cells as they are: by default a cell that a spreadsheet would run as a"
              + " formula gets a leading ' (OWASP).")
  boolean rawCsv;

  @Override
  public Integer call() {
    Limits.people(employees, "--employees");
    OutputOptions.Format f =
        format != null ? OutputOptions.Format.of(format) : OutputOptions.Format.ofFile(out);
    if (f == OutputOptions.Format.TABLE) {
      throw new IllegalArgumentException("generate writes csv or json, not " + format);
    }
    boolean json = f == OutputOptions.Format.JSON;
    if (rawCsv && json) {
      throw new IllegalArgumentException(
          "--raw-csv applies to CSV output only, but the output is json");
    }
    AtomicOutput.check(AtomicOutput.named(), AtomicOutput.named("--out", out), null);
    long start = System.nanoTime();
    List<Participant> people = SyntheticOrganisation.generate(employees, seed.seed).people();
    AtomicOutput.write(
        out,
        spec.commandLine().getOut(),
        w -> {
          if (json) {
            PeopleJson.write(people, w);
          } else {
            PeopleCsv.write(people, w, rawCsv);
          }
        });
    if (!quiet) {
      spec.commandLine()
          .getErr()
          .printf(
              Locale.ROOT,
              "wrote %d people to %s in %.1f s%n",
              people.size(),
              out,
              (System.nanoTime() - start) / 1e9);
    }
    return 0;
  }
}
