package dev.cognitolint;

import dev.cognitolint.fix.FixApplier;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.Fix;
import dev.cognitolint.model.SourceFile;
import dev.cognitolint.model.Subject;
import dev.cognitolint.report.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code --fix} and {@code --diff} for one file: lint, apply the fixes of the chosen applicability,
 * lint the new text again, up to {@link #MAX_PASSES} times (fixes that touch the same text wait for
 * the next pass), then write the file or give the diff.
 *
 * <p>Writing is atomic (a temporary file beside it, renamed over it, removed when a signal stops
 * the run before that: {@link AtomicFiles}) and keeps the file's bytes outside the edits, its
 * byte-order mark and encoding, its permissions and owner. A file that changed on disk since it was
 * read, or that is read-only, is not written: its outcome says why, and the other files are still
 * fixed. A symbolic link is followed: its target is rewritten and the link stays a link (renaming
 * over the link would have replaced it with a copy).
 */
public final class FileFixer {
  /** As ESLint: fixes that keep making new fixes possible stop here. */
  public static final int MAX_PASSES = 10;

  private final Linter linter;
  private final boolean unsafe;

  /**
   * @param unsafe whether unsafe fixes are applied too
   */
  public FileFixer(Linter linter, boolean unsafe) {
    this.linter = linter;
    this.unsafe = unsafe;
  }

  /**
   * What fixing one file came to.
   *
   * @param before the lint of the file as it was read
   * @param result the lint of the fixed text (of the file as it is, when nothing was fixed)
   * @param original the text as read, or null when the file could not be read as text
   * @param fixed the text after the fixes
   * @param counts how many findings each rule's fixes repaired, by rule id
   * @param error why the file was not written, or null
   * @param encoding the file's encoding, which a write keeps (UTF-8 when it was not read as text)
   */
  public record Outcome(
      Linter.FileResult before,
      Linter.FileResult result,
      String original,
      String fixed,
      Map<String, Integer> counts,
      String error,
      Encoding encoding) {
    public int fixedCount() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** A file's charset, and whether it starts with a byte-order mark. */
  public record Encoding(Charset charset, boolean byteOrderMark) {
    static final Encoding UTF_8 = new Encoding(StandardCharsets.UTF_8, false);
  }

  /** Whether a finding's fix is one this run applies. */
  public boolean applies(Finding finding) {
    Fix fix = finding.fix();
    return fix != null
        && !finding.isSuppressed()
        && FixApplier.isApplicable(fix)
        && (unsafe || fix.applicability() == Fix.Applicability.SAFE);
  }

  /** Lints the file and fixes its text in memory. */
  public Outcome fix(Path path, String displayPath) {
    Linter.FileResult first = linter.lintFile(path, displayPath);
    if (first.findings().stream().noneMatch(this::applies))
      return new Outcome(first, first, null, null, Map.of(), null, Encoding.UTF_8);
    Encoded read;
    try {
      read = Encoded.read(path);
    } catch (IOException e) {
      return new Outcome(
          first,
          first,
          null,
          null,
          Map.of(),
          "cannot read it again to fix it (" + AtomicFiles.reason(e) + ")",
          Encoding.UTF_8);
    }
    if (read == null) return new Outcome(first, first, null, null, Map.of(), null, Encoding.UTF_8);
    Outcome fixed = fixText(read.text(), displayPath, first);
    return new Outcome(
        first,
        fixed.result(),
        fixed.original(),
        fixed.fixed(),
        fixed.counts(),
        null,
        new Encoding(read.charset(), read.bomLength() > 0));
  }

  /** Fixes a text already linted (first) in passes, in memory. */
  public Outcome fixText(String original, String displayPath, Linter.FileResult first) {
    Map<String, Integer> counts = new TreeMap<>();
    String text = original;
    Linter.FileResult result = first;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      List<Finding> fixable = result.findings().stream().filter(this::applies).toList();
      if (fixable.isEmpty()) break;
      FixApplier.Applied applied = FixApplier.apply(text, fixable);
      if (applied.text().equals(text)) break;
      text = applied.text();
      Linter.FileResult next =
          linter.lint(
              new SourceFile(
                  displayPath, text, first.source() == null ? null : first.source().file()));
      countRepaired(fixable, result, next, counts);
      result = next;
    }
    return new Outcome(first, result, original, text, counts, null, Encoding.UTF_8);
  }

  /** A finding's identity across passes, where its position moves with the edits before it. */
  private record Problem(String rule, Subject subject) {
    static Problem of(Finding finding) {
      return new Problem(finding.rule().id(), finding.subject());
    }
  }

