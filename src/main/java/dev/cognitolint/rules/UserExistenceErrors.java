package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Values;
import tools.jackson.databind.JsonNode;

@RuleInfo(id = "CL603", name = "prevent-user-existence-errors", severity = Severity.WARNING, security = true,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary = "Set PreventUserExistenceErrors to ENABLED so that sign-in errors do not reveal which users exist.")
public final class UserExistenceErrors implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    if (ClientFacts.servesNoUsers(client)) return; // no user signs in or edits attributes through it
    JsonNode value = client.get("PreventUserExistenceErrors");
    if (value == null || value.isNull()) {
      findings.atClient("PreventUserExistenceErrors is not set, so the API default LEGACY applies and errors reveal"
          + " whether a user exists; set PreventUserExistenceErrors: ENABLED");
    } else if (Values.string(value).filter("LEGACY"::equals).isPresent()) {
      findings.at("/PreventUserExistenceErrors", "PreventUserExistenceErrors: LEGACY lets sign-in and recovery errors"
          + " reveal whether a user exists (user enumeration); set ENABLED");
    }
  }
}
