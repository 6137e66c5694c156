package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Severity;
import java.util.List;

@RuleInfo(id = "CL304", name = "oauth-settings-need-oauth-client", severity = Severity.ERROR,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary = "AllowedOAuthFlowsUserPoolClient must be true when AllowedOAuthFlows, AllowedOAuthScopes, "
        + "CallbackURLs or LogoutURLs are set.")
public final class OAuthSettingsNeedOAuthClient implements Rule {
  private static final List<String> OAUTH_MEMBERS = List.of("AllowedOAuthFlows", "AllowedOAuthScopes", "CallbackURLs", "LogoutURLs");

  @Override
  public void check(AppClient client, Findings findings) {
    if (ClientFacts.oauthEnabled(client).orElse(true)) return;
    List<String> set = OAUTH_MEMBERS.stream().filter(m -> ClientFacts.hasItems(client, m)).toList();
    if (set.isEmpty()) return;
    String message = String.join(", ", set) + (set.size() == 1 ? " is" : " are")
        + " set but AllowedOAuthFlowsUserPoolClient is " + (client.has("AllowedOAuthFlowsUserPoolClient") ? "false" : "not set (false)")
        + "; set AllowedOAuthFlowsUserPoolClient: true, or remove the OAuth settings";
    if (client.has("AllowedOAuthFlowsUserPoolClient")) findings.atKey("/AllowedOAuthFlowsUserPoolClient", message);
    else findings.atKey("/" + set.get(0), message);
  }
}
