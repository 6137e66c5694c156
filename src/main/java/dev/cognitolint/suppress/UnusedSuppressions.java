package dev.cognitolint.suppress;

import dev.cognitolint.fix.SourceIndex;
import dev.cognitolint.model.Finding;
import dev.cognitolint.model.Fix;
import dev.cognitolint.model.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CL007's fix: a suppression comment that silences nothing is removed, with its line where it
 * stands alone on one, else with the blanks before it. Only a comment that is the directive alone
 * ({@code # cognito-lint: ...}, {@code // ...}, a one-line {@code /* ... *}{@code /}) is removed,
 * never other words written in it; a Metadata ignore entry is not a comment and gets no fix.
 */
public final class UnusedSuppressions {
  private UnusedSuppressions() {}

  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "(?:#|//)[ \\t]*cognito-lint:[^\\r\\n]*|/\\*[ \\t]*cognito-lint:[^\\r\\n]*?\\*/");

  public static List<Finding> withFixes(SourceFile source, List<Finding> findings) {
    String id = SuppressionRule.UNUSED.meta().id();
    if (findings.stream().noneMatch(f -> f.rule().id().equals(id))) return findings;
    SourceIndex index = SourceIndex.of(source);
    String text = index.text();
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (!f.rule().id().equals(id) || f.fix() != null) {
        out.add(f);
        continue;
      }
      int start = index.start(f.span());
      int end = index.end(f.span());
      while (end > start && text.charAt(end - 1) == '\r')
        end--; // a line comment's span may take the CR of a CRLF
      if (end <= start || !DIRECTIVE.matcher(text.substring(start, end)).matches()) {
        out.add(f);
        continue;
      }
      int lineStart = index.lineStart(start);
      boolean alone =
          text.substring(lineStart, start).isBlank()
              && text.substring(end, index.lineEnd(end)).isBlank();
      int from = start;
      while (from > lineStart && (text.charAt(from - 1) == ' ' || text.charAt(from - 1) == '\t'))
        from--;
      var edit =
          alone ? index.edit(lineStart, index.nextLineStart(end), "") : index.edit(from, end, "");
      out.add(
          f.withFix(
              new Fix("Remove the suppression comment", Fix.Applicability.SAFE, List.of(edit))));
    }
    return out;
  }
}
