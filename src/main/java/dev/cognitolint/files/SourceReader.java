package dev.cognitolint.files;

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
      if (Files.isDirectory(file))
        throw new InputException(
            InputRule.UNREADABLE_FILE, "is a directory, not a file", Span.START);
      if (!Files.exists(file))
        throw new InputException(InputRule.UNREADABLE_FILE, whyMissing(file), Span.START);
      if (!Files.isRegularFile(file) && !isOpenDescriptor(file)) {
        // A FIFO would block until someone writes to it, a device may never end.
        throw new InputException(InputRule.UNREADABLE_FILE, "not a regular file", Span.START);
      }
      // An open descriptor (/dev/stdin, bash's <(...)) is read as a stream, as far as the size
      // limit.
      if (Files.isRegularFile(file) && Files.size(file) > limits.maxFileBytes())
        throw tooLarge(Files.size(file));
      try (InputStream in = Files.newInputStream(file)) {
        return decode(displayPath, readBounded(in)).at(file);
      }
    } catch (IOException e) {
      throw new InputException(
          InputRule.UNREADABLE_FILE, "cannot read file: " + describe(e), Span.START);
    }
  }

  public SourceFile read(InputStream in, String displayPath) throws InputException {
    try {
      return decode(displayPath, readBounded(in));
    } catch (IOException e) {
      throw new InputException(
          InputRule.UNREADABLE_FILE, "cannot read input: " + describe(e), Span.START);
    }
  }

  private byte[] readBounded(InputStream in) throws IOException, InputException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
    if (bytes.length > limits.maxFileBytes()) throw tooLarge(bytes.length);
    return bytes;
  }

  private InputException tooLarge(long size) {
    return new InputException(
        InputRule.INPUT_LIMIT,
        "file is "
            + size
            + " bytes, larger than the limit of "
            + limits.maxFileBytes()
            + " bytes (--max-file-size)",
        Span.START);
  }

  static SourceFile decode(String displayPath, byte[] bytes) throws InputException {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      skip = 3;
    } else if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)
        || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      // Checked before UTF-16: the UTF-32LE mark starts with the UTF-16LE one.
      throw new InputException(
          InputRule.UNREADABLE_FILE,
          "is UTF-32 text (byte-order mark "
              + (bytes[0] == 0 ? "00 00 FE FF" : "FF FE 00 00")
              + "); save the file as UTF-8",
          Span.START);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else {
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == 0) {
          throw new InputException(
              InputRule.UNREADABLE_FILE,
              "not a text file (NUL byte at offset " + i + ")",
              Span.START);
        }
      }
    }
    try {
      String text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
              .toString();
      return new SourceFile(displayPath, text);
    } catch (CharacterCodingException e) {
      throw new InputException(
          InputRule.UNREADABLE_FILE,
          "not valid " + charset.name() + " text; save the file as UTF-8",
          Span.START);
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) return false;
    }
    return true;
  }

  /**
   * What a file that is neither a regular file nor a folder is, for messages: "a FIFO", "a socket",
   * ... (the unix file type; "a special file" where the file system does not say).
   */
  public static String specialKind(Path file) {
    try {
      return switch ((Integer) Files.getAttribute(file, "unix:mode") & 0170000) {
        case 0010000 -> "a FIFO";
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        case 0140000 -> "a socket";
        default -> "a special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file";
    }
  }

  /**
   * Whether the file is one of this process's open descriptors ({@code /dev/stdin}, {@code
   * /dev/fd/N}, {@code /proc/self/fd/N}, or a link to one): opening it never waits for a writer.
   */
  private static boolean isOpenDescriptor(Path file) throws IOException {
    Path path = file.toAbsolutePath().normalize();
    for (int hops = 0; hops < 40; hops++) {
      if (path.startsWith("/dev/fd") || path.startsWith("/proc/self/fd")) return true;
      if (!Files.isSymbolicLink(path)) return false;
      path = path.resolveSibling(Files.readSymbolicLink(path)).normalize();
    }
    return false;
  }

  private static String whyMissing(Path file) {
    try {
      var unused = file.toRealPath(); // called for the exception it throws
      return "no such file";
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
      case "FileSystemException" ->
          String.valueOf(e.getMessage()).contains("levels of symbolic links")
              ? "symbolic link loop"
              : String.valueOf(e.getMessage());
      default -> e.getMessage() != null ? e.getMessage() : type;
    };
  }
}
