package dev.cognitolint.report;

import dev.cognitolint.model.SafeText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Writes a file whole or not at all: to a temporary file beside it, then renamed over it. A run
 * stopped by a signal (SIGTERM, Ctrl-C) removes its temporary file in a shutdown hook; one killed
 * outright cannot, so a later write removes what such runs left (see {@link #removeStale}).
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Our temporary files: {@code Files.createTempFile(dir, ".cognito-lint", ".tmp")} puts digits
   * between.
   */
  private static final Pattern TEMPORARY = Pattern.compile("\\.cognito-lint[0-9]+\\.tmp");

  /**
   * Writing a report takes seconds at most, so a temporary file this old belongs to no live run.
   */
  static final Duration STALE = Duration.ofHours(1);

  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(AtomicFiles::removeInFlight, "cognito-lint temporary files"));
  }

  /** Writes text as UTF-8 (a lone surrogate as U+FFFD). */
  public static void write(Path target, String text) throws IOException {
    Path absolute = target.toAbsolutePath();
    String wellFormed = SafeText.wellFormed(text);
    if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
      // A device or FIFO (/dev/stdout, /dev/full, a pipe): written in place; a rename would replace
      // it.
      Files.writeString(absolute, wellFormed, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.isDirectory(absolute.getParent())) {
      throw new NoSuchFileException(absolute.toString(), null, "its folder does not exist");
    }
    Path temp = temporaryFile(absolute);
    try {
      Files.writeString(temp, wellFormed, StandardCharsets.UTF_8);
      // A temporary file is private (0600); a report is not, and CI steps after this one read it.
      if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
      }
      Files.move(
          temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      discard(temp);
    }
  }

  /**
   * A new temporary file beside target (after removing those that killed runs left there), removed
   * by the shutdown hook until {@link #discard} removes it: {@code --fix} writes its files so too.
   */
  public static Path temporaryFile(Path target) throws IOException {
    removeStale(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), ".cognito-lint", ".tmp");
    IN_FLIGHT.add(temp);
    return temp;
  }

  /** Removes a temporary file unless it was renamed over its target, and forgets it. */
  public static void discard(Path temp) throws IOException {
    try {
      Files.deleteIfExists(temp);
    } finally {
      IN_FLIGHT.remove(temp);
    }
  }

  private static void removeInFlight() {
    for (Path temp : IN_FLIGHT) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // the JVM is going down; nothing is left to report it to
      }
    }
  }

  /**
   * Removes the temporary files that runs killed outright (SIGKILL, a crash) left in dir: only
   * names of our pattern ({@code .cognito-lint<digits>.tmp}), only regular files, and only those
   * not modified for {@link #STALE}, so a run writing beside this one keeps its file. Best effort:
   * what cannot be listed or removed is left.
   */
  static void removeStale(Path dir) {
    FileTime before = FileTime.from(Instant.now().minus(STALE));
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".cognito-lint*.tmp")) {
      for (Path entry : entries) {
        if (!TEMPORARY.matcher(entry.getFileName().toString()).matches()
            || IN_FLIGHT.contains(entry)) continue;
        try {
          if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
              && Files.getLastModifiedTime(entry).compareTo(before) < 0) {
            Files.deleteIfExists(entry);
          }
        } catch (IOException e) {
          // someone else's file, or already gone
        }
      }
    } catch (IOException | SecurityException e) {
      // an unreadable folder: the write itself will say what is wrong
    }
  }

  /** Why a write failed, in words, for a message that names the file itself. */
  public static String reason(IOException e) {
    if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NoSuchFileException) return "no such file or directory";
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
