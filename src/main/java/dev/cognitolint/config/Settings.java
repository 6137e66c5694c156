package dev.cognitolint.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings one configuration file, or one of its {@code overrides} entries, writes; null (for a
 * map: empty) is what it leaves to the files below it in precedence.
 *
 * @param source where it is written, for messages ({@code svc/.cognito-lint.yaml: overrides[1]})
 * @param rules rule id or name → off, on, error, warning or note
 */
record Settings(
    String source,
    Map<String, String> rules,
    Set<String> httpHosts,
    Integer maxRefreshTokenDays,
    Double pluginTimeoutSeconds,
    Map<String, Set<String>> knownValues,
    String failLevel,
    List<String> include,
    List<String> exclude) {}
