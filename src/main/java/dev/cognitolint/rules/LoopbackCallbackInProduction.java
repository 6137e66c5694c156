package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Pointers;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Template;
import dev.cognitolint.model.Values;
import java.util.LinkedHashMap;
import java.util.Map;

@RuleInfo(
    id = "CL607",
    name = "loopback-callback-in-production",
    severity = Severity.NOTE,
    security = true,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary =
        "A client with callbacks that are not loopback should not also accept loopback (localhost) callbacks.")
public final class LoopbackCallbackInProduction implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    if (ClientFacts.servesNoUsers(client)) return; // no browser is redirected to its callbacks
    Map<String, Template> loopback = new LinkedHashMap<>();
    boolean production = false;
    for (Values.Item item : Values.items(client.get(Member.CALLBACK_URLS))) {
      if (item.node() == null || item.node().isNull()) continue;
      Template url = Values.text(item.node()).orElse(null);
      // Anything not known to be loopback counts, a !Ref or a URL whose host is not known included.
      if (url != null && Urls.isLoopback(url))
        loopback.put(Pointers.append(Member.CALLBACK_URLS.pointer(), item.index()), url);
      else production = true;
    }
    if (!production) return;
    loopback.forEach(
        (pointer, url) ->
            findings.at(
                pointer,
                client.names().at(pointer)
                    + ": '"
                    + url
                    + "' is a development URL in a client that also serves production; keep it in a separate development client"));
  }
}
