package dev.cognitolint.cli;

import dev.cognitolint.lsp.LspCommand;
import dev.cognitolint.model.SafeText;
import dev.cognitolint.rules.Plugins;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The subcommands, chosen by the first argument only; anything else is the lint command, so a
 * file named {@code rules} is linted as {@code ./rules} (as git does with its commands).
 */
final class Subcommands {
  private Subcommands() {}

  private static final Map<String, Supplier<Object>> COMMANDS = Map.of(
      "rules", RulesCommand::new,
      "explain", ExplainCommand::new,
      "completion", CompletionCommand::new,
      "lsp", LspCommand::new);

  /** Runs the subcommand that args[0] names; empty when it names none. */
  static OptionalInt run(String[] args, PrintWriter out, PrintWriter err) {
    if (args.length == 0 || !COMMANDS.containsKey(args[0])) return OptionalInt.empty();
    CommandLine command = configure(new CommandLine(COMMANDS.get(args[0]).get()), out, err);
    command.setCommandName("cognito-lint " + args[0]);
    return OptionalInt.of(command.execute(Arrays.copyOfRange(args, 1, args.length)));
  }

  /** The subcommands under the lint command, for the completion script. */
  static void add(CommandLine main) {
    COMMANDS.keySet().stream().sorted().forEach(name -> main.addSubcommand(name, COMMANDS.get(name).get()));
  }

  /** Output, exit code 2 for usage errors, and those errors on one line with a hint instead of the whole help. */
  static CommandLine configure(CommandLine command, PrintWriter out, PrintWriter err) {
    command.setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
          err.println("cognito-lint: " + (e instanceof Plugins.PluginException ? e.getMessage() : "internal error: " + SafeText.visible(e.toString())));
          return 2;
        })
        .setParameterExceptionHandler((e, args) -> {
          err.println("cognito-lint: " + SafeText.visible(usageProblem(e)) + " (see " + e.getCommandLine().getCommandName() + " --help)");
          return 2;
        });
    command.getCommandSpec().exitCodeOnInvalidInput(2);
    return command;
  }

  /** An unknown option is named even when a missing path was found first. */
  private static String usageProblem(CommandLine.ParameterException e) {
    var unmatched = e.getCommandLine().getUnmatchedArguments();
    if (e instanceof CommandLine.MissingParameterException && !unmatched.isEmpty()) {
      return (unmatched.get(0).startsWith("-") ? "unknown option: '" : "unexpected argument: '") + unmatched.get(0) + "'";
    }
    String message = e.getMessage();
    return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }
}
