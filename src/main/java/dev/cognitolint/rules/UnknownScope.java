package dev.cognitolint.rules;

import dev.cognitolint.input.Suggestions;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Pointers;
import dev.cognitolint.model.Severity;

@RuleInfo(id = "CL307", name = "unknown-scope", severity = Severity.ERROR,
    summary = "Each OAuth scope must be a standard scope (phone, email, openid, profile, "
        + "aws.cognito.signin.user.admin) or a resource server scope (identifier/scope).")
public final class UnknownScope implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    ClientFacts.eachString(client, "AllowedOAuthScopes", (pointer, scope) -> {
      if (!ClientFacts.STANDARD_SCOPES.contains(scope) && !scope.contains("/")) {
        String hint = Suggestions.closest(scope, ClientFacts.STANDARD_SCOPES).map(s -> "did you mean '" + s + "'?")
            .orElse("use a standard scope or a resource server scope written 'identifier/scope'");
        findings.at(pointer, Pointers.display(pointer) + ": '" + scope
            + "' is neither a standard scope nor a resource server scope (Cognito: ScopeDoesNotExistException); " + hint);
      }
    });
  }
}
