package com.example.misbehaving;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Severity;
import dev.cognitolint.rules.Findings;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.rules.RuleInfo;

/** Takes the id of a built-in rule. */
@RuleInfo(id = "CL201", name = "my-callback-check", severity = Severity.NOTE, summary = "Reuses.")
public final class ReusesAnId implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {}
}
