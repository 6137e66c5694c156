package dev.cognitolint.lsp;

import dev.cognitolint.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PositionEncodingKind;
import org.eclipse.lsp4j.Range;

/**
 * Converts between the linter's positions (1-based lines, columns in code points) and the
 * protocol's (0-based lines, characters in the negotiated encoding's code units). Lines end at LF,
 * CRLF or CR alone, as both the readers and the protocol have it.
 */
final class LineIndex {

  /** The position encodings the server speaks; UTF-16 is the protocol's default. */
  enum Encoding {
    UTF8(PositionEncodingKind.UTF8),
    UTF16(PositionEncodingKind.UTF16),
    UTF32(PositionEncodingKind.UTF32);

    final String kind;

    Encoding(String kind) {
      this.kind = kind;
    }

    /**
     * The first encoding the client offers that the server speaks (clients list them by
     * preference); UTF-16 when none.
     */
    static Encoding negotiate(List<String> offered) {
      if (offered != null) {
        for (String kind : offered) {
          for (Encoding e : values()) if (e.kind.equals(kind)) return e;
        }
      }
      return UTF16;
    }

    int units(int codePoint) {
      return switch (this) {
        case UTF8 -> codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
        case UTF16 -> Character.charCount(codePoint);
        case UTF32 -> 1;
      };
    }
  }

  private final String text;
  private final Encoding encoding;

  /** The char index where each line starts. */
  private final int[] lineStarts;

  LineIndex(String text, Encoding encoding) {
    this.text = text;
    this.encoding = encoding;
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
      if (c == '\r' || c == '\n') starts.add(i + 1);
    }
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  String text() {
    return text;
  }

  int lineCount() {
    return lineStarts.length;
  }

  /** The text of a 0-based line, without its line end. */
  String line(int line) {
    int start = lineStarts[Math.min(line, lineStarts.length - 1)];
    int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
    return text.substring(start, end);
  }

  /** The line end the text uses (its first one), for inserted lines. */
  String lineEnd() {
    if (lineStarts.length < 2) return "\n";
    int end = lineStarts[1];
    return end >= 2 && text.startsWith("\r\n", end - 2)
        ? "\r\n"
        : text.charAt(end - 1) == '\r' ? "\r" : "\n";
  }

  Range range(Span span) {
    return new Range(
        position(span.line(), span.column()), position(span.endLine(), span.endColumn()));
  }

  /**
   * The protocol position of a 1-based line and code point column (past the line's end: its end).
   */
  Position position(int line, int column) {
    int index = Math.max(0, Math.min(line - 1, lineStarts.length - 1));
    String content = line(index);
    int character = 0;
    int offset = 0;
    for (int cp = 1; cp < column && offset < content.length(); cp++) {
      int codePoint = content.codePointAt(offset);
      character += encoding.units(codePoint);
      offset += Character.charCount(codePoint);
    }
    return new Position(index, character);
  }

  /** The char index of a protocol position (past its line's end: that end). */
  int offset(Position position) {
    int line = Math.max(0, Math.min(position.getLine(), lineStarts.length - 1));
    String content = line(line);
    int units = 0;
    int offset = 0;
    while (offset < content.length() && units < position.getCharacter()) {
      int codePoint = content.codePointAt(offset);
      units += encoding.units(codePoint);
      offset += Character.charCount(codePoint);
    }
    return lineStarts[line] + offset;
  }
}
