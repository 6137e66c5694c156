package dev.cognitolint.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings of a {@code .cognito-lint.yaml}.
 *
 * @param file                where it was read from, or null for none
 * @param rules               rule id or name → off, on, error, warning or note
 * @param httpHosts           hosts besides loopback allowed over http
 * @param maxRefreshTokenDays the refresh token lifetime above which CL504 notes; null for the default
 * @param pluginTimeoutSeconds how long each plugin rule may take on one file; null for the default
 * @param failLevel           null for the default
 * @param include             globs of files a directory walk lints; empty for the default
 * @param exclude             globs of files and folders a directory walk skips
 * @param knownValues         enum values newer than the AWS model, by member ({@code ExplicitAuthFlows},
 *     {@code TokenValidityUnits.AccessToken}), that CL103 accepts
 */
public record Config(Path file, Map<String, String> rules, Set<String> httpHosts, Integer maxRefreshTokenDays,
    Double pluginTimeoutSeconds, String failLevel, List<String> include, List<String> exclude,
    Map<String, Set<String>> knownValues) {

  public static final Config NONE = new Config(null, Map.of(), Set.of(), null, null, null, List.of(), List.of(), Map.of());

  /** The folder that include and exclude globs are relative to. */
  public Path baseDirectory() {
    return file == null ? Path.of("").toAbsolutePath() : file.toAbsolutePath().getParent();
  }
}
