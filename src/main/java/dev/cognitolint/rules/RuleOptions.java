package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import java.util.Set;

/**
 * Settings that rules take from the command line or configuration.
 *
 * @param httpHosts hosts allowed over plain http besides the loopback ones (CL201, CL205)
 * @param maxRefreshTokenSeconds refresh token lifetimes above this get a note (CL504)
 * @param current the client as it is now ({@code describe-user-pool-client} output, from {@code
 *     --current}), against which an update request's resets are listed; or null
 */
public record RuleOptions(Set<String> httpHosts, long maxRefreshTokenSeconds, AppClient current) {
  public static final RuleOptions DEFAULT = new RuleOptions(Set.of(), 30L * 86400, null);
}
