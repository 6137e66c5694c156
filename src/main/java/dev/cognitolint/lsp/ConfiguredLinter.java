package dev.cognitolint.lsp;

import dev.cognitolint.LintRun;
import dev.cognitolint.Linter;
import dev.cognitolint.config.Config;
import dev.cognitolint.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's one way into the linter: the text of a document, linted through the command line's
 * pipeline ({@link LintRun}) as that file: its configuration files (nearest first, up to the
 * repository root), the built-in rules and the plugins the server was started with, the default
 * limits and suppressions. When a configuration file that applied changes (its modification time or
 * size), or {@link #reload} is called, the run is set up again, so an edited configuration applies
 * to the next lint even without a file-watch event.
 */
final class ConfiguredLinter implements DocumentLinter {
  /** A configuration problem names its file first: {@code path:line:column: message}. */
  private static final Pattern PROBLEM_FILE = Pattern.compile("(?s)(.*?):[0-9]+:[0-9]+: .*");

  private final List<Path> plugins;
  private LintRun run;

  /**
   * The run without configuration files, set up when first needed (for an unsaved document, or one
   * whose configuration cannot be used), so that a start sets up one run.
   */
  private LintRun defaults;

  private volatile boolean stale;

  /** The configuration files the run has read, as they were then. */
  private final Map<Path, Stamp> read = new java.util.HashMap<>();

  private record Stamp(FileTime modified, long size) {
    static Stamp of(Path file) {
      try {
        return new Stamp(Files.getLastModifiedTime(file), Files.size(file));
      } catch (IOException e) {
        return new Stamp(null, -1);
      }
    }
  }

  /**
   * @throws IllegalArgumentException when a plugin cannot be loaded
   */
  ConfiguredLinter(List<Path> plugins) {
    this.plugins = List.copyOf(plugins);
    this.run = setUp(LintRun.Configurations.nearest());
  }

  private LintRun defaults() {
    if (defaults == null) defaults = setUp(LintRun.Configurations.fixed(Config.NONE));
    return defaults;
  }

  private LintRun setUp(LintRun.Configurations configurations) {
    try {
      return LintRun.setUp(
          configurations,
          new LintRun.Options(
              dev.cognitolint.files.Limits.DEFAULT,
              null,
              null,
              null,
              plugins,
              List.of(),
              null,
              false));
    } catch (LintRun.SetupException | ConfigException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  @Override
  public synchronized Outcome lint(Path file, String displayPath, String text) {
    if (stale
        || read.entrySet().stream().anyMatch(e -> !Stamp.of(e.getKey()).equals(e.getValue()))) {
      setUpAgain();
    }
    try {
      if (file == null) return new Outcome(defaults().lintText(displayPath, text), null, null);
      Config config = run.configFor(file);
      for (Path configFile : config.files()) read.putIfAbsent(configFile, Stamp.of(configFile));
      Linter.FileResult result = run.lintText(file, text);
      return new Outcome(result, config.file(), null);
    } catch (ConfigException e) {
      Matcher m = PROBLEM_FILE.matcher(Objects.toString(e.getMessage(), ""));
      Path broken = m.matches() ? Path.of(m.group(1)).toAbsolutePath() : null;
      if (broken != null) read.putIfAbsent(broken, Stamp.of(broken));
      try {
        return new Outcome(defaults().lintText(file, text), broken, e.getMessage());
      } catch (ConfigException impossible) {
        throw new IllegalStateException(impossible);
      }
    }
  }

  /**
   * Forgets every configuration read, so that the next lint reads them again. It only marks the run
   * stale: it is called on the protocol's thread, which must not wait for a lint.
   */
  void reload() {
    stale = true;
  }

  private void setUpAgain() {
    stale = false;
    read.clear();
    run = setUp(LintRun.Configurations.nearest());
  }
}
