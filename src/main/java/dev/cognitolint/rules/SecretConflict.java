package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.ClientKind;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Names;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Values;

@RuleInfo(
    id = "CL702",
    name = "client-secret-conflict",
    severity = Severity.ERROR,
    inputs = {InputKind.API},
    summary =
        "A create request must not give its own ClientSecret and also ask for GenerateSecret: true.")
public final class SecretConflict implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    if (client.kind() == ClientKind.CREATE_REQUEST
        && client.has(Member.CLIENT_SECRET)
        && Values.bool(client.get(Member.GENERATE_SECRET)).orElse(false)) {
      Names names = client.names();
      String secret = names.of(Member.CLIENT_SECRET);
      String generate = names.of(Member.GENERATE_SECRET);
      findings.atKey(
          Member.CLIENT_SECRET.pointer(),
          secret
              + " is given and "
              + generate
              + " is true; use one: your own secret"
              + " ("
              + secret
              + ", "
              + generate
              + " omitted or false) or a generated one ("
              + names.assignment(Member.GENERATE_SECRET, "true")
              + ")");
    }
  }
}
