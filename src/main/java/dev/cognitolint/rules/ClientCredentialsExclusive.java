package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.CognitoAnswer;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Values;
import java.util.List;

@RuleInfo(
    id = "CL301",
    name = "client-credentials-exclusive",
    severity = Severity.ERROR,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary = "client_credentials must be the only entry of AllowedOAuthFlows.")
public final class ClientCredentialsExclusive implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    List<String> flows = Values.knownStrings(client.get(Member.ALLOWED_OAUTH_FLOWS));
    if (!flows.contains("client_credentials")) return;
    List<String> others =
        flows.stream().filter(f -> !f.equals("client_credentials")).distinct().toList();
    if (!others.isEmpty()) {
      findings.atKey(
          Member.ALLOWED_OAUTH_FLOWS.pointer(),
          client.names().of(Member.ALLOWED_OAUTH_FLOWS)
              + ": client_credentials cannot be combined with "
              + String.join(" or ", others)
              + "; use a separate app client for machine-to-machine access"
              + CognitoAnswer.of(
                  "InvalidOAuthFlowException",
                  "client_credentials flow can not be selected along with code flow or implicit flow"));
    }
  }
}
