package dev.cognitolint.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cognito-lint completion bash|zsh}: picocli's completion script, which completes options,
 * formats, subcommands and rule ids; the same script serves zsh through bashcompinit.
 */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Print a shell completion script: eval \"$(cognito-lint completion bash)\" in ~/.bashrc, "
        + "or the same with zsh in ~/.zshrc.")
final class CompletionCommand implements Callable<Integer> {
  enum Shell { bash, zsh }

  @Parameters(paramLabel = "SHELL", description = "${COMPLETION-CANDIDATES}")
  Shell shell;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine tree = new CommandLine(new Main(null, null, null, new String[0], null, false));
    Subcommands.add(tree);
    String script = AutoComplete.bash("cognito-lint", tree);
    spec.commandLine().getOut().print(script.replace("\r\n", "\n"));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
