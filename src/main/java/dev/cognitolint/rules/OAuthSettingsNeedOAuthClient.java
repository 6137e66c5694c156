package dev.cognitolint.rules;

import dev.cognitolint.fix.Edits;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Edit;
import dev.cognitolint.model.Fix;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Names;
import dev.cognitolint.model.Severity;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "CL304",
    name = "oauth-settings-need-oauth-client",
    severity = Severity.ERROR,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary =
        "AllowedOAuthFlowsUserPoolClient must be true when AllowedOAuthFlows, AllowedOAuthScopes, "
            + "CallbackURLs or LogoutURLs are set.",
    fix = Fix.Applicability.UNSAFE)
public final class OAuthSettingsNeedOAuthClient implements Rule, Fixer {
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

  /**
   * Unsafe: the client becomes an OAuth client, which the hosted UI and the authorize endpoint then
   * serve with the flows and scopes it lists; removing the OAuth settings instead is the other way,
   * and only the author knows which was meant. None without flows and scopes: Cognito would refuse
   * the OAuth client then (CL302).
   */
  @Override
  public Fix fix(AppClient client, String pointer) {
    if (!ClientFacts.hasItems(client, Member.ALLOWED_OAUTH_FLOWS)
        || !ClientFacts.hasItems(client, Member.ALLOWED_OAUTH_SCOPES)) return null;
    Member oauthClient = Member.ALLOWED_OAUTH_FLOWS_USER_POOL_CLIENT;
    Optional<Edit> edit =
        client.has(oauthClient)
            ? Edits.replaceFalse(client, oauthClient.pointer())
            : Edits.addSetting(client, oauthClient.apiName(), true);
    return edit.map(
            e ->
                new Fix(
                    "Set " + client.names().of(oauthClient) + " to true",
                    Fix.Applicability.UNSAFE,
                    List.of(e)))
        .orElse(null);
  }
}
