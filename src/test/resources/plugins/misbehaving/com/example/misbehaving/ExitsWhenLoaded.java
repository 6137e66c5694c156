package com.example.misbehaving;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Severity;
import dev.cognitolint.rules.Findings;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.rules.RuleInfo;

/** Ends the JVM with exit code 0 as soon as it is constructed. */
@RuleInfo(id = "XT007", name = "exits-when-loaded", severity = Severity.NOTE, summary = "Exits.")
public final class ExitsWhenLoaded implements Rule {
  public ExitsWhenLoaded() {
    System.exit(0);
  }

  @Override
  public void check(AppClient client, Findings findings) {}
}
