package dev.cognitolint.rules;

import dev.cognitolint.fix.Edits;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Fix;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Values;
import java.util.List;

@RuleInfo(id = "CL204", name = "default-redirect-uri-in-callbacks", severity = Severity.ERROR,
    summary = "DefaultRedirectURI must be one of the CallbackURLs.",
    fix = Fix.Applicability.UNSAFE)
public final class DefaultRedirectUriInCallbacks implements Rule, Fixer {
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

  /** Unsafe: it allows one more redirect target, where the intent may have been to choose a listed one. */
  @Override
  public Fix fix(AppClient client, String pointer) {
    String uri = Values.string(client.get("DefaultRedirectURI")).orElse(null);
    if (uri == null || !Values.isFullyKnownStringList(client.get("CallbackURLs"))) return null;
    return Edits.appendItem(client, "/CallbackURLs", uri)
        .map(e -> new Fix("Add the DefaultRedirectURI to CallbackURLs", Fix.Applicability.UNSAFE, List.of(e))).orElse(null);
  }
}
