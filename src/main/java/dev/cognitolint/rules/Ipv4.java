package dev.cognitolint.rules;

/**
 * The WHATWG URL standard's IPv4 parser, as far as it decides whether a host fails: a host whose
 * last label is a number ("192.168.0.257", "0x7f.1") is read as an IPv4 address, and one that is
 * not a valid address fails to parse rather than being a domain name.
 */
final class Ipv4 {
  private Ipv4() {}

  /** Above every part's limit (2^32), and small enough that no sum of digits overflows a long. */
  private static final long TOO_LARGE = 1L << 40;

  static boolean isValidIfNumeric(String host) {
    String[] labels = host.split("\\.", -1);
    int count = labels.length;
    if (count > 1 && labels[count - 1].isEmpty()) count--; // one trailing dot is allowed
    if (!isNumber(labels[count - 1])) return true; // a domain name
    if (count > 4) return false;
    for (int i = 0; i < count; i++) {
      long value = parse(labels[i]);
      long limit = i < count - 1 ? 256 : 1L << (8 * (5 - count));
      if (value < 0 || value >= limit) return false;
    }
    return true;
  }

  /**
   * Whether a label "ends in a number" in the standard's sense: decimal digits, or 0x and hex
   * digits.
   */
  private static boolean isNumber(String label) {
    if (!label.isEmpty() && label.chars().allMatch(c -> c >= '0' && c <= '9')) return true;
    return (label.startsWith("0x") || label.startsWith("0X"))
        && label.substring(2).chars().allMatch(c -> digit(c, 16) >= 0);
  }

  /** A part: 0x hex, 0-prefixed octal, or decimal; -1 when its digits do not fit its base. */
  private static long parse(String part) {
    if (part.isEmpty()) return -1;
    int radix = 10;
    int start = 0;
    if (part.startsWith("0x") || part.startsWith("0X")) {
      radix = 16;
      start = 2;
    } else if (part.length() > 1 && part.charAt(0) == '0') {
      radix = 8;
      start = 1;
    }
    long value = 0;
    for (int i = start; i < part.length(); i++) {
      int d = digit(part.charAt(i), radix);
      if (d < 0) return -1;
      value = Math.min(value * radix + d, TOO_LARGE);
    }
    return value;
  }

  /** The value of an ASCII digit in the radix (up to 16), or -1. */
  static int digit(int c, int radix) {
    int d =
        c >= '0' && c <= '9'
            ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99;
    return d < radix ? d : -1;
  }
}
