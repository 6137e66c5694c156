package dev.cognitolint.rules;

/** Whether text between '[' and ']' is an IPv6 address that the WHATWG URL parser accepts. */
final class Ipv6 {
  private Ipv6() {}

  static boolean isValid(String text) {
    int compress = text.indexOf("::");
    if (compress >= 0 && text.indexOf("::", compress + 1) >= 0) return false;
    String[] sides =
        compress < 0
            ? new String[] {text}
            : new String[] {text.substring(0, compress), text.substring(compress + 2)};
    int pieces = 0;
    for (int side = 0; side < sides.length; side++) {
      if (sides[side].isEmpty()) continue;
      String[] parts = sides[side].split(":", -1);
      for (int p = 0; p < parts.length; p++) {
        boolean last = side == sides.length - 1 && p == parts.length - 1;
        if (last && parts[p].contains(".")) {
          if (!isIpv4(parts[p])) return false;
          pieces += 2;
        } else if (parts[p].isEmpty()
            || parts[p].length() > 4
            || !parts[p].chars().allMatch(c -> Ipv4.digit(c, 16) >= 0)) {
          return false;
        } else {
          pieces++;
        }
      }
    }
    return compress < 0 ? pieces == 8 : pieces <= 7;
  }

  /**
   * The dotted IPv4 form an IPv6 address may end with: four decimal numbers 0-255, no leading
   * zeros.
   */
  private static boolean isIpv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) return false;
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> Ipv4.digit(c, 10) >= 0))
        return false;
      if (p.length() > 1 && p.charAt(0) == '0' || Integer.parseInt(p) > 255) return false;
    }
    return true;
  }
}
