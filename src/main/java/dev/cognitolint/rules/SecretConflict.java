package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.ClientKind;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Values;

@RuleInfo(id = "CL702", name = "client-secret-conflict", severity = Severity.ERROR,
    inputs = {InputKind.API},
    summary = "A create request must not give its own ClientSecret and also ask for GenerateSecret: true.")
public final class SecretConflict implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    if (client.kind() == ClientKind.CREATE_REQUEST && client.has("ClientSecret")
        && Values.bool(client.get("GenerateSecret")).orElse(false)) {
      findings.atKey("/ClientSecret", "ClientSecret is given and GenerateSecret is true; use one: your own secret"
          + " (ClientSecret, GenerateSecret omitted or false) or a generated one (GenerateSecret: true)");
    }
  }
}
