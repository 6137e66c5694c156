package dev.cognitolint.rules;

import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Values;
import java.util.List;

@RuleInfo(id = "CL204", name = "default-redirect-uri-in-callbacks", severity = Severity.ERROR,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary = "DefaultRedirectURI must be one of the CallbackURLs.")
public final class DefaultRedirectUriInCallbacks implements Rule {
  @Override
  public void check(AppClient client, Findings findings) {
    String uri = Values.string(client.get("DefaultRedirectURI")).orElse(null);
    if (uri == null) return;
    if (!client.has("CallbackURLs")) {
      findings.at("/DefaultRedirectURI", "DefaultRedirectURI: '" + uri
          + "' is set but CallbackURLs is not; add it to CallbackURLs");
      return;
    }
    if (!Values.isFullyKnownStringList(client.get("CallbackURLs"))) return;
    List<String> callbacks = Values.knownStrings(client.get("CallbackURLs"));
    if (!callbacks.contains(uri)) {
      findings.at("/DefaultRedirectURI", "DefaultRedirectURI: '" + uri
          + "' is not one of the CallbackURLs; add it to CallbackURLs or choose one of them");
    }
  }
}
