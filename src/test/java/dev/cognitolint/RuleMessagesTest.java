package dev.cognitolint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cognitolint.files.Limits;
import dev.cognitolint.model.Finding;
import dev.cognitolint.rules.BuiltinRules;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The messages of the URL and scope rules, pinned at their fixtures' positions. */
class RuleMessagesTest {
  private static final Linter LINTER = new Linter(Limits.DEFAULT, BuiltinRules.checks());

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      CL201/bad-create.json | 13:5  | CL201 | "CallbackURLs[3]: 'http://localhost:${PORT}/callback' uses http, and its host is not known: '${PORT}' stands in the authority, where a value with '@' or '/' would change the host (write the host and port literally); use https:// (plain http is allowed only for http://localhost, http://127.0.0.1 and http://[::1])"
      CL201/bad-create.json | 11:5  | CL201 | "CallbackURLs[1]: 'http://localhost@evil.example.net/callback' uses http, and browsers send it to the host 'evil.example.net'; use https:// (plain http is allowed only for http://localhost, http://127.0.0.1 and http://[::1])"
      CL201/bad-tf.tf       | 46:5  | CL201 | "callback_urls[9]: 'http://localhost:${PORT}@evil.example.net/auth/callback' uses http, and browsers send it to the host 'evil.example.net'; use https:// (plain http is allowed only for http://localhost, http://127.0.0.1 and http://[::1])"
      CL206/bad-create.json | 9:5   | CL206 | "CallbackURLs[1]: 'https://:443/callback' has no host; write the host after '//'"
      CL206/bad-create.json | 10:5  | CL206 | "CallbackURLs[2]: 'https:///callback' has '///' after 'https:', where browsers skip every '/' and '\\' and read the host as 'callback'; write exactly '//' before the host"
      CL206/bad-create.json | 11:5  | CL206 | "CallbackURLs[3]: 'https://[::1]evil.example.net/callback' has 'evil.example.net' after the IPv6 address [::1], which browsers reject; put a ':' and the port there, or nothing"
      CL206/bad-create.json | 12:5  | CL206 | "CallbackURLs[4]: 'https://app.example.com:65536/callback' has the port '65536', which is not a port number (0 to 65535)"
      CL206/bad-create.json | 13:5  | CL206 | "CallbackURLs[5]: 'https://evil.example.net\\@localhost/callback' has a '\\' after 'evil.example.net'; browsers read it as '/', so the host is 'evil.example.net'; write '/' or remove it"
      CL206/bad-create.json | 15:18 | CL206 | "LogoutURLs[0]: 'https://[::1/' has an unclosed '[' in its host; write the IPv6 address as '[::1]'"
      CL207/bad-create.json | 9:5   | CL207 | "CallbackURLs[1]: 'javascript:alert(document.domain)' uses javascript:, which runs or shows what the URL carries in the page of whoever follows the redirect; use the https:// URL of your app (or an app scheme such as myapp://)"
      CL207/bad-create.json | 14:18 | CL207 | "LogoutURLs[0]: 'file://server/share/logout.html' uses file:, which names a file on the user's computer or a network share, not your app; use the https:// URL of your app (or an app scheme such as myapp://)"
      CL307/bad-create.json | 6:61  | CL307 | "AllowedOAuthScopes[3]: 'orders-api/' has no scope name after the last '/' (Cognito: ScopeDoesNotExistException); write 'identifier/scope', e.g. 'orders-api/read'"
      CL307/bad-create.json | 6:76  | CL307 | "AllowedOAuthScopes[4]: '/read' has no resource server identifier before the '/' (Cognito: ScopeDoesNotExistException); write 'identifier/scope', e.g. 'orders-api/read'"
      CL310/bad-create.json | 9:5   | CL310 | "CallbackURLs[1]: 'https://app.example.com/callback' is listed already as CallbackURLs[0]; remove the repeat (if another value was meant, write that one)"
      CL310/bad-create.json | 12:76 | CL310 | "ExplicitAuthFlows[2]: 'ALLOW_REFRESH_TOKEN_AUTH' is listed already as ExplicitAuthFlows[1]; remove the repeat (if another value was meant, write that one)"
      CL607/bad-cfn.yaml    | 45:11 | CL607 | "CallbackURLs[1]: 'http://localhost:3000/callback' is a development URL in a client that also serves production; keep it in a separate development client"
      """)
  void messageAtPosition(String fixture, String position, String rule, String message) {
    Path file = FixtureTest.FIXTURES.resolve(fixture);
    List<String> messages = LINTER.lintFile(file, file.toString()).findings().stream()
        .filter(f -> f.rule().id().equals(rule) && position.equals(f.span().line() + ":" + f.span().column()))
        .map(Finding::message).toList();
    assertEquals(List.of(message), messages);
  }
}
