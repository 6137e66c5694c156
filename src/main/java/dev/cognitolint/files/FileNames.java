package dev.cognitolint.files;

import dev.cognitolint.model.SafeText;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** File names as bytes: a file URI's path shown as text, whatever the locale. */
final class FileNames {
  private FileNames() {}

  /**
   * The percent-encoded bytes of a URI path as UTF-8 text; a byte that is not UTF-8 shows as \xNN,
   * a control character as \xNN (C0, DEL) or backslash-u00NN (C1), so that a name cannot forge
   * output lines or terminal escapes, and a backslash as \\, so that different bytes always give
   * different text.
   */
  static String decode(String rawPath) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(rawPath.length());
    for (int i = 0; i < rawPath.length(); i++) {
      char c = rawPath.charAt(i);
      if (c == '%' && i + 2 < rawPath.length()) {
        bytes.write(HexFormat.fromHexDigits(rawPath, i + 1, i + 3));
        i += 2;
      } else {
        bytes.write(c); // a URI path is ASCII
      }
    }
    ByteBuffer in = ByteBuffer.wrap(bytes.toByteArray());
    CharBuffer out = CharBuffer.allocate(in.remaining());
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    StringBuilder text = new StringBuilder();
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      out.flip();
      text.append(SafeText.visible(out.toString().replace("\\", "\\\\")));
      out.clear();
      if (result.isUnderflow()) break;
      for (int n = 0; n < result.length(); n++)
        text.append("\\x").append(HexFormat.of().toHexDigits(in.get()));
    }
    return text.toString();
  }
}
