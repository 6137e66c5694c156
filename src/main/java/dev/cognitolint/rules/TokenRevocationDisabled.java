package dev.cognitolint.rules;

import dev.cognitolint.model.Member;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Values;

@RuleInfo(id = "CL604", name = "token-revocation-disabled", severity = Severity.WARNING, security = true,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary = "Keep EnableTokenRevocation true so that refresh tokens can be revoked.")
public final class TokenRevocationDisabled implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    if (Values.bool(client.get(Member.ENABLE_TOKEN_REVOCATION)).filter(b -> !b).isPresent()) {
      findings.at(Member.ENABLE_TOKEN_REVOCATION.pointer(), client.names().of(Member.ENABLE_TOKEN_REVOCATION) + ": false makes RevokeToken and the /oauth2/revoke"
          + " endpoint unable to invalidate refresh tokens; a leaked token stays usable until it expires; set true");
    }
  }
}
