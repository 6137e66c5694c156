package dev.cognitolint.lsp;

import dev.cognitolint.Linter;
import dev.cognitolint.config.Config;
import dev.cognitolint.config.ConfigException;
import dev.cognitolint.config.ConfigLoader;
import dev.cognitolint.config.RuleSettings;
import dev.cognitolint.input.Limits;
import dev.cognitolint.rules.BuiltinRules;
import dev.cognitolint.rules.PluginChecks;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.rules.RuleOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's one way into the linter: the text of a document, linted with the configuration
 * the command line would use for that file (the nearest {@code .cognito-lint.yaml}, see
 * {@link ConfigLoader#find}), the built-in rules and the plugins the server was started with,
 * the default limits and suppressions. A configuration is read again when its modification time
 * or size changes, so an edited one applies to the next lint even without a file-watch event.
 */
final class ConfiguredLinter implements DocumentLinter {

  /** A linter for one configuration file as it was when read; problem is null when it loaded. */
  private record Loaded(FileTime modified, long size, Linter linter, String problem) {}

  private final List<Rule> plugins;
  private final Linter defaults;
  private final Map<Path, Loaded> byConfig = new ConcurrentHashMap<>();

  ConfiguredLinter(List<Rule> plugins) {
    this.plugins = List.copyOf(plugins);
    this.defaults = linter(Config.NONE);
  }

  @Override
  public Outcome lint(Path file, String displayPath, String text) {
    Optional<Path> config = file == null ? Optional.empty() : ConfigLoader.find(file.toAbsolutePath().getParent());
    Loaded loaded = config.map(this::loaded).orElse(null);
    Linter linter = loaded == null || loaded.problem() != null ? defaults : loaded.linter();
    // Through the reader, as a file is: the same size limit and byte-order mark handling.
    Linter.FileResult result = linter.lintStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), displayPath);
    return new Outcome(result, config.orElse(null), loaded == null ? null : loaded.problem());
  }

  /** Forgets every configuration read, so that the next lint reads them again. */
  void reload() {
    byConfig.clear();
  }

  private Loaded loaded(Path configFile) {
    FileTime modified;
    long size;
    try {
      modified = Files.getLastModifiedTime(configFile);
      size = Files.size(configFile);
    } catch (IOException e) {
      return new Loaded(null, -1, null, configFile + ":1:1: cannot read it (" + e.getMessage() + ")");
    }
    return byConfig.compute(configFile, (path, old) -> old != null && modified.equals(old.modified()) && size == old.size()
        ? old : read(path, modified, size));
  }

  private Loaded read(Path configFile, FileTime modified, long size) {
    try {
      return new Loaded(modified, size, linter(ConfigLoader.load(configFile)), null);
    } catch (ConfigException | IllegalArgumentException e) {
      return new Loaded(modified, size, null, e.getMessage());
    }
  }

  /** As the command line builds its linter from a configuration (without its options). */
  private Linter linter(Config config) {
    int refreshDays = config.maxRefreshTokenDays() != null ? config.maxRefreshTokenDays() : 30;
    List<Rule> rules = new ArrayList<>(BuiltinRules.checks(new RuleOptions(config.httpHosts(), refreshDays * 86400L, null)));
    rules.addAll(plugins);
    RuleSettings settings = new RuleSettings(BuiltinRules.all(rules));
    for (var e : config.rules().entrySet()) {
      try {
        settings.set(e.getKey(), e.getValue());
      } catch (ConfigException ex) {
        throw new IllegalArgumentException(config.file() + ":1:1: rules: " + ex.getMessage(), ex);
      }
    }
    Duration pluginTime = config.pluginTimeoutSeconds() == null ? PluginChecks.DEFAULT_TIME_PER_FILE
        : Duration.ofNanos((long) (config.pluginTimeoutSeconds() * 1e9));
    return new Linter(Limits.DEFAULT, rules, settings, pluginTime, config.knownValues());
  }
}
