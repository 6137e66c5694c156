package com.example.misbehaving;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Severity;
import dev.cognitolint.rules.Findings;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.rules.RuleInfo;

/** Ends the JVM with exit code 0, as if the run had passed. */
@RuleInfo(id = "XT003", name = "calls-exit", severity = Severity.ERROR, summary = "Exits.")
public final class CallsExit implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    System.exit(0);
  }
}
