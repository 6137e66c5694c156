package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Severity;
import dev.cognitolint.rules.TokenValidity.Token;

@RuleInfo(id = "CL504", name = "refresh-token-lifetime", severity = Severity.NOTE, security = true,
    summary = "Refresh tokens should not live longer than the configured maximum (default 30 days).")
public final class RefreshTokenLifetime implements Rule {
  private final long maxSeconds;

  public RefreshTokenLifetime(RuleOptions options) {
    this.maxSeconds = options.maxRefreshTokenSeconds();
  }

  @Override
  public void check(AppClient client, Findings findings) {
    TokenValidity.of(client, Token.REFRESH)
        .filter(d -> d.value() != 0 && d.seconds() > maxSeconds)
        .ifPresent(d -> findings.at("/RefreshTokenValidity", "RefreshTokenValidity: " + d.display()
            + " lets a stolen refresh token mint new tokens for that long; the configured maximum is "
            + TokenValidity.humanSeconds(maxSeconds)));
  }
}
