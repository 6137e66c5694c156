package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Fix;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Severity;
import java.util.List;

@RuleInfo(
    id = "CL202",
    name = "redirect-uri-fragment",
    severity = Severity.ERROR,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary = "Callback URLs must not contain a fragment (#...).",
    fix = Fix.Applicability.UNSAFE)
public final class RedirectUriFragment implements Rule, Fixer {
  @Override
  public void check(AppClient client, Findings findings) {
    RedirectUrls.eachCallback(
        client,
        (pointer, url) -> {
          if (Urls.hasFragment(url)) {
            String text = url.display();
            findings.at(
                pointer,
                client.names().at(pointer)
                    + ": '"
                    + text
                    + "' has a fragment; remove '"
                    + text.substring(text.indexOf('#'))
                    + "' (Cognito appends its response to the redirect URI)");
          }
        });
  }

  /** Unsafe: the app may route on the fragment, and then needs another way to know where to go. */
  @Override
  public Fix fix(AppClient client, String pointer) {
    return RedirectUrls.url(client, pointer)
        .filter(Urls::hasFragment)
        .flatMap(url -> RedirectUrls.fragmentEdit(client, pointer, url))
        .map(e -> new Fix("Remove the fragment", Fix.Applicability.UNSAFE, List.of(e)))
        .orElse(null);
  }
}
