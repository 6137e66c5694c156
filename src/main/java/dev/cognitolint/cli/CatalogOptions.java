package dev.cognitolint.cli;

import dev.cognitolint.rules.Plugins;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the rules and explain subcommands share: --plugin, to know a rule pack's rules too. */
final class CatalogOptions {
  private final List<Path> plugins = new ArrayList<>();

  /** {@code table} with --plugin added. */
  OptionTable addTo(OptionTable table) {
    return table.repeatable(
        "--plugin",
        "JAR",
        "Also know the rules of a rule pack; repeatable.",
        OptionTable.FILES,
        value -> plugins.add(Path.of(value)));
  }

  RuleCatalog catalog() throws Plugins.PluginException {
    return new RuleCatalog(plugins);
  }
}
