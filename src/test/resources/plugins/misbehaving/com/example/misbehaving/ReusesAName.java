package com.example.misbehaving;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Severity;
import dev.cognitolint.rules.Findings;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.rules.RuleInfo;

/** Takes the name of a built-in rule, so that disabling that name would disable this one instead. */
@RuleInfo(id = "XT201", name = "callback-url-https", severity = Severity.NOTE, summary = "Reuses.")
public final class ReusesAName implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {}
}
