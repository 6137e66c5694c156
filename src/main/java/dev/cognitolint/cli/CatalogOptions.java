package dev.cognitolint.cli;

import dev.cognitolint.rules.Plugins;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What the rules and explain subcommands share: --plugin, to know a rule pack's rules too, and their output. */
final class CatalogOptions {
  @Option(names = "--plugin", paramLabel = "JAR", description = "Also know the rules of a rule pack; repeatable.")
  List<Path> plugins = new ArrayList<>();

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  RuleCatalog catalog() throws Plugins.PluginException {
    return new RuleCatalog(plugins);
  }

  PrintWriter out() {
    return command.commandLine().getOut();
  }

  PrintWriter err() {
    return command.commandLine().getErr();
  }
}
