package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.CognitoAnswer;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Severity;

@RuleInfo(
    id = "CL306",
    name = "client-credentials-custom-scopes",
    severity = Severity.ERROR,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary =
        "A client_credentials client may only have custom resource-server scopes (identifier/scope).")
public final class ClientCredentialsCustomScopes implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    if (!ClientFacts.oauthFlows(client).contains("client_credentials")) return;
    ClientFacts.eachString(
        client,
        Member.ALLOWED_OAUTH_SCOPES,
        (pointer, scope) -> {
          if (ClientFacts.STANDARD_SCOPES.contains(scope)) {
            findings.at(
                pointer,
                client.names().at(pointer)
                    + ": '"
                    + scope
                    + "' is a user scope, which client_credentials"
                    + " cannot grant; use a resource server scope such as 'orders-api/read'"
                    + CognitoAnswer.of(
                        "InvalidOAuthFlowException",
                        scope + " is not supported with client_credentials flow"));
          }
        });
  }
}
