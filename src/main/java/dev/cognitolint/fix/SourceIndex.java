package dev.cognitolint.fix;

import dev.cognitolint.model.Edit;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.model.Span;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * A file's text with its line starts, to turn spans (lines, code-point columns) into text positions
 * and back. Line ends are CRLF, CR or LF, as the YAML and HCL readers count them. Every rule that
 * offers a fix on a file uses the same index, made once: a template with thousands of clients must
 * not index its text once per finding.
 */
public final class SourceIndex {
  private static final Map<SourceFile, SourceIndex> CACHE =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final String text;

  /** Char index where each line starts. */
  private final int[] lineStarts;

  /**
   * Surrogate pairs before each line start; null when the text has none (columns are then char
   * counts).
   */
  private final int[] pairsBefore;

  public SourceIndex(String text) {
    this.text = text;
    int[] starts = new int[16];
    int lines = 1;
    boolean surrogates = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) surrogates = true;
      boolean lineEnd =
          c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
      if (lineEnd) {
        if (lines == starts.length) starts = Arrays.copyOf(starts, lines * 2);
        starts[lines++] = i + 1;
      }
    }
    lineStarts = Arrays.copyOf(starts, lines);
    if (surrogates) {
      pairsBefore = new int[lines];
      for (int line = 1; line < lines; line++) {
        pairsBefore[line] = pairsBefore[line - 1] + pairs(lineStarts[line - 1], lineStarts[line]);
      }
    } else {
      pairsBefore = null;
    }
  }

  public static SourceIndex of(SourceFile source) {
    return CACHE.computeIfAbsent(source, s -> new SourceIndex(s.text()));
  }

  public String text() {
    return text;
  }

  /** Char index of a 1-based line and code-point column; past the end of the text, its length. */
  public int index(int line, int column) {
    if (line < 1) return 0;
    if (line > lineStarts.length) return text.length();
    int start = lineStarts[line - 1];
    if (pairsBefore == null) return Math.min(text.length(), start + column - 1);
    int i = start;
    for (int n = 1; n < column && i < text.length(); n++)
      i += Character.charCount(text.codePointAt(i));
    return i;
  }

  public int start(Span span) {
    return index(span.line(), span.column());
  }

  public int end(Span span) {
    return index(span.endLine(), span.endColumn());
  }

  public String text(Span span) {
    int start = start(span);
    return text.substring(start, Math.max(start, end(span)));
  }

  /** The 0-based line holding char index. */
  public int lineOf(int index) {
    int line = Arrays.binarySearch(lineStarts, index);
    return line >= 0 ? line : -line - 2;
  }

  public int lineStart(int index) {
    return lineStarts[lineOf(index)];
  }

  /**
   * Char index of the line end (its CR or LF, or the end of the text) of the line holding index.
   */
  public int lineEnd(int index) {
    int line = lineOf(index);
    if (line + 1 == lineStarts.length) return text.length();
    int next = lineStarts[line + 1];
    return next >= 2 && text.charAt(next - 1) == '\n' && text.charAt(next - 2) == '\r'
        ? next - 2
        : next - 1;
  }

  /** Char index where the next line starts, or the end of the text. */
  public int nextLineStart(int index) {
    int line = lineOf(index);
    return line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
  }

  /**
   * The line break the line holding index ends with; that of the first line that has one, else LF.
   */
  public String lineBreak(int index) {
    int end = lineEnd(index);
    if (end < text.length())
      return text.startsWith("\r\n", end) ? "\r\n" : text.substring(end, end + 1);
    return lineStarts.length > 1 ? lineBreak(0) : "\n";
  }

  /** The code-point offset of char index. */
  public int codePoints(int index) {
    if (pairsBefore == null) return index;
    int line = lineOf(index);
    return index - pairsBefore[line] - pairs(lineStarts[line], index);
  }

  /** An edit replacing the chars from start to end. */
  public Edit edit(int start, int end, String replacement) {
    int startLine = lineOf(start);
    int endLine = lineOf(end);
    Span span =
        new Span(startLine + 1, column(startLine, start), endLine + 1, column(endLine, end));
    int offset = codePoints(start);
    return new Edit(span, offset, codePoints(end) - offset, replacement);
  }

  private int column(int line, int index) {
    int start = lineStarts[line];
    return index - start - (pairsBefore == null ? 0 : pairs(start, index)) + 1;
  }

  private int pairs(int from, int to) {
    int n = 0;
    for (int i = from; i < to - 1; i++) {
      if (Character.isHighSurrogate(text.charAt(i))
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        n++;
        i++;
      }
    }
    return n;
  }
}
