package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Names;
import dev.cognitolint.model.Severity;
import java.util.List;

@RuleInfo(
    id = "CL304",
    name = "oauth-settings-need-oauth-client",
    severity = Severity.ERROR,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary =
        "AllowedOAuthFlowsUserPoolClient must be true when AllowedOAuthFlows, AllowedOAuthScopes, "
            + "CallbackURLs or LogoutURLs are set.")
public final class OAuthSettingsNeedOAuthClient implements Rule {
  private static final List<Member> OAUTH_MEMBERS =
      List.of(
          Member.ALLOWED_OAUTH_FLOWS,
          Member.ALLOWED_OAUTH_SCOPES,
          Member.CALLBACK_URLS,
          Member.LOGOUT_URLS);

  @Override
  public void check(AppClient client, Findings findings) {
    if (ClientFacts.oauthEnabled(client).orElse(true)) return;
    List<Member> set = OAUTH_MEMBERS.stream().filter(m -> ClientFacts.hasItems(client, m)).toList();
    if (set.isEmpty()) return;
    Names names = client.names();
    Member oauthClient = Member.ALLOWED_OAUTH_FLOWS_USER_POOL_CLIENT;
    String message =
        String.join(", ", set.stream().map(names::of).toList())
            + (set.size() == 1 ? " is" : " are")
            + " set but "
            + names.of(oauthClient)
            + " is "
            + (client.has(oauthClient) ? "false" : "not set (false)")
            + "; set "
            + names.assignment(oauthClient, "true")
            + ", or remove the OAuth settings";
    if (client.has(oauthClient)) findings.atKey(oauthClient.pointer(), message);
    else findings.atKey(set.get(0).pointer(), message);
  }
}
