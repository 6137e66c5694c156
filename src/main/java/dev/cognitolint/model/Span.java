package dev.cognitolint.model;

/**
 * A region of a source file. Lines and columns are 1-based; columns count Unicode code points and
 * the end column is exclusive, as SARIF's {@code region} with {@code columnKind:
 * unicodeCodePoints}.
 */
public record Span(int line, int column, int endLine, int endColumn) implements Comparable<Span> {

  public static final Span START = new Span(1, 1, 1, 1);

  public static Span at(int line, int column) {
    return new Span(line, column, line, column);
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(line, o.line);
    if (c == 0) c = Integer.compare(column, o.column);
    if (c == 0) c = Integer.compare(endLine, o.endLine);
    if (c == 0) c = Integer.compare(endColumn, o.endColumn);
    return c;
  }
}
