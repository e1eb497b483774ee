package io.peermatch.cli;

import io.peermatch.api.Participant;
import io.peermatch.core.synthetic.SyntheticOrganisation;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peermatch generate}: a synthetic organisation as a people CSV. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Writes a seeded synthetic organisation as a people CSV.")
final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--employees", required = true, paramLabel = "N", description = "People.")
  int employees;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV to write.")
  Path out;

  @Override
  public Integer call() {
    if (employees < 0) {
      throw new IllegalArgumentException("--employees must not be negative but was " + employees);
    }
    long start = System.nanoTime();
    List<Participant> people = SyntheticOrganisation.generate(employees, seed).people();
    AtomicOutput.write(out, w -> PeopleCsv.write(people, w));
    spec.commandLine()
        .getErr()
        .printf(
            "wrote %d people to %s in %.1f s%n",
            people.size(), out, (System.nanoTime() - start) / 1e9);
    return 0;
  }
}
