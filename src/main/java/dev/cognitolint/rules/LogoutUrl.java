package dev.cognitolint.rules;

import dev.cognitolint.fix.Edits;
import dev.cognitolint.model.AppClient;
import dev.cognitolint.model.Edit;
import dev.cognitolint.model.Fix;
import dev.cognitolint.model.InputKind;
import dev.cognitolint.model.Member;
import dev.cognitolint.model.Severity;
import dev.cognitolint.model.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@RuleInfo(
    id = "CL205",
    name = "logout-url",
    severity = Severity.WARNING,
    security = true,
    inputs = {InputKind.CLOUDFORMATION, InputKind.API, InputKind.TERRAFORM},
    summary =
        "Logout URLs should follow the callback URL rules: absolute, no fragment, HTTPS except loopback.",
    fix = Fix.Applicability.UNSAFE)
public final class LogoutUrl implements Rule, Fixer {
  private final Set<String> httpHosts;

  public LogoutUrl(RuleOptions options) {
    this.httpHosts =
        options.httpHosts().stream()
            .map(h -> h.toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
  }

  @Override
  public void check(AppClient client, Findings findings) {
    if (ClientFacts.servesNoUsers(client)) return; // no user signs out of it
    RedirectUrls.eachItem(
        client,
        Member.LOGOUT_URLS,
        (pointer, url) -> {
          String label = client.names().at(pointer) + ": '" + url + "' ";
          if (Urls.isRelative(url)) {
            findings.at(
                pointer, label + "is not an absolute URI; write it with its scheme (https://...)");
          } else if (Urls.isInsecureHttp(url, httpHosts)) {
            String why = Urls.hostExplanation(url).map(r -> ", and " + r + ";").orElse(";");
            findings.at(
                pointer,
                label
                    + "uses http"
                    + why
                    + " use https:// (plain http is for loopback hosts only)");
          }
          if (Urls.hasFragment(url)) {
            findings.at(pointer, label + "has a fragment; remove the '#...' part");
          }
        });
  }

  /**
   * Unsafe, as CL201's and CL202's: https for an http host, and the fragment removed; a relative
   * URL has none.
   */
  @Override
  public Fix fix(AppClient client, String pointer) {
    Template url = RedirectUrls.url(client, pointer).orElse(null);
    if (url == null || Urls.isRelative(url)) return null;
    List<Optional<Edit>> edits = new ArrayList<>();
    if (Urls.isInsecureHttp(url, httpHosts)) edits.add(RedirectUrls.httpsEdit(client, pointer));
    if (Urls.hasFragment(url)) edits.add(RedirectUrls.fragmentEdit(client, pointer, url));
    if (edits.isEmpty()) return null;
    return Edits.all(edits)
        .map(e -> new Fix("Use https:// and no fragment", Fix.Applicability.UNSAFE, e))
        .orElse(null);
  }
}