  /**
   * Counts, by rule, the fixable findings of a pass that the next lint no longer has: a fix that
   * waited for the next pass because it touched another may find its problem gone with that other
   * fix (a did-you-mean that wrote the missing refresh flow), which is a problem fixed all the same
   * and counted as {@code [*]} before; a fix that leaves its finding is not counted.
   */
  private static void countRepaired(
      List<Finding> fixable,
      Linter.FileResult before,
      Linter.FileResult after,
      Map<String, Integer> counts) {
    Map<Problem, Long> was = tally(before.findings());
    Map<Problem, Long> is = tally(after.findings());
    tally(fixable)
        .forEach(
            (problem, n) -> {
              long gone = was.getOrDefault(problem, 0L) - is.getOrDefault(problem, 0L);
              int repaired = (int) Math.min(n, Math.max(0, gone));
              if (repaired > 0) counts.merge(problem.rule(), repaired, Integer::sum);
            });
  }

  private static Map<Problem, Long> tally(List<Finding> findings) {
    return findings.stream()
        .collect(Collectors.groupingBy(Problem::of, HashMap::new, Collectors.counting()));
  }

  /**
   * Writes the fixed text over the file, if it is unchanged since it was read; the outcome with the
   * reason it was not.
   */
  public static Outcome write(Path path, Outcome outcome) {
    if (outcome.original() == null || outcome.original().equals(outcome.fixed())) return outcome;
    String error;
    try {
      error = replace(path, outcome.original(), outcome.fixed());
    } catch (IOException e) {
      error = "cannot write it (" + AtomicFiles.reason(e) + ")";
    }
    return error == null
        ? outcome
        : new Outcome(
            outcome.before(),
            outcome.before(),
            outcome.original(),
            outcome.original(),
            Map.of(),
            error,
            outcome.encoding());
  }

  private static String replace(Path path, String original, String fixed) throws IOException {
    Path target = path.toRealPath();
    Encoded now = Encoded.read(target);
    if (now == null || !now.text().equals(original))
      return "it changed on disk while it was linted; not written, run again";
    // The permission bits, not Files.isWritable: root may write anything, but a file marked
    // read-only is meant to stay.
    PosixFileAttributeView mode = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    boolean readOnly =
        mode != null
            ? !mode.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE)
            : !Files.isWritable(target);
    if (readOnly) return "it is read-only; not written";
    byte[] bytes = now.encode(fixed);
    Path temp = AtomicFiles.temporaryFile(target);
    try {
      Files.write(temp, bytes);
      PosixFileAttributeView view =
          Files.getFileAttributeView(
              target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
      if (view != null) {
        PosixFileAttributes attributes = view.readAttributes();
        PosixFileAttributeView tempView =
            Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        tempView.setPermissions(attributes.permissions());
        try {
          if (!Files.getOwner(temp).equals(attributes.owner()))
            tempView.setOwner(attributes.owner());
          if (!tempView.readAttributes().group().equals(attributes.group()))
            tempView.setGroup(attributes.group());
        } catch (IOException e) {
          return "its owner or group cannot be kept (" + AtomicFiles.reason(e) + "); not written";
        }
      }
      if (!Arrays.equals(Files.readAllBytes(target), now.bytes()))
        return "it changed on disk while it was fixed; not written, run again";
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return null;
    } finally {
      AtomicFiles.discard(temp);
    }
  }

  /** A file's bytes and text, with the encoding and byte-order mark to write it back in. */
  private record Encoded(byte[] bytes, String text, Charset charset, int bomLength) {

    /** Null when the bytes are not text in an encoding the linter reads. */
    static Encoded read(Path path) throws IOException {
      byte[] bytes = Files.readAllBytes(path);
      Charset charset = StandardCharsets.UTF_8;
      int bom = 0;
      if (bytes.length >= 3
          && (bytes[0] & 0xFF) == 0xEF
          && (bytes[1] & 0xFF) == 0xBB
          && (bytes[2] & 0xFF) == 0xBF) {
        bom = 3;
      } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
        charset = StandardCharsets.UTF_16BE;
        bom = 2;
      } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
        charset = StandardCharsets.UTF_16LE;
        bom = 2;
      }
      try {
        String text =
            charset
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom))
                .toString();
        return new Encoded(bytes, text, charset, bom);
      } catch (CharacterCodingException e) {
        return null;
      }
    }

    byte[] encode(String text) {
      byte[] body = text.getBytes(charset);
      byte[] out = new byte[bomLength + body.length];
      System.arraycopy(bytes, 0, out, 0, bomLength);
      System.arraycopy(body, 0, out, bomLength, body.length);
      return out;
    }
  }

  /** "CL401 ×2, CL402" style list of what was fixed, for the per-file line. */
  public static String describe(Map<String, Integer> counts) {
    List<String> parts = new ArrayList<>();
    counts.forEach((rule, n) -> parts.add(n == 1 ? rule : rule + " x" + n));
    return String.join(", ", parts);
  }
}
