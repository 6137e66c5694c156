package dev.cognitolint.cli;

import dev.cognitolint.model.SafeText;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.rules.Plugins;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code cognito-lint rules}: every rule with its id, name, default severity and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "List every rule (plugins' too, with --plugin): id, name, default severity, whether it is a security rule, summary.")
final class RulesCommand implements Callable<Integer> {
  enum Format { text, json }

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "text (a table) or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin
  CatalogOptions options;

  @Override
  public Integer call() throws Plugins.PluginException {
    List<RuleMeta> rules = options.catalog().rules();
    var out = options.out();
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
      out.print(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(list).replace("\r\n", "\n") + "\n");
    } else {
      int nameWidth = rules.stream().mapToInt(r -> r.name().length()).max().orElse(4);
      String row = "%-6s %-" + nameWidth + "s %-8s %-8s %s%n";
      out.printf(row, "ID", "NAME", "SEVERITY", "SECURITY", "SUMMARY");
      for (RuleMeta rule : rules) {
        out.printf(row, rule.id(), rule.name(), rule.severity().label(), rule.security() ? "yes" : "no",
            SafeText.visible(rule.summary()));
      }
    }
    out.flush();
    return 0;
  }
}
