package dev.cognitolint.rules;

import dev.cognitolint.fix.Edits;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Fix;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Suggestions;
import dev.cognitolint.model.Values;
import java.util.Set;

@RuleInfo(
    id = "CL309",
    name = "identity-provider-name",
    severity = Severity.WARNING,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary =
        "Built-in identity provider names are case-sensitive: COGNITO, Facebook, Google, SignInWithApple, LoginWithAmazon.",
    fix = Fix.Applicability.SAFE)
public final class IdentityProviderName implements Rule, Fixer {
  static final Set<String> BUILT_IN =
      Set.of("COGNITO", "Facebook", "Google", "SignInWithApple", "LoginWithAmazon");

  @Override
  public void check(AppClient client, Findings findings) {
    ClientFacts.eachString(
        client,
        Member.SUPPORTED_IDENTITY_PROVIDERS,
        (pointer, name) -> {
          if (BUILT_IN.contains(name)) return;
          // Other names are the pool's own SAML and OIDC providers; only a near-miss of a built-in
          // is suspect.
          Suggestions.closest(name, BUILT_IN)
              .filter(s -> Suggestions.distance(s.toLowerCase(), name.toLowerCase()) <= 2)
              .ifPresent(
                  suggestion ->
                      findings.at(
                          pointer,
                          client.names().at(pointer)
                              + ": '"
                              + name
                              + "' is not a built-in provider name; did you mean '"
                              + suggestion
                              + "'? (names are case-sensitive; an unknown provider fails with InvalidParameterException)"));
        });
  }

  /** The did-you-mean of the message, the same near-miss of a built-in name. */
  @Override
  public Fix fix(AppClient client, String pointer) {
    String name = Values.string(client.settings().at(pointer)).orElse("");
    return Suggestions.closest(name, BUILT_IN)
        .filter(s -> Suggestions.distance(s.toLowerCase(), name.toLowerCase()) <= 2)
        .flatMap(s -> Edits.replacement(client, pointer, name, s))
        .orElse(null);
  }
}
