package dev.cognitolint.syntax;

import java.io.Reader;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Feeds a text to snakeyaml-engine's {@link StreamReader} so that reading stays linear in its size.
 *
 * <p>Each time the StreamReader reads, it copies every code point it holds but has not consumed yet
 * into a new array. With fixed reads (its default is 1,024 chars) a scalar longer than one read is
 * copied again on every read: quadratic (a 4 MiB scalar took 11 s, 32 MiB 480 s). Here each read
 * hands over at least as much as the reader still holds, so each copy is paid for by as many new
 * chars and the copies add up to at most about twice the text. The StreamReader's buffer must be as
 * large as the text for that ({@link #bufferSize}).
 */
final class GrowingChunkReader extends Reader {
  /** What an ordinary file is read in: small enough that its window stays small. */
  private static final int MIN_CHUNK = 64 * 1024;

  private final String text;
  private StreamReader consumer;
  private int given;

  GrowingChunkReader(String text) {
    this.text = text;
  }

  /** The buffer size the StreamReader needs: any read up to the whole text must fit. */
  static int bufferSize(String text) {
    return Math.max(text.length(), MIN_CHUNK) + 1;
  }

  /** The StreamReader this feeds, whose progress decides the size of the next read. */
  void feeds(StreamReader streamReader) {
    this.consumer = streamReader;
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (given >= text.length()) return -1;
    // Chars given but not consumed yet (code points consumed undercount chars: never too small).
    int held = given - consumer.getIndex();
    int n = Math.min(Math.min(length, text.length() - given), Math.max(MIN_CHUNK, held));
    text.getChars(given, given + n, buffer, offset);
    given += n;
    return n;
  }

  @Override
  public void close() {
    // nothing to release
  }
}
