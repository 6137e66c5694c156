package dev.cognitolint.rules;

import dev.cognitolint.fix.Edits;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Fix;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Values;
import java.util.List;

@RuleInfo(id = "CL308", name = "openid-scope-required", severity = Severity.WARNING,
    summary = "The email, phone and profile scopes are granted only together with openid.",
    fix = Fix.Applicability.UNSAFE)
public final class OpenidScopeRequired implements Rule, Fixer {
  @Override
  public void check(AppClient client, Findings findings) {
    if (ClientFacts.oauthFlows(client).contains("client_credentials")) return; // CL306's concern
    if (!Values.isFullyKnownStringList(client.get("AllowedOAuthScopes"))) return;
    List<String> scopes = Values.knownStrings(client.get("AllowedOAuthScopes"));
    List<String> needOpenid = scopes.stream().filter(s -> s.equals("email") || s.equals("phone") || s.equals("profile")).toList();
    if (!needOpenid.isEmpty() && !scopes.contains("openid")) {
      findings.atKey("/AllowedOAuthScopes", "AllowedOAuthScopes: " + String.join(", ", needOpenid)
          + " without openid is not granted at the authorize endpoint; add openid");
    }
  }

  /** Unsafe: the tokens then carry the user's identity, which the app may not have asked for. */
  @Override
  public Fix fix(AppClient client, String pointer) {
    return Edits.appendItem(client, "/AllowedOAuthScopes", "openid")
        .map(e -> new Fix("Add openid to AllowedOAuthScopes", Fix.Applicability.UNSAFE, List.of(e))).orElse(null);
  }
}
