package dev.cognitolint.rules;

import dev.cognitolint.fix.Edits;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Fix;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Names;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Values;
import java.util.List;

@RuleInfo(
    id = "CL204",
    name = "default-redirect-uri-in-callbacks",
    severity = Severity.ERROR,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary = "DefaultRedirectURI must be one of the CallbackURLs.",
    fix = Fix.Applicability.UNSAFE)
public final class DefaultRedirectUriInCallbacks implements Rule, Fixer {
  @Override
  public void check(AppClient client, Findings findings) {
    String uri = Values.string(client.get(Member.DEFAULT_REDIRECT_URI)).orElse(null);
    if (uri == null) return;
    Names names = client.names();
    String callbackUrls = names.of(Member.CALLBACK_URLS);
    String label = names.of(Member.DEFAULT_REDIRECT_URI) + ": '" + uri + "' ";
    if (!client.has(Member.CALLBACK_URLS)) {
      findings.at(
          Member.DEFAULT_REDIRECT_URI.pointer(),
          label + "is set but " + callbackUrls + " is not; add it to " + callbackUrls);
      return;
    }
    if (!Values.isFullyKnownStringList(client.get(Member.CALLBACK_URLS))) return;
    List<String> callbacks = Values.knownStrings(client.get(Member.CALLBACK_URLS));
    if (!callbacks.contains(uri)) {
      findings.at(
          Member.DEFAULT_REDIRECT_URI.pointer(),
          label
              + "is not one of the "
              + callbackUrls
              + "; add it to "
              + callbackUrls
              + " or choose one of them",
          List.of(
              new Findings.Related(
                  Member.CALLBACK_URLS.pointer(),
                  callbackUrls + ", which do not include '" + uri + "'")));
    }
  }

  /**
   * Unsafe: it allows one more redirect target, where the intent may have been to choose a listed
   * one.
   */
  @Override
  public Fix fix(AppClient client, String pointer) {
    String uri = Values.string(client.get("DefaultRedirectURI")).orElse(null);
    if (uri == null || !Values.isFullyKnownStringList(client.get("CallbackURLs"))) return null;
    return Edits.appendItem(client, "/CallbackURLs", uri)
        .map(
            e ->
                new Fix(
                    "Add the DefaultRedirectURI to CallbackURLs",
                    Fix.Applicability.UNSAFE,
                    List.of(e)))
        .orElse(null);
  }
}
