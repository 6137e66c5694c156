package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.CognitoAnswer;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Names;
import dev.cognitolint.model.Severity;
import java.util.List;

@RuleInfo(
    id = "CL303",
    name = "callback-url-required",
    severity = Severity.ERROR,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary = "The code and implicit grants need at least one callback URL.")
public final class CallbackUrlRequired implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    List<String> userFlows =
        ClientFacts.oauthFlows(client).stream()
            .filter(f -> f.equals("code") || f.equals("implicit"))
            .distinct()
            .toList();
    if (!userFlows.isEmpty() && ClientFacts.isEmpty(client, Member.CALLBACK_URLS)) {
      Names names = client.names();
      findings.atKey(
          Member.ALLOWED_OAUTH_FLOWS.pointer(),
          names.of(Member.ALLOWED_OAUTH_FLOWS)
              + ": "
              + String.join(" and ", userFlows)
              + (userFlows.size() == 1 ? " needs" : " need")
              + " at least one "
              + names.of(Member.CALLBACK_URLS)
              + " entry; add the URL your app receives the sign-in response at"
              + CognitoAnswer.of(
                  "InvalidOAuthFlowException",
                  "CallbackUrls can not be empty when code flow or implicit flow is selected"));
    }
  }
}
