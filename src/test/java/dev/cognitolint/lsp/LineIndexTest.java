package dev.cognitolint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cognitolint.model.Span;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

class LineIndexTest {
  // Line 2 (1-based) holds an astral character (1 code point, 2 UTF-16 units, 4 UTF-8 bytes) and
  // 'é' (2 UTF-8 bytes).
  private static final String TEXT = "a\r\n\uD83D\uDE00\u00e9x\rlast\n";

  @Test
  void lineEndsAreLfCrlfAndCrAlone() {
    LineIndex index = new LineIndex(TEXT, LineIndex.Encoding.UTF16);
    assertEquals(4, index.lineCount());
    assertEquals(
        List.of("a", "\uD83D\uDE00\u00e9x", "last", ""),
        List.of(index.line(0), index.line(1), index.line(2), index.line(3)));
    assertEquals("\r\n", index.lineEnd());
    assertEquals("\n", new LineIndex("x", LineIndex.Encoding.UTF16).lineEnd());
  }

  @Test
  void codePointColumnsInEachEncoding() {
    Span x = new Span(2, 3, 2, 4);
    assertEquals(
        new Range(new Position(1, 2), new Position(1, 3)),
        new LineIndex(TEXT, LineIndex.Encoding.UTF32).range(x));
    assertEquals(
        new Range(new Position(1, 3), new Position(1, 4)),
        new LineIndex(TEXT, LineIndex.Encoding.UTF16).range(x));
    assertEquals(
        new Range(new Position(1, 6), new Position(1, 7)),
        new LineIndex(TEXT, LineIndex.Encoding.UTF8).range(x));
  }

  @Test
  void backFromProtocolPositions() {
    LineIndex utf8 = new LineIndex(TEXT, LineIndex.Encoding.UTF8);
    assertEquals(TEXT.indexOf('x'), utf8.offset(new Position(1, 6)));
    assertEquals(
        TEXT.indexOf('\r', 3), utf8.offset(new Position(1, 99)), "past the end of a line: its end");
    LineIndex utf16 = new LineIndex(TEXT, LineIndex.Encoding.UTF16);
    assertEquals(TEXT.indexOf('x'), utf16.offset(new Position(1, 3)));
  }

  @Test
  void negotiation() {
    assertEquals(LineIndex.Encoding.UTF16, LineIndex.Encoding.negotiate(null));
    assertEquals(LineIndex.Encoding.UTF16, LineIndex.Encoding.negotiate(List.of("utf-7")));
    assertEquals(LineIndex.Encoding.UTF8, LineIndex.Encoding.negotiate(List.of("utf-8", "utf-32")));
    assertEquals(
        LineIndex.Encoding.UTF32, LineIndex.Encoding.negotiate(List.of("utf-32", "utf-16")));
  }
}
