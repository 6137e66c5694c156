package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Severity;

@RuleInfo(
    id = "CL206",
    name = "redirect-uri-host",
    severity = Severity.ERROR,
    security = true,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary = "Callback and logout URLs must have a host that browsers accept and read as written.")
public final class RedirectUriHost implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    RedirectUrls.eachRedirect(
        client,
        (pointer, url) -> {
          String problem = Urls.authority(url).problem();
          if (problem != null) findings.at(pointer, client.names().at(pointer) + ": " + problem);
        });
  }
}
