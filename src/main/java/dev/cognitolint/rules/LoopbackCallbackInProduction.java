package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Template;
import dev.cognitolint.model.Values;
import java.util.LinkedHashMap;
import java.util.Map;

@RuleInfo(id = "CL607", name = "loopback-callback-in-production", severity = Severity.NOTE, security = true,
    summary = "A client with production HTTPS callbacks should not also accept loopback (localhost) callbacks.")
public final class LoopbackCallbackInProduction implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    Map<String, Template> loopback = new LinkedHashMap<>();
    boolean production = false;
    for (Values.Item item : Values.items(client.get("CallbackURLs"))) {
      Template url = Values.text(item.node()).orElse(null);
      if (url == null) continue;
      var host = Urls.host(url);
      if (host.isPresent() && Urls.LOOPBACK_HOSTS.contains(host.get())) {
        loopback.put("/CallbackURLs/" + item.index(), url);
      } else if (Urls.scheme(url).map("https"::equals).orElse(false) && host.isPresent()) {
        production = true;
      }
    }
    if (!production) return;
    loopback.forEach((pointer, url) -> findings.at(pointer, RedirectUrls.label(pointer) + ": '" + url
        + "' is a development URL in a client that also serves production; keep it in a separate development client"));
  }
}
