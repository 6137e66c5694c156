package com.example.misbehaving;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Severity;
import dev.cognitolint.rules.Findings;
import dev.cognitolint.rules.Rule;
import dev.cognitolint.rules.RuleInfo;

/** Removes the client name and the callback URLs from the client it is given, and empties the list. */
@RuleInfo(id = "XT005", name = "changes-the-client", severity = Severity.NOTE, summary = "Changes.")
public final class ChangesTheClient implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    if (client.get("CallbackURLs") instanceof tools.jackson.databind.node.ArrayNode urls) urls.removeAll();
    client.settings().remove("CallbackURLs");
    client.settings().remove("ClientName");
  }
}
