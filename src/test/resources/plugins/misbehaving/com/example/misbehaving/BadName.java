package com.example.misbehaving;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Severity;
import dev.cognitolint.rules.Findings;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.rules.RuleInfo;

/** A name that the configuration file could not write. */
@RuleInfo(id = "XT009", name = "Bad_Name", severity = Severity.NOTE, summary = "Bad.")
public final class BadName implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {}
}
