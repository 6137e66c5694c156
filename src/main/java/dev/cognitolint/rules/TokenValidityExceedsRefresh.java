package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Severity;
import dev.cognitolint.rules.TokenValidity.Token;

@RuleInfo(
    id = "CL502",
    name = "token-validity-exceeds-refresh",
    severity = Severity.WARNING,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary = "Access and ID tokens should not outlive the refresh token.")
public final class TokenValidityExceedsRefresh implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    if (ClientFacts.servesNoUsers(client)) return; // no refresh token for its tokens to outlive
    long refresh;
    if (!client.has(Member.REFRESH_TOKEN_VALIDITY)) {
      refresh = TokenValidity.DEFAULT_REFRESH_SECONDS;
    } else {
      var duration = TokenValidity.of(client, Token.REFRESH);
      if (duration.isEmpty()) return;
      refresh =
          duration.get().value() == 0
              ? TokenValidity.DEFAULT_REFRESH_SECONDS
              : duration.get().seconds();
    }
    for (Token token : new Token[] {Token.ACCESS, Token.ID}) {
      TokenValidity.of(client, token)
          .filter(d -> d.seconds() > refresh)
          .ifPresent(
              d ->
                  findings.at(
                      token.member.pointer(),
                      client.names().of(token.member)
                          + ": "
                          + d.display()
                          + " is longer than the refresh token's "
                          + TokenValidity.humanSeconds(refresh)
                          + "; shorten it or lengthen "
                          + client.names().of(Member.REFRESH_TOKEN_VALIDITY)
                          + " (the AWS CDK rejects this)"));
    }
  }
}
