package dev.cognitolint.rules;

import dev.cognitolint.fix.Edits;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Fix;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Values;
import java.util.List;

@RuleInfo(
    id = "CL604",
    name = "token-revocation-disabled",
    severity = Severity.WARNING,
    security = true,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary = "Keep EnableTokenRevocation true so that refresh tokens can be revoked.",
    fix = Fix.Applicability.UNSAFE)
public final class TokenRevocationDisabled implements Rule, Fixer {
  @Override
  public void check(AppClient client, Findings findings) {
    if (ClientFacts.servesNoUsers(client)) return; // no refresh token to revoke
    if (Values.bool(client.get(Member.ENABLE_TOKEN_REVOCATION)).filter(b -> !b).isPresent()) {
      findings.at(
          Member.ENABLE_TOKEN_REVOCATION.pointer(),
          client.names().of(Member.ENABLE_TOKEN_REVOCATION)
              + ": false makes RevokeToken and the /oauth2/revoke"
              + " endpoint unable to invalidate refresh tokens; a leaked token stays usable until it expires; set true");
    }
  }

  /**
   * Unsafe: turning it on for an existing client changes its tokens (they gain origin_jti and jti
   * claims).
   */
  @Override
  public Fix fix(AppClient client, String pointer) {
    return Edits.replaceValue(client, pointer, "false", "true")
        .map(
            e -> new Fix("Set EnableTokenRevocation to true", Fix.Applicability.UNSAFE, List.of(e)))
        .orElse(null);
  }
}
