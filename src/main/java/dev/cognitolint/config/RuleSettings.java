package dev.cognitolint.config;

import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Suggestions;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which rules are on and how severe their findings are, after the configuration file and the
 * command line.
 */
public final class RuleSettings {
  private final Map<String, RuleMeta> byIdOrName = new HashMap<>();
  private final Set<String> disabled = new HashSet<>();
  private final Map<String, Severity> severities = new HashMap<>();
  private boolean inlineSuppressions = true;

  public RuleSettings(List<RuleMeta> rules) {
    for (RuleMeta rule : rules) {
      byIdOrName.put(rule.id(), rule);
      byIdOrName.put(rule.name(), rule);
    }
  }

  /** Applies one setting: off, on, error, warning or note, for a rule id or name. */
  public void set(String rule, String value) throws ConfigException {
    String id = resolve(rule);
    switch (value.toLowerCase(Locale.ROOT)) {
      case "off" -> disabled.add(id);
      case "on" -> disabled.remove(id);
      case "error", "warning", "note" -> {
        disabled.remove(id);
        severities.put(id, Severity.parse(value));
      }
      default ->
          throw new ConfigException(
              rule + ": '" + value + "' is not off, on, error, warning or note");
    }
  }

  /** The rule's id, for an id or a name; unknown rules are a configuration error. */
  public String resolve(String rule) throws ConfigException {
    RuleMeta meta = byIdOrName.get(rule);
    if (meta == null) meta = byIdOrName.get(rule.toUpperCase(Locale.ROOT));
    if (meta == null) {
      String hint =
          Suggestions.closest(rule, byIdOrName.keySet())
              .map(s -> "; did you mean '" + s + "'?")
              .orElse("");
      throw new ConfigException(
          "unknown rule '"
              + rule
              + "'"
              + hint
              + " (cognito-lint rules lists them, cognito-lint explain RULE describes one)");
    }
    return meta.id();
  }

  public boolean enabled(String id) {
    return !disabled.contains(id);
  }

  /**
   * Ignores comment and Metadata suppressions ({@code --no-inline-suppressions}): only the
   * configuration and baseline decide.
   */
  public void ignoreInlineSuppressions() {
    inlineSuppressions = false;
  }

  /** Whether the suppressions written in the linted files apply. */
  public boolean inlineSuppressions() {
    return inlineSuppressions;
  }

  /** The configured severity of a rule, or empty for its default. */
  public Optional<Severity> severity(String id) {
    return Optional.ofNullable(severities.get(id));
  }
}
