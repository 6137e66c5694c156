package dev.cognitolint.rules;

import dev.cognitolint.files.InputRule;
import dev.cognitolint.model.RuleMeta;
import dev.cognitolint.schema.StructureRule;
import dev.cognitolint.suppress.SuppressionRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The registry: every built-in rule, listed by hand (no classpath scanning at start-up). */
public final class BuiltinRules {
  private BuiltinRules() {}

  /** The Java rules with default options. */
  public static List<Rule> checks() {
    return checks(RuleOptions.DEFAULT);
  }

  /** The Java rules, run on every app client. */
  public static List<Rule> checks(RuleOptions options) {
    return List.of(
        new CallbackUrlHttps(options),
        new RedirectUriFragment(),
        new RedirectUriAbsolute(),
        new DefaultRedirectUriInCallbacks(),
        new LogoutUrl(options),
        new RedirectUriHost(),
        new RedirectUriScheme(),
        new ClientCredentialsExclusive(),
        new OAuthFlowsNeedScopes(),
        new CallbackUrlRequired(),
        new OAuthSettingsNeedOAuthClient(),
        new ClientCredentialsNeedsSecret(),
        new ClientCredentialsCustomScopes(),
        new UnknownScope(),
        new OpenidScopeRequired(),
        new DuplicateListItem(),
        new IdentityProviderName(),
        new LegacyAuthFlowsMixed(),
        new RefreshTokenAuthRequired(),
        new UserAuthFeaturePlan(),
        new TokenValidityRange(),
        new TokenValidityExceedsRefresh(),
        new RefreshTokenRotation(),
        new RefreshTokenLifetime(options),
        new ImplicitGrant(),
        new PasswordAuthFlow(),
        new UserExistenceErrors(),
        new TokenRevocationDisabled(),
        new PrivilegedWritableAttribute(),
        new WriteAttributesOmitted(),
        new LoopbackCallbackInProduction(),
        new PropagateUserContextNeedsSecret(),
        new UpdateResetsOmitted(options),
        new SecretConflict());
  }

  /** The metadata of every rule that can report, input and structure rules included, by id. */
  public static List<RuleMeta> all(List<Rule> checks) {
    List<RuleMeta> all = new ArrayList<>();
    Arrays.stream(InputRule.values()).map(InputRule::meta).forEach(all::add);
    Arrays.stream(SuppressionRule.values()).map(SuppressionRule::meta).forEach(all::add);
    Arrays.stream(StructureRule.values()).map(StructureRule::meta).forEach(all::add);
    checks.stream().map(Rule::meta).forEach(all::add);
    all.sort(Comparator.comparing(RuleMeta::id));
    return all;
  }
}
