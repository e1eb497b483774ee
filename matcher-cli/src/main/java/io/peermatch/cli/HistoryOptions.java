package io.peermatch.cli;

import io.peermatch.api.History;
import io.peermatch.api.IdPair;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The earlier rounds of the commands that plan rounds ({@code rounds}, {@code groups}): {@code
 * --history FILE} and {@code --cooldown K}, with their checks, declared once.
 *
 * <p>The two commands read different histories (pairs, or groups as well) and keep people apart in
 * different units (a pair, a group), so each says so in its own help: the descriptions are looked
 * up under {@code peermatch.<command>.history} and {@code .cooldown} in the commands' resource
 * bundle {@code io.peermatch.cli.HistoryOptions} (picocli qualifies a mixin's description keys with
 * the command that mixes it in); the annotation's text is the fallback.
 */
final class HistoryOptions {

  /** The resource bundle of the commands that mix these options in. */
  static final String BUNDLE = "io.peermatch.cli.HistoryOptions";

  /** How a history file is read, against the ids of everyone. */
  interface Reader {
    History read(Path file, Set<String> ids);
  }

  @Option(
      names = "--history",
      paramLabel = "FILE",
      descriptionKey = "history",
      description = "Earlier rounds.")
  Path file;

  @Option(
      names = "--cooldown",
      paramLabel = "K",
      descriptionKey = "cooldown",
      description = "No two people meet again within K rounds (default: never again).")
  Integer cooldown;

  /** The cool-down in rounds: {@code --cooldown}, else never again ({@link Integer#MAX_VALUE}). */
  int cooldown() {
    int k = cooldown == null ? Integer.MAX_VALUE : cooldown;
    if (k < 0) {
      throw new IllegalArgumentException("--cooldown must be at least 0 rounds but was " + k);
    }
    return k;
  }

  /**
   * Refuses a cool-down that nothing would apply to: one round and no history.
   *
   * @param rounds the rounds to compute
   * @param option the option that sets them ({@code --weeks} or {@code --rounds})
   */
  void requireUse(int rounds, String option) {
    if (cooldown != null && file == null && rounds == 1) {
      throw new IllegalArgumentException(
          "--cooldown applies between rounds, but there is one round and no --history; give"
              + " --history FILE or "
              + option
              + " W");
    }
  }

  /** The files the command reads, by option, for {@link OutputOptions#check}. */
  Map<String, Path> inputs(PeopleOptions people, RuleOptions rules) {
    return AtomicOutput.named("--input", people.file(), "--rules", rules.file, "--history", file);
  }

  /** The earlier rounds, read by {@code reader} against everyone's ids; empty without a file. */
  History read(People everyone, Reader reader) {
    if (file == null) {
      return History.empty();
    }
    Set<String> ids = new HashSet<>();
    everyone.everyone().forEach(p -> ids.add(p.id()));
    return reader.read(file, ids);
  }

  /** Every pair that met in a round of {@code history}, unordered. */
  static Set<IdPair> met(History history) {
    Set<IdPair> met = new HashSet<>();
    for (List<IdPair> round : history.rounds()) {
      for (IdPair p : round) {
        met.add(p.unordered());
      }
    }
    return met;
  }
}
