package dev.cognitolint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cognitolint.model.Template;
import dev.cognitolint.syntax.TemplateStrings;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How {@link Urls} reads an authority, case by case; '-' is no host, or no problem. */
class UrlsTest {

  /**
   * The host and loopback verdict browsers arrive at, and whether the authority is a CL206 finding.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      http://localhost/cb                          | localhost        | true  | false
      http://LOCALHOST:3000/cb                     | localhost        | true  | false
      http://127.0.0.1:8080/cb                     | 127.0.0.1        | true  | false
      http://[::1]:8443/cb                         | [::1]            | true  | false
      http://localhost:/cb                         | localhost        | true  | false
      http://localhost:0080/cb                     | localhost        | true  | false
      http://localhost@evil.example.net/cb         | evil.example.net | false | false
      http://a@b@localhost/cb                      | localhost        | true  | false
      http://localhost#@evil.example.net/          | localhost        | true  | false
      http://localhost?@evil.example.net/          | localhost        | true  | false
      http://evil.example.net\\@localhost/cb       | evil.example.net | false | true
      http://\\evil\\@127.0.0.1/                   | evil             | false | true
      http:\\\\localhost\\cb                       | localhost        | true  | true
      http:localhost/cb                            | localhost        | true  | true
      https:///cb                                  | cb               | false | true
      https://:443/cb                              | -                | false | true
      https://user@/cb                             | -                | false | true
      http://[::1]evil.com/cb                      | -                | false | true
      http://[::1/cb                               | -                | false | true
      http://[1:2:3]/cb                            | -                | false | true
      http://[0:0:0:0:0:0:0:1]/cb                  | [0:0:0:0:0:0:0:1] | false | false
      http://[::ffff:127.0.0.1]/cb                 | [::ffff:127.0.0.1] | false | false
      http://localhost:99999/cb                    | -                | false | true
      http://localhost:65536/cb                    | -                | false | true
      http://localhost:65535/cb                    | localhost        | true  | false
      http://localhost:8o8o/cb                     | -                | false | true
      http://local<host/cb                         | -                | false | true
      http://evil.example%net\\@localhost/cb      | -                | false | true
      http://ho%25st/cb                            | -                | false | true
      http://%6cocalhost/cb                        | %6cocalhost      | false | false
      http://127.0.0.256/cb                        | -                | false | true
      http://127.1/cb                              | 127.1            | false | false
      http://localhost.example.net/cb              | localhost.example.net | false | false
      myapp://localhost/cb                         | localhost        | true  | false
      myapp://evil\\@localhost/cb                  | localhost        | true  | false
      com.example.app:/oauth2redirect              | -                | false | false
      javascript:alert(1)                          | -                | false | false
      /relative/cb                                 | -                | false | false
      """)
  void readsTheAuthorityAsBrowsersDo(String url, String host, boolean loopback, boolean finding) {
    Template t = Template.literal(url);
    assertEquals(host.equals("-") ? Optional.empty() : Optional.of(host), Urls.host(t), "host");
    assertEquals(loopback, Urls.isLoopback(t), "loopback");
    assertEquals(
        finding, Urls.authority(t).problem() != null, "CL206: " + Urls.authority(t).problem());
  }

  /**
   * An unknown part in the authority could change the host: nothing is known of it, and it is no
   * finding.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      http://localhost:${Port}/cb           | ${Port}
      http://localhost:${Port}@evil/cb      | ${Port}
      http://${User}@localhost/cb           | -
      http://user@${Host}/cb                | ${Host}
      http://[::1]:${Port}/cb               | ${Port}
      http:${Slashes}localhost/cb           | -
      http://${Host}/cb                     | -
      """)
  void anUnknownPartInTheAuthorityLeavesTheHostUnknown(String url, String hole) {
    Template t = TemplateStrings.parse(url);
    assertEquals(Optional.empty(), Urls.host(t));
    assertEquals(null, Urls.authority(t).problem());
    assertEquals(hole.equals("-") ? null : hole, Urls.authority(t).hole());
    assertTrue(Urls.isInsecureHttp(t, java.util.Set.of()));
  }

  /** An unknown part after the authority has ended leaves the host known. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      http://localhost:3000/${Path}         | localhost
      http://localhost?${Query}             | localhost
      http://localhost#${Fragment}          | localhost
      http://evil\\${X}@localhost/          | evil
      """)
  void anUnknownPartAfterTheAuthorityLeavesTheHostKnown(String url, String host) {
    assertEquals(Optional.of(host), Urls.host(TemplateStrings.parse(url)));
  }

  /**
   * Cases of the web-platform-tests URL suite (url/resources/urltestdata.json) for special schemes
   * without a base: the host the standard reads, or '-' where parsing fails. Ours must agree
   * wherever it claims to know the host, and never call a failing URL's host known.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      http://user:pass@foo:21/bar;par?b#c         | foo
      http:foo.com                                | foo.com
      http://f:/c                                 | f
      http://f:00000000000000/c                   | f
      http://f:00000000000000000000080/c          | f
      http://f:b/c                                | -
      http://f:999999/c                           | -
      http://[1::]                                | [1::]
      http://[www.google.com]/                    | -
      http:\\\\www.google.com\\foo                | www.google.com
      http://example.com\\\\foo\\\\bar            | example.com
      http://@www.example.com                     | www.example.com
      http:/@www.example.com                      | www.example.com
      http://@:www.example.com                    | -
      http://:@www.example.com                    | www.example.com
      http://user@/www.example.com                | -
      http:@/www.example.com                      | -
      http:/:@/www.example.com                    | -
      http://[::1.2.3.]                           | -
      http://[0:1:2:3:4:5:6:7:8]                  | -
      https://[0::0::0]                           | -
      https://[0:.0]                              | -
      https://[0:0:]                              | -
      https://[0:1:2:3:4:5:6:7.0.0.0.1]           | -
      https://[0:1.23.23]                         | -
      http://[::127.0.0.0.1]                      | -
      http://192.168.0.257                        | -
      http://10000000000                          | -
      http://4294967295                           | 255.255.255.255
      http://0xffffffff1                          | -
      http://256.256.256.256                      | -
      http://1.2.3.4.5                            | -
      http://a<b                                  | -
      http://a>b                                  | -
      http://a^b                                  | -
      """)
  void agreesWithTheWebPlatformTests(String url, String whatwgHost) {
    Urls.Authority ours = Urls.authority(Template.literal(url));
    if (whatwgHost.equals("-")) {
      assertEquals(null, ours.host(), "the standard fails on it");
      assertTrue(ours.problem() != null, "a failing authority is a CL206 finding");
    } else if (!whatwgHost.matches("[0-9.]+")) {
      assertEquals(whatwgHost, ours.host());
    } else {
      assertTrue(
          ours.host() != null,
          "a valid IPv4 address, kept as written"); // never loopback unless written so
    }
    assertEquals(Optional.empty(), UrlDifferential.disagreement(url));
  }
}
