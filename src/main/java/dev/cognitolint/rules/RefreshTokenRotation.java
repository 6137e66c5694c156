package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Names;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Values;
import tools.jackson.databind.JsonNode;

@RuleInfo(
    id = "CL503",
    name = "refresh-token-rotation",
    severity = Severity.NOTE,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary =
        "With refresh token rotation enabled, apps must refresh through GetTokensFromRefreshToken; "
            + "a grace period without rotation does nothing.")
public final class RefreshTokenRotation implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    JsonNode rotation = client.get(Member.REFRESH_TOKEN_ROTATION);
    if (rotation == null || !rotation.isObject()) return;
    Names names = client.names();
    Member gracePeriod = Member.ROTATION_RETRY_GRACE_PERIOD_SECONDS;
    String feature = Values.string(rotation.get(Member.ROTATION_FEATURE.apiName())).orElse(null);
    if ("ENABLED".equals(feature) && !ClientFacts.servesNoUsers(client)) {
      findings.at(
          Member.ROTATION_FEATURE.pointer(),
          names.of(Member.ROTATION_FEATURE)
              + ": ENABLED; InitiateAuth with REFRESH_TOKEN_AUTH"
              + " stops working for this client, so apps must call GetTokensFromRefreshToken and store the new refresh token");
    } else if ("DISABLED".equals(feature) && rotation.has(gracePeriod.apiName())) {
      findings.at(
          gracePeriod.pointer(),
          names.of(gracePeriod)
              + " has no effect while "
              + names.key(Member.ROTATION_FEATURE)
              + " is DISABLED; remove it or enable rotation");
    }
  }
}
