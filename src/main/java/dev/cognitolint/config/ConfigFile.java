package dev.cognitolint.config;

import dev.cognitolint.model.Span;
import java.nio.file.Path;
import java.util.List;

/**
 * One {@code .cognito-lint.yaml} as written.
 *
 * @param root whether the search for configuration files of the folders above stops here
 * @param bases the files it extends, in the order given (each later one wins over the earlier)
 * @param overrides glob-matched settings, each later one winning over the earlier and over {@code
 *     settings}
 */
record ConfigFile(
    Path path, boolean root, List<Base> bases, Settings settings, List<Override> overrides) {

  /** An {@code extends} entry: the path as written, relative to the file's folder, and where. */
  record Base(String path, Span span) {}

  /**
   * An {@code overrides} entry: its {@code files} globs, relative to the folder the configuration
   * applies to.
   */
  record Override(List<String> files, Settings settings) {}
}
