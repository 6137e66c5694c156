package com.example.cognitolint;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Values;
import dev.cognitolint.rules.Findings;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.rules.RuleInfo;

/** A team convention: every app client's name starts with the owning team, e.g. "payments-web". */
@RuleInfo(id = "EX001", name = "client-name-team-prefix", severity = Severity.WARNING,
    summary = "App client names must start with the owning team's name and a dash.",
    docsUrl = "https://example.com/cognito-lint-rules/EX001")
public final class ClientNamePrefix implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    // Named as the file names it: ClientName in templates and requests, name in Terraform.
    Values.string(client.get(Member.CLIENT_NAME))
        .filter(name -> !name.matches("[a-z]+-.+"))
        .ifPresent(name -> findings.at(Member.CLIENT_NAME.pointer(), client.names().of(Member.CLIENT_NAME)
            + ": '" + name + "' does not start with a team name; write it as '<team>-" + name + "'"));
  }
}
