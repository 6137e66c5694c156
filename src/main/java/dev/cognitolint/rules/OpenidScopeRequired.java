package dev.cognitolint.rules;

import dev.cognitolint.fix.Edits;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Fix;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Values;
import java.util.List;

@RuleInfo(
    id = "CL308",
    name = "openid-scope-required",
    severity = Severity.WARNING,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary = "The email, phone and profile scopes are granted only together with openid.",
    fix = Fix.Applicability.UNSAFE)
public final class OpenidScopeRequired implements Rule, Fixer {
  @Override
  public void check(AppClient client, Findings findings) {
    if (ClientFacts.oauthFlows(client).contains("client_credentials")) return; // CL306's concern
    if (!Values.isFullyKnownStringList(client.get(Member.ALLOWED_OAUTH_SCOPES))) return;
    List<String> scopes = Values.knownStrings(client.get(Member.ALLOWED_OAUTH_SCOPES));
    List<String> needOpenid =
        scopes.stream()
            .filter(s -> s.equals("email") || s.equals("phone") || s.equals("profile"))
            .toList();
    if (!needOpenid.isEmpty() && !scopes.contains("openid")) {
      findings.atKey(
          Member.ALLOWED_OAUTH_SCOPES.pointer(),
          client.names().of(Member.ALLOWED_OAUTH_SCOPES)
              + ": "
              + String.join(", ", needOpenid)
              + " without openid is not granted at the authorize endpoint; add openid");
    }
  }

  /** Unsafe: the tokens then carry the user's identity, which the app may not have asked for. */
  @Override
  public Fix fix(AppClient client, String pointer) {
    return Edits.appendItem(client, "/AllowedOAuthScopes", "openid")
        .map(e -> new Fix("Add openid to AllowedOAuthScopes", Fix.Applicability.UNSAFE, List.of(e)))
        .orElse(null);
  }
}
