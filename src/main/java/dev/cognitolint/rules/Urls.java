package dev.cognitolint.rules;

import dev.cognitolint.model.Template;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What can be told about a redirect URL from the known parts of its text, read as browsers read it
 * (the WHATWG URL standard): for the special schemes a '\' is a path separator, every '/' and '\'
 * after the scheme is skipped, and the user-info ends at the last '@' of the authority.
 */
final class Urls {
  private Urls() {}

  /** A scheme, unless what follows the colon is a port: "localhost:3000/cb" lacks its scheme. */
  private static final Pattern SCHEME =
      Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):(?![0-9]+(?:[/?#]|$))");

  private static final Pattern SCHEME_CHARS = Pattern.compile("^[A-Za-z0-9+.-]*$");

  /** The loopback hosts the Cognito API documentation allows over plain http. */
  static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

  /** The WHATWG special schemes that have a host (file: is special too, but reported by CL207). */
  private static final Set<String> SPECIAL = Set.of("http", "https", "ws", "wss", "ftp");

  /** WHATWG's forbidden domain code points besides C0 controls, space and DEL. */
  private static final String FORBIDDEN_IN_HOST = "#%/:<>?@[\\]^|";

  private static final int HOLE = -1;

  /**
   * A URL's authority as far as it is known.
   *
   * @param host the host browsers read, lower-cased, when the known text decides it; null otherwise
   * @param problem why browsers reject the authority or read another host than the text seems to
   *     say
   * @param hole the unknown part that follows known text of the authority ("localhost:${Port}"),
   *     and so could change the host; null when the host is known or nothing of the authority is
   */
  record Authority(String host, String problem, String hole) {
    static final Authority NONE = new Authority(null, null, null);
  }

  /** The scheme, lower-cased, when the known text shows it. */
  static Optional<String> scheme(Template url) {
    Matcher m = SCHEME.matcher(url.knownPrefix());
    return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  /**
   * True when the known text shows the URL cannot be absolute: no scheme before the first '/', '?',
   * '#'.
   */
  static boolean isRelative(Template url) {
    String prefix = url.knownPrefix();
    if (SCHEME.matcher(prefix).find()) return false;
    if (url.isFullyKnown()) return true;
    // Text before a hole that already holds a character no scheme has: "/cb${X}",
    // "example.com/${X}".
    return !SCHEME_CHARS.matcher(prefix).matches();
  }

  /**
   * The host of an absolute URL when the known text decides it ("localhost@evil.net" is evil.net).
   */
  static Optional<String> host(Template url) {
    return Optional.ofNullable(authority(url).host());
  }

  static boolean isLoopback(Template url) {
    return host(url).map(LOOPBACK_HOSTS::contains).orElse(false);
  }

  /**
   * Whether the URL is known to use plain http to a host other than loopback or the allowed ones.
   */
  static boolean isInsecureHttp(Template url, Set<String> allowedHosts) {
    if (!scheme(url).map("http"::equals).orElse(false)) return false;
    return host(url)
        .map(h -> !LOOPBACK_HOSTS.contains(h) && !allowedHosts.contains(h))
        .orElse(true);
  }

  /**
   * For a message about the host: why it is not known, when the authority is written in part
   * ("localhost:${Port}"), or which it is, when a user-info or a '\' hides it
   * ("localhost@evil.net").
   */
  static Optional<String> hostExplanation(Template url) {
    Authority a = authority(url);
    if (a.hole() != null) {
      return Optional.of(
          "its host is not known: '"
              + a.hole()
              + "' stands in the authority, where a value with '@' or '/'"
              + " would change the host (write the host and port literally)");
    }
    String known = url.knownPrefix();
    int start = known.indexOf("//") + 2;
    if (a.host() == null
        || start < 2
        || known.regionMatches(true, start, a.host(), 0, a.host().length()))
      return Optional.empty();
    return Optional.of("browsers send it to the host '" + a.host() + "'");
  }

  /** Whether a known part of the URL has a fragment. */
  static boolean hasFragment(Template url) {
    return url.literalContains("#");
  }

  /** Reads the authority of an absolute URL as the WHATWG URL parser does. */
  static Authority authority(Template url) {
    Matcher m = SCHEME.matcher(url.knownPrefix());
    if (!m.find()) return Authority.NONE;
    boolean special = SPECIAL.contains(m.group(1).toLowerCase(Locale.ROOT));
    Chars c = new Chars(url);
    int start = m.end();
    int i = start;
    while (i < c.length() && (c.at(i) == '/' || special && c.at(i) == '\\')) i++;
    String slashes = c.text(start, i);
    if (c.isHole(i))
      return Authority.NONE; // nothing of the authority is known: "https://${Domain}/cb"
    if (!special) {
      // Other schemes have an authority only after exactly "//", and '\' is an ordinary character.
      if (!slashes.startsWith("//")) return Authority.NONE;
      i = start + 2;
    }
    int end = i;
    while (end < c.length() && !c.isHole(end) && !endsAuthority(c.at(end), special)) end++;
    if (c.isHole(end)) return end == i ? Authority.NONE : new Authority(null, null, c.hole(end));
    String authority = c.text(i, end);
    String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
    String scheme = m.group(1);
    if (!special) return new Authority(hostOf(hostPort), null, null);
    String invalid = hostProblem(hostPort);
    if (invalid != null) return new Authority(null, "'" + url.display() + "' " + invalid, null);
    String host = hostOf(hostPort);
    String problem = null;
    if (!slashes.equals("//")) {
      String written = slashes.isEmpty() ? "no '//'" : "'" + slashes + "'";
      problem =
          "'"
              + url.display()
              + "' has "
              + written
              + " after '"
              + scheme
              + ":', where browsers skip every '/' and '\\'"
              + " and read the host as '"
              + host
              + "'; write exactly '//' before the host";
    } else if (end < c.length() && c.at(end) == '\\') {
      problem =
          "'"
              + url.display()
              + "' has a '\\' after '"
              + authority
              + "'; browsers read it as '/', so the host is '"
              + host
              + "'; write '/' or remove it";
    }
    return new Authority(host, problem, null);
  }

  private static boolean endsAuthority(int c, boolean special) {
    return c == '/' || c == '?' || c == '#' || special && c == '\\';
  }

  private static String hostOf(String hostPort) {
    int colon = hostPort.startsWith("[") ? hostPort.indexOf(']') + 1 : hostPort.indexOf(':');
    String host = colon <= 0 || colon > hostPort.length() ? hostPort : hostPort.substring(0, colon);
    return host.toLowerCase(Locale.ROOT);
  }

  /** Why a WHATWG parser rejects the host and port of a special URL, or null. */
  private static String hostProblem(String hostPort) {
    String host;
    String port;
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) return "has an unclosed '[' in its host; write the IPv6 address as '[::1]'";
      host = hostPort.substring(0, close + 1);
      String rest = hostPort.substring(close + 1);
      if (!rest.isEmpty() && !rest.startsWith(":")) {
        return "has '"
            + rest
            + "' after the IPv6 address "
            + host
            + ", which browsers reject; put a ':' and the port there, or nothing";
      }
      if (!Ipv6.isValid(host.substring(1, close)))
        return "has '" + host + "' as its host, which is not an IPv6 address";
      port = rest.isEmpty() ? "" : rest.substring(1);
    } else {
      int colon = hostPort.indexOf(':');
      host = colon < 0 ? hostPort : hostPort.substring(0, colon);
      port = colon < 0 ? "" : hostPort.substring(colon + 1);
      if (host.isEmpty()) return "has no host; write the host after '//'";
      // Browsers decode %XX first; a '%' left over (or decoded) is forbidden, as in "a%zz" or
      // "a%25".
      String decoded = percentDecoded(host);
      for (int k = 0; k < decoded.length(); k++) {
        char ch = decoded.charAt(k);
        if (ch <= ' ' || ch == 0x7f || FORBIDDEN_IN_HOST.indexOf(ch) >= 0) {
          return "has "
              + (ch <= ' ' || ch == 0x7f ? String.format("U+%04X", (int) ch) : "'" + ch + "'")
              + " in its host '"
              + host
              + "', which browsers reject";
        }
      }
    }
    String digits =
        port.replaceFirst("^0+(?=.)", ""); // leading zeros are allowed: ":080" is port 80
    if (!port.isEmpty()
        && (!port.chars().allMatch(ch -> ch >= '0' && ch <= '9')
            || digits.length() > 5
            || Integer.parseInt(digits) > 65535)) {
      return "has the port '" + port + "', which is not a port number (0 to 65535)";
    }
    if (!host.startsWith("[") && !Ipv4.isValidIfNumeric(host)) {
      return "has the host '"
          + host
          + "', which browsers read as an IPv4 address and reject (each part 0 to 255)";
    }
    return null;
  }

  private static String percentDecoded(String text) {
    if (text.indexOf('%') < 0) return text;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < text.length()) {
      int high =
          i + 2 < text.length() && text.charAt(i) == '%' ? Ipv4.digit(text.charAt(i + 1), 16) : -1;
      int low = high < 0 ? -1 : Ipv4.digit(text.charAt(i + 2), 16);
      if (low >= 0) {
        out.write(high * 16 + low);
        i += 3;
      } else {
        int cp = text.codePointAt(i);
        out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(cp);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * The URL's characters with each hole as one position, so that a parse can stop where a hole
   * stands.
   */
  private static final class Chars {
    private final int[] chars;
    private final String[] holes;

    Chars(Template url) {
      int n = 0;
      for (Template.Segment s : url.segments()) n += s.hole() ? 1 : s.text().length();
      chars = new int[n];
      holes = new String[n];
      int i = 0;
      for (Template.Segment s : url.segments()) {
        if (s.hole()) {
          holes[i] = s.text();
          chars[i++] = HOLE;
        } else {
          for (int k = 0; k < s.text().length(); k++) chars[i++] = s.text().charAt(k);
        }
      }
    }

    int length() {
      return chars.length;
    }

    int at(int i) {
      return chars[i];
    }

    boolean isHole(int i) {
      return i < chars.length && chars[i] == HOLE;
    }

    String hole(int i) {
      return holes[i];
    }

    /** The literal text from start to end (no hole lies between them). */
    String text(int start, int end) {
      StringBuilder out = new StringBuilder(end - start);
      for (int i = start; i < end; i++) out.append((char) chars[i]);
      return out.toString();
    }
  }
}
