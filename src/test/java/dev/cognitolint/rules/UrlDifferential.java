package dev.cognitolint.rules;

import dev.cognitolint.model.Template;
import io.mola.galimatias.GalimatiasParseException;
import io.mola.galimatias.URL;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares what {@link Urls} says of a fully known http(s) URL with galimatias, a WHATWG URL parser
 * from Maven Central. galimatias 0.2.1 follows the 2014 standard, so it is used only where that and
 * today's standard agree: it accepts ports above 65535, forbidden host characters such as '<' and
 * '^', and some invalid IPv6 addresses ("[::1.2.3.]"), rejects labels that DNS would ("a..b",
 * "-h"), and does not parse IPv4 numbers ("127.1"); those are compared with the web-platform-tests
 * cases of UrlsTest instead.
 */
public final class UrlDifferential {
  private UrlDifferential() {}

  /**
   * Our CL206 problems that galimatias rejects as well (the rest it accepts, against today's
   * standard).
   */
  private static final List<String> REJECTED_BY_BOTH =
      List.of("has no host", "unclosed '['", "after the IPv6 address");

  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

  /** A disagreement between the two, or empty. */
  public static Optional<String> disagreement(String text) {
    Optional<String> scheme = Urls.scheme(Template.literal(text));
    if (scheme.isEmpty() || !scheme.get().equals("http") && !scheme.get().equals("https"))
      return Optional.empty();
    // The standard removes tabs and new lines and trims spaces and controls, which the API's
    // pattern
    // for redirect URLs never lets through (CL105); non-ASCII hosts go through IDNA. Neither is
    // compared.
    if (!text.chars().allMatch(c -> c > ' ' && c < 0x7f)) return Optional.empty();
    Urls.Authority ours = Urls.authority(Template.literal(text));
    URL theirs;
    try {
      theirs = URL.parse(text);
    } catch (GalimatiasParseException | RuntimeException e) {
      // It applies DNS rules to labels ("a..b", "-h" fail), which today's standard does not: only a
      // loopback verdict must never meet a failure.
      if (ours.host() != null && LOOPBACK.contains(ours.host())) {
        return Optional.of(
            text
                + ": we read the loopback host '"
                + ours.host()
                + "', the parser fails: "
                + e.getMessage());
      }
      return Optional.empty();
    }
    String host =
        theirs.host() == null ? null : theirs.host().toString().toLowerCase(java.util.Locale.ROOT);
    if (ours.host() != null && LOOPBACK.contains(ours.host()) && !LOOPBACK.contains(host)) {
      return Optional.of(
          text + ": we read the loopback host '" + ours.host() + "', the parser '" + host + "'");
    }
    if (ours.host() != null && comparable(ours.host()) && !ours.host().equals(host)) {
      return Optional.of(
          text + ": we read the host '" + ours.host() + "', the parser '" + host + "'");
    }
    if (ours.host() == null
        && ours.problem() != null
        && REJECTED_BY_BOTH.stream().anyMatch(ours.problem()::contains)) {
      return Optional.of(
          text
              + ": we reject the authority ("
              + ours.problem()
              + "), the parser reads the host '"
              + host
              + "'");
    }
    return Optional.empty();
  }

  /**
   * Hosts both write the same way: names of letters, digits and '-' with no label that is a number.
   * (It compresses IPv6, applies IDNA, and reads IPv4 numbers its own way: "7.0.0.1r" as 7.0.0.1.)
   */
  private static boolean comparable(String host) {
    return host.matches("[a-z0-9-]+(\\.[a-z0-9-]+)*\\.?")
        && !host.matches("(.*\\.)?(0x[0-9a-f]*|[0-9]+)(\\..*)?");
  }
}
