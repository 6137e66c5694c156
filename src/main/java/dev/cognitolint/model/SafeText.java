package dev.cognitolint.model;

/**
 * Text from the files linted (names, values, paths), made safe to print: a value must never be able
 * to move the cursor, recolour a terminal, end a report line and forge the next one, reorder what
 * is shown (bidi controls) or hide characters (zero-width, tag characters).
 */
public final class SafeText {
  private SafeText() {}

  /**
   * The text with every control, format, line and paragraph separator character and every lone
   * surrogate written as a visible escape: {@code \n}, {@code \r}, {@code \t}, {@code \x1b} (below
   * U+0080), {@code \u2028} (in the BMP), {@code \U000e0041} (above it), {@code \ud800} (a lone
   * surrogate). A backslash stays as it is, so an escape shows what was there but is not a
   * reversible encoding.
   */
  public static String visible(String text) {
    int i = firstUnsafe(text);
    if (i == text.length()) return text;
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    while (i < text.length()) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      if (isUnsafe(c)) out.append(escape(c));
      else out.appendCodePoint(c);
      i += width;
    }
    return out.toString();
  }

  /**
   * A file's name at the start of a line, made visible. A GitHub Actions runner reads a line of the
   * job log (standard output or error) that starts with {@code ::} as a workflow command, so a file
   * named {@code ::stop-commands::x.yaml} is shown as {@code ./::stop-commands::x.yaml}.
   */
  public static String path(String path) {
    return visible(path.startsWith("::") ? "./" + path : path);
  }

  /**
   * The text with each lone surrogate (which UTF-8 cannot encode) replaced by U+FFFD, the
   * replacement character: what every writer of UTF-8 must be given.
   */
  public static String wellFormed(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isSurrogate(c)) continue;
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      if (out == null) out = new StringBuilder(text);
      out.setCharAt(i, '\uFFFD');
    }
    return out == null ? text : out.toString();
  }

  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (isUnsafe(c)) return i;
      i += Character.charCount(c);
    }
    return text.length();
  }

  /** codePointAt gives a lone surrogate as itself, so SURROGATE here means a lone one. */
  private static boolean isUnsafe(int c) {
    if (c >= 0x20 && c < 0x7F) return false;
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE ->
          true;
      default -> false;
    };
  }

  private static String escape(int c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default ->
          c < 0x80
              ? String.format("\\x%02x", c)
              : c <= 0xFFFF ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
    };
  }
}
