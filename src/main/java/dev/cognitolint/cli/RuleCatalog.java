package dev.cognitolint.cli;

import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.model.Suggestions;
import dev.cognitolint.rules.BuiltinRules;
import dev.cognitolint.rules.Plugins;
import dev.cognitolint.rules.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every rule that can report, plugins' included, for the rules, explain and completion subcommands.
 */
final class RuleCatalog {
  private final List<RuleMeta> rules;

  RuleCatalog(List<Path> plugins) throws Plugins.PluginException {
    List<Rule> checks = new ArrayList<>(BuiltinRules.checks());
    checks.addAll(Plugins.load(plugins));
    rules = BuiltinRules.all(checks);
  }

  List<RuleMeta> rules() {
    return rules;
  }

  /** The rule with this id or name (ids in any case). */
  Optional<RuleMeta> find(String idOrName) {
    return rules.stream()
        .filter(r -> r.id().equalsIgnoreCase(idOrName) || r.name().equals(idOrName))
        .findFirst();
  }

  /** The id or name nearest to a misspelled one, as "CL201 (callback-url-https)". */
  Optional<String> nearest(String idOrName) {
    List<String> candidates = new ArrayList<>();
    rules.forEach(
        r -> {
          candidates.add(r.id());
          candidates.add(r.name());
        });
    return Suggestions.closest(
            idOrName.toUpperCase(Locale.ROOT).matches("[A-Z]{2,}\\d+")
                ? idOrName.toUpperCase(Locale.ROOT)
                : idOrName,
            candidates)
        .flatMap(this::find)
        .map(r -> r.id() + " (" + r.name() + ")");
  }

  /** The built-in rule ids, for shell completion. */
  static List<String> builtinIds() {
    return BuiltinRules.all(BuiltinRules.checks()).stream().map(RuleMeta::id).toList();
  }
}
