package dev.cognitolint.suppress;

import dev.cognitolint.model.Suppression;
import dev.cognitolint.syntax.Document;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the suppression directives of a document's comments, which its reader found with the
 * tokenizer (so text inside a value is never one): a comment that starts with {@code cognito-lint:
 * disable=}, {@code disable-next-line=} or {@code disable-file=}.
 */
public final class SuppressionComments {
  private SuppressionComments() {}

  // What stands before the reason's "--". Leading '#', '/' and '*' allow "## cognito-lint:",
  // "/// cognito-lint:" and "/** cognito-lint:". No two parts can match the same text: linear time.
  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "[#/*\\s]*cognito-lint:\\s*(disable|disable-next-line|disable-file)\\s*=([A-Za-z0-9_,\\-\\s]*)");

  public static List<Suppression> find(Document document) {
    List<Suppression> out = new ArrayList<>();
    for (Document.Comment comment : document.comments()) {
      String text = comment.text();
      int dashes = text.indexOf("--", text.indexOf(Document.Comment.MARKER));
      Matcher m = DIRECTIVE.matcher(dashes < 0 ? text : text.substring(0, dashes));
      if (!m.matches()) continue;
      LinkedHashSet<String> rules = new LinkedHashSet<>();
      Arrays.stream(m.group(2).split("[,\\s]+")).filter(r -> !r.isEmpty()).forEach(rules::add);
      if (rules.isEmpty()) continue;
      // A reason over several lines of a /* */ comment is one line, without the '*' that starts
      // each.
      String reason =
          dashes < 0
              ? ""
              : text.substring(dashes + 2)
                  .replaceAll("\\R[\\s*]*", " ")
                  .strip()
                  .replaceAll("\\s+", " ");
      out.add(new Suppression(scope(m.group(1), comment), rules, reason, comment.span(), null));
    }
    return out;
  }

  /**
   * ESLint's convention: a trailing directive covers its own line, one on a line of its own the
   * next line.
   */
  private static Suppression.Scope scope(String directive, Document.Comment comment) {
    return switch (directive) {
      case "disable-file" -> Suppression.Scope.FILE;
      case "disable-next-line" -> Suppression.Scope.NEXT_LINE;
      default -> comment.trailing() ? Suppression.Scope.LINE : Suppression.Scope.NEXT_LINE;
    };
  }
}
