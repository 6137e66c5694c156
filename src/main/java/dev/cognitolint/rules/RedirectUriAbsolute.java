package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Severity;

@RuleInfo(
    id = "CL203",
    name = "redirect-uri-absolute",
    severity = Severity.ERROR,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary = "Callback URLs must be absolute URIs with a scheme (https://..., myapp://...).")
public final class RedirectUriAbsolute implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    RedirectUrls.eachCallback(
        client,
        (pointer, url) -> {
          if (Urls.isRelative(url)) {
            findings.at(
                pointer,
                client.names().at(pointer)
                    + ": '"
                    + url
                    + "' is not an absolute URI; write it with its scheme and host, e.g. '"
                    + example(url.display())
                    + "'");
          }
        });
  }

  private static String example(String text) {
    return text.startsWith("/") ? "https://app.example.com" + text : "https://" + text;
  }
}
