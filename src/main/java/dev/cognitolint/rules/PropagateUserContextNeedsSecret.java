package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Values;

@RuleInfo(id = "CL608", name = "propagate-user-context-needs-secret", severity = Severity.ERROR,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary = "EnablePropagateAdditionalUserContextData can be true only on a client with a client secret.")
public final class PropagateUserContextNeedsSecret implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    if (Values.bool(client.get("EnablePropagateAdditionalUserContextData")).orElse(false)
        && !ClientFacts.hasSecret(client).orElse(true)) {
      findings.at("/EnablePropagateAdditionalUserContextData", "EnablePropagateAdditionalUserContextData: true needs a"
          + " client with a secret; set GenerateSecret: true, or leave it false for a public client");
    }
  }
}
