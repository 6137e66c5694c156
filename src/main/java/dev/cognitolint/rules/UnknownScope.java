package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Suggestions;

@RuleInfo(
    id = "CL307",
    name = "unknown-scope",
    severity = Severity.ERROR,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary =
        "Each OAuth scope must be a standard scope (phone, email, openid, profile, "
            + "aws.cognito.signin.user.admin) or a resource server scope (identifier/scope).")
public final class UnknownScope implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    ClientFacts.eachString(
        client,
        Member.ALLOWED_OAUTH_SCOPES,
        (pointer, scope) -> {
          if (ClientFacts.STANDARD_SCOPES.contains(scope)) return;
          String label = client.names().at(pointer) + ": '" + scope + "' ";
          // A scope name has no '/' (ResourceServerScopeNameType); an identifier may
          // ("https://api.example.com").
          int slash = scope.lastIndexOf('/');
          if (slash < 0) {
            String hint =
                Suggestions.closest(scope, ClientFacts.STANDARD_SCOPES)
                    .map(s -> "did you mean '" + s + "'?")
                    .orElse(
                        "use a standard scope or a resource server scope written 'identifier/scope'");
            findings.at(
                pointer,
                label
                    + "is neither a standard scope nor a resource server scope (Cognito: ScopeDoesNotExistException); "
                    + hint);
          } else if (slash == 0) {
            findings.at(
                pointer,
                label
                    + "has no resource server identifier before the '/' (Cognito: ScopeDoesNotExistException);"
                    + " write 'identifier/scope', e.g. 'orders-api"
                    + scope
                    + "'");
          } else if (slash == scope.length() - 1) {
            findings.at(
                pointer,
                label
                    + "has no scope name after the last '/' (Cognito: ScopeDoesNotExistException);"
                    + " write 'identifier/scope', e.g. '"
                    + scope
                    + "read'");
          }
        });
  }
}
