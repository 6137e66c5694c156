package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.CognitoAnswer;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Severity;

@RuleInfo(id = "CL302", name = "oauth-client-needs-flows-and-scopes", severity = Severity.ERROR,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary = "A client with AllowedOAuthFlowsUserPoolClient true must list AllowedOAuthFlows and AllowedOAuthScopes.")
public final class OAuthFlowsNeedScopes implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    if (!ClientFacts.oauthEnabled(client).orElse(false)) return;
    for (String member : new String[] {"AllowedOAuthFlows", "AllowedOAuthScopes"}) {
      if (ClientFacts.isEmpty(client, member)) {
        findings.atKey("/AllowedOAuthFlowsUserPoolClient", "AllowedOAuthFlowsUserPoolClient is true but " + member
            + " is empty; Cognito rejects this, so add " + (member.endsWith("Flows") ? "a flow such as code" : "scopes such as openid")
            + " or set AllowedOAuthFlowsUserPoolClient to false" + CognitoAnswer.of("InvalidParameterException",
                "AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows."));
      }
    }
  }
}
