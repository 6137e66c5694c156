package com.example.misbehaving;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Severity;
import dev.cognitolint.rules.Findings;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.rules.RuleInfo;

/** Throws the Throwable whose class the ClientName names (java.lang.AssertionError, ...). */
@RuleInfo(id = "XT001", name = "throws-named-throwable", severity = Severity.ERROR, summary = "Throws.")
public final class ThrowsNamedThrowable implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    try {
      Class<?> type = Class.forName(client.get("ClientName").asString());
      Object thrown = type == AssertionError.class ? new AssertionError("thrown by the plugin")
          : type.getConstructor(String.class).newInstance("thrown by the plugin");
      throw ThrowsNamedThrowable.<RuntimeException>sneaky((Throwable) thrown);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T sneaky(Throwable t) throws T {
    throw (T) t;
  }
}
