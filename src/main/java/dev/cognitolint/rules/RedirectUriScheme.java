package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Severity;
import java.util.Set;

@RuleInfo(
    id = "CL207",
    name = "redirect-uri-scheme",
    severity = Severity.ERROR,
    security = true,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary =
        "Callback and logout URLs must not use the javascript:, data:, vbscript: or file: scheme.")
public final class RedirectUriScheme implements Rule {
  /** Schemes that run code or show content the URL itself carries. */
  private static final Set<String> SCRIPT = Set.of("javascript", "data", "vbscript");

  @Override
  public void check(AppClient client, Findings findings) {
    RedirectUrls.eachRedirect(
        client,
        (pointer, url) ->
            Urls.scheme(url)
                .ifPresent(
                    scheme -> {
                      String label =
                          client.names().at(pointer) + ": '" + url + "' uses " + scheme + ":, ";
                      if (SCRIPT.contains(scheme)) {
                        findings.at(
                            pointer,
                            label
                                + "which runs or shows what the URL carries in the page of whoever follows the redirect;"
                                + " use the https:// URL of your app (or an app scheme such as myapp://)");
                      } else if (scheme.equals("file")) {
                        findings.at(
                            pointer,
                            label
                                + "which names a file on the user's computer or a network share, not your app;"
                                + " use the https:// URL of your app (or an app scheme such as myapp://)");
                      }
                    }));
  }
}
