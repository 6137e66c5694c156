package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.RuleMeta;

/**
 * A rule from a {@code --plugin} jar. Its metadata is read once, when the jar is loaded, so that a
 * plugin's {@code meta()} runs only where its failures are usage errors; {@code jar} is the jar's
 * file name, which CL008 findings name. The linter runs it through {@link PluginChecks}.
 */
public record PluginRule(Rule rule, String jar, RuleMeta meta) implements Rule {

  @Override
  public void check(AppClient client, Findings findings) {
    rule.check(client, findings);
  }

  /** How messages name it: {@code plugin rule EX001 client-name-team-prefix (naming-rules.jar)}. */
  public String describe() {
    return "plugin rule " + meta.id() + " " + meta.name() + " (" + jar + ")";
  }
}
