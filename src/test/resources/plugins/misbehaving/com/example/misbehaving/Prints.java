package com.example.misbehaving;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Severity;
import dev.cognitolint.rules.Findings;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.rules.RuleInfo;

/** Prints to standard output and standard error, then reports a note. */
@RuleInfo(id = "XT004", name = "prints", severity = Severity.NOTE, summary = "Prints.")
public final class Prints implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    System.out.println("plugin output on stdout");
    System.err.println("plugin output on stderr");
    findings.atClient("printed");
  }
}
