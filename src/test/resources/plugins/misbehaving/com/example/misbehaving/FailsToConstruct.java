package com.example.misbehaving;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Severity;
import dev.cognitolint.rules.Findings;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.rules.RuleInfo;

/** Its constructor fails. */
@RuleInfo(id = "XT006", name = "fails-to-construct", severity = Severity.NOTE, summary = "Fails.")
public final class FailsToConstruct implements Rule {
  public FailsToConstruct() {
    throw new AssertionError("the plugin cannot start");
  }

  @Override
  public void check(AppClient client, Findings findings) {}
}
