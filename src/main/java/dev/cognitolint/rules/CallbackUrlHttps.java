package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Severity;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

@RuleInfo(id = "CL201", name = "callback-url-https", severity = Severity.ERROR, security = true,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary = "Callback URLs must use HTTPS; only loopback hosts (localhost, 127.0.0.1, [::1]) may use http.")
public final class CallbackUrlHttps implements Rule {
  private final Set<String> httpHosts;

  public CallbackUrlHttps(RuleOptions options) {
    this.httpHosts = options.httpHosts().stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }

  @Override
  public void check(AppClient client, Findings findings) {
    RedirectUrls.eachCallback(client, (pointer, url) -> {
      if (Urls.isInsecureHttp(url, httpHosts)) {
        String why = Urls.hostExplanation(url).map(r -> ", and " + r + ";").orElse(";");
        findings.at(pointer, client.names().at(pointer) + ": '" + url + "' uses http" + why + " use https:// "
            + "(plain http is allowed only for http://localhost, http://127.0.0.1 and http://[::1])");
      }
    });
  }
}
