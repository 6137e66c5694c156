package dev.cognitolint.config;

import dev.cognitolint.files.FileCollector;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The effective configuration of a file: its configuration files merged, and the {@code overrides}
 * that match it applied.
 *
 * @param files the configuration files it comes from, the nearest first (then what it extends, then
 *     the files of the folders above); empty for none
 * @param rules rule id → off, on, error, warning or note
 * @param httpHosts hosts besides loopback allowed over http
 * @param maxRefreshTokenDays the refresh token lifetime above which CL504 notes; null for the
 *     default
 * @param pluginTimeoutSeconds how long each plugin rule may take on one file; null for the default
 * @param knownValues enum values newer than the AWS model, by member ({@code ExplicitAuthFlows},
 *     {@code TokenValidityUnits.AccessToken}), that CL103 accepts
 * @param failLevel null for the default
 * @param filter the include and exclude globs of a directory walk
 */
public record Config(
    List<Path> files,
    Map<String, String> rules,
    Set<String> httpHosts,
    Integer maxRefreshTokenDays,
    Double pluginTimeoutSeconds,
    Map<String, Set<String>> knownValues,
    String failLevel,
    FileCollector.Filter filter) {

  public static final Config NONE =
      new Config(
          List.of(), Map.of(), Set.of(), null, null, Map.of(), null, FileCollector.Filter.NONE);

  /** The nearest configuration file, or null for none. */
  public Path file() {
    return files.isEmpty() ? null : files.get(0);
  }
}
