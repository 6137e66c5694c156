package dev.cognitolint.cli;

import dev.cognitolint.files.FileCollector.Argument;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Arguments as the paths the operating system was given. The JVM decodes its arguments in the
 * locale's encoding and puts U+FFFD for what it cannot decode (every non-ASCII byte under LC_ALL=C,
 * a byte that is not UTF-8 under a UTF-8 locale), so such an argument no longer names its file. On
 * Linux the bytes are still in /proc/self/cmdline: its last entries are the arguments, used only
 * when each decodes to exactly the argument the JVM gave.
 */
final class ArgumentPaths {
  private static final char REPLACEMENT = '\uFFFD';
  private static final Path CMDLINE = Path.of("/proc/self/cmdline");

  private final String[] args;
  private byte[][] raw;
  private boolean rawRead;

  /**
   * @param args every argument, as the JVM gave them
   */
  ArgumentPaths(String[] args) {
    this.args = args;
  }

  /**
   * @param paths the PATH arguments, in order
   * @return each with the path it names; the path is null when the name cannot be made in this
   *     locale
   */
  List<Argument> paths(List<String> paths) {
    List<Argument> out = new ArrayList<>();
    int next = 0;
    for (String path : paths) {
      while (next < args.length && !args[next].equals(path)) next++;
      int index = next++;
      Path named =
          path.indexOf(REPLACEMENT) >= 0 && index < args.length && raw() != null
              ? fromBytes(raw()[index])
              : null;
      try {
        out.add(new Argument(path, named != null ? named : Path.of(path)));
      } catch (InvalidPathException e) {
        out.add(new Argument(path, null));
      }
    }
    return out;
  }

  /**
   * The path an option's value ({@code --config VALUE} or {@code --config=VALUE}) names; the lint
   * command reads its Path options through it.
   */
  Path option(String value) {
    if (value.indexOf(REPLACEMENT) >= 0 && raw() != null) {
      for (int i = 0; i < args.length; i++) {
        if (args[i].equals(value)) return fromBytes(raw()[i]);
        if (args[i].startsWith("-") && args[i].endsWith("=" + value)) {
          byte[] arg = raw()[i];
          int eq = 0;
          while (arg[eq] != '=') eq++;
          return fromBytes(Arrays.copyOfRange(arg, eq + 1, arg.length));
        }
      }
    }
    return Path.of(value);
  }

  /** The arguments' bytes, or null when they cannot be had or do not match the arguments. */
  private byte[][] raw() {
    if (!rawRead) {
      rawRead = true;
      raw = readRaw();
    }
    return raw;
  }

  private byte[][] readRaw() {
    byte[] cmdline;
    try {
      cmdline = Files.readAllBytes(CMDLINE);
    } catch (IOException | SecurityException e) {
      return null;
    }
    List<byte[]> entries = new ArrayList<>();
    for (int start = 0, end; start < cmdline.length; start = end + 1) {
      end = start;
      while (end < cmdline.length && cmdline[end] != 0) end++;
      entries.add(Arrays.copyOfRange(cmdline, start, end));
    }
    if (entries.size() < args.length) return null;
    byte[][] last =
        entries.subList(entries.size() - args.length, entries.size()).toArray(byte[][]::new);
    Charset charset = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
    for (int i = 0; i < args.length; i++) {
      if (!new String(last[i], charset).equals(args[i])) return null;
    }
    return last;
  }

  /** The path of exactly these bytes: a file URI carries bytes, whatever the locale's encoding. */
  private static Path fromBytes(byte[] name) {
    StringBuilder path = new StringBuilder();
    if (name.length == 0 || name[0] != '/')
      path.append(Path.of("").toAbsolutePath().toUri().getRawPath()).append('/');
    for (byte b : name) {
      int c = b & 0xFF;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0))
        path.append((char) c);
      else path.append('%').append(String.format("%02X", c));
    }
    return Path.of(URI.create("file://" + path.toString().replaceAll("/{2,}", "/")));
  }
}
