package dev.cognitolint.cli;

import dev.cognitolint.lsp.StdioServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code cognito-lint lsp}: the language server on standard input and output, for editors. */
final class LspCommand implements Subcommands.Command {
  private final List<Path> plugins = new ArrayList<>();

  LspCommand(PrintWriter out, PrintWriter err) {}

  @Override
  public OptionTable options() {
    return new OptionTable(
            "cognito-lint lsp",
            "Run the language server on standard input and output (for editors; see README, Editors).",
            true)
        .repeatable(
            "--plugin",
            "JAR",
            "Load the rules of a rule pack, as the lint command does; repeatable.",
            OptionTable.FILES,
            value -> plugins.add(Path.of(value)))
        .standardHelp();
  }

  @Override
  public int call() {
    return StdioServer.run(plugins);
  }
}
