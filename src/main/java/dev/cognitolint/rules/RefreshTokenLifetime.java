package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Severity;
import dev.cognitolint.rules.TokenValidity.Token;

@RuleInfo(
    id = "CL504",
    name = "refresh-token-lifetime",
    severity = Severity.NOTE,
    security = true,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary =
        "Refresh tokens should not live longer than the configured maximum (default 30 days).")
public final class RefreshTokenLifetime implements Rule {
  private final long maxSeconds;

  public RefreshTokenLifetime(RuleOptions options) {
    this.maxSeconds = options.maxRefreshTokenSeconds();
  }

  @Override
  public void check(AppClient client, Findings findings) {
    if (ClientFacts.servesNoUsers(client)) return; // it gets no refresh token
    String limit = "; the configured maximum is " + TokenValidity.humanSeconds(maxSeconds);
    Member validity = Member.REFRESH_TOKEN_VALIDITY;
    String name = client.names().of(validity);
    if (!client.has(validity)) {
      if (TokenValidity.DEFAULT_REFRESH_SECONDS > maxSeconds) {
        findings.atClient(name + " is not set, so refresh tokens live the default 30 days" + limit);
      }
      return;
    }
    TokenValidity.of(client, Token.REFRESH)
        .ifPresent(
            d -> {
              if (d.value() == 0 && TokenValidity.DEFAULT_REFRESH_SECONDS > maxSeconds) {
                findings.at(validity.pointer(), name + ": 0 means the default of 30 days" + limit);
              } else if (d.value() != 0 && d.seconds() > maxSeconds) {
                findings.at(
                    validity.pointer(),
                    name
                        + ": "
                        + d.display()
                        + " lets a stolen refresh token mint new tokens for that long"
                        + limit);
              }
            });
  }
}
