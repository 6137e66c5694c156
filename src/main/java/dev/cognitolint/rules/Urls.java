package dev.cognitolint.rules;

import dev.cognitolint.model.Template;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What can be told about a redirect URL from the known parts of its text. */
final class Urls {
  private Urls() {}

  /** A scheme, unless what follows the colon is a port: "localhost:3000/cb" lacks its scheme. */
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):(?![0-9]+(?:[/?#]|$))");
  private static final Pattern SCHEME_CHARS = Pattern.compile("^[A-Za-z0-9+.-]*$");
  /** The loopback hosts the Cognito API documentation allows over plain http. */
  static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

  /** The scheme, lower-cased, when the known text shows it. */
  static Optional<String> scheme(Template url) {
    Matcher m = SCHEME.matcher(url.knownPrefix());
    return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  /** True when the known text shows the URL cannot be absolute: no scheme before the first '/', '?', '#'. */
  static boolean isRelative(Template url) {
    String prefix = url.knownPrefix();
    if (SCHEME.matcher(prefix).find()) return false;
    if (url.isFullyKnown()) return true;
    // Text before a hole that already holds a character no scheme has: "/cb${X}", "example.com/${X}".
    return !SCHEME_CHARS.matcher(prefix).matches();
  }

  /**
   * The host of an absolute URL, when it is known in full: the text after "//" up to the port,
   * path, query or fragment, after any user-info ("localhost@evil.net" is evil.net).
   */
  static Optional<String> host(Template url) {
    String prefix = url.knownPrefix();
    int start = prefix.indexOf("://");
    if (start < 0) return Optional.empty();
    String rest = prefix.substring(start + 3);
    int end = indexOfAny(rest, "/?#");
    if (end < 0 && !url.isFullyKnown()) {
      // A hole continues the authority: the host is known only if a port has begun ("localhost:${Port}").
      int port = rest.startsWith("[") ? rest.indexOf("]:") + 1 : rest.indexOf(':');
      if (port <= 0 || rest.indexOf('@') >= 0) return Optional.empty();
      end = port;
    }
    String authority = end < 0 ? rest : rest.substring(0, end);
    int at = authority.lastIndexOf('@');
    String hostPort = authority.substring(at + 1);
    String host;
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) return Optional.empty();
      host = hostPort.substring(0, close + 1);
    } else {
      int colon = hostPort.indexOf(':');
      host = colon < 0 ? hostPort : hostPort.substring(0, colon);
    }
    return Optional.of(host.toLowerCase(Locale.ROOT));
  }

  /** Whether the URL is known to use plain http to a host other than loopback or the allowed ones. */
  static boolean isInsecureHttp(Template url, Set<String> allowedHosts) {
    if (!scheme(url).map("http"::equals).orElse(false)) return false;
    return host(url).map(h -> !LOOPBACK_HOSTS.contains(h) && !allowedHosts.contains(h)).orElse(true);
  }

  /** Whether a known part of the URL has a fragment. */
  static boolean hasFragment(Template url) {
    return url.literalContains("#");
  }

  private static int indexOfAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) return i;
    }
    return -1;
  }
}
