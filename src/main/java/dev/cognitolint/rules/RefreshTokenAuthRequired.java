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
    id = "CL402",
    name = "refresh-token-auth-required",
    severity = Severity.ERROR,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary =
        "When ExplicitAuthFlows lists ALLOW_ values, ALLOW_REFRESH_TOKEN_AUTH must be among them (unless refresh token rotation is enabled).",
    fix = Fix.Applicability.SAFE)
public final class RefreshTokenAuthRequired implements Rule, Fixer {
  @Override
  public void check(AppClient client, Findings findings) {
    if (!Values.isFullyKnownStringList(client.get(Member.EXPLICIT_AUTH_FLOWS))) return;
    // With rotation on, refresh goes through GetTokensFromRefreshToken and REFRESH_TOKEN_AUTH is
    // unusable.
    JsonNode rotation = client.get(Member.REFRESH_TOKEN_ROTATION);
    if (rotation != null
        && !Values.string(rotation.get(Member.ROTATION_FEATURE.apiName()))
            .filter("DISABLED"::equals)
            .isPresent()) return;
    List<String> flows = Values.knownStrings(client.get(Member.EXPLICIT_AUTH_FLOWS));
    if (flows.stream().anyMatch(f -> f.startsWith("ALLOW_"))
        && !flows.contains("ALLOW_REFRESH_TOKEN_AUTH")) {
      findings.atKey(
          Member.EXPLICIT_AUTH_FLOWS.pointer(),
          client.names().of(Member.EXPLICIT_AUTH_FLOWS)
              + ": add ALLOW_REFRESH_TOKEN_AUTH; Cognito rejects ALLOW_ flows"
              + " without it (\"REFRESH_TOKEN_AUTH should always be allowed.\")");
    }
  }

  @Override
  public Fix fix(AppClient client, String pointer) {
    return Edits.appendItem(client, "/ExplicitAuthFlows", "ALLOW_REFRESH_TOKEN_AUTH")
        .map(
            e ->
                new Fix(
                    "Add ALLOW_REFRESH_TOKEN_AUTH to ExplicitAuthFlows",
                    Fix.Applicability.SAFE,
                    List.of(e)))
        .orElse(null);
  }
}
