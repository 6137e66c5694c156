package dev.cognitolint.rules;

import dev.cognitolint.fix.Edits;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Fix;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Values;
import java.util.List;
import tools.jackson.databind.JsonNode;

@RuleInfo(
    id = "CL603",
    name = "prevent-user-existence-errors",
    severity = Severity.WARNING,
    security = true,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary =
        "Set PreventUserExistenceErrors to ENABLED so that sign-in errors do not reveal which users exist.",
    fix = Fix.Applicability.UNSAFE)
public final class UserExistenceErrors implements Rule, Fixer {
  @Override
  public void check(AppClient client, Findings findings) {
    if (ClientFacts.servesNoUsers(client))
      return; // no user signs in or edits attributes through it
    Member setting = Member.PREVENT_USER_EXISTENCE_ERRORS;
    JsonNode value = client.get(setting);
    if (value == null || value.isNull()) {
      findings.atClient(
          client.names().of(setting)
              + " is not set, so the API default "
              + setting.apiDefault()
              + " applies and errors reveal whether a user exists; set "
              + client.names().assignment(setting, "ENABLED"));
    } else if (Values.string(value).filter("LEGACY"::equals).isPresent()) {
      findings.at(
          setting.pointer(),
          client.names().of(setting)
              + ": LEGACY lets sign-in and recovery errors"
              + " reveal whether a user exists (user enumeration); set ENABLED");
    }
  }

  /** Unsafe: apps that branch on UserNotFoundException get generic errors instead. */
  @Override
  public Fix fix(AppClient client, String pointer) {
    return (pointer.isEmpty()
            ? Edits.addSetting(client, "PreventUserExistenceErrors", "ENABLED")
            : Edits.replaceString(client, pointer, "ENABLED"))
        .map(
            e ->
                new Fix(
                    "Set PreventUserExistenceErrors to ENABLED",
                    Fix.Applicability.UNSAFE,
                    List.of(e)))
        .orElse(null);
  }
}
