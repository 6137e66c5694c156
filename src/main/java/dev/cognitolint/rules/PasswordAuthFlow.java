package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Severity;
import java.util.Set;

@RuleInfo(
    id = "CL602",
    name = "password-auth-flow",
    severity = Severity.WARNING,
    security = true,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary =
        "Prefer SRP (ALLOW_USER_SRP_AUTH) to flows that send the password itself to the server.")
public final class PasswordAuthFlow implements Rule {
  static final Set<String> PASSWORD_FLOWS =
      Set.of(
          "ALLOW_USER_PASSWORD_AUTH",
          "USER_PASSWORD_AUTH",
          "ALLOW_ADMIN_USER_PASSWORD_AUTH",
          "ADMIN_NO_SRP_AUTH");

  @Override
  public void check(AppClient client, Findings findings) {
    ClientFacts.eachString(
        client,
        Member.EXPLICIT_AUTH_FLOWS,
        (pointer, flow) -> {
          if (PASSWORD_FLOWS.contains(flow)) {
            findings.at(
                pointer,
                client.names().at(pointer)
                    + ": "
                    + flow
                    + " sends the user's password to the server;"
                    + " use ALLOW_USER_SRP_AUTH (or passkeys and one-time passwords with ALLOW_USER_AUTH) unless a"
                    + " migration trigger or a server-side flow needs it");
          }
        });
  }
}
