package com.example.misbehaving;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Severity;
import dev.cognitolint.rules.Findings;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.rules.RuleInfo;

/** Its hashCode and equals throw, and so does the message of the exception it throws. */
@RuleInfo(id = "XT008", name = "hostile-object", severity = Severity.NOTE, summary = "Hostile.")
public final class HostileObject implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    throw new RuntimeException() {
      @Override
      public String getMessage() {
        throw new IllegalStateException("no message");
      }
    };
  }

  @Override
  public int hashCode() {
    throw new IllegalStateException("no hash code");
  }

  @Override
  public boolean equals(Object other) {
    throw new IllegalStateException("no equals");
  }
}
