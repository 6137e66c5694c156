package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Values;
import tools.jackson.databind.JsonNode;

@RuleInfo(id = "CL503", name = "refresh-token-rotation", severity = Severity.NOTE,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary = "With refresh token rotation enabled, apps must refresh through GetTokensFromRefreshToken; "
        + "a grace period without rotation does nothing.")
public final class RefreshTokenRotation implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    JsonNode rotation = client.get("RefreshTokenRotation");
    if (rotation == null || !rotation.isObject()) return;
    String feature = Values.string(rotation.get("Feature")).orElse(null);
    if ("ENABLED".equals(feature)) {
      findings.at("/RefreshTokenRotation/Feature", "RefreshTokenRotation.Feature: ENABLED; InitiateAuth with REFRESH_TOKEN_AUTH"
          + " stops working for this client, so apps must call GetTokensFromRefreshToken and store the new refresh token");
    } else if ("DISABLED".equals(feature) && rotation.has("RetryGracePeriodSeconds")) {
      findings.at("/RefreshTokenRotation/RetryGracePeriodSeconds", "RefreshTokenRotation.RetryGracePeriodSeconds has no effect"
          + " while Feature is DISABLED; remove it or enable rotation");
    }
  }
}
