package dev.cognitolint.report;

import dev.cognitolint.model.Finding;
import dev.cognitolint.model.SourceFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The lines of the files linted that findings point at, for {@code --show-source}: only those lines
 * are kept, so a run does not hold every file's text until its report is written.
 */
public final class SourceLines {
  public static final SourceLines NONE = new SourceLines(Map.of());

  private final Map<String, Map<Integer, String>> byPath;

  private SourceLines(Map<String, Map<Integer, String>> byPath) {
    this.byPath = byPath;
  }

  /**
   * The lines of one file that its findings start on; a line ends at LF, CRLF or CR alone, as spans
   * count them.
   */
  public static SourceLines of(SourceFile source, List<Finding> findings) {
    TreeSet<Integer> wanted = new TreeSet<>();
    for (Finding f : findings) wanted.add(f.span().line());
    Map<Integer, String> lines = new HashMap<>();
    String text = source.text();
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length() && !wanted.isEmpty() && line <= wanted.last(); i++) {
      boolean end = i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
      if (!end) continue;
      if (wanted.contains(line)) lines.put(line, text.substring(start, i));
      if (i < text.length()
          && text.charAt(i) == '\r'
          && i + 1 < text.length()
          && text.charAt(i + 1) == '\n') i++;
      line++;
      start = i + 1;
    }
    return new SourceLines(Map.of(source.path(), lines));
  }

  /** These lines and those of other files together. */
  public static SourceLines merge(List<SourceLines> parts) {
    Map<String, Map<Integer, String>> all = new HashMap<>();
    for (SourceLines part : parts) all.putAll(part.byPath);
    return new SourceLines(all);
  }

  /** The text of a line (without its line end), if it was kept. */
  public Optional<String> line(String path, int line) {
    return Optional.ofNullable(byPath.getOrDefault(path, Map.of()).get(line));
  }
}
