package dev.cognitolint.input;

import dev.cognitolint.model.SourceFile;
import dev.cognitolint.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a file's bytes into text, refusing what is too large, binary or not valid Unicode. */
public final class SourceReader {
  private final Limits limits;

  public SourceReader(Limits limits) {
    this.limits = limits;
  }

  public SourceFile read(Path file, String displayPath) throws InputException {
    try {
      if (Files.isDirectory(file)) throw new InputException(InputRule.UNREADABLE_FILE, "is a directory, not a file", Span.START);
      if (!Files.isRegularFile(file)) {
        // A FIFO or device would block or never end; a dangling link has nothing to read.
        throw new InputException(InputRule.UNREADABLE_FILE, whyNotRegular(file), Span.START);
      }
      long size = Files.size(file);
      if (size > limits.maxFileBytes()) throw tooLarge(size);
      try (InputStream in = Files.newInputStream(file)) {
        return decode(displayPath, readBounded(in));
      }
    } catch (IOException e) {
      throw new InputException(InputRule.UNREADABLE_FILE, "cannot read file: " + describe(e), Span.START);
    }
  }

  public SourceFile read(InputStream in, String displayPath) throws InputException {
    try {
      return decode(displayPath, readBounded(in));
    } catch (IOException e) {
      throw new InputException(InputRule.UNREADABLE_FILE, "cannot read input: " + describe(e), Span.START);
    }
  }

  private byte[] readBounded(InputStream in) throws IOException, InputException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
    if (bytes.length > limits.maxFileBytes()) throw tooLarge(bytes.length);
    return bytes;
  }

  private InputException tooLarge(long size) {
    return new InputException(InputRule.INPUT_LIMIT,
        "file is " + size + " bytes, larger than the limit of " + limits.maxFileBytes()
            + " bytes (--max-file-size)", Span.START);
  }

  static SourceFile decode(String displayPath, byte[] bytes) throws InputException {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      skip = 3;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else {
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == 0) {
          throw new InputException(InputRule.UNREADABLE_FILE,
              "not a text file (NUL byte at offset " + i + ")", Span.START);
        }
      }
    }
    try {
      String text = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
      return new SourceFile(displayPath, text);
    } catch (CharacterCodingException e) {
      throw new InputException(InputRule.UNREADABLE_FILE,
          "not valid " + charset.name() + " text; save the file as UTF-8", Span.START);
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) return false;
    }
    return true;
  }

  private static String whyNotRegular(Path file) {
    try {
      file.toRealPath();
      return "not a regular file";
    } catch (NoSuchFileException e) {
      return "broken symbolic link (its target does not exist)";
    } catch (IOException e) {
      return describe(e);
    }
  }

  private static String describe(IOException e) {
    String type = e.getClass().getSimpleName();
    return switch (type) {
      case "NoSuchFileException" -> "no such file";
      case "AccessDeniedException" -> "permission denied";
      case "FileSystemLoopException" -> "symbolic link loop";
      case "FileSystemException" -> String.valueOf(e.getMessage()).contains("levels of symbolic links")
          ? "symbolic link loop" : String.valueOf(e.getMessage());
      default -> e.getMessage() != null ? e.getMessage() : type;
    };
  }
}
