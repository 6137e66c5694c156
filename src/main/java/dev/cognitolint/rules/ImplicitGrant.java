package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Severity;

@RuleInfo(
    id = "CL601",
    name = "implicit-grant",
    severity = Severity.WARNING,
    security = true,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary = "Use the authorization code grant with PKCE instead of the implicit grant.")
public final class ImplicitGrant implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    ClientFacts.eachString(
        client,
        Member.ALLOWED_OAUTH_FLOWS,
        (pointer, flow) -> {
          if (flow.equals("implicit")) {
            findings.at(
                pointer,
                client.names().at(pointer)
                    + ": the implicit grant returns tokens in the URL fragment, where"
                    + " browser history and referrers can leak them (RFC 9700 says not to use it); use code with PKCE");
          }
        });
  }
}
