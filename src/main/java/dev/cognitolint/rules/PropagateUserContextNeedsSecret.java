package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Values;

@RuleInfo(
    id = "CL608",
    name = "propagate-user-context-needs-secret",
    severity = Severity.ERROR,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary =
        "EnablePropagateAdditionalUserContextData can be true only on a client with a client secret.")
public final class PropagateUserContextNeedsSecret implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    Member propagate = Member.ENABLE_PROPAGATE_ADDITIONAL_USER_CONTEXT_DATA;
    if (Values.bool(client.get(propagate)).orElse(false)
        && !ClientFacts.hasSecret(client).orElse(true)) {
      findings.at(
          propagate.pointer(),
          client.names().of(propagate)
              + ": true needs a client with a secret; set "
              + client.names().assignment(Member.GENERATE_SECRET, "true")
              + ", or leave it false for a public client");
    }
  }
}
