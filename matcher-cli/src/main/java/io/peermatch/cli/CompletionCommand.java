package io.peermatch.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code peermatch completion}: the bash (and zsh) completion script, from picocli. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a completion script for bash and zsh: commands, options and file names complete"
          + " with TAB. Load it in the current shell, or save it where bash-completion finds it."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  source <(./peermatch completion)",
      "  ./peermatch completion > ~/.local/share/bash-completion/completions/peermatch",
      ""
    })
final class CompletionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String script = AutoComplete.bash("peermatch", spec.root().commandLine());
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
