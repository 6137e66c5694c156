package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.CognitoAnswer;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Names;
import dev.cognitolint.model.Severity;
import dev.cognitolint.rules.TokenValidity.Duration;
import dev.cognitolint.rules.TokenValidity.Token;

@RuleInfo(
    id = "CL501",
    name = "token-validity-range",
    severity = Severity.ERROR,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary =
        "Token lifetimes, in their TokenValidityUnits, must be 5 minutes to 1 day for access and ID "
            + "tokens and 60 minutes to 10 years for refresh tokens.")
public final class TokenValidityRange implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    for (Token token : Token.values()) {
      TokenValidity.of(client, token).ifPresent(d -> check(token, d, client.names(), findings));
    }
  }

  private static void check(Token token, Duration d, Names names, Findings findings) {
    if (token == Token.REFRESH && d.value() == 0) return; // 0 means the default of 30 days
    long seconds = d.seconds();
    if (seconds >= token.minSeconds && seconds <= token.maxSeconds) return;
    long unit = TokenValidity.UNIT_SECONDS.get(d.unit());
    boolean tooLong = seconds > token.maxSeconds;
    long suggestion = tooLong ? token.maxSeconds / unit : (token.minSeconds + unit - 1) / unit;
    String unitSource =
        d.defaultUnit() ? " (the default unit)" : " (" + names.of(token.unitMember) + ")";
    findings.at(
        token.member.pointer(),
        names.of(token.member)
            + ": "
            + d.display()
            + unitSource
            + " is "
            + (tooLong ? "longer than " : "shorter than ")
            + TokenValidity.humanSeconds(tooLong ? token.maxSeconds : token.minSeconds)
            + "; allowed is "
            + TokenValidity.humanSeconds(token.minSeconds)
            + " to "
            + TokenValidity.humanSeconds(token.maxSeconds)
            + ", so in "
            + d.unit()
            + " use "
            + (tooLong ? "at most " : "at least ")
            + suggestion
            + CognitoAnswer.of("InvalidParameterException", "Invalid range for token validity"));
  }
}
