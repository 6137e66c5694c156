package dev.cognitolint.rules;

import dev.cognitolint.model.Suggestions;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Pointers;
import dev.cognitolint.model.Severity;
import java.util.Set;

@RuleInfo(id = "CL309", name = "identity-provider-name", severity = Severity.WARNING,
    summary = "Built-in identity provider names are case-sensitive: COGNITO, Facebook, Google, SignInWithApple, LoginWithAmazon.")
public final class IdentityProviderName implements Rule {
  static final Set<String> BUILT_IN = Set.of("COGNITO", "Facebook", "Google", "SignInWithApple", "LoginWithAmazon");

  @Override
  public void check(AppClient client, Findings findings) {
    ClientFacts.eachString(client, "SupportedIdentityProviders", (pointer, name) -> {
      if (BUILT_IN.contains(name)) return;
      // Other names are the pool's own SAML and OIDC providers; only a near-miss of a built-in is suspect.
      Suggestions.closest(name, BUILT_IN).filter(s -> Suggestions.distance(s.toLowerCase(), name.toLowerCase()) <= 2)
          .ifPresent(suggestion -> findings.at(pointer, Pointers.display(pointer) + ": '" + name
              + "' is not a built-in provider name; did you mean '" + suggestion
              + "'? (names are case-sensitive; an unknown provider fails with InvalidParameterException)"));
    });
  }
}
