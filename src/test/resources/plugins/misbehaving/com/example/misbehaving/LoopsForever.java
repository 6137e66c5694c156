package com.example.misbehaving;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Severity;
import dev.cognitolint.rules.Findings;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.rules.RuleInfo;

/** Never returns, and ignores interrupts: a thread that will not stop. */
@RuleInfo(id = "XT002", name = "loops-forever", severity = Severity.ERROR, summary = "Loops.")
public final class LoopsForever implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    findings.atClient("reported before the loop, so never shown");
    while (true) {
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        // ignored on purpose
      }
    }
  }
}
