package dev.cognitolint.cli;

import dev.cognitolint.model.SafeText;
import dev.cognitolint.rules.Plugins;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The subcommands, chosen by the first argument only; anything else is the lint command, so a file
 * named {@code rules} is linted as {@code ./rules} (as git does with its commands).
 */
final class Subcommands {
  private Subcommands() {}

  /** A command: its option table, which parsing fills in, then the run. */
  interface Command {
    OptionTable options();

    /** Runs the command once its options are parsed; returns the exit code. */
    int call() throws Exception;
  }

  /** The subcommands by name, each made with the standard output and error it writes to. */
  static final Map<String, BiFunction<PrintWriter, PrintWriter, Command>> COMMANDS =
      Map.of(
          "rules", RulesCommand::new,
          "explain", ExplainCommand::new,
          "completion", CompletionCommand::new,
          "lsp", LspCommand::new);

  /** The subcommands' names in the order help and completion list them. */
  static final List<String> NAMES = List.of("completion", "explain", "lsp", "rules");

  /**
   * Parses {@code args} for the subcommand that args[0] names, or else for the lint command, and
   * runs it: help, version, usage errors (exit 2, one line with a hint) and failures are handled
   * here.
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<Command> lint) {
    boolean sub = args.length > 0 && COMMANDS.containsKey(args[0]);
    Command command = sub ? COMMANDS.get(args[0]).apply(out, err) : lint.get();
    OptionTable options = command.options();
    try {
      switch (options.parse(sub ? Arrays.copyOfRange(args, 1, args.length) : args)) {
        case HELP -> out.print(options.help());
        case VERSION -> out.print(Main.version());
        case RUN -> {
          return command.call();
        }
      }
      return 0;
    } catch (OptionTable.UsageException e) {
      err.println(
          "cognito-lint: "
              + SafeText.visible(e.getMessage())
              + " (see "
              + options.command()
              + " --help)");
      return 2;
    } catch (Plugins.PluginException e) {
      err.println("cognito-lint: " + e.getMessage());
      return 2;
    } catch (Exception e) {
      err.println("cognito-lint: internal error: " + SafeText.visible(e.toString()));
      return 2;
    }
  }
}
