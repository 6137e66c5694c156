package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.CognitoAnswer;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Names;
import dev.cognitolint.model.Severity;

@RuleInfo(
    id = "CL305",
    name = "client-credentials-needs-secret",
    severity = Severity.ERROR,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary = "A client_credentials client must have a client secret (GenerateSecret: true).")
public final class ClientCredentialsNeedsSecret implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    if (!ClientFacts.oauthFlows(client).contains("client_credentials")) return;
    if (ClientFacts.hasSecret(client).orElse(true)) return;
    Names names = client.names();
    findings.atKey(
        Member.ALLOWED_OAUTH_FLOWS.pointer(),
        names.of(Member.ALLOWED_OAUTH_FLOWS)
            + ": client_credentials needs a client secret; set "
            + names.assignment(Member.GENERATE_SECRET, "true")
            + (client.kind() == dev.cognitolint.model.ClientKind.CREATE_REQUEST
                ? " or give a " + names.of(Member.CLIENT_SECRET)
                : "")
            + " (a secret cannot be added later: the client must be created with it)"
            + CognitoAnswer.of(
                "InvalidOAuthFlowException",
                "client_credentials flow can not be selected if client does not have a client secret."));
  }
}
