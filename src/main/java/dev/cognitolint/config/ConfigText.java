package dev.cognitolint.config;

import dev.cognitolint.files.FileCollector;
import dev.cognitolint.model.SafeText;
import java.nio.file.Path;
import java.util.function.Function;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code --print-config}: a file's effective configuration as a {@code .cognito-lint.yaml} of its
 * own (JSON, which is YAML, with {@code root: true} and no extends or overrides), after comments
 * that say where it comes from.
 */
public final class ConfigText {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ConfigText() {}

  /**
   * @param shown how to show a path
   */
  public static String of(
      Config config, String file, boolean noInlineSuppressions, Function<Path, String> shown) {
    StringBuilder out = new StringBuilder();
    out.append("# cognito-lint: the configuration of ").append(SafeText.visible(file)).append('\n');
    out.append("# from: ")
        .append(
            config.files().isEmpty()
                ? "no configuration file"
                : SafeText.visible(String.join(", ", config.files().stream().map(shown).toList()))
                    + (config.files().size() > 1 ? " (the first wins)" : ""))
        .append(", the defaults and the command line\n");
    globs(out, "include", config.filter().include(), shown);
    globs(out, "exclude", config.filter().exclude(), shown);
    if (noInlineSuppressions)
      out.append("# suppressions in the linted files: ignored (--no-inline-suppressions)\n");

    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("root", true);
    ObjectNode rules = root.putObject("rules");
    config.rules().forEach(rules::put);
    ObjectNode options = root.putObject("options");
    ArrayNode hosts = options.putArray("httpHosts");
    config.httpHosts().forEach(hosts::add);
    options.put("maxRefreshTokenDays", config.maxRefreshTokenDays());
    double seconds = config.pluginTimeoutSeconds();
    if (seconds == Math.rint(seconds)) options.put("pluginTimeoutSeconds", (long) seconds);
    else options.put("pluginTimeoutSeconds", seconds);
    ObjectNode known = options.putObject("knownValues");
    config.knownValues().forEach((member, values) -> values.forEach(known.putArray(member)::add));
    root.put("failLevel", config.failLevel());
    return out.append(SafeText.wellFormed(MAPPER.writeValueAsString(root).replace("\r\n", "\n")))
        .append('\n')
        .toString();
  }

  /**
   * Walk globs are relative to the folder of the file that gives them, which a printed copy would
   * not be in.
   */
  private static void globs(
      StringBuilder out, String name, FileCollector.Globs globs, Function<Path, String> shown) {
    if (globs.isEmpty()) return;
    out.append("# ")
        .append(name)
        .append(" (relative to ")
        .append(SafeText.visible(shown.apply(globs.base())))
        .append("): ")
        .append(SafeText.visible(String.join(", ", globs.patterns())))
        .append('\n');
  }
}
