package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Fix;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

@RuleInfo(
    id = "CL201",
    name = "callback-url-https",
    severity = Severity.ERROR,
    security = true,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary =
        "Callback URLs must use HTTPS; only loopback hosts (localhost, 127.0.0.1, [::1]) may use http.",
    fix = Fix.Applicability.UNSAFE)
public final class CallbackUrlHttps implements Rule, Fixer {
  private final Set<String> httpHosts;

  public CallbackUrlHttps(RuleOptions options) {
    this.httpHosts =
        options.httpHosts().stream()
            .map(h -> h.toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
  }

  @Override
  public void check(AppClient client, Findings findings) {
    RedirectUrls.eachCallback(
        client,
        (pointer, url) -> {
          if (Urls.isInsecureHttp(url, httpHosts)) {
            String why = Urls.hostExplanation(url).map(r -> ", and " + r + ";").orElse(";");
            findings.at(
                pointer,
                client.names().at(pointer)
                    + ": '"
                    + url
                    + "' uses http"
                    + why
                    + " use https:// "
                    + "(plain http is allowed only for http://localhost, http://127.0.0.1 and http://[::1])");
          }
        });
  }

  /** Unsafe: the host must serve the same path over https, which only its owner knows. */
  @Override
  public Fix fix(AppClient client, String pointer) {
    return RedirectUrls.httpsEdit(client, pointer)
        .map(e -> new Fix("Use https:// instead of http://", Fix.Applicability.UNSAFE, List.of(e)))
        .orElse(null);
  }
}
