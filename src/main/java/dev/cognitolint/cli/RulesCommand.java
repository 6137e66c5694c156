package dev.cognitolint.cli;

import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.model.SafeText;
import dev.cognitolint.rules.Plugins;
import java.io.PrintWriter;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code cognito-lint rules}: every rule with its id, name, default severity and summary. */
final class RulesCommand implements Subcommands.Command {
  enum Format {
    text,
    json
  }

  private final PrintWriter out;
  private final CatalogOptions catalog = new CatalogOptions();
  private Format format = Format.text;

  RulesCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
  }

  @Override
  public OptionTable options() {
    return catalog
        .addTo(
            new OptionTable(
                    "cognito-lint rules",
                    "List every rule (plugins' too, with --plugin): id, name, default severity, whether it is a security rule, summary.",
                    true)
                .value(
                    "-f, --format",
                    "FORMAT",
                    "text (a table) or json (default: text).",
                    Main.words(Format.class),
                    v -> format = OptionTable.choice(Format.class, v)))
        .standardHelp();
  }

  @Override
  public int call() throws Plugins.PluginException {
    List<RuleMeta> rules = catalog.catalog().rules();
    if (format == Format.json) {
      ArrayNode list = JsonNodeFactory.instance.arrayNode();
      for (RuleMeta rule : rules) {
        ObjectNode node = list.addObject();
        node.put("id", rule.id());
        node.put("name", rule.name());
        node.put("severity", rule.severity().label());
        node.put("security", rule.security());
        node.put("summary", rule.summary());
        node.put("docsUrl", rule.docsUrl());
      }
      out.print(
          JsonMapper.builder()
                  .build()
                  .writerWithDefaultPrettyPrinter()
                  .writeValueAsString(list)
                  .replace("\r\n", "\n")
              + "\n");
    } else {
      int nameWidth = rules.stream().mapToInt(r -> r.name().length()).max().orElse(4);
      String row = "%-6s %-" + nameWidth + "s %-8s %-8s %s%n";
      out.printf(row, "ID", "NAME", "SEVERITY", "SECURITY", "SUMMARY");
      for (RuleMeta rule : rules) {
        out.printf(
            row,
            rule.id(),
            rule.name(),
            rule.severity().label(),
            rule.security() ? "yes" : "no",
            SafeText.visible(rule.summary()));
      }
    }
    out.flush();
    return 0;
  }
}
