package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Severity;

@RuleInfo(id = "CL202", name = "redirect-uri-fragment", severity = Severity.ERROR,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary = "Callback URLs must not contain a fragment (#...).")
public final class RedirectUriFragment implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    RedirectUrls.eachCallback(client, (pointer, url) -> {
      if (Urls.hasFragment(url)) {
        String text = url.display();
        findings.at(pointer, client.names().at(pointer) + ": '" + text + "' has a fragment; remove '"
            + text.substring(text.indexOf('#')) + "' (Cognito appends its response to the redirect URI)");
      }
    });
  }
}
