package com.example.misbehaving;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Severity;
import dev.cognitolint.rules.Findings;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.rules.RuleInfo;

/** An id that the configuration file could not name. */
@RuleInfo(id = "x-1", name = "bad-id", severity = Severity.NOTE, summary = "Bad.")
public final class BadId implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {}
}
