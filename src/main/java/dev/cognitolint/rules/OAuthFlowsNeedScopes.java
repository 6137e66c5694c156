package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.CognitoAnswer;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Names;
import dev.cognitolint.model.Severity;

@RuleInfo(
    id = "CL302",
    name = "oauth-client-needs-flows-and-scopes",
    severity = Severity.ERROR,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary =
        "A client with AllowedOAuthFlowsUserPoolClient true must list AllowedOAuthFlows and AllowedOAuthScopes.")
public final class OAuthFlowsNeedScopes implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    if (!ClientFacts.oauthEnabled(client).orElse(false)) return;
    Names names = client.names();
    String oauthClient = names.of(Member.ALLOWED_OAUTH_FLOWS_USER_POOL_CLIENT);
    for (Member member : new Member[] {Member.ALLOWED_OAUTH_FLOWS, Member.ALLOWED_OAUTH_SCOPES}) {
      if (ClientFacts.isEmpty(client, member)) {
        findings.atKey(
            Member.ALLOWED_OAUTH_FLOWS_USER_POOL_CLIENT.pointer(),
            oauthClient
                + " is true but "
                + names.of(member)
                + " is empty; Cognito rejects this, so add "
                + (member == Member.ALLOWED_OAUTH_FLOWS
                    ? "a flow such as code"
                    : "scopes such as openid")
                + " or set "
                + oauthClient
                + " to false"
                + CognitoAnswer.of(
                    "InvalidParameterException",
                    "AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows."));
      }
    }
  }
}
